import type { Driver } from 'neo4j-driver';
import type { JisrConfig } from './config';
import { createRepositories } from './context/context';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j/local-neo4j';
import { isGraphEmpty, loadSeeds } from './loading/seed-loader';
import type { Logger } from './logger';
import { CypherRegistry } from './neo4j/cypher-registry';
import { createDriver, waitForConnectivity } from './neo4j/driver';
import { Neo4jExecutor } from './neo4j/executor';
import { applySchema } from './neo4j/schema-setup';
import { buildJisrSchema } from './schema/build-schema';
import { createServer, type JisrServer } from './server/server';
import path from 'node:path';
import { REPO_ROOT } from './config';

export interface RunningJisr {
  readonly url: string;
  readonly neo4jUri: string;
  /** Stops the HTTP server, then the driver, then the local Neo4j if this process started it. */
  stop(): Promise<void>;
}

/** The start-up story: config → Neo4j (local or given) → schema in the database → seed → GraphQL server. */
export async function startJisr(config: JisrConfig, logger: Logger): Promise<RunningJisr> {
  const cypher = CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
  let local: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let server: JisrServer | undefined;

  const stop = async () => {
    await server?.stop();
    await driver?.close();
    await local?.stop();
  };

  try {
    let uri = config.neo4j.uri;
    if (!uri) {
      logger.info({ port: config.localNeo4j.port, dataDir: config.localNeo4j.dataDir }, 'starting the local Neo4j (NEO4J_URI is unset)');
      local = await startLocalNeo4j({
        port: config.localNeo4j.port,
        dataDir: config.localNeo4j.dataDir,
        heapMb: config.localNeo4j.heapMb,
        log: (line: string) => logger.info(line),
      });
      uri = local.uri;
    }
    driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
    await waitForConnectivity(driver, config.neo4j.database, config.neo4j.connectTimeoutMs);
    const executor = new Neo4jExecutor(driver, cypher, {
      database: config.neo4j.database,
      transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    });
    await applySchema(executor);
    const repositories = createRepositories(executor);
    if (config.seedWhenEmpty && (await isGraphEmpty(executor))) {
      const summary = await loadSeeds(executor, repositories, config.seedsDir);
      logger.info(summary, 'loaded the seed graph into an empty database');
    }
    server = await createServer({
      schema: await buildJisrSchema(),
      executor,
      repositories,
      logger,
      introspection: config.introspection,
      maxBodyBytes: config.maxBodyBytes,
    });
    const url = await server.start(config.port, config.host);
    logger.info({ graphql: `${url}/graphql`, neo4j: uri }, 'Jisr is ready');
    return { url, neo4jUri: uri, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
