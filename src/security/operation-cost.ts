import {
  getNullableType,
  isListType,
  type GraphQLCompositeType,
  type GraphQLField,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Arguments that say how many items a field brings back. A field's children are counted that many
 * times; when several are present (network's `depth` and `limit`, paths' `first` and `maxHops`) their
 * product is the factor, because the work grows with each: a deeper neighbourhood is searched hop by
 * hop before the limit cuts it. Defaults count too: `events` without `first` is 20 events. A timeline lists up
 * to `eventsPerBucket` events in each of `periods` buckets: 120 × 20 by default, and 1,000 × 100 asked at most,
 * up to 100,000 events read before the response-size guard (MAX_RESPONSE_BYTES) could drop the answer.
 */
export const PAGE_SIZE_ARGUMENTS = ['first', 'limit', 'depth', 'maxHops', 'eventsPerBucket', 'periods'] as const;

/**
 * How many items a list without a page-size argument is assumed to hold (`Program.events`,
 * `Event.programs`, `evidence`, `organizers` …). Most hold a handful in the curated graph; ten leaves
 * room for a larger graph while still making each nested list multiply the cost tenfold, which is
 * what turns `Program.events → Event.programs` nested a dozen times into an operation refused up front.
 */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Lists whose length the field above them already set through its page-size argument: counting them
 * again would charge the same items twice (`actors(first: 100) { edges }` is 100 edges, not 1,000).
 * Every `edges` of a `…Connection` type is one of them too. A test checks that each entry still names a
 * list field of the schema, so a rename cannot silently drop one.
 */
export const LISTS_SIZED_BY_PARENT: ReadonlySet<string> = new Set([
  'Network.nodes',
  'Network.edges',
  'Path.nodes',
  'Path.edges',
  'BrokerRanking.ranking',
  // timeline's `periods` and `eventsPerBucket` already sized its buckets and their events.
  'Timeline.buckets',
  'TimelineBucket.events',
  // funderReach's pages: `programsPage(first:)` … already sized their nodes.
  'FunderReachProgramPage.nodes',
  'FunderReachEventPage.nodes',
  'FunderReachOrganizationPage.nodes',
  'FunderReachPlacePage.nodes',
]);

/**
 * Fields whose work does not show in their answer, each with a cost of its own. `brokers` reads and ranks a
 * place's whole collaboration network (0.4 s for Yemen at 100k nodes, 2.7 s at a million) to answer at most
 * 100 actors, and one network is ranked at a time per process: with the default MAX_QUERY_COST an operation
 * asks at most four, where twenty aliases would hold every other client's brokers request back for a minute.
 * A test checks that each entry still names a field of the schema.
 */
export const FIELD_WORK_COSTS: ReadonlyMap<string, number> = new Map([
  ['Query.brokers', 100_000],
]);

function isSizedByParent(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): boolean {
  return LISTS_SIZED_BY_PARENT.has(`${parent.name}.${field.name}`)
    || (field.name === 'edges' && parent.name.endsWith('Connection'));
}

/** How many times a field's selection is paid for: its page-size arguments, else the default list size. */
export function itemsOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const sizes = PAGE_SIZE_ARGUMENTS.map((name) => args[name]).filter((value): value is number => typeof value === 'number');
  if (sizes.length > 0) return sizes.reduce((product, size) => product * Math.max(1, size), 1);
  if (!isListType(getNullableType(field.type))) return 1;
  return isSizedByParent(parent, field) ? 1 : DEFAULT_LIST_SIZE;
}

/**
 * The cost of a field is 1 plus its selection's cost times the number of items it brings back, so a
 * cost approximates how many values the answer holds; a field of FIELD_WORK_COSTS adds its own. Introspection (`__schema`, `__type`) is counted
 * one per selection, never multiplied: its lists are the schema's, bounded and cheap, and GraphiQL's
 * full introspection query must keep working.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  return 1 + (FIELD_WORK_COSTS.get(`${type.name}.${field.name}`) ?? 0) + itemsOf(type, field, args) * childComplexity;
};
