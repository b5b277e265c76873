import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jError, LocalNeo4jErrorCode, startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j/local-neo4j';

// These tests start their own Neo4j processes in temp dirs, independent of the one jest's global
// setup provides, because what they test is the starting and stopping itself.

const JVM_START_MS = 180_000;
const tempDirs: string[] = [];

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-local-neo4j-test-'));
  tempDirs.push(dir);
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An orphan that exited stays a zombie until whoever adopted it reaps it; it still answers
  // kill(pid, 0) but runs nothing and holds no port or file.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no procfs (macOS): kill(pid, 0) is all we can know
  }
}

/** Live processes whose command line mentions `text`, e.g. a data directory. */
function processesUsing(text: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text) && isAlive(Number(pid));
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

function canListenOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function runCypher<T>(uri: string, cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery(cypher, parameters, { database: 'neo4j' });
    return records.map((record) => record.toObject() as T);
  } finally {
    await driver.close();
  }
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('local Neo4j', () => {
  let dataDir: string;
  let server: LocalNeo4j | undefined;
  const progress: string[] = [];

  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startLocalNeo4j({ port: 0, dataDir, heapMb: 512, pageCacheMb: 48, log: (line) => progress.push(line) });
  }, JVM_START_MS);

  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('starts on a free loopback port and answers Cypher over Bolt without credentials', async () => {
    expect(server!.uri).toBe(`bolt://127.0.0.1:${server!.port}`);
    expect(server!.port).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatch(/^local Neo4j ready on bolt:\/\/127\.0\.0\.1:\d+ in \d+\.\d s$/);

    const [row] = await runCypher<{ one: unknown; edition: string; version: string }>(
      server!.uri,
      'CALL dbms.components() YIELD edition, versions RETURN 1 AS one, edition, versions[0] AS version',
    );
    expect(neo4j.integer.toNumber(row.one as number)).toBe(1);
    expect(row.edition).toBe('community');
    expect(row.version).toMatch(/^5\.26\.\d+$/);
  });

  it('gives Neo4j the page cache it was asked for', async () => {
    const [row] = await runCypher<{ value: string }>(server!.uri, "CALL dbms.listConfig('server.memory.pagecache.size') YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value");
    expect(row.value).toMatch(/^(48(\.00)? ?MiB|50331648(B)?|48m)$/i);
  });

  it('refuses a page cache outside the launcher\'s bounds before starting a JVM', async () => {
    await expect(startLocalNeo4j({ port: 0, dataDir: tempDataDir(), pageCacheMb: 4 })).rejects.toThrow('Expected pageCacheMb to be an integer from 8 to 1048576 (MiB), but got 4.');
  });

  it('refuses to start when the port is taken, naming the port and the fix', async () => {
    const port = server!.port;
    const attempt = startLocalNeo4j({ port, dataDir: tempDataDir(), heapMb: 256 });

    await expect(attempt).rejects.toThrow(LocalNeo4jError);
    await expect(attempt).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.PORT_IN_USE,
      message: `Port ${port} on 127.0.0.1 is already in use; set NEO4J_LOCAL_PORT to a free port or stop the other process`,
    });
  }, JVM_START_MS);

  it('refuses to share its data directory with another instance, naming the directory and the fix', async () => {
    const attempt = startLocalNeo4j({ port: 0, dataDir, heapMb: 256 });

    await expect(attempt).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.DATA_DIR_IN_USE,
      message: `Data directory ${dataDir} is in use by another Neo4j process; stop that process or set NEO4J_LOCAL_DATA_DIR to another directory`,
    });
  }, JVM_START_MS);

  it('stops cleanly: the JVM is gone, the port is free, and the data survives a restart', async () => {
    const { pid, port } = server!;
    await runCypher(server!.uri, 'CREATE (:LocalNeo4jTest {marker: $marker})', { marker: 'survives restart' });

    await server!.stop();
    expect(isAlive(pid)).toBe(false);
    await expect(server!.stop()).resolves.toBeUndefined();
    expect(await canListenOn(port)).toBe(true);

    server = await startLocalNeo4j({ port: 0, dataDir, heapMb: 512 });
    const rows = await runCypher<{ marker: string }>(server.uri, 'MATCH (n:LocalNeo4jTest) RETURN n.marker AS marker');
    expect(rows).toEqual([{ marker: 'survives restart' }]);
  }, JVM_START_MS);
});

describe('local Neo4j that is slow to start', () => {
  it('gives up after startTimeoutMs, says where the logs are, and leaves no process behind', async () => {
    const dataDir = tempDataDir();
    const attempt = startLocalNeo4j({ port: 0, dataDir, heapMb: 256, startTimeoutMs: 300 });

    await expect(attempt).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.START_TIMEOUT,
      message: `The local Neo4j did not become ready within 0.3 s. See ${dataDir}/logs/launcher.log and Neo4j's own ${dataDir}/logs/debug.log. On a slow machine raise startTimeoutMs.`,
    });
    expect(processesUsing(dataDir)).toEqual([]);
  }, JVM_START_MS);
});

describe('local Neo4j and its parent process', () => {
  it('exits when the process that started it is killed with SIGKILL, leaving no orphan', async () => {
    // A separate Node process starts the server, reports the JVM's pid, and is then killed the
    // way a crashed test runner or `kill -9` would kill it: with no chance to call stop().
    const modulePath = path.resolve(__dirname, '../../src/local-neo4j/local-neo4j.ts');
    const script = `
      require('ts-node').register({ transpileOnly: true });
      const { startLocalNeo4j } = require(${JSON.stringify(modulePath)});
      startLocalNeo4j({ port: 0, dataDir: ${JSON.stringify(tempDataDir())}, heapMb: 256 })
        .then((server) => console.log('JVM_PID ' + server.pid))
        .catch((error) => { console.error(error); process.exit(1); });
    `;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      let output = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /JVM_PID (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`the parent exited (${code}) before the JVM was ready`)));
    });
    expect(isAlive(jvmPid)).toBe(true);

    parent.kill('SIGKILL');

    expect(await waitUntilGone(jvmPid, 30_000)).toBe(true);
  }, JVM_START_MS);
});
