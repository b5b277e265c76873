import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4jErrorCode } from '../../../src/local-neo4j/local-neo4j.error';
import { withPrepareLock } from '../../../src/local-neo4j/local-neo4j.lock';

describe('the preparation lock', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-lock-'));
    lockFile = path.join(dir, 'target', 'jisr-launcher.lock');
    mkdirSync(path.dirname(lockFile));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the lock with its pid while the work runs, and releases it after', async () => {
    rmSync(path.dirname(lockFile), { recursive: true }); // and creates its folder, as on a first run
    const seen = await withPrepareLock(lockFile, {}, async () => readFileSync(lockFile, 'utf8'));
    expect(seen).toBe(String(process.pid));
    expect(existsSync(lockFile)).toBe(false);
  });

  it('releases the lock when the work fails', async () => {
    await expect(withPrepareLock(lockFile, {}, async () => {
      throw new Error('Maven failed');
    })).rejects.toThrow('Maven failed');
    expect(existsSync(lockFile)).toBe(false);
  });

  it('runs one holder at a time', async () => {
    const order: string[] = [];
    const work = (name: string) => async () => {
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push(`${name} out`);
    };
    // Two callers in one process stand in for two processes: the lock file is all they share.
    await Promise.all([withPrepareLock(lockFile, {}, work('first')), withPrepareLock(lockFile, {}, work('second'))]);
    // Either may win the race for the file; what matters is that the second starts after the first ends.
    const [winner, loser] = order[0] === 'first in' ? ['first', 'second'] : ['second', 'first'];
    expect(order).toEqual([`${winner} in`, `${winner} out`, `${loser} in`, `${loser} out`]);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    const pid = gone.pid!;
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(lockFile, String(pid));

    expect(await withPrepareLock(lockFile, {}, async () => 'ran')).toBe('ran');
  });

  it('waits for a live holder, says so once, and gives up naming the lock to delete', async () => {
    const lines: string[] = [];
    writeFileSync(lockFile, String(process.ppid));

    await expect(withPrepareLock(lockFile, { log: (line) => lines.push(line), maxWaitMs: 1_000 }, async () => 'ran')).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.PREPARE_FAILED,
      message: `Another process (pid ${process.ppid}) has been preparing the local Neo4j classpath for over 1 s. If no Maven is running, delete ${lockFile} and try again.`,
    });
    expect(lines).toEqual([`waiting for another process (pid ${process.ppid}) that is preparing the local Neo4j classpath…`]);
  });
});
