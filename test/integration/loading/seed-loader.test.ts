import { loadSeeds, readValidatedSeeds, SeedLoadError, writeSeedGraph } from '../../../src/loading/seed-loader';
import { SeedValidationError } from '../../../src/seeds/seed.model';
import { graphFingerprint } from '../../helpers/graph-fingerprint';
import { withEditedSeeds } from '../../helpers/seed-folder';
import { SEEDS_DIR, useTestDatabase } from '../../helpers/test-database';

// These tests reset the database and compare fingerprints of the whole graph: they run on a Neo4j of
// their own, so that the files reading the shared test Neo4j in parallel neither see nor disturb them.
const db = useTestDatabase({ ownNeo4j: true });

const FIRST_GRAPH_FILE = 'graph/000_2afb7b945ed686bc.yaml';

describe('seed loader', () => {
  it('leaves the graph identical when loaded twice: same nodes, relationships and properties', async () => {
    await loadSeeds(db.executor, db.repositories, SEEDS_DIR);
    const before = await graphFingerprint(db.driver);
    await loadSeeds(db.executor, db.repositories, SEEDS_DIR);
    const after = await graphFingerprint(db.driver);
    expect(before.nodes).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it('rebuilds the same graph with --reset, in one transaction', async () => {
    const before = await graphFingerprint(db.driver);
    await loadSeeds(db.executor, db.repositories, SEEDS_DIR, { reset: true });
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('rejects a file with an unknown reference, naming file, record and field, and writes nothing', async () => {
    const before = await graphFingerprint(db.driver);
    await withEditedSeeds([{ file: FIRST_GRAPH_FILE, replace: 'from: org:eu\n', with: 'from: org:european-onion\n' }], async (dir) => {
      const attempt = loadSeeds(db.executor, db.repositories, dir, { reset: true });
      await expect(attempt).rejects.toThrow(SeedValidationError);
      await expect(loadSeeds(db.executor, db.repositories, dir)).rejects.toThrow(/graph\/000_2afb7b945ed686bc\.yaml: relationships\[\d+\] .*field "(to|from)": .*org:european-onion/);
    });
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('rejects a quote that is not in its article and writes nothing', async () => {
    const before = await graphFingerprint(db.driver);
    await withEditedSeeds([{ file: FIRST_GRAPH_FILE, replace: 'quote: "بدعم من مؤسسة الشباب الديمقراطي"', with: 'quote: "بتمويل من مؤسسة الشباب الديمقراطي"' }], async (dir) => {
      await expect(loadSeeds(db.executor, db.repositories, dir, { reset: true })).rejects.toThrow(/quote/);
    });
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('rolls back everything when a write fails half-way, even after a reset in the same transaction', async () => {
    const before = await graphFingerprint(db.driver);
    const { graph, sources } = readValidatedSeeds(SEEDS_DIR);
    // A relationship to a node the graph does not hold: the nodes before it are written, then the load fails.
    const broken = { ...graph, relationships: [...graph.relationships, { ...graph.relationships[0]!, id: 'rel:broken', to: 'org:not-in-the-graph' }] };
    await expect(writeSeedGraph(db.executor, db.repositories, broken, sources, { reset: true })).rejects.toThrow(SeedLoadError);
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('refuses a relationship type outside the RelationType vocabulary before sending any Cypher', async () => {
    const { graph, sources } = readValidatedSeeds(SEEDS_DIR);
    const injected = { ...graph, relationships: [{ ...graph.relationships[0]!, type: 'FUNDED]->() DETACH DELETE (x' as never }] };
    await expect(writeSeedGraph(db.executor, db.repositories, injected, sources)).rejects.toThrow('which is not one of FUNDED, IMPLEMENTED');
  });
});
