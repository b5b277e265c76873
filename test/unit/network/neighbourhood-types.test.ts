import path from 'node:path';
import { RelationType } from '../../../src/common/enums';
import { REPO_ROOT } from '../../../src/config';
import { RELATION_TYPES } from '../../../src/model/vocabulary';
import { CypherRegistry } from '../../../src/neo4j/cypher-registry';

// network/neighbourhood names the relationship types it follows (a static list reads only those types'
// relationships; `:$any($types)` reads them all first). The list must be the vocabulary's, whole: a type
// added to the vocabulary and missing here would silently vanish from every network.
describe('the network statement', () => {
  const text = CypherRegistry.load(path.join(REPO_ROOT, 'cypher')).get('network/neighbourhood')
    .split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');
  const lists = [...text.matchAll(/\[r:([A-Z_|]+)\]/g)].map((m) => m[1]!.split('|'));

  it('follows every relationship type of the vocabulary, at every level', () => {
    expect(lists).toHaveLength(4);
    for (const list of lists) expect([...list].sort()).toEqual([...RELATION_TYPES].sort());
    expect([...RELATION_TYPES].sort()).toEqual(Object.values(RelationType).sort());
  });

  it('matches no relationship type by parameter (a dynamic type is tested only after expanding them all)', () => {
    expect(text).not.toMatch(/\$any\(/);
  });
});
