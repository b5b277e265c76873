import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DumpRepository } from '../../../src/dump/dump.repository';
import { dumpGraph } from '../../../src/dump/dump.service';
import { loadSeeds } from '../../../src/loading/seed-loader';
import { EVIDENCE_LABEL, labelsOf, type RelationType } from '../../../src/model/vocabulary';
import { evidenceIdOf, relationshipIdOf } from '../../../src/seeds/seed.model';
import { searchKeysOf } from '../../../src/text/arabic-normalize';
import { graphFingerprint } from '../../helpers/graph-fingerprint';
import { SEEDS_DIR, TEST_DATABASE, useTestDatabase } from '../../helpers/test-database';

// These tests reset the database and compare fingerprints of the whole graph: they run on a Neo4j of
// their own, so that the files reading the shared test Neo4j in parallel neither see nor disturb them.
const db = useTestDatabase({ ownNeo4j: true });

// Pages far smaller than the graph, so that every read crosses page boundaries.
const SMALL_PAGES = { sources: 2, nodes: 7, evidence: 11 };

const folders: string[] = [];
function newFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-dump-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function dumpInto(dir: string) {
  return dumpGraph(new DumpRepository(db.executor, SMALL_PAGES), { outDir: dir, origin: { uri: db.uri, database: TEST_DATABASE } });
}

async function raw(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = db.driver.session({ database: TEST_DATABASE });
  try {
    await session.executeWrite((tx) => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}

describe('dump and restore', () => {
  it('dumps the seeded graph into files that seed --reset loads back into the identical graph', async () => {
    await loadSeeds(db.executor, db.repositories, SEEDS_DIR, { reset: true });
    const before = await graphFingerprint(db.driver);
    const dir = newFolder();

    const summary = await dumpInto(dir);
    expect(summary).toEqual({ count: { sources: 5, nodes: 71, relationships: 117, evidence: 135 }, files: 11, problems: [], ignored: [] });

    await loadSeeds(db.executor, db.repositories, dir, { reset: true });
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('dumps a node added outside the seed files, with its quote of a source, and restores it', async () => {
    await loadSeeds(db.executor, db.repositories, SEEDS_DIR, { reset: true });
    const sourceId = 'source:seed-003';
    const quote = 'السلطة المحلية';
    const start = readFileSync(path.join(SEEDS_DIR, 'articles', '003_519500e86f7a6d5c.txt'), 'utf8').indexOf(quote);
    const evidenceId = evidenceIdOf(sourceId, start, start + quote.length);
    const id = 'org:test-dump-marib-local-authority';
    const located: RelationType = 'LOCATED_IN';
    const names = { nameAr: quote, nameEn: 'Marib local authority', aliases: ['Local authority of Marib'] };
    // As an editor's change would leave it: every property the loader derives (name, searchKeys) included.
    await raw(
      `CREATE (e {id: $evidenceId}) SET e:$($evidenceLabel), e += {sourceId: $sourceId, quote: $quote, start: $start, end: $end}
       CREATE (n:Node {id: $id}) SET n:$($labels), n += $properties, n.evidenceIds = [$evidenceId]
       WITH n MATCH (place:Node {id: 'place:ye-marib'})
       CREATE (n)-[r:$($located) {id: $relationshipId, basis: 'article', evidenceIds: [$evidenceId]}]->(place)`,
      {
        evidenceId, evidenceLabel: EVIDENCE_LABEL, sourceId, quote, start, end: start + quote.length, id, labels: labelsOf('ORGANIZATION'), located,
        relationshipId: relationshipIdOf(located, id, 'place:ye-marib'),
        properties: { kind: 'GOVERNMENT_BODY', name: names.nameEn, ...names, searchKeys: searchKeysOf([names.nameAr, names.nameEn, ...names.aliases]) },
      },
    );
    const before = await graphFingerprint(db.driver);
    const dir = newFolder();

    const summary = await dumpInto(dir);
    expect(summary.problems).toEqual([]);
    expect(summary.count).toMatchObject({ nodes: 72, relationships: 118 });
    const file = readFileSync(path.join(dir, 'graph', '003_519500e86f7a6d5c.yaml'), 'utf8');
    expect(file).toContain(`  - id: ${id}\n    kind: GOVERNMENT_BODY\n    nameAr: ${quote}\n`);
    expect(file).toContain(`      - { quote: "${quote}", start: ${start}, end: ${start + quote.length} }\n`);

    await loadSeeds(db.executor, db.repositories, dir, { reset: true });
    expect(await graphFingerprint(db.driver)).toEqual(before);
  });

  it('leaves out what the seed format does not know, and says what would not load back', async () => {
    await loadSeeds(db.executor, db.repositories, SEEDS_DIR, { reset: true });
    await raw(
      `MATCH (n:Node {id: 'org:musaala'}) SET n.version = 4
       CREATE (:Node:Change {id: 'change:test-dump-1', at: '2025-01-01'})
       CREATE (u:Node {id: 'org:test-dump-unquoted', kind: 'NGO', name: 'x', nameAr: 'x', nameEn: 'x', aliases: [], evidenceIds: []}) SET u:$($labels)`,
      { labels: labelsOf('ORGANIZATION') },
    );
    const dir = newFolder();

    const summary = await dumpInto(dir);
    expect(summary.ignored).toEqual(['node change:test-dump-1 (labels Node, Change): not a kind of fact the seed files hold']);
    expect(summary.problems).toEqual(['Organization org:test-dump-unquoted has no quote of a source in the graph, and every seed record needs one; it is left out.']);
    expect(readFileSync(path.join(dir, 'graph', '003_519500e86f7a6d5c.yaml'), 'utf8')).not.toContain('version');
  });
});
