/**
 * The country and the region (first-level division: governorate, province …) of an event, stored on the event as
 * `countryId` and `regionId` so that a country's or a governorate's page of events reads in order from an index
 * (event_country_date, event_region_date) instead of walking the place chain down to every one of its events.
 * They are derived, never facts: not in the GraphQL schema, not in a dump or an export, not in curation's
 * snapshots or history. Every write keeps them right in its own transaction (the seed loader and every curation
 * batch refresh the events under what they touched), and a database written before they existed is filled at
 * start-up by an idempotent migration.
 */
import { type DerivedPass, migrateOnce, refreshEveryNodeOf } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** Properties Jisr derives from the graph and stores for its indexes: never a fact of their own. */
export const DERIVED_PROPERTIES: ReadonlySet<string> = new Set(['countryId', 'regionId']);

/** Ids per refresh statement: a seed load may touch every event and place of a large graph. */
const REFRESH_CHUNK = 1_000;
/** The marker of the migration below: a new derivation (or a change to its rule) takes a new id (2: regionId). */
const MIGRATION_ID = 'event-country-2';
const CTX: QueryContext = { operation: 'migrate-event-countries', timeoutMs: 300_000 };

/**
 * Brings the country and region of the events under `ids` up to date inside the caller's transaction: the events among
 * the ids, and the events held at a place among them or beneath it. Ids of other nodes, or of none, match
 * nothing. Returns how many events changed country or region.
 */
export async function refreshEventCountries(run: StatementRunner, ids: Iterable<string>): Promise<number> {
  const unique = [...new Set(ids)].sort();
  let refreshed = 0;
  for (let i = 0; i < unique.length; i += REFRESH_CHUNK) {
    const [row] = await run<{ refreshed: number }>('events/refresh-countries', { ids: unique.slice(i, i + REFRESH_CHUNK) });
    refreshed += row?.refreshed ?? 0;
  }
  return refreshed;
}

/**
 * Every event's country checked and, where missing or stale, written: page by page in id order, each page a
 * transaction of its own, by the rule of the write path (events/refresh-countries). For bulk loads that write in
 * many transactions (the synthetic generator), and the start-up migration.
 */
export function refreshAllEventCountries(executor: Neo4jExecutor): Promise<DerivedPass> {
  return refreshEveryNodeOf(executor, ['EVENT'], CTX, refreshEventCountries);
}

/**
 * The start-up migration: a database whose events were written before Jisr stored their country (or by a
 * load that did not refresh it) gets it filled once; the marker it leaves makes every later start pay one
 * lookup. Idempotent: run twice, the second run finds the marker; cut short, it starts again from the top.
 */
export function migrateEventCountries(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => refreshAllEventCountries(executor));
}
