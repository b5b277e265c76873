import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/config';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { useTestDatabase } from '../helpers/test-database';

// `jisr dump` reads the whole graph and `jisr seed --reset` replaces it: the round trip runs on a Neo4j of
// its own, found as on a user's machine (NEO4J_URI unset, the local Neo4j on NEO4J_LOCAL_PORT).

interface Run {
  readonly code: number;
  readonly stderr: string;
}

/** The jisr CLI from source, as `npm run jisr --` runs it after its build step, with the local Neo4j on `port`. */
async function jisr(args: readonly string[], local: { port: number; dataDir: string }): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', NEO4J_LOCAL_PORT: String(local.port), NEO4J_LOCAL_DATA_DIR: local.dataDir };
  delete env.NEO4J_URI;
  try {
    const { stderr } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/jisr.ts', ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stderr: failed.stderr ?? '' };
  }
}

const folders: string[] = [];
function newFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('jisr dump into a folder that is not empty', () => {
  // Refused before any Neo4j is looked for: nothing answers on port 1, and nothing is started.
  const nowhere = { port: 1, dataDir: path.join(os.tmpdir(), 'jisr-cli-never-created') };

  it('exits 2 naming the folder and --force, and leaves the folder as it was', async () => {
    const dir = newFolder('jisr-dump-full-');
    writeFileSync(path.join(dir, 'notes.md'), 'mine\n');
    const run = await jisr(['dump', '--out', dir], nowhere);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out ${dir} is not empty (1 entry: notes.md); dump into a new or empty folder, or pass --force`);
    expect(run.stderr).not.toContain('starting the local Neo4j');
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('exits 2 with the usage when --out is missing', async () => {
    const run = await jisr(['dump'], nowhere);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dump needs --out <folder>');
    expect(run.stderr).toContain('dump --out <folder> [--force]');
  });
});

describe('jisr dump, then jisr seed --reset --dir of the dump', () => {
  const dataDir = newFolder('jisr-dump-neo4j-');
  const db = useTestDatabase({ ownNeo4j: { dataDir } });
  const local = () => ({ port: Number(new URL(db.uri).port), dataDir });

  it('gives back the identical graph', async () => {
    const before = await graphFingerprint(db.driver);
    const dir = path.join(newFolder('jisr-dump-out-'), 'backup');

    const dumped = await jisr(['dump', '--out', dir], local());
    expect(dumped.stderr).toMatch(/dumped bolt:\/\/127\.0\.0\.1:\d+ into .*backup: 5 sources, 71 nodes, 117 relationships, 135 quotes \(11 files\)/);
    expect(dumped.stderr).not.toContain('\r');
    expect(dumped.code).toBe(0);

    const loaded = await jisr(['seed', '--reset', '--dir', dir], local());
    expect(loaded.code).toBe(0);
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('with --force, replaces the seed files of an earlier dump and leaves other files alone', async () => {
    const dir = newFolder('jisr-dump-again-');
    mkdirSync(path.join(dir, 'graph'));
    writeFileSync(path.join(dir, 'graph', 'gone-source.yaml'), 'source: source:gone\n');
    writeFileSync(path.join(dir, 'README.md'), 'the backup of our graph\n');

    const run = await jisr(['dump', '--out', dir, '--force'], local());
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(dir, 'graph'))).not.toContain('gone-source.yaml');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('the backup of our graph\n');
    expect((await jisr(['seed', '--reset', '--dir', dir], local())).code).toBe(0);
  });
});
