import net, { type AddressInfo } from 'node:net';
import { ErrorCode, JisrError } from '../../../src/errors';
import { createDriver } from '../../../src/neo4j/driver';
import { Neo4jExecutor } from '../../../src/neo4j/executor';
import { StatementRecorder } from '../../../src/neo4j/statement-recorder';
import { TEST_DATABASE, testNeo4jUri, useTestDatabase } from '../../helpers/test-database';

/*
 * A read runs as one auto-commit query (one round trip instead of a transaction function's three), which the
 * driver never retries: the executor retries it on the driver's retryable errors, as the driver retries a
 * transaction function. The faults here are real: a TCP proxy in front of the test Neo4j closes the
 * connections it is told to refuse, and the driver sees a server that went away.
 */
const db = useTestDatabase();

/** A proxy to the test Neo4j that closes the first `refused` connections (all of them with Infinity). */
async function flakyProxy(refused: number): Promise<{ uri: string; close(): Promise<void> }> {
  const target = new URL(testNeo4jUri().replace(/^bolt:/, 'http:'));
  const sockets = new Set<net.Socket>();
  let seen = 0;
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (seen++ < refused) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function throughProxy<T>(refused: number, options: { maxRetryTimeMs: number }, work: (executor: Neo4jExecutor) => Promise<T>): Promise<T> {
  const proxy = await flakyProxy(refused);
  const driver = createDriver({ uri: proxy.uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || '', maxRetryTimeMs: options.maxRetryTimeMs });
  try {
    return await work(new Neo4jExecutor(driver, db.cypher, { database: TEST_DATABASE, transactionTimeoutMs: 30_000, maxRetryTimeMs: options.maxRetryTimeMs }));
  } finally {
    await driver.close();
    await proxy.close();
  }
}

const failure = (work: Promise<unknown>) => work.then(() => undefined, (error: unknown) => error);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a read', () => {
  it('answers after the server dropped its first connection, by trying again', async () => {
    const recorder = new StatementRecorder();
    const rows = await throughProxy(1, { maxRetryTimeMs: 10_000 }, (executor) => executor.read<{ ok: number }>('health/ping', {}, { operation: 'test', recorder }));
    expect(rows).toEqual([{ ok: 1 }]);
    expect(recorder.count).toBe(2);
  });

  it('answers DATABASE_UNAVAILABLE once its retry time is spent, when the server stays away', async () => {
    const recorder = new StatementRecorder();
    const error = await throughProxy(Infinity, { maxRetryTimeMs: 1_500 }, (executor) => failure(executor.read('health/ping', {}, { operation: 'test', recorder })));
    expect(error).toBeInstanceOf(JisrError);
    expect((error as JisrError).code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    // The first attempt and the retry after about a second; the next wait (about two) would pass the retry time.
    expect(recorder.count).toBe(2);
  });

  it('is not tried again when the statement itself is wrong', async () => {
    const recorder = new StatementRecorder();
    // A page size that is not a number: the server refuses the statement, and would refuse it again.
    const params = { lucene: 'eu', candidates: 10, phrase: ['eu'], key: 'eu', words: ['eu'], first: 'ten' };
    const error = await failure(db.executor.read('search/search-nodes', params, { operation: 'test', recorder }));
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toMatch(/^Neo\.ClientError\./);
    expect(recorder.count).toBe(1);
  });

  it('starts no attempt after its deadline, however long it may retry', async () => {
    const recorder = new StatementRecorder();
    await throughProxy(Infinity, { maxRetryTimeMs: 60_000 }, async (executor) => {
      const error = await failure(executor.read('health/ping', {}, { operation: 'test', recorder, deadlineMs: 1_500 }));
      expect(error).toBeInstanceOf(JisrError);
      expect((error as JisrError).code).toBe(ErrorCode.DATABASE_TIMEOUT);
      const attempts = recorder.count;
      // The retry that was waiting when the deadline passed wakes up (within about two seconds) and stops.
      await sleep(3_000);
      expect(recorder.count).toBe(attempts);
    });
  });
});
