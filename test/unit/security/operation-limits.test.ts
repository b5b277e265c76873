import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  print,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { REPO_ROOT } from '../../../src/config';
import { DEFAULT_OPERATION_LIMITS } from '../../../src/security/limits';
import { FIELD_WORK_COSTS, LISTS_SIZED_BY_PARENT, pageSizeEstimator } from '../../../src/security/operation-cost';
import { measureDocument, mostRepeatedField } from '../../../src/security/operation-limits';

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'));
const costOf = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [pageSizeEstimator] });
/** Every operation file the project ships: its own (operations/) and the explorer's (web/operations/). */
const SHIPPED = ['operations', 'web/operations'].flatMap((folder) => readdirSync(path.join(REPO_ROOT, folder))
  .map((file) => ({ folder, file, text: readFileSync(path.join(REPO_ROOT, folder, file), 'utf8') })));
const measure = (query: string) => measureDocument(schema, query, DEFAULT_OPERATION_LIMITS).map((error) => ({ message: error.message, ...error.extensions }));

/** The probe of issue 8: Program.events → Event.programs, 14 times, under a programs page. */
function nestedProbe(pairs: number): string {
  let body = '';
  for (let level = pairs * 2 - 1; level >= 0; level--) body = `${level % 2 === 0 ? 'events' : 'programs'} { id ${body}}`;
  return `{ programs(first: 100) { edges { node { id ${body}} } } }`;
}

