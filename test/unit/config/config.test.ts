import path from 'node:path';
import { ConfigError, loadConfig, REPO_ROOT } from '../../../src/config';

describe('configuration', () => {
  it('starts with documented defaults when nothing is set: local Neo4j, port 4000, seeding on', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.localNeo4j.port).toBe(7687);
    expect(config.localNeo4j.dataDir).toBe(path.join(REPO_ROOT, '.neo4j', 'data'));
    expect(config.seedWhenEmpty).toBe(true);
  });

  it('connects to the Neo4j a user names, cluster schemes included', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'jisr', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'jisr', password: 's3cret', database: 'graph' });
  });

  it('gives writes a longer transaction timeout than reads, each set by its own variable', () => {
    expect(loadConfig({}).neo4j).toMatchObject({ transactionTimeoutMs: 10_000, writeTransactionTimeoutMs: 60_000 });
    expect(loadConfig({ NEO4J_TX_TIMEOUT_MS: '5000', NEO4J_WRITE_TX_TIMEOUT_MS: '120000' }).neo4j).toMatchObject({ transactionTimeoutMs: 5_000, writeTransactionTimeoutMs: 120_000 });
    expect(() => loadConfig({ NEO4J_WRITE_TX_TIMEOUT_MS: '600001' })).toThrow('NEO4J_WRITE_TX_TIMEOUT_MS="600001": expected at most 600000');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });

  it('fails at start-up naming every bad variable and the value it got', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_WHEN_EMPTY: 'maybe' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_WHEN_EMPTY: 'maybe' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT="eighty": expected a whole number from 0 to 65535');
      expect(message).toContain('NEO4J_URI="http://localhost:7474": expected a URI starting with bolt://');
      expect(message).toContain('SEED_WHEN_EMPTY="maybe": expected true or false');
    }
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT="70000": expected at most 65535');
  });
});

describe('limits configuration', () => {
  it('measures operations, answers and clients against documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.operationLimits).toEqual({ maxDepth: 12, maxAliases: 30, maxTokens: 2000, maxCost: 500_000 });
    expect(config.maxResponseBytes).toBe(5 * 1024 * 1024);
    expect(config.corsOrigins).toEqual([]);
    expect(config.rateLimit).toEqual({ max: 600, windowMs: 60_000, includeLoopback: false });
  });

  it('reads every limit from its variable', () => {
    const config = loadConfig({
      MAX_QUERY_DEPTH: '8', MAX_QUERY_ALIASES: '5', MAX_QUERY_TOKENS: '900', MAX_QUERY_COST: '10000', MAX_RESPONSE_BYTES: '65536',
      RATE_LIMIT_MAX: '0', RATE_LIMIT_WINDOW_MS: '1000', RATE_LIMIT_LOOPBACK: 'true',
    });
    expect(config.operationLimits).toEqual({ maxDepth: 8, maxAliases: 5, maxTokens: 900, maxCost: 10_000 });
    expect(config.maxResponseBytes).toBe(65_536);
    expect(config.rateLimit).toEqual({ max: 0, windowMs: 1000, includeLoopback: true });
  });

  it('takes CORS origins as a comma-separated list, or * for any', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://front.example.org, http://localhost:5173' }).corsOrigins)
      .toEqual(['https://front.example.org', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it('refuses an origin with a path and a limit out of range, naming the variables', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://front.example.org/app' }))
      .toThrow('CORS_ORIGINS="https://front.example.org/app": expected comma-separated origins such as https://app.example.org');
    expect(() => loadConfig({ MAX_QUERY_TOKENS: '10' })).toThrow('MAX_QUERY_TOKENS="10": expected at least 100');
  });
});
