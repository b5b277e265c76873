import path from 'node:path';
import { ConfigError, loadConfig, loadLocalNeo4jConfig, REPO_ROOT } from '../../../src/config';

describe('the local Neo4j settings (npm run neo4j)', () => {
  it('has the same defaults as npm start', () => {
    expect(loadLocalNeo4jConfig({})).toEqual({ port: 7687, dataDir: path.join(REPO_ROOT, '.neo4j', 'data'), heapMb: 768, pageCacheMb: 96 });
    expect(loadLocalNeo4jConfig({})).toEqual(loadConfig({}).localNeo4j);
  });

  it('reads the variables npm start reads, relative to the repository', () => {
    const env = { NEO4J_LOCAL_PORT: '7700', NEO4J_LOCAL_DATA_DIR: 'tmp/neo4j', NEO4J_LOCAL_HEAP_MB: '512', NEO4J_LOCAL_PAGECACHE_MB: '2048' };
    expect(loadLocalNeo4jConfig(env)).toEqual({ port: 7700, dataDir: path.join(REPO_ROOT, 'tmp', 'neo4j'), heapMb: 512, pageCacheMb: 2048 });
    expect(loadLocalNeo4jConfig(env)).toEqual(loadConfig(env).localNeo4j);
  });

  it.each([
    ['NEO4J_LOCAL_PORT', '0', 'expected at least 1'],
    ['NEO4J_LOCAL_PORT', '65536', 'expected at most 65535'],
    ['NEO4J_LOCAL_HEAP_MB', '128', 'expected at least 256'],
    ['NEO4J_LOCAL_HEAP_MB', 'lots', 'expected a whole number from 256 to 16384'],
    ['NEO4J_LOCAL_PAGECACHE_MB', '4', 'expected at least 8'],
  ])('refuses %s=%s with the bounds npm start uses', (name, value, problem) => {
    const line = `${name}=${JSON.stringify(value)}: ${problem}`;
    expect(() => loadLocalNeo4jConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadLocalNeo4jConfig({ [name]: value })).toThrow(line);
    expect(() => loadConfig({ [name]: value })).toThrow(line);
  });

  it('ignores the variables it does not use, so a bad PORT does not stop npm run neo4j', () => {
    expect(loadLocalNeo4jConfig({ PORT: 'eighty', NEO4J_URI: 'http://nowhere' }).port).toBe(7687);
  });
});
