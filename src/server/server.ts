import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { identifyViewer, readAccessPlugin, viewerOfResponse } from '../auth/authenticate';
import { type JisrContext, type Repositories, createContext } from '../context/context';
import { ErrorCode, JisrError, maskError } from '../errors';
import type { Logger } from '../logger';
import type { Neo4jExecutor } from '../neo4j/executor';
import { corsFor } from '../security/cors';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_OPERATION_LIMITS,
  DEFAULT_RATE_LIMIT,
  type OperationLimits,
  type RateLimitOptions,
} from '../security/limits';
import { documentMeasurer, operationCostPlugin, operationLimitRules, parseOptionsFor, tokenLimitError } from '../security/operation-limits';
import { rateLimiter } from '../security/rate-limit';
import { exportRouter } from './export.router';
import { explorerRouter } from './explorer.router';
import { graphqlDoor, requestIdOf } from './graphql-door';
import { graphqlHandler } from './graphql-http';
import { healthRouter } from './health';
import { notFoundHandler, sendGraphQLError, transportErrorHandler } from './transport-errors';

export interface ServerOptions {
  readonly schema: GraphQLSchema;
  readonly executor: Neo4jExecutor;
  readonly repositories: Repositories;
  readonly logger: Logger;
  readonly introspection: boolean;
  readonly maxBodyBytes: number;
  /** MAX_QUERY_DEPTH, MAX_QUERY_ALIASES, MAX_QUERY_TOKENS, MAX_QUERY_COST. Default DEFAULT_OPERATION_LIMITS. */
  readonly operationLimits?: OperationLimits;
  /** MAX_RESPONSE_BYTES. Default 5 MiB. */
  readonly maxResponseBytes?: number;
  /** CORS_ORIGINS. Default none: only same-origin pages (and non-browser clients) can call /graphql. */
  readonly corsOrigins?: readonly string[];
  /** RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS, RATE_LIMIT_LOOPBACK. Default DEFAULT_RATE_LIMIT (loopback not limited). */
  readonly rateLimit?: RateLimitOptions;
  /** READS_REQUIRE_KEY. Default false: queries need no key; mutations name the role they need. */
  readonly readsRequireKey?: boolean;
  /** True while Neo4j is still planning the reads (PLAN_WARMUP): /readyz answers 503 meanwhile. Default never. */
  readonly warming?: () => boolean;
}

export interface JisrServer {
  readonly apollo: ApolloServer<JisrContext>;
  readonly httpServer: http.Server;
  /** Listens on host:port (port 0 picks a free one) and resolves with the base URL. */
  start(port: number, host: string): Promise<string>;
  /** Stops accepting requests and drains those in flight. */
  stop(): Promise<void>;
}

