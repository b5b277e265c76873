import fc from 'fast-check';
import {
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLObjectType,
  type GraphQLSchema, getNamedType, isAbstractType, isEnumType, isInputObjectType, isListType, isNonNullType,
  isObjectType, isScalarType,
} from 'graphql';
import { buildJisrSchema } from '../../../src/schema/build-schema';
import { useGraphQLTestClient } from '../../helpers/graphql';

/**
 * Operations generated from the schema itself, valid and invalid: random root fields, arguments of the right
 * and the wrong type (ids of the seed graph and garbage, numbers in and far out of range, Arabic, markup,
 * Lucene syntax), random selections through unions and interfaces. Whatever comes in, the service answers
 * with data or a coded error, never INTERNAL_SERVER_ERROR, and a read never writes.
 */

const client = useGraphQLTestClient();

const SEED_IDS = [
  'org:saferworld', 'org:undp', 'org:musaala', 'org:sada', 'org:marib-police', 'program:saned-community-peace',
  'event:2009-06-18-jenin-open-meeting', 'event:2014-08-07-sidi-bernoussi-meeting', 'place:ye', 'place:ma',
  'place:ye-lahj-radfan', 'source:seed-000', 'person:waheeb-al-dhibani',
];
const NASTY_STRINGS = [
  '', ' ', 'org:', 'ORG:UNDP', 'org:undp; MATCH (n) DETACH DELETE n', '") RETURN 1 //', 'x'.repeat(300),
  'الإتحاد الأوروبى', 'مساءلة', '"unbalanced', '(a OR b)~2*', 'AND', '<script>alert(1)</script>', '\u0000', '2014-13-45',
  '2022-11', '2009', '\u202Eevil', '🙂', 'saf*',
];

// Mostly plausible values, so that many operations get past validation and reach Neo4j; the rest hostile.
const idArb = fc.oneof(
  { arbitrary: fc.constantFrom(...SEED_IDS), weight: 8 },
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
);
const intArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 8 },
  { arbitrary: fc.constantFrom(-3, 0, 100, 101, 2000, 2001, -2147483648, 2147483647), weight: 2 },
);
const stringArb = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 30 }), fc.constantFrom(...SEED_IDS));

/** A GraphQL literal for a value of the given input type; sometimes of the wrong type on purpose. */
function valueArb(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
  const wrong = fc.constantFrom('null', '"oops"', '42', 'true', '[1]', '{a: 1}', 'NOT_AN_ENUM');
  const right = rightValueArb(type, depth);
  return fc.oneof({ arbitrary: right, weight: 40 }, { arbitrary: wrong, weight: 1 });
}

function rightValueArb(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
  if (isNonNullType(type)) return rightValueArb(type.ofType, depth);
  if (isListType(type)) {
    return fc.array(valueArb(type.ofType, depth + 1), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    if (depth > 2) return fc.constant('{}');
    const fields = Object.values(type.getFields());
    return fc.subarray(fields).chain((chosen) => fc.tuple(...chosen.map((f) => valueArb(f.type, depth + 1)))
      .map((values) => `{${chosen.map((f, i) => `${f.name}: ${values[i]}`).join(', ')}}`));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int': return intArb.map(String);
      case 'Float': return fc.double({ noNaN: true, noDefaultInfinity: true }).map(String);
      case 'Boolean': return fc.boolean().map(String);
      case 'ID': return idArb.map((s) => JSON.stringify(s));
      default: return stringArb.map((s) => JSON.stringify(s));
    }
  }
  return fc.constant('null');
}

function argsArb(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant('');
  // Required arguments are usually given (sometimes left out: a validation error); optional ones at random.
  return fc.tuple(...args.map((arg) => fc.tuple(
    fc.integer({ min: 0, max: 39 }).map((n) => (isNonNullType(arg.type) ? n !== 0 : n % 3 === 0)),
    valueArb(arg.type, 0),
  ))).map((pairs) => {
    const given = args.flatMap((arg, i) => (pairs[i]![0] ? [`${arg.name}: ${pairs[i]![1]}`] : []));
    return given.length > 0 ? `(${given.join(', ')})` : '';
  });
}

