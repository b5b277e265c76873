import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RelationType } from '../../../src/common/enums';
import { REPO_ROOT } from '../../../src/config';
import { PARENT_LINKS } from '../../../src/graph/link-fields';
import { RELATION_TYPES } from '../../../src/model/vocabulary';

// Statements that follow relationships of any type the request names write the types out instead of matching
// `:$any($types)`: Neo4j expands every relationship of a node before it tests a dynamic type, so a hub would
// be read whole. The lists must be the vocabulary's, whole: a type added to the vocabulary and missing from a
// list would silently vanish from networks or from the lookahead's links.
const statement = (name: string) => readFileSync(path.join(REPO_ROOT, 'cypher', `${name}.cypher`), 'utf8')
  .split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');
const sorted = (types: Iterable<string>) => [...types].sort();
const VOCABULARY = sorted(RELATION_TYPES);

describe('statements that name every relationship type', () => {
  it('the vocabulary and the GraphQL enum hold the same relationship types', () => {
    expect(sorted(Object.values(RelationType))).toEqual(VOCABULARY);
  });

  it('network/neighbourhood follows every type at every level, and no type by parameter', () => {
    const text = statement('network/neighbourhood');
    const lists = [...text.matchAll(/\[r:([A-Z_|]+)\]/g)].map((m) => m[1]!.split('|'));
    expect(lists).toHaveLength(4);
    for (const list of lists) expect(sorted(list)).toEqual(VOCABULARY);
    expect(text).not.toMatch(/\$any\(/);
  });

  it.each([
    ['graph/lookahead-of-node', 'outgoing', '-', '->'], ['graph/lookahead-of-node', 'incoming', '<-', '-'],
    ['graph/outgoing', 'types', '-', '->'], ['graph/incoming', 'types', '<-', '-'],
  ])('%s has one guarded branch per type for $%s, each reading that type alone', (name, param, left, right) => {
    const text = statement(name);
    const guarded = [...text.matchAll(new RegExp(`WHERE '([A-Z_]+)' IN \\$${param}\\n\\s*MATCH \\(n\\)${left}\\[r:([A-Z_]+)\\]${right}\\(m\\)`, 'g'))];
    expect(guarded.every((m) => m[1] === m[2])).toBe(true);
    expect(sorted(guarded.map((m) => m[1]!))).toEqual(VOCABULARY);
    expect(text).not.toContain(`$any($${param})`);
  });

  it.each([['graph/lookahead-of-node', 2], ['graph/outgoing', 1], ['graph/incoming', 1]])(
    '%s names each branch\'s type as the type it reads (the loaders split hops by it)', (name, directions) => {
      const branches = [...statement(name).matchAll(/\(n\)(?:<-|-)\[r:([A-Z_]+)\](?:->|-)\(m\)\n\s*RETURN r, m, '([A-Z_]+)' AS type\n/g)];
      expect(branches).toHaveLength(directions * VOCABULARY.length);
      expect(branches.filter((m) => m[1] !== m[2])).toEqual([]);
    },
  );

  it('graph/lookahead-of-node reads of a hop\'s ends exactly the hops of the `parent` fields, outgoing, one branch each', () => {
    const branches = [...statement('graph/lookahead-of-node').matchAll(/\(end\)(<-|-)\[r:([A-Z_]+)\](->|-)\(m\)\n\s*RETURN r, m, '([A-Z_]+)' AS type\n/g)];
    expect(branches.filter((m) => m[2] !== m[4])).toEqual([]);
    expect(branches.every((m) => m[1] === '-' && m[3] === '->')).toBe(true);
    expect(sorted(branches.map((m) => m[2]!))).toEqual(sorted(PARENT_LINKS.flatMap((spec) => spec.types)));
    expect(PARENT_LINKS.every((spec) => spec.direction === 'outgoing')).toBe(true);
  });
});
