import path from 'node:path';
import { composeJisr, type JisrCore } from '../../src/composition';
import { REPO_ROOT } from '../../src/config';
import { loadSeeds } from '../../src/loading/seed-loader';
import { waitForConnectivity } from '../../src/neo4j/driver';
import { applySchema } from '../../src/neo4j/schema-setup';

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

/** Schema and seed graph, as `npm start` would leave them; run once per jest run. */
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
