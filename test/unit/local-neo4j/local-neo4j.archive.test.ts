import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classDataSharing } from '../../../src/local-neo4j/local-neo4j.archive';

/** What the JVM does with -XX:ArchiveClassesAtExit=<file>: writes the archive there as it exits. */
function jvmExits(flags: readonly string[], content = 'archive'): void {
  const flag = flags.find((f) => f.startsWith('-XX:ArchiveClassesAtExit='));
  if (flag) writeFileSync(flag.slice('-XX:ArchiveClassesAtExit='.length), content);
}

describe('the class-data sharing archive', () => {
  let dir: string;
  let archive: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-archive-'));
    archive = path.join(dir, 'jisr-neo4j-local.jsa');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('maps the archive when there is one', async () => {
    writeFileSync(archive, 'archive');
    const sharing = await classDataSharing(archive, true);
    expect(sharing.jvmFlags).toEqual([`-XX:SharedArchiveFile=${archive}`]);
  });

  it('records one when there is none, and keeps it after a clean stop', async () => {
    const sharing = await classDataSharing(archive, false);
    expect(sharing.jvmFlags).toEqual([expect.stringMatching(/^-XX:ArchiveClassesAtExit=.*\.recording$/)]);
    jvmExits(sharing.jvmFlags, 'recorded');

    expect(await sharing.finish(true)).toBe(true);
    expect(readFileSync(archive, 'utf8')).toBe('recorded');
    expect(readdirSync(dir)).toEqual(['jisr-neo4j-local.jsa']);
  });

  it('discards what a killed or crashed JVM left, which may be half an archive', async () => {
    const sharing = await classDataSharing(archive, false);
    jvmExits(sharing.jvmFlags);

    expect(await sharing.finish(false)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives parallel starts a recording each, so none writes over another', async () => {
    const [first, second] = await Promise.all([classDataSharing(archive, false), classDataSharing(archive, false)]);
    expect(first.jvmFlags).not.toEqual(second.jvmFlags);
  });

  it('removes recordings of processes that are gone, and leaves a running one alone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const abandoned = `${archive}.${gone.pid}.1.recording`;
    const inProgress = `${archive}.${process.ppid}.1.recording`;
    writeFileSync(abandoned, 'half');
    writeFileSync(inProgress, 'half');

    await classDataSharing(archive, false);

    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(inProgress)).toBe(true);
  });
});
