import { randomBytes } from 'node:crypto';
import { ErrorCode, JisrError } from '../../../src/errors';
import { Neo4jExecutor, type StatementRunner } from '../../../src/neo4j/executor';
import { TEST_DATABASE } from '../../helpers/test-database';
import { rawCypher, useTestDatabase } from '../../helpers/test-database';

/*
 * A request's deadline (the transaction timeout plus a margin, or less) answers the client when Neo4j is slow or
 * frozen. A write the client is told failed must then not land later: a move of a whole country at a million
 * nodes was answered DATABASE_TIMEOUT and committed anyway, by the driver's retry that nobody waited for.
 * Here the server's own timeout is long and the deadline short, so that only the deadline can stop the write.
 */
const db = useTestDatabase();
const t = randomBytes(4).toString('hex');
const ids: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nodesWith = async (id: string) => (await rawCypher<{ n: number }>(db, 'MATCH (n:Node {id: $id}) RETURN count(n) AS n', { id }))[0]!.n;

function createOrganization(id: string) {
  ids.push(id);
  return (run: StatementRunner) => run('curation/create-nodes', { nodes: [{ id, labels: ['Organization', 'Actor'], properties: { kind: 'NGO', nameEn: `Deadline test ${id}` } }] });
}

async function timedOut(work: Promise<unknown>): Promise<JisrError> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(JisrError);
  expect((error as JisrError).code).toBe(ErrorCode.DATABASE_TIMEOUT);
  return error as JisrError;
}

describe('a write past its deadline', () => {
  afterAll(async () => {
    await rawCypher(db, 'MATCH (n:Node) WHERE n.id IN $ids DETACH DELETE n', { ids });
  });

  it('keeps nothing when its work ends after the deadline, though the server would have committed it', async () => {
    const id = `org:deadline-late-work-${t}`;
    const write = createOrganization(id);
    const error = await timedOut(db.executor.writeTransaction({ operation: 'test', timeoutMs: 60_000, deadlineMs: 300 }, async (run) => {
      await write(run);
      await sleep(900);
    }));
    expect(error.message).toMatch(/rolled back/);
    // The abandoned attempt ends on its own: give it the time it needs, then look.
    await sleep(1_000);
    expect(await nodesWith(id)).toBe(0);
  });

  it('runs no statement after the deadline', async () => {
    const id = `org:deadline-late-statement-${t}`;
    const write = createOrganization(id);
    let second: unknown = 'not reached';
    await timedOut(db.executor.writeTransaction({ operation: 'test', timeoutMs: 60_000, deadlineMs: 300 }, async (run) => {
      await sleep(600);
      second = await write(run).then(() => 'ran', (e: unknown) => e);
    }));
    await sleep(600);
    expect(second).toBeInstanceOf(JisrError);
    expect(await nodesWith(id)).toBe(0);
  });

  it('commits a write that ends within its deadline', async () => {
    const id = `org:deadline-in-time-${t}`;
    await db.executor.writeTransaction({ operation: 'test', timeoutMs: 60_000, deadlineMs: 5_000 }, createOrganization(id));
    expect(await nodesWith(id)).toBe(1);
  });
});

/*
 * Reads, which anyone may send, stop at NEO4J_TX_TIMEOUT_MS; writes (an editor's batch, an import) have
 * NEO4J_WRITE_TX_TIMEOUT_MS, since each keeps the derived entries beneath what it changed right in its own
 * transaction: moving a governorate at a million nodes takes 20–30 s. Here reads get 1 s and writes 20 s; with
 * the read timeout, the write below would end DATABASE_TIMEOUT at its deadline (2 s).
 */
describe('the timeouts of reads and writes', () => {
  const executor = () => new Neo4jExecutor(db.driver, db.cypher, { database: TEST_DATABASE, transactionTimeoutMs: 1_000, writeTransactionTimeoutMs: 20_000 });

  it('lets a write run past the read timeout, within its own', async () => {
    const id = `org:deadline-long-write-${t}`;
    const write = createOrganization(id);
    await executor().writeTransaction({ operation: 'test' }, async (run) => {
      await write(run);
      await sleep(2_500);
      await run('health/ping');
    });
    expect(await nodesWith(id)).toBe(1);
  });
});
