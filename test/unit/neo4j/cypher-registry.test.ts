import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/config';
import { CYPHER_NAMES, CypherRegistry } from '../../../src/neo4j/cypher-registry';

describe('cypher registry', () => {
  it('loads every named statement from cypher/', () => {
    const registry = CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
    expect(registry.names()).toEqual([...CYPHER_NAMES]);
    expect(registry.get('health/ping')).toBe('RETURN 1 AS ok');
  });

  it('fails at start-up naming the missing file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-cypher-'));
    try {
      cpSync(path.join(REPO_ROOT, 'cypher'), dir, { recursive: true });
      rmSync(path.join(dir, 'graph', 'nodes-by-ids.cypher'));
      expect(() => CypherRegistry.load(dir)).toThrow(`Missing or empty Cypher statement file(s):\n  ${path.join(dir, 'graph', 'nodes-by-ids.cypher')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
