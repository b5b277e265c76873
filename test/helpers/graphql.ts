import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createContext, type JisrContext, type Repositories } from '../../src/context/context';
import { createLogger } from '../../src/logger';
import type { Neo4jExecutor } from '../../src/neo4j/executor';
import { buildJisrSchema } from '../../src/schema/build-schema';
import { createApollo } from '../../src/server/server';
import { blockScoped } from './block-scoped';
import { connect } from './test-database';

/** What a test uses: the real schema on Apollo over the test Neo4j, and the core beneath it for raw Cypher. */
export interface GraphQLTestClient {
  readonly apollo: ApolloServer<JisrContext>;
  readonly driver: Driver;
  readonly executor: Neo4jExecutor;
  readonly repositories: Repositories;
  /**
   * Runs an operation through Apollo against the real database, in a fresh request context; returns the
   * result and that context (its recorder names the statements the operation ran). A typed document types
   * the result; a string (say, a README example) gives untyped data.
   */
  run<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars>,
    variables?: TVars,
  ): Promise<{ result: FormattedExecutionResult<TData>; context: JisrContext }>;
  run(query: string, variables?: Record<string, unknown>): Promise<{ result: FormattedExecutionResult<Record<string, unknown>>; context: JisrContext }>;
}

export interface ClosableGraphQLTestClient extends GraphQLTestClient {
  close(): Promise<void>;
}

/** A client over the test Neo4j; the caller closes it. Test files call useGraphQLTestClient() instead. */
export async function createGraphQLTestClient(): Promise<ClosableGraphQLTestClient> {
  const { driver, executor, repositories } = connect();
  const apollo = createApollo({ schema: await buildJisrSchema(), repositories, logger: createLogger((process.env.JISR_TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent'), introspection: true });
  await apollo.start();
  return {
    apollo,
    driver,
    executor,
    repositories,
    async run(query: TypedDocumentNode | string, variables?: Record<string, unknown>) {
      const context = createContext(repositories);
      const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result, not an incremental one');
      return { result: response.body.singleResult as FormattedExecutionResult<never>, context };
    },
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}

/**
 * The one set-up of a GraphQL test file: call it at the top of the file (or of a describe block). The
 * client is created before the block's first test and closed after its last; the object returned here
 * forwards to it, so tests use it directly.
 */
export function useGraphQLTestClient(): GraphQLTestClient {
  const current = blockScoped('The GraphQL test client', createGraphQLTestClient, (client) => client.close());
  return {
    get apollo() { return current().apollo; },
    get driver() { return current().driver; },
    get executor() { return current().executor; },
    get repositories() { return current().repositories; },
    run: ((query: string, variables?: Record<string, unknown>) => current().run(query, variables)) as GraphQLTestClient['run'],
  };
}
