import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createContext, type JisrContext, type Repositories } from '../../src/context/context';
import { createLogger } from '../../src/logger';
import type { Neo4jExecutor } from '../../src/neo4j/executor';
import { buildJisrSchema } from '../../src/schema/build-schema';
import { createApollo } from '../../src/server/server';
import { connect } from './test-database';

export interface GraphQLTestClient {
  readonly apollo: ApolloServer<JisrContext>;
  readonly driver: Driver;
  readonly executor: Neo4jExecutor;
  readonly repositories: Repositories;
  /** Runs a typed operation through Apollo against the real database; returns the result and the request's context. */
  run<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars>,
    variables?: TVars,
  ): Promise<{ result: FormattedExecutionResult<TData>; context: JisrContext }>;
  close(): Promise<void>;
}

/** The real schema on Apollo, over the test Neo4j: integration tests go through executeOperation. */
export async function createGraphQLTestClient(): Promise<GraphQLTestClient> {
  const { driver, executor, repositories } = connect();
  const apollo = createApollo({ schema: await buildJisrSchema(), repositories, logger: createLogger((process.env.JISR_TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent'), introspection: true });
  await apollo.start();
  return {
    apollo,
    driver,
    executor,
    repositories,
    async run<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars) {
      const context = createContext(repositories);
      const response = await apollo.executeOperation<TData, TVars>({ query: document, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result, not an incremental one');
      return { result: response.body.singleResult, context };
    },
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
