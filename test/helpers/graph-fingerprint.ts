import type { Driver } from 'neo4j-driver';
import { TEST_DATABASE } from './test-database';

/** Every Jisr node and relationship with all its properties, in a stable order: equal fingerprints, equal graphs. */
export async function graphFingerprint(driver: Driver): Promise<{ nodes: number; relationships: number; dump: string }> {
  const session = driver.session({ database: TEST_DATABASE });
  try {
    const nodes = await session.run(
      'MATCH (n) WHERE n:Node OR n:Evidence RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    );
    const rels = await session.run(
      'MATCH (a)-[r]->(b) WHERE (a:Node OR a:Evidence) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to, r.id',
    );
    const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    const dump = JSON.stringify([
      nodes.records.map((r) => [r.get('id'), [...r.get('labels')].sort(), sortKeys(r.get('props'))]),
      rels.records.map((r) => [r.get('from'), r.get('type'), r.get('to'), sortKeys(r.get('props'))]),
    ]);
    return { nodes: nodes.records.length, relationships: rels.records.length, dump };
  } finally {
    await session.close();
  }
}
