import { createHash, randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Viewer } from '../../../src/auth/viewer';
import { createContext, type JisrContext } from '../../../src/context/context';
import { createLogger } from '../../../src/logger';
import { buildJisrSchema } from '../../../src/schema/build-schema';
import { createApollo } from '../../../src/server/server';
import { blockScoped } from '../../helpers/block-scoped';
import { graphFingerprint } from '../../helpers/graph-fingerprint';
import { type TestDatabase, useTestDatabase } from '../../helpers/test-database';

/*
 * Curation tests write the graph and hash all of it, so they run on a Neo4j of their own (with the schema and
 * the seed graph), never on the one other files read in parallel. Viewers are given to the request context
 * directly, as the server gives it the key's viewer after checking the Authorization header.
 */

export const EDITOR: Viewer = { keyId: 'key-editor-amal', name: 'amal', role: 'editor' };
export const OTHER_EDITOR: Viewer = { keyId: 'key-editor-omar', name: 'omar', role: 'editor' };
export const READER: Viewer = { keyId: 'key-reader', name: 'reader', role: 'reader' };
export const ADMIN: Viewer = { keyId: 'key-admin', name: 'admin', role: 'admin' };

export interface CurationClient {
  readonly db: TestDatabase;
  /** Runs an operation in a fresh request, as the viewer (none: an anonymous request). */
  run<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars, viewer?: Viewer | null): Promise<FormattedExecutionResult<TData>>;
  run(query: string, variables?: Record<string, unknown>, viewer?: Viewer | null): Promise<FormattedExecutionResult<Record<string, unknown>>>;
}

export function useCurationClient(): CurationClient {
  const db = useTestDatabase({ ownNeo4j: true });
  const apollo = blockScoped<ApolloServer<JisrContext>>(
    'The curation Apollo server',
    async () => {
      const server = createApollo({ schema: await buildJisrSchema(), repositories: db.repositories, logger: createLogger('silent'), introspection: true });
      await server.start();
      return server;
    },
    (server) => server.stop(),
  );
  return {
    db,
    run: (async (query: TypedDocumentNode | string, variables: Record<string, unknown> = {}, viewer: Viewer | null = null) => {
      const context = createContext(db.repositories, undefined, undefined, viewer);
      const response = await apollo().executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result, not an incremental one');
      return response.body.singleResult;
    }) as CurationClient['run'],
  };
}

const ACTORS_IN = `query ActorsIn($countryId: ID!, $kinds: [ActorKind!], $after: String) {
  actors(filter: {countryId: $countryId, kinds: $kinds}, first: 10, after: $after) { totalCount edges { node { id } } pageInfo { endCursor } }
}`;

/** The first ten actors of a place's page (of some kinds), with its totalCount: what the actors filter answers. */
export async function actorsIn(client: CurationClient, countryId: string, kinds: string[] | null = null): Promise<{ total: unknown; ids: string[] }> {
  const { data, errors } = await client.run(ACTORS_IN, { countryId, kinds });
  expect(errors).toBeUndefined();
  const actors = data!.actors as { totalCount: number; edges: { node: { id: string } }[] };
  return { total: actors.totalCount, ids: actors.edges.map((edge) => edge.node.id) };
}

/** A hex tag that keeps one test's ids apart from every other's. */
export function tag(): string {
  return randomBytes(3).toString('hex');
}

/**
 * The SHA-256 of every Jisr node and relationship with all its properties (test/helpers/graph-fingerprint.ts),
 * Change nodes excepted (history is not the graph). `withoutVersions` also leaves out the version counters:
 * a revert restores the values, while the version only ever grows, so an editor who read the old state
 * cannot mistake the restored one for it.
 */
export async function graphHash(db: TestDatabase, options: { withoutVersions?: boolean } = {}): Promise<string> {
  const { dump } = await graphFingerprint(db.driver);
  const text = options.withoutVersions ? JSON.stringify(JSON.parse(dump), (key, value: unknown) => (key === 'version' ? undefined : value)) : dump;
  return createHash('sha256').update(text).digest('hex');
}

/** The code and extensions of the first error, for assertions. */
export function errorOf(result: FormattedExecutionResult<unknown>): { code: unknown; message: string; extensions: Record<string, unknown> } {
  const [error] = result.errors ?? [];
  if (!error) throw new Error(`Expected an error, but the operation answered ${JSON.stringify(result.data)}`);
  return { code: error.extensions?.code, message: error.message, extensions: (error.extensions ?? {}) as Record<string, unknown> };
}