/** Names the operation in transaction metadata and logs one line per request with its statement count. */
function requestPlugin(logger: Logger): ApolloServerPlugin<JisrContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operationName }) {
          contextValue.query.operation = operationName ?? 'anonymous';
        },
        async willSendResponse({ errors, response }) {
          // What Apollo's cache-control plugin answered for a schema without cache hints (Jisr's has none),
          // without that plugin's hook on every resolved field: no answer is stored by a browser or a proxy.
          response.http.headers.set('cache-control', 'no-store');
          const line = {
            requestId: contextValue.requestId,
            operation: contextValue.query.operation,
            // Which key asked (its public id, never the secret), so that the log tells who did what.
            ...(contextValue.viewer ? { keyId: contextValue.viewer.keyId } : {}),
            statements: contextValue.recorder.count,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            errors: errors?.length ?? 0,
            ...(errors?.length ? { codes: [...new Set(errors.map((error) => String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR')))] } : {}),
          };
          // Written once the answer is on its way: the client does not wait for the line to be serialised and
          // written (0.10 of an organisation's 4 ms at 100k nodes in the bench, docs/benchmarks.md, twenty-sixth round).
          setImmediate(() => logger.info(line, 'graphql request'));
        },
      };
    },
  };
}

export function createApollo(options: Omit<ServerOptions, 'executor' | 'maxBodyBytes'>, httpServer?: http.Server): ApolloServer<JisrContext> {
  const { logger } = options;
  const limits = options.operationLimits ?? DEFAULT_OPERATION_LIMITS;
  return new ApolloServer<JisrContext>({
    schema: options.schema,
    introspection: options.introspection,
    // Apollo's own messages (a failing plugin, a document store warning) go to the JSON log too.
    logger,
    // Explicit: Apollo would otherwise include stack traces whenever NODE_ENV is not production or test.
    includeStacktraceInErrorResponses: false,
    // Explicit, as they are what keeps browsers on other sites out (simple requests are refused) and
    // one HTTP request to one operation (a batch would multiply every limit below).
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Cost before work: tokens while parsing, depth, aliases and operation types while validating,
    // cost once the operation and its variables are known; all before any resolver runs.
    parseOptions: parseOptionsFor(limits),
    validationRules: operationLimitRules(limits),
    // src/index.ts owns SIGINT/SIGTERM and stops everything in order; Apollo's own handlers (installed
    // whenever NODE_ENV is not test) would race with it and leave the shutdown hanging.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(
      formatted,
      tokenLimitError(error, limits) ?? error,
      (original) => logger.error({ err: original }, 'unexpected error'),
    ),
    plugins: [
      // The default landing page loads from a CDN; Jisr works offline.
      ApolloServerPluginLandingPageDisabled(),
      // Jisr's schema has no cache hints, so the default cache-control plugin only ever answers no-store
      // (requestPlugin sets it), but it instruments every field of every request to find that out.
      ApolloServerPluginCacheControlDisabled(),
      // Who may read before what it costs: a client without a key learns that first.
      readAccessPlugin(options.readsRequireKey ?? false),
      operationCostPlugin(limits),
      requestPlugin(logger),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

export async function createServer(options: ServerOptions): Promise<JisrServer> {
  const { logger } = options;
  const app = express();
  app.disable('x-powered-by');
  // Its request listener is added once the /graphql door is built, which needs Apollo, which drains this server.
  const httpServer = http.createServer();
  const apollo = createApollo(options, httpServer);
  await apollo.start();

  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = rateLimiter(rateLimit, logger, (req, res, refusal) => {
    logger.info({ requestId: res.locals.requestId as unknown, ip: req.ip, keyId: viewerOfResponse(res)?.keyId, status: 429, code: ErrorCode.RATE_LIMITED }, 'request refused');
    sendGraphQLError(req, res, new JisrError(
      ErrorCode.RATE_LIMITED,
      `Too many requests from this client: the limit is ${refusal.limit} every ${refusal.windowMs / 1000} s. Retry after ${refusal.retryAfterSeconds} s.`,
      { limit: refusal.limit, windowMs: refusal.windowMs, retryAfter: refusal.retryAfterSeconds },
    ));
  }, (res) => viewerOfResponse(res)?.keyId);

  // /graphql first: the API's requests, the most frequent by far, pass through no other router on their way.
  // A person who opens /graphql in a browser wants the IDE, not a CSRF refusal in JSON: a GET that asks for
  // HTML and carries no query goes to GraphiQL. Clients (which send a query, or accept JSON) are unaffected.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
      res.redirect(302, '/graphiql');
      return;
    }
    next();
  });
  const door = graphqlDoor({
    handler: graphqlHandler({
      apollo,
      logger,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      measure: documentMeasurer(options.schema, options.operationLimits ?? DEFAULT_OPERATION_LIMITS),
      context: async ({ requestId, viewer }) => createContext(options.repositories, requestId, undefined, viewer),
    }),
    keys: options.repositories.apiKeys,
    corsOrigins: options.corsOrigins ?? [],
    rateLimit,
    limiter,
    maxBodyBytes: options.maxBodyBytes,
    logger,
  });
  app.use('/graphql', ...door.chain);
  // A POST to /graphql is answered without Express when it can be (src/server/graphql-door.ts); the rest goes to the app.
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!door.direct(req, res)) void app(req, res);
  });
  app.use(healthRouter(options.executor, options.warming));
  // The explorer (`/`, `/graphiql`, `/assets/…`): the built web bundle, or a page saying how to build it.
  app.use(explorerRouter());
  // File downloads (GEXF, GraphML, JSON, CSV) under the same key rules, CORS and rate limit as /graphql.
  app.use('/export', requestIdOf, corsFor(options.corsOrigins ?? []), identifyViewer(options.repositories.apiKeys), ...(limiter ? [limiter] : []), exportRouter({
    executor: options.executor, repositories: options.repositories, logger, readsRequireKey: options.readsRequireKey ?? false,
  }));
  app.use(notFoundHandler(logger));
  app.use(transportErrorHandler(logger));

  return {
    apollo,
    httpServer,
    start: (port, host) => new Promise((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        const { port: bound } = httpServer.address() as AddressInfo;
        resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
      });
    }),
    stop: () => apollo.stop(),
  };
}
