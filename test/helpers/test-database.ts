import path from 'node:path';
import { composeJisr, type JisrCore } from '../../src/composition';
import { REPO_ROOT } from '../../src/config';
import { loadSeeds } from '../../src/loading/seed-loader';
import { waitForConnectivity } from '../../src/neo4j/driver';
import { applySchema } from '../../src/neo4j/schema-setup';
import { blockScoped } from './block-scoped';
import { startThrowawayNeo4j, type ThrowawayNeo4jOptions } from './throwaway-neo4j';

export const TEST_DATABASE = process.env.NEO4J_DATABASE || 'neo4j';
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

export function testNeo4jUri(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is unset: run this suite through jest, whose global setup starts a Neo4j');
  return uri;
}

/** The service's own composition over the test Neo4j (a longer transaction timeout: CI machines are shared). */
export function connect(uri = testNeo4jUri()): JisrCore {
  return composeJisr({
    uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || '', database: TEST_DATABASE, transactionTimeoutMs: 30_000,
  });
}

/** Schema and seed graph, as `npm start` would leave them; once per jest run, and in every Neo4j a test file starts. */
export async function prepareTestDatabase(uri = testNeo4jUri()): Promise<void> {
  const { driver, executor, repositories } = connect(uri);
  try {
    await waitForConnectivity(driver, TEST_DATABASE, 60_000);
    await applySchema(executor);
    await loadSeeds(executor, repositories, SEEDS_DIR);
  } finally {
    await driver.close();
  }
}

export interface TestDatabaseOptions {
  /**
   * A Neo4j of the file's own, with the schema and the seed graph, instead of the shared one: for tests that
   * reset or fingerprint the whole database, which would disturb (or be disturbed by) the files running in
   * parallel. Needs Java, like `npm start` without NEO4J_URI.
   */
  readonly ownNeo4j?: boolean | ThrowawayNeo4jOptions;
}

/** Time for a JVM start and a seed load on a busy two-core machine. */
const OWN_NEO4J_TIMEOUT_MS = 180_000;

/** The core of a test file, open from its beforeAll to its afterAll. */
export type TestDatabase = Omit<JisrCore, 'close'>;

/** One raw Cypher statement on a test's database, past every mapper: what the graph really holds. */
export async function rawCypher<R = Record<string, unknown>>(db: TestDatabase, query: string, params: Record<string, unknown> = {}): Promise<R[]> {
  return (await db.driver.executeQuery(query, params, { database: TEST_DATABASE })).records.map((record) => record.toObject() as R);
}

/**
 * The set-up of a test file that works below GraphQL (raw Cypher, repositories, the loader): the core over
 * the shared test Neo4j, or over a Neo4j of its own. Created before the block's first test, closed (and
 * the own Neo4j stopped) after its last.
 */
export function useTestDatabase(options: TestDatabaseOptions = {}): TestDatabase {
  const { ownNeo4j } = options;
  const current = blockScoped(
    'The test database',
    async () => {
      if (!ownNeo4j) return { core: connect(), stop: async () => undefined };
      const neo4j = await startThrowawayNeo4j(ownNeo4j === true ? {} : ownNeo4j);
      try {
        await prepareTestDatabase(neo4j.uri);
      } catch (error) {
        await neo4j.stop();
        throw error;
      }
      return { core: connect(neo4j.uri), stop: () => neo4j.stop() };
    },
    async ({ core, stop }) => {
      await core.close();
      await stop();
    },
    ownNeo4j ? OWN_NEO4J_TIMEOUT_MS : undefined,
  );
  return {
    get uri() { return current().core.uri; },
    get driver() { return current().core.driver; },
    get cypher() { return current().core.cypher; },
    get executor() { return current().core.executor; },
    get repositories() { return current().core.repositories; },
  };
}
