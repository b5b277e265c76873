import { CYPHER_NAMES } from '../../src/neo4j/cypher-registry';
import { TEST_DATABASE, useTestDatabase } from '../helpers/test-database';

const db = useTestDatabase();

// Schema commands cannot be EXPLAINed; they run for real at every start-up and in global setup.
const explainable = CYPHER_NAMES.filter((name) => !name.startsWith('schema/'));

describe('cypher statements', () => {
  it.each(explainable)('%s compiles against the real Neo4j', async (name) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const result = await session.run(`EXPLAIN ${db.cypher.get(name)}`);
      expect(result.summary.plan).toBeTruthy();
    } finally {
      await session.close();
    }
  });

  it('passes every value as a $parameter: no statement concatenates user input', () => {
    for (const name of CYPHER_NAMES) expect(db.cypher.get(name)).not.toMatch(/\$\{|'\s*\+|\+\s*'/);
  });
});
