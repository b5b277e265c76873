/**
 * The (funder, event) pairs of fundingFlows, stored as FunderEvent entries (funderId, sortDate, eventId, direct,
 * and the event's kind, dates and stored country) so that a funder's page of flows reads in the answer's order
 * from an index (funder_event, or funder_event_country in a country) instead of walking every FUNDED edge and
 * PART_OF chain of the funder, and every event's place chain, and sorting all its pairs.
 * An entry is derived, never a fact: a node of its own that is not :Node (no API answer, dump, export, search,
 * count or curation snapshot matches it), kept right by every write in its own transaction (the seed loader and
 * every curation batch refresh the events a write may have moved) and filled in a database written before it
 * existed by an idempotent start-up migration.
 */
import { chunksOf, type DerivedPass, migrateOnce, refreshEveryNodeOf } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** What a write touched that can change a funder's events (see funding/refresh-funder-events). */
export interface FunderEventTouch {
  /** Events written or deleted: their own entries. */
  readonly eventIds: Iterable<string>;
  /** Programs and events whose PART_OF or FUNDED edges changed: the entries of every event at or below them. */
  readonly anchorIds: Iterable<string>;
  /**
   * Events re-placed (HELD_IN) and places whose chain or kind changed: each such event's entries, and the country and
   * region in the entries of every event held at or beneath such a place.
   */
  readonly chainIds: Iterable<string>;
}

/**
 * The marker of the migration below: a change to the rule takes a new id (2: entries carry the event's countryId;
 * 3: what funderReach adds up; 4: the event's regionId).
 */
const MIGRATION_ID = 'funder-event-4';
const CTX: QueryContext = { operation: 'migrate-funder-events', timeoutMs: 300_000 };

/** What a refresh of entries did: how many it rewrote, retired or added, and the funders of those entries. */
export interface FunderEventRefresh {
  readonly changed: number;
  /** Funders of entries refreshed whole, whose totals are recounted whole. */
  readonly funderIds: ReadonlySet<string>;
  /** Funders of entries of which only the event's country or region changed (a place moved above the event). */
  readonly areaFunderIds: ReadonlySet<string>;
}

/**
 * Brings the FunderEvent entries under `touch` up to date inside the caller's transaction. The funders whose
 * entries changed are those whose totals may have (funding/refresh-funder-totals).
 */
export async function refreshFunderEvents(run: StatementRunner, touch: FunderEventTouch): Promise<FunderEventRefresh> {
  let changed = 0;
  const funderIds = new Set<string>();
  const areaFunderIds = new Set<string>();
  const count = (row: { changed: number; funderIds: string[] } | undefined, funders: Set<string>) => {
    changed += row?.changed ?? 0;
    for (const id of row?.funderIds ?? []) funders.add(id);
  };
  const chainIds = [...touch.chainIds];
  for (const params of chunksOf({ eventIds: touch.eventIds, anchorIds: touch.anchorIds, chainIds })) {
    count((await run<{ changed: number; funderIds: string[] }>('funding/refresh-funder-events', params))[0], funderIds);
  }
  // After the whole refreshes, whose entries already hold their events' areas and are left alone here.
  for (const params of chunksOf({ chainIds })) {
    count((await run<{ changed: number; funderIds: string[] }>('funding/refresh-funder-event-areas', params))[0], areaFunderIds);
  }
  return { changed, funderIds, areaFunderIds };
}

/** Every event's entries checked and, where missing or stale, rewritten: page by page, a transaction each. */
export function refreshAllFunderEvents(executor: Neo4jExecutor): Promise<DerivedPass> {
  return refreshEveryNodeOf(executor, ['EVENT'], CTX, async (run, eventIds) => (await refreshFunderEvents(run, { eventIds, anchorIds: [], chainIds: [] })).changed);
}

/** The start-up migration: fills the entries once in a database written before they existed. */
export function migrateFunderEvents(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => refreshAllFunderEvents(executor));
}
