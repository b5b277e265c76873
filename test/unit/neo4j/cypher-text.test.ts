import path from 'node:path';
import { REPO_ROOT } from '../../../src/config';
import { CYPHER_NAMES, CypherRegistry } from '../../../src/neo4j/cypher-registry';
import { compactCypher, inOneMap, mayWrite } from '../../../src/neo4j/cypher-text';

describe('the text of a statement as it is sent', () => {
  it('drops comment lines, trailing comments, block comments and indentation, and keeps one line per line of code', () => {
    const text = [
      '// What the statement is for.',
      'MATCH (n:Node {id: $id})   // the node',
      '',
      '  /* a block',
      '     comment */',
      '  WITH n',
      '    RETURN n.id AS/* between tokens */id',
    ].join('\n');
    expect(compactCypher(text)).toBe('MATCH (n:Node {id: $id})\nWITH n\nRETURN n.id AS id');
  });

  it('keeps quoted text byte for byte, comment markers and escaped quotes included', () => {
    const text = [
      "RETURN 'http://example.org/a   b' AS url, \"it's // not a comment\" AS s,",
      "  'don\\'t /* stop */ here' AS t, `odd``//name` AS u // the end",
    ].join('\n');
    expect(compactCypher(text)).toBe([
      "RETURN 'http://example.org/a   b' AS url, \"it's // not a comment\" AS s,",
      "'don\\'t /* stop */ here' AS t, `odd``//name` AS u",
    ].join('\n'));
  });

  it('is what the registry sends: no statement carries a comment or an indented line', () => {
    const registry = CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
    for (const name of CYPHER_NAMES) {
      const text = registry.get(name);
      expect(text).toBe(compactCypher(text));
      expect(text).not.toMatch(/^\s*\/\//m);
      expect(text).not.toMatch(/^\s+\S/m);
    }
    // The largest statement, the events page with its lookahead, is about 32,000 characters with its comments.
    expect(registry.get('events/events-page-with-lookahead').length).toBeLessThan(22_000);
  });
});

describe('the parameters of a statement as it is sent', () => {
  it('reads every parameter from the one map, and lists each name once', () => {
    const { text, parameters } = inOneMap('MATCH (n:Node {id: $id}) WHERE n.kind IN $kinds AND $id IS NOT NULL RETURN n LIMIT $limit');
    expect(text).toBe('MATCH (n:Node {id: $p.id}) WHERE n.kind IN $p.kinds AND $p.id IS NOT NULL RETURN n LIMIT $p.limit');
    expect(parameters).toEqual(['id', 'kinds', 'limit']);
  });

  it('leaves quoted text and dynamic labels alone, and reads the parameter inside a dynamic label from the map', () => {
    const { text, parameters } = inOneMap("MATCH (n)-[r:$any($types)]->(m:$(m.kind)) RETURN '$id' AS a, \"costs $5\" AS b, `$odd` AS c");
    expect(text).toBe("MATCH (n)-[r:$any($p.types)]->(m:$(m.kind)) RETURN '$id' AS a, \"costs $5\" AS b, `$odd` AS c");
    expect(parameters).toEqual(['types']);
  });

  it('is how the registry sends every statement: no parameter is read outside the map', () => {
    const registry = CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
    for (const name of CYPHER_NAMES) expect(inOneMap(registry.get(name)).parameters.filter((p) => p !== 'p')).toEqual([]);
  });

  it('refuses to send a statement without a value it reads, naming it, as Neo4j refuses a missing parameter', () => {
    const registry = CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
    expect(registry.paramsOf('graph/nodes-by-ids', { ids: ['org:eu'] })).toEqual({ p: { ids: ['org:eu'] } });
    expect(() => registry.paramsOf('graph/nodes-by-ids', {})).toThrow('Statement "graph/nodes-by-ids" needs parameter(s) $ids');
  });
});

describe('whether a statement may write', () => {
  it('finds an updating clause in any case, and none in quoted text or inside a longer word', () => {
    for (const text of ['MATCH (n) SET n.x = 1', 'merge (n:Node {id: $id})', 'MATCH (n) DETACH DELETE n', 'CREATE (n)', 'MATCH (n) REMOVE n:Old', 'FOREACH (x IN [] | CREATE ())']) {
      expect(mayWrite(text)).toBe(true);
    }
    for (const text of ["RETURN 'SET' AS a, \"DELETE\" AS b, `CREATE` AS c", 'MATCH (n) WHERE n.reset = true RETURN n.created AS onset', 'RETURN 1 AS ok']) {
      expect(mayWrite(text)).toBe(false);
    }
  });
});
