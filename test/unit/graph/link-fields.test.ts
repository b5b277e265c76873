import 'reflect-metadata';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { LINK_FIELDS, LOADED_FIELDS } from '../../../src/graph/link-fields';
import { NODE_KINDS, type NodeType } from '../../../src/model/vocabulary';
import { buildJisrSchema } from '../../../src/schema/build-schema';

describe('link fields (declared once for the resolvers and the lookahead)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => { schema = await buildJisrSchema(); });

  const declared = Object.entries(LINK_FIELDS).flatMap(([type, fields]) => Object.keys(fields).map((field): [NodeType, string] => [type as NodeType, field]));
  const loaded = Object.entries(LOADED_FIELDS).flatMap(([field, types]) => types.map((type): [NodeType, string] => [type, field]));

  it.each([...declared, ...loaded])('%s.%s is a field of the GraphQL type', (type, field) => {
    const graphqlType = schema.getType(NODE_KINDS[type].typename);
    expect(isObjectType(graphqlType) && Object.hasOwn(graphqlType.getFields(), field)).toBe(true);
  });

  it('names no field twice for one type (a hop and a loaded field would disagree about what it answers)', () => {
    const keys = [...declared, ...loaded].map(([type, field]) => `${type}.${field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
