import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { viewerOf } from '../../../src/auth/api-key.service';
import { createContext, type JisrContext, type Repositories } from '../../../src/context/context';
import { createLogger } from '../../../src/logger';
import { buildJisrSchema } from '../../../src/schema/build-schema';
import { createApollo } from '../../../src/server/server';
import { blockScoped } from '../block-scoped';

/** Runs operations as the holder of an Authorization header: the viewer resolved as the server resolves it. */
export interface GraphQLAs {
  run<TData, TVars extends Record<string, unknown>>(
    authorization: string | undefined,
    document: TypedDocumentNode<TData, TVars>,
    variables?: TVars,
  ): Promise<FormattedExecutionResult<TData>>;
}

/**
 * The real schema on Apollo (with READS_REQUIRE_KEY as given) over the repositories of `core()`. The
 * header goes through viewerOf, the function the HTTP server calls for every request; its refusals are
 * thrown (HTTP answers them before GraphQL, see test/e2e/auth).
 */
export function useGraphQLAs(repositories: () => Repositories, options: { readsRequireKey: boolean }): GraphQLAs {
  const apollo = blockScoped(
    'The GraphQL server',
    async (): Promise<ApolloServer<JisrContext>> => {
      const server = createApollo({ schema: await buildJisrSchema(), repositories: repositories(), logger: createLogger('silent'), introspection: true, readsRequireKey: options.readsRequireKey });
      await server.start();
      return server;
    },
    (server) => server.stop(),
  );
  return {
    async run(authorization, document, variables) {
      const viewer = await viewerOf(authorization, repositories().apiKeys, { operation: 'test' });
      const response = await apollo().executeOperation({ query: document, variables }, { contextValue: createContext(repositories(), undefined, undefined, viewer) });
      if (response.body.kind !== 'single') throw new Error('expected a single result, not an incremental one');
      return response.body.singleResult as FormattedExecutionResult<never>;
    },
  };
}
