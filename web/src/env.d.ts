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

/** The explorer's operations (web/operations/*.graphql), as text; the build validates them against the schema. */
declare module '*.graphql' {
  const document: string;
  export = document;
}

declare module '*.css';

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export = fcose;
}
