import { connectionOf, openJisr, resolveNeo4j, type JisrCore, type Neo4jEndpoint } from './composition';
import type { JisrConfig } from './config';
import { isGraphEmpty, loadSeeds } from './loading/seed-loader';
import type { Logger } from './logger';
import { type PlanWarmup, startPlanWarmup, STOPPED, statementsToWarm } from './neo4j/plan-warmup';
import { applySchema } from './neo4j/schema-setup';
import { buildJisrSchema } from './schema/build-schema';
import { createServer, type JisrServer } from './server/server';

export interface RunningJisr {
  readonly url: string;
  readonly neo4jUri: string;
  /** The process id of the local Neo4j this service started and supervises; undefined for NEO4J_URI. */
  localNeo4jPid(): number | undefined;
  /** Stops the HTTP server, then the driver, then the local Neo4j if this process started it. */
  stop(): Promise<void>;
}

/** The start-up story: config → Neo4j (local or given) → schema in the database → seed → GraphQL server. */
export interface StartOptions {
  /**
   * Called when the local Neo4j keeps dying and cannot be restarted: the service cannot serve, and says so
   * by exiting non-zero (src/index.ts) so that a process manager restarts it.
   */
  readonly onFatal?: (error: Error) => void;
}

export async function startJisr(config: JisrConfig, logger: Logger, options: StartOptions = {}): Promise<RunningJisr> {
  let local: Neo4jEndpoint['local'];
  let core: JisrCore | undefined;
  let server: JisrServer | undefined;
  let warmup: PlanWarmup | undefined;

  const stop = async () => {
    warmup?.stop();
    await server?.stop();
    await core?.close();
    await local?.stop();
  };

  try {
    const endpoint = await resolveNeo4j(config, {
      reuseRunningLocal: false,
      log: (line) => logger.info(line),
      supervise: {
        warn: (message, details) => logger.warn(details ?? {}, message),
        onGiveUp: (error) => {
          logger.error({ err: error }, error.message);
          options.onFatal?.(error);
        },
      },
    });
    local = endpoint.local;
    core = await openJisr(connectionOf(config, endpoint.uri), config.neo4j.connectTimeoutMs);
    const { executor, repositories } = core;
    await applySchema(executor);
    if (config.seedWhenEmpty && (await isGraphEmpty(executor))) {
      const summary = await loadSeeds(executor, repositories, config.seedsDir);
      logger.info(summary, 'loaded the seed graph into an empty database');
    }
    // Started before the server listens, so that /readyz never answers ready while the reads are still unplanned.
    warmup = config.planWarmup ? startPlanWarmup(executor, statementsToWarm(core.cypher)) : undefined;
    let warming = warmup !== undefined;
    server = await createServer({
      schema: await buildJisrSchema(),
      executor,
      repositories,
      logger,
      introspection: config.introspection,
      maxBodyBytes: config.maxBodyBytes,
      operationLimits: config.operationLimits,
      maxResponseBytes: config.maxResponseBytes,
      corsOrigins: config.corsOrigins,
      rateLimit: config.rateLimit,
      readsRequireKey: config.readsRequireKey,
      warming: () => warming,
    });
    const url = await server.start(config.port, config.host);
    const neo4jUri = core.uri;
    const announceReady = () => logger.info({ graphql: `${url}/graphql`, neo4j: neo4jUri }, 'Jisr is ready');
    if (warmup) {
      logger.info({ graphql: `${url}/graphql` }, 'Jisr is serving; Neo4j is planning the read statements, then Jisr is ready');
      // Requests are served meanwhile (the first ones plan what they need); /readyz waits for the last plan.
      void warmup.done.then((result) => {
        warming = false;
        logger.info(result, `Neo4j planned ${result.planned} of ${result.of} read statements in ${(result.ms / 1000).toFixed(1)} s`);
        if (result.stoppedBy !== STOPPED) announceReady();
      });
    } else {
      announceReady();
    }
    return { url, neo4jUri, localNeo4jPid: () => local?.pid, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
