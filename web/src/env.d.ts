// Modules that only the bundler (scripts/build-web.ts) knows how to load.

/** GraphiQL's ready examples, read from the README and operations/*.graphql when the bundle is built. */
declare module 'jisr:graphiql-examples' {
  export interface GraphiQLExample {
    readonly name: string;
    readonly origin: string;
    readonly heading?: string;
    readonly query: string;
  }
  export const examples: readonly GraphiQLExample[];
}

/**
 * The explorer's operations (web/operations/*.graphql): each named operation as a document of its own, with its
 * fragments. The build validates them against schema/schema.graphql.
 */
declare module '*.graphql' {
  import type { DocumentNode } from 'graphql';
  const operations: Readonly<Record<string, DocumentNode>>;
  export = operations;
}

declare module '*.css';

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export = fcose;
}
