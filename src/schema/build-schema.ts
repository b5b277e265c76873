import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { NodeResolver } from '../nodes/node.resolver';
import { Source } from '../sources/source.type';

/** The executable schema, from the type-graphql classes. Resolvers are stateless; state comes from the context. */
export function buildJisrSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [NodeResolver],
    // Types reachable only through an interface must be listed, or they would not be in the schema.
    orphanedTypes: [Source],
    validate: false,
  });
}

/** The SDL committed as schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printJisrSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
