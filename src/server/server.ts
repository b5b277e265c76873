import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { type JisrContext, type Repositories, createContext } from '../context/context';
import { maskError } from '../errors';
import type { Logger } from '../logger';
import type { Neo4jExecutor } from '../neo4j/executor';
import { healthRouter } from './health';

export interface ServerOptions {
  readonly schema: GraphQLSchema;
  readonly executor: Neo4jExecutor;
  readonly repositories: Repositories;
  readonly logger: Logger;
  readonly introspection: boolean;
  readonly maxBodyBytes: number;
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
        async willSendResponse({ errors }) {
          logger.info({
            requestId: contextValue.requestId,
            operation: contextValue.query.operation,
            statements: contextValue.recorder.count,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            errors: errors?.length ?? 0,
          }, 'graphql request');
        },
      };
    },
  };
}

export function createApollo(options: Omit<ServerOptions, 'executor' | 'maxBodyBytes'>, httpServer?: http.Server): ApolloServer<JisrContext> {
  const { logger } = options;
  return new ApolloServer<JisrContext>({
    schema: options.schema,
    introspection: options.introspection,
    // Explicit: Apollo would otherwise include stack traces whenever NODE_ENV is not production or test.
    includeStacktraceInErrorResponses: false,
    // src/index.ts owns SIGINT/SIGTERM and stops everything in order; Apollo's own handlers (installed
    // whenever NODE_ENV is not test) would race with it and leave the shutdown hanging.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(formatted, error, (original) => logger.error({ err: original }, 'unexpected error')),
    plugins: [
      // The default landing page loads from a CDN; Jisr works offline.
      ApolloServerPluginLandingPageDisabled(),
      requestPlugin(logger),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

export async function createServer(options: ServerOptions): Promise<JisrServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = createApollo(options, httpServer);
  await apollo.start();

  app.use(healthRouter(options.executor));
  app.use(
    '/graphql',
    express.json({ limit: options.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(options.repositories, req.get('x-request-id') ?? randomUUID()),
    }),
  );

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
