import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type JisrConfig, REPO_ROOT } from './config';
import { createRepositories, type Repositories } from './context/context';
import { startLocalNeo4j } from './local-neo4j/local-neo4j';
import { superviseLocalNeo4j } from './local-neo4j/local-neo4j.supervisor';
import { CypherRegistry } from './neo4j/cypher-registry';
import { createDriver, waitForConnectivity } from './neo4j/driver';
import { Neo4jExecutor, routesReads } from './neo4j/executor';

/**
 * The composition root: the one place that builds driver, Cypher registry, executor and repositories.
 * The server (src/app.ts), the CLI (src/cli/jisr.ts) and the tests all call it, so a new repository or a
 * driver setting is added once.
 */

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** Server-side timeout of every read transaction, and of a write's when writeTransactionTimeoutMs is not given. */
  readonly transactionTimeoutMs: number;
  /** Server-side timeout of every write transaction. */
  readonly writeTransactionTimeoutMs?: number;
  /** How long one call keeps retrying when the server is gone (driver default of Jisr: 5 s). */
  readonly maxRetryTimeMs?: number;
}

export interface JisrCore {
  readonly uri: string;
  readonly driver: Driver;
  readonly cypher: CypherRegistry;
  readonly executor: Neo4jExecutor;
  readonly repositories: Repositories;
  /** Closes the driver. */
  close(): Promise<void>;
}

/** Every Cypher statement, read once per process; a missing file fails here, at start-up. */
let registry: CypherRegistry | undefined;
export function cypherRegistry(): CypherRegistry {
  registry ??= CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
  return registry;
}

/** Builds the core over a Neo4j without waiting for it (tests and tools that connect lazily). */
export function composeJisr(connection: Neo4jConnection): JisrCore {
  const driver = createDriver({
    uri: connection.uri, user: connection.user, password: connection.password, maxRetryTimeMs: connection.maxRetryTimeMs,
  });
  const cypher = cypherRegistry();
  const executor = new Neo4jExecutor(driver, cypher, {
    database: connection.database,
    transactionTimeoutMs: connection.transactionTimeoutMs,
    writeTransactionTimeoutMs: connection.writeTransactionTimeoutMs,
    routing: routesReads(connection.uri),
    maxRetryTimeMs: connection.maxRetryTimeMs,
  });
  return { uri: connection.uri, driver, cypher, executor, repositories: createRepositories(executor), close: () => driver.close() };
}

/** Builds the core and waits until Neo4j answers; closes the driver again when it never does. */
export async function openJisr(connection: Neo4jConnection, connectTimeoutMs: number): Promise<JisrCore> {
  const core = composeJisr(connection);
  try {
    await waitForConnectivity(core.driver, connection.database, connectTimeoutMs);
    return core;
  } catch (error) {
    await core.close();
    throw error;
  }
}

/** The connection settings of the config, for a given URI (the configured one or the local Neo4j's). */
export function connectionOf(config: JisrConfig, uri: string, overrides: Partial<Neo4jConnection> = {}): Neo4jConnection {
  const { user, password, database, transactionTimeoutMs, writeTransactionTimeoutMs } = config.neo4j;
  return { uri, user, password, database, transactionTimeoutMs, writeTransactionTimeoutMs, ...overrides };
}

export interface Neo4jEndpoint {
  readonly uri: string;
  /** The local Neo4j this process started, to be stopped with it; undefined when it uses someone else's. */
  readonly local?: { stop(): Promise<void>; readonly pid: number | undefined };
}

export interface Neo4jEndpointOptions {
  /**
   * Use a local Neo4j that already answers on NEO4J_LOCAL_PORT (say, the one `npm start` runs) instead of
   * starting one: CLI commands share the running service's database, the service itself never does.
   */
  readonly reuseRunningLocal: boolean;
  readonly log: (line: string) => void;
  /**
   * Restart a local Neo4j that dies (the service); a CLI command that outlives its database just fails.
   * `onGiveUp` is called when restarts keep failing.
   */
  readonly supervise?: {
    readonly warn: (message: string, details?: Record<string, unknown>) => void;
    readonly onGiveUp: (error: Error) => void;
  };
}

/** NEO4J_URI when set; otherwise the local Neo4j, reused when asked and running, else started. */
export async function resolveNeo4j(config: JisrConfig, options: Neo4jEndpointOptions): Promise<Neo4jEndpoint> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri };
  const localUri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
  if (options.reuseRunningLocal && (await answers(config, localUri))) return { uri: localUri };
  options.log(`starting the local Neo4j on port ${config.localNeo4j.port} (NEO4J_URI is unset; data: ${config.localNeo4j.dataDir})`);
  const start = { port: config.localNeo4j.port, dataDir: config.localNeo4j.dataDir, heapMb: config.localNeo4j.heapMb, pageCacheMb: config.localNeo4j.pageCacheMb, log: options.log };
  const local = options.supervise ? await superviseLocalNeo4j({ ...start, ...options.supervise }) : await startLocalNeo4j(start);
  return { uri: local.uri, local };
}

/** Whether a Neo4j answers at the URI within a second. */
async function answers(config: JisrConfig, uri: string): Promise<boolean> {
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password, maxRetryTimeMs: 1_000 });
  try {
    await waitForConnectivity(driver, config.neo4j.database, 1_000);
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
