import { routesReads } from '../../../src/neo4j/executor';

describe('which connections carry bookmarks from one transaction to the next', () => {
  it('the routing schemes, where a read may land on a server that has not yet seen a write', () => {
    for (const uri of ['neo4j://cluster.example:7687', 'neo4j+s://abc.databases.neo4j.io', 'neo4j+ssc://10.0.0.1', 'NEO4J://host']) expect(routesReads(uri)).toBe(true);
  });

  it('not one server over bolt, which has committed a write before it answers', () => {
    for (const uri of ['bolt://127.0.0.1:7687', 'bolt+s://db.example', 'bolt+ssc://db.example', 'neo4jx://host']) expect(routesReads(uri)).toBe(false);
  });
});
