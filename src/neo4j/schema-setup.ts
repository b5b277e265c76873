import { type CypherName, SCHEMA_STATEMENTS } from './cypher-registry';
import type { Neo4jExecutor, QueryContext } from './executor';
import { migrateEventCountries } from '../events/event-country';
import { migrateEventCounts } from '../events/event-count';
import { migrateActorCountries, migrateActorCountryCounts } from '../actors/actor-country';
import { migrateFunderEvents } from '../funding/funder-event';
import { migrateFunderTotals } from '../funding/funder-total';
import { migratePartnerPairs } from '../analysis/partner-pairs';
import { migrateActorFunders } from '../analysis/actor-funders';
import { migrateActorPeople } from '../analysis/actor-people';

const CTX: QueryContext = { operation: 'schema-setup' };

/** Index names that the schema statements create; /readyz waits until all are ONLINE. */
export const REQUIRED_INDEXES: Readonly<Record<string, CypherName>> = {
  node_id: 'schema/constraint-node-id',
  evidence_id: 'schema/constraint-evidence-id',
  node_search: 'schema/fulltext-node-search',
  change_id: 'schema/constraint-change-id',
  redirect_id: 'schema/constraint-redirect-id',
  change_target: 'schema/index-change-target',
  change_batch: 'schema/index-change-batch',
  actor_kind: 'schema/index-actor-kind',
  place_kind: 'schema/index-place-kind',
  event_kind: 'schema/index-event-kind',
  event_kind_date: 'schema/index-event-kind-date',
  event_date: 'schema/index-event-date',
  event_country_date: 'schema/index-event-country-date',
  event_country: 'schema/index-event-country',
  event_precision: 'schema/index-event-precision',
  event_country_precision: 'schema/index-event-country-precision',
  event_region_date: 'schema/index-event-region-date',
  event_region: 'schema/index-event-region',
  event_region_precision: 'schema/index-event-region-precision',
  actor_country: 'schema/index-actor-country',
  actor_country_kind: 'schema/index-actor-country-kind',
  actor_country_entry: 'schema/constraint-actor-country',
  funder_event: 'schema/index-funder-event',
  funder_event_country: 'schema/index-funder-event-country',
  funder_event_region: 'schema/index-funder-event-region',
  funder_event_in_country: 'schema/index-funder-event-in-country',
  funder_event_in_region: 'schema/index-funder-event-in-region',
  funder_event_id: 'schema/index-funder-event-id',
  funder_event_end: 'schema/index-funder-event-end',
  funder_event_entry: 'schema/constraint-funder-event',
  partner_pair_entry: 'schema/constraint-partner-pair',
  actor_funder_entry: 'schema/constraint-actor-funder',
  actor_person_entry: 'schema/constraint-actor-person',
  actor_country_count: 'schema/constraint-actor-country-count',
  event_count: 'schema/constraint-event-count',
  funder_total: 'schema/constraint-funder-total',
  funder_total_rank: 'schema/index-funder-total-rank',
  partner_pair_rank: 'schema/index-partner-pair-rank',
  api_key_id: 'schema/constraint-api-key-id',
  api_key_name: 'schema/constraint-api-key-name',
};

/**
 * Creates the constraints and indexes, then fills the derived properties those indexes read where a database
 * written by an older Jisr lacks them (a marker makes this one lookup once done). Each statement is
 * `IF NOT EXISTS`, so this is safe on every start; schema commands cannot share a transaction with each
 * other, hence one transaction per statement.
 */
export async function applySchema(executor: Neo4jExecutor): Promise<void> {
  for (const name of SCHEMA_STATEMENTS) await executor.write(name, {}, CTX);
  await migrateEventCountries(executor);
  // After the events' countries, which the counts are keyed by.
  await migrateEventCounts(executor);
  // After the events' countries: an actor's countries read them.
  await migrateActorCountries(executor);
  await migrateActorCountryCounts(executor);
  await migrateFunderEvents(executor);
  // After the funders' entries, which the totals add up.
  await migrateFunderTotals(executor);
  await migratePartnerPairs(executor);
  // After the funders' entries, which an actor's funders read.
  await migrateActorFunders(executor);
  await migrateActorPeople(executor);
}

/** True when every required index exists and is ONLINE. */
export async function isSchemaInPlace(executor: Neo4jExecutor, ctx: QueryContext = CTX): Promise<boolean> {
  const rows = await executor.read<{ name: string; state: string }>('schema/schema-objects', {}, ctx);
  const online = new Set(rows.filter((r) => r.state === 'ONLINE').map((r) => r.name));
  return Object.keys(REQUIRED_INDEXES).every((name) => online.has(name));
}
