import path from 'node:path';
import { REPO_ROOT } from '../../../src/config';
import { CYPHER_NAMES, CypherRegistry } from '../../../src/neo4j/cypher-registry';
import { compactCypher } from '../../../src/neo4j/cypher-text';

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
    // The largest statement, the events page with its lookahead, is about 30,000 characters with its comments.
    expect(registry.get('events/events-page-with-lookahead').length).toBeLessThan(21_000);
  });
});
