import { rawCypher, useTestDatabase } from '../../helpers/test-database';

// A Neo4j of its own: the version names the last write to the database, and other files write to the shared one.
const db = useTestDatabase({ ownNeo4j: true });

const ctx = { operation: 'graph-version-test' };
const version = () => db.executor.graphVersion(ctx);

describe('the graph version', () => {
  it('stays the same from read to read while nothing is written', async () => {
    const first = await version();
    expect(first).not.toBe('');
    await db.repositories.graph.nodesByIds(['org:saferworld'], ctx);
    await rawCypher(db, 'MATCH (n:Node) RETURN count(n) AS nodes');
    expect(await version()).toBe(first);
  });

  it('changes with every committed write, and is the same again for the reads after it', async () => {
    const before = await version();
    await rawCypher(db, "MERGE (n:Node:Organization {id: 'org:test-graph-version'}) SET n.name = 'Version test', n.kind = 'NGO'");
    const afterCreate = await version();
    expect(afterCreate).not.toBe(before);
    expect(await version()).toBe(afterCreate);
    await rawCypher(db, "MATCH (n:Node {id: 'org:test-graph-version'}) DETACH DELETE n");
    expect(await version()).not.toBe(afterCreate);
  });

  it('stays the same after a write that changed nothing', async () => {
    const before = await version();
    await rawCypher(db, "MATCH (n:Node {id: 'org:nobody-has-this-id'}) SET n.name = 'nothing'");
    expect(await version()).toBe(before);
  });

  it('does not change with a write that a failure rolled back', async () => {
    const before = await version();
    const session = db.driver.session();
    await expect(session.executeWrite(async (tx) => {
      await tx.run("CREATE (:Node:Organization {id: 'org:test-graph-version-rolled-back', name: 'x', kind: 'NGO'})");
      throw new Error('the editor gave up');
    })).rejects.toThrow('the editor gave up');
    await session.close();
    expect(await version()).toBe(before);
  });
});