describe('the cost of an operation', () => {
  it('multiplies a field by its page-size arguments, all of them, defaults included', () => {
    // 1 for network, then 3 × 2000 times (nodes 1 + id 1).
    expect(costOf('{ network(centerId: "x", depth: 3, limit: 2000) { nodes { id } } }')).toBe(1 + 6000 * 2);
    // Defaults: depth 1, limit 200.
    expect(costOf('{ network(centerId: "x") { nodes { id } } }')).toBe(1 + 200 * 2);
    // A page size given as a variable counts as well.
    expect(costOf('query ($n: Int) { events(first: $n) { totalCount } }', { n: 50 })).toBe(1 + 50 * 1);
  });

  it('counts a list without a page-size argument as ten items, and each nested one multiplies again', () => {
    expect(costOf('{ node(id: "x") { ... on Program { events { id } } } }')).toBe(1 + 1 + 10 * 1);
    expect(costOf('{ node(id: "x") { ... on Program { events { programs { id } } } } }')).toBe(1 + 1 + 10 * (1 + 10 * 1));
  });

  it('does not count twice the edges of a connection, whose length the page size already set', () => {
    expect(costOf('{ actors(first: 100) { edges { node { id } } } }')).toBe(1 + 100 * (1 + 1 * (1 + 1)));
  });

  it('counts the nodes of a funder reach page as many as the page\'s first, not ten times more', () => {
    expect(costOf('{ funderReach(funderId: "org:x") { eventsPage(first: 100) { nodes { id } } } }')).toBe(1 + 1 * (1 + 100 * (1 + 1 * 1)));
  });

  it('counts a timeline as the events it lists: its periods times eventsPerBucket, defaults included', () => {
    // 1 for timeline, then 120 × 20 times (buckets 1 + 1 × (events 1 + 1 × id 1)).
    expect(costOf('{ timeline { buckets { events { id } } } }')).toBe(1 + 2_400 * 3);
    expect(costOf('{ timeline(periods: 1000, eventsPerBucket: 5) { buckets { events { id } } } }')).toBe(1 + 5_000 * 3);
  });

  it('puts the largest timeline over the limit before it reads its 100,000 events, and its default well under', () => {
    const timeline = (args: string) => `{ timeline${args} { totalCount buckets { period count events { id title date } } } }`;
    expect(costOf(timeline('(periods: 1000, eventsPerBucket: 100)'))).toBe(1 + 100_000 * 8);
    expect(costOf(timeline('(periods: 1000, eventsPerBucket: 100)'))).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
    expect(costOf(timeline(''))).toBe(1 + 2_400 * 8);
  });

  it('keeps every operation the project ships under the limit, at the page sizes it asks', () => {
    const costs: [string, number][] = [];
    for (const { folder, file, text } of SHIPPED) {
      const query = parse(text);
      for (const definition of query.definitions) {
        // A mutation's cost is its answer's: one object, or a short list of what it changed.
        if (definition.kind !== 'OperationDefinition' || definition.operation !== 'query' || !definition.name) continue;
        // Page sizes the variables leave out count at their defaults; a required id or text is any one.
        const variables = Object.fromEntries((definition.variableDefinitions ?? [])
          .filter((variable) => variable.type.kind === Kind.NON_NULL_TYPE)
          .map((variable) => [variable.variable.name.value, print(variable.type) === 'Int!' ? 1 : 'x']));
        const cost = getComplexity({ schema, query, operationName: definition.name.value, variables, estimators: [pageSizeEstimator] });
        costs.push([`${folder}/${file} ${definition.name.value}`, cost]);
      }
    }
    expect(costs.map(([name]) => name)).toEqual(expect.arrayContaining(['operations/analysis.graphql TimelinePage', 'web/operations/timeline.graphql ExplorerTimeline']));
    expect(costs.filter(([, cost]) => cost > DEFAULT_OPERATION_LIMITS.maxCost)).toEqual([]);
  });

  it('names, among the lists sized by their parent, only list fields the schema has', () => {
    for (const entry of LISTS_SIZED_BY_PARENT) {
      const [typeName, fieldName] = entry.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(isObjectType(type) ? isListType(getNullableType(type.getFields()[fieldName]?.type)) : false).toBe(true);
    }
  });

  it('charges brokers for the network it ranks, so that one operation asks it at most four times under the default limit', () => {
    const brokers = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `b${i}: brokers(countryId: "place:ye", first: 3) { ranking { score } }`).join(' ')} }`;
    // 1 + 100,000 of its own, then first (3) × (ranking 1 + score 1: the ranking's length is brokers' first).
    expect(costOf(brokers(1))).toBe(1 + 100_000 + 3 * (1 + 1));
    expect(costOf(brokers(4))).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
    expect(costOf(brokers(5))).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
  });

  it('names, among the fields with a cost of their own, only fields the schema has', () => {
    for (const entry of FIELD_WORK_COSTS.keys()) {
      const [typeName, fieldName] = entry.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(isObjectType(type) && type.getFields()[fieldName] !== undefined).toBe(true);
    }
  });

  it('keeps GraphiQL\'s full introspection query cheap: introspection is never multiplied', () => {
    const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect(costOf(introspection)).toBeLessThan(500);
    expect(measure(introspection)).toEqual([]);
  });
});

describe('measuring a document at the door', () => {
  it('refuses the nested probe of issue 8 for its depth, with the measured value and the limit', () => {
    expect(measure(nestedProbe(14))).toEqual([{
      message: 'The operation nests 32 levels deep; the limit is 12. Ask for fewer nested levels, and follow longer chains in further requests from the ids you get.',
      code: 'QUERY_TOO_COMPLEX', measure: 'depth', value: 32, limit: 12, http: { status: 400 },
    }]);
  });

  it('refuses 500 aliased networks for their tokens, counted exactly', () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: network(centerId: "program:saned-community-peace", depth: 3, limit: 2000) { nodes { id } edges { id } }`);
    expect(measure(`{ ${aliases.join(' ')} }`)).toEqual([expect.objectContaining({
      message: 'The document has 12002 tokens; the limit is 2000. Send a shorter document: fewer fields, aliases and arguments.',
      measure: 'tokens', value: 12002, limit: 2000,
    })]);
  });

  it('refuses more aliases than the limit', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: node(id: "org:undp") { id }`);
    expect(measure(`{ ${aliases.join(' ')} }`)).toEqual([expect.objectContaining({ measure: 'aliases', value: 40, limit: 30 })]);
  });

  it('refuses a field repeated in one selection set, fragments included, before graphql-js compares every pair', () => {
    expect(measure(`{ ${'actors { totalCount } '.repeat(490)}}`)).toEqual([expect.objectContaining({
      message: 'The field "actors" is selected 490 times in one selection set; the limit is 20. Select each field once in a selection set (fragments included); give different arguments different aliases.',
      measure: 'repeats', value: 490, field: 'actors',
    })]);
    expect(mostRepeatedField(parse('{ ...A ... on Query { events { totalCount } } } fragment A on Query { events { totalCount } ...B } fragment B on Query { events { totalCount } }')))
      .toEqual({ name: 'events', count: 3 });
  });

  it('counts a fragment bomb once per fragment, and leaves do not count', () => {
    let document = '{ ...F0 }';
    for (let level = 0; level < 30; level++) document += ` fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`;
    const bomb = parse(`${document} fragment F30 on Query { actors { totalCount } __typename }`);
    expect(mostRepeatedField(bomb)).toEqual({ name: 'actors', count: 2 ** 30 });
    expect(mostRepeatedField(parse(`{ node(id: "x") { ${'id '.repeat(500)}} }`))).toEqual({ name: 'node', count: 1 });
  });

  it('lets every operation the project ships through, the explorer\'s included', () => {
    for (const { file, text } of SHIPPED) expect([file, measure(text)]).toEqual([file, []]);
  });

  it('leaves a syntax error to Apollo, which reports GRAPHQL_PARSE_FAILED', () => {
    expect(measure('{ node(id: ')).toEqual([]);
  });
});
