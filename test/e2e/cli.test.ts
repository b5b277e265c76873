import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import { freePort } from '../helpers/free-port';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { withEditedSeeds } from '../helpers/seed-folder';
import { useTestDatabase } from '../helpers/test-database';

// `jisr seed --reset` deletes every Jisr node, and these tests compare whole-graph fingerprints: they run
// against Neo4j processes of their own, never the test Neo4j that the other files read in parallel. The CLI
// finds them as a user's machine would, with NEO4J_URI unset (see src/composition.ts, resolveNeo4j).

/** Runs the jisr CLI from source, as `npm run jisr --` does after its build step, on the given local Neo4j. */
function jisr(args: string[], local: { port: number; dataDir: string }): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', NEO4J_LOCAL_PORT: String(local.port), NEO4J_LOCAL_DATA_DIR: local.dataDir };
  delete env.NEO4J_URI;
  // Asynchronous, so that jest's timeout still applies while a JVM starts.
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/jisr.ts', ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

function canListenOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

const JVM_START_MS = 180_000;

describe('jisr seed with no NEO4J_URI and nothing running on NEO4J_LOCAL_PORT', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jisr-cli-neo4j-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts a local Neo4j of its own, validates and loads the seed graph into it, then stops it', async () => {
    const port = await freePort();
    const run = await jisr(['seed'], { port, dataDir });
    expect(run.stderr).toContain('validated seeds: 5 sources, 71 nodes, 117 relationships, 135 quotes');
    expect(run.stderr).toContain(`starting the local Neo4j on port ${port} (NEO4J_URI is unset; data: ${dataDir})`);
    // Counts of what this load wrote, into a database no one else uses: the seed files' own counts.
    expect(run.stderr).toContain(`loaded into bolt://127.0.0.1:${port}: 71 nodes, 117 relationships, 135 quotes, 5 sources`);
    expect(run.code).toBe(0);
    expect(await canListenOn(port)).toBe(true);
  }, JVM_START_MS);
});

describe('jisr seed on a local Neo4j already running on NEO4J_LOCAL_PORT', () => {
  // Its data dir is named too: were the running Neo4j not reused, the CLI would fail on the dir's lock, not start another.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jisr-cli-neo4j-'));
  const db = useTestDatabase({ ownNeo4j: { dataDir } });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true })); // after the hook above has stopped Neo4j
  const local = () => ({ port: Number(new URL(db.uri).port), dataDir });

  it('reuses it, and loading again with --reset changes nothing', async () => {
    const before = await graphFingerprint(db.driver);
    const run = await jisr(['seed', '--reset'], local());
    expect(run.stderr).not.toContain('starting the local Neo4j');
    expect(run.stderr).toMatch(/reset and loaded into bolt:\/\/127\.0\.0\.1:\d+: 71 nodes, 117 relationships, 135 quotes, 5 sources/);
    expect(run.code).toBe(0);
    expect(before.nodes).toBeGreaterThan(0);
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('stays quiet in CI: no progress bar redraws in the output', async () => {
    expect((await jisr(['seed'], local())).stderr).not.toContain('\r');
  });

  it('exits 1 naming the file, record and field of every error in a broken seed folder, and writes nothing', async () => {
    const before = await graphFingerprint(db.driver);
    const run = await withEditedSeeds(
      [{ file: 'graph/003_519500e86f7a6d5c.yaml', replace: 'from: org:saferworld\n', with: 'from: org:saferwrold\n' }],
      (dir) => jisr(['seed', '--reset', '--dir', dir], local()),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/003_519500e86f7a6d5c\.yaml: relationships\[\d+\] \(FUNDED org:saferwrold → program:saned-community-peace\): field "from": unknown id "org:saferwrold"/);
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });
});

describe('jisr usage', () => {
  it('exits 2 with the usage on an unknown command or option', async () => {
    // Usage errors come before any configuration is read: no Neo4j is looked for.
    const nowhere = { port: 1, dataDir: path.join(os.tmpdir(), 'jisr-cli-never-created') };
    const run = await jisr(['sed'], nowhere);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command "sed"');
    expect(run.stderr).toContain('Usage: jisr <command>');
    expect((await jisr(['seed', '--force'], nowhere)).code).toBe(2);
  });
});
