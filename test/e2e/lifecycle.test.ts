import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { REPO_ROOT } from '../../src/config';
import { SourceByIdDocument } from '../../src/generated/operations';
import { freePort } from '../helpers/free-port';

/** Pids of java processes whose command line mentions the given data dir. */
function javaProcessesUsing(dataDir: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', `java.*${dataDir}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; output:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready; output:\n${seen}`)));
  });
}

describe('npm start on a machine with no Neo4j configured', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jisr-start-'));
  let child: ChildProcess;
  let url: string;
  let planned: Promise<string>;
  let readyzWhileWarming: { status: number; body: unknown };

  beforeAll(async () => {
    const [httpPort, boltPort] = [await freePort(), await freePort()];
    // The same entry point as `npm start`, without the build step, so the test sees the sources under test.
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(httpPort), NEO4J_LOCAL_PORT: String(boltPort), NEO4J_LOCAL_DATA_DIR: dataDir };
    delete env.NEO4J_URI;
    // As a user runs it: jest's NODE_ENV=test changes library defaults (Apollo's signal handling among them).
    delete env.NODE_ENV;
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Listening from the start: each line may come before the test that awaits it.
    planned = waitForLine(child, /Neo4j planned \d+ of \d+ read statements/, 400_000);
    planned.catch(() => undefined);
    const ready = waitForLine(child, /Jisr is ready/, 400_000);
    ready.catch(() => undefined);
    await waitForLine(child, /Jisr is serving/, 180_000);
    url = `http://127.0.0.1:${httpPort}`;
    // Neo4j plans the reads for seconds (a fresh JVM plans slowly): /readyz keeps the traffic away meanwhile.
    const warming = await fetch(`${url}/readyz`);
    readyzWhileWarming = { status: warming.status, body: await warming.json() };
    await ready;
  }, 400_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts its own Neo4j, seeds the empty database and serves a source', async () => {
    expect(javaProcessesUsing(dataDir)).toHaveLength(1);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(SourceByIdDocument), variables: { id: 'source:seed-003' } }),
    });
    const body = (await response.json()) as { data: { node: unknown } };
    expect(body.data.node).toMatchObject({ id: 'source:seed-003', publishedOn: '2022-11-26', publishedOnText: 'السبت 26 نوفمبر 2022' });
  });

  it('has Neo4j plan every read statement before it reports ready, answering 503 on /readyz meanwhile', async () => {
    const [, done, of] = /Neo4j planned (\d+) of (\d+) read statements/.exec(await planned)!;
    expect(Number(of)).toBeGreaterThan(40);
    expect(done).toBe(of);
    expect(readyzWhileWarming).toEqual({ status: 503, body: { status: 'not-ready', reason: 'Neo4j is still planning the read statements (PLAN_WARMUP)' } });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('stops on Ctrl-C (SIGINT) with exit code 0, leaving no Java process behind', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(javaProcessesUsing(dataDir)).toEqual([]);
  }, 60_000);
});