/** A selection set for a type: some scalar fields, some nested objects, inline fragments on abstract types. */
function selectionArb(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isAbstractType(type)) {
    const possible = schema.getPossibleTypes(type);
    return fc.constantFrom(...possible).chain((concrete) => selectionArb(schema, concrete, depth))
      .map((inner) => `{ __typename ... on ${inner} }`);
  }
  if (!isObjectType(type)) return fc.constant('');
  return fieldsArb(schema, type, depth).map((fields) => `{ ${fields} }`);
}

function fieldsArb(schema: GraphQLSchema, type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const leaves = fields.filter((f) => !isObjectType(getNamedType(f.type)) && !isAbstractType(getNamedType(f.type)) && f.args.length === 0);
  const nested = depth < 3 ? fields.filter((f) => !leaves.includes(f)) : [];
  const leafPart = leaves.length > 0 ? fc.subarray(leaves, { minLength: 1 }).map((fs) => fs.map((f) => f.name).join(' ')) : fc.constant('__typename');
  const nestedPart = nested.length > 0
    ? fc.subarray(nested, { maxLength: Math.min(2, nested.length) }).chain((fs) => (fs.length === 0 ? fc.constant('') : fc.tuple(...fs.map((f) => fieldArb(schema, f, depth + 1))).map((parts) => parts.join(' '))))
    : fc.constant('');
  return fc.tuple(leafPart, nestedPart).map(([a, b]) => `${a} ${b}`.trim());
}

function fieldArb(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  const needsSelection = isObjectType(named) || isAbstractType(named);
  return fc.tuple(argsArb(field.args), needsSelection ? selectionArb(schema, named, depth) : fc.constant(''))
    .map(([args, selection]) => `${field.name}${args} ${selection}`.trim());
}

/** One operation: one or two root fields of Query, or of Mutation (sent without a key). */
function operationArb(schema: GraphQLSchema): fc.Arbitrary<{ kind: 'query' | 'mutation'; text: string }> {
  const roots: Array<{ kind: 'query' | 'mutation'; type: GraphQLObjectType }> = [{ kind: 'query', type: schema.getQueryType()! }];
  const mutation = schema.getMutationType();
  if (mutation) roots.push({ kind: 'mutation', type: mutation });
  return fc.constantFrom(...roots).chain(({ kind, type }) => {
    const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
    return fc.subarray(fields, { minLength: 1, maxLength: Math.min(2, fields.length) })
      .chain((chosen) => fc.tuple(...chosen.map((f, i) => fieldArb(schema, f, 1).map((text) => `f${i}: ${text}`))))
      .map((parts) => ({ kind, text: `${kind} Fuzz { ${parts.join(' ')} }` }));
  });
}

describe('schema-driven fuzzing', () => {
  it('answers 1,500 generated operations with data or coded errors, never an internal error, and never writes', async () => {
    const schema = await buildJisrSchema();
    const codes = new Map<string, number>();
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(operationArb(schema), async ({ text }) => {
        const { result, context } = await client.run(text);
        if (!result.errors && result.data) answered++;
        for (const error of result.errors ?? []) {
          const code = String(error.extensions?.code ?? 'NONE');
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (code === 'INTERNAL_SERVER_ERROR' || code === 'NONE') throw new Error(`${code} for ${text}: ${error.message}`);
        }
        const writes = context.recorder.statements.filter((s) => s.mode === 'WRITE');
        if (writes.length > 0) throw new Error(`${text} ran write statements: ${writes.map((w) => w.name).join(', ')}`);
      }),
      // Seeded and bounded: the same 1,500 operations on every run, so a failure is reproducible.
      { seed: 20261129, numRuns: 1_500, endOnFailure: true },
    );
    // The generator reaches both sides: operations that answer and operations that are refused.
    if (process.env.JISR_FUZZ_REPORT) console.log({ answered, codes: Object.fromEntries(codes) });
    expect(codes.get('GRAPHQL_VALIDATION_FAILED') ?? 0).toBeGreaterThan(0);
    expect(codes.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(150);
  }, 600_000);
});
