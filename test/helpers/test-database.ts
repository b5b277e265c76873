import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../../src/config';
import { createRepositories } from '../../src/context/context';
import { loadSeeds } from '../../src/loading/seed-loader';
import { CypherRegistry } from '../../src/neo4j/cypher-registry';
import { createDriver, waitForConnectivity } from '../../src/neo4j/driver';
import { Neo4jExecutor } from '../../src/neo4j/executor';
import { applySchema } from '../../src/neo4j/schema-setup';

export const TEST_DATABASE = process.env.NEO4J_DATABASE || 'neo4j';
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

export function testNeo4jUri(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is unset: run this suite through jest, whose global setup starts a Neo4j');
  return uri;
}

export function connect(uri = testNeo4jUri()): { driver: Driver; executor: Neo4jExecutor; cypher: CypherRegistry } {
  const driver = createDriver({ uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || '' });
  const cypher = CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
  const executor = new Neo4jExecutor(driver, cypher, { database: TEST_DATABASE, transactionTimeoutMs: 30_000 });
  return { driver, executor, cypher };
}

/** Schema and seed graph, as `npm start` would leave them; run once per jest run. */
export async function prepareTestDatabase(uri = testNeo4jUri()): Promise<void> {
  const { driver, executor } = connect(uri);
  try {
    await waitForConnectivity(driver, TEST_DATABASE, 60_000);
    await applySchema(executor);
    await loadSeeds(executor, createRepositories(executor), SEEDS_DIR);
  } finally {
    await driver.close();
  }
}
