/**
 * How many events each country and each governorate holds, per period and kind, stored as EventCount entries
 * (countryId: the country's or the governorate's id, '*' for the whole graph; period, kind, n) so that a country's
 * or a governorate's totalCount and a timeline's counts read a few hundred counts instead of every event of the
 * place (Yemen at a million nodes: 99,466 index entries for one totalCount). Each place and kind also has a count of
 * all periods together, period '*', so that a totalCount without a date range reads one count per kind. An entry is derived,
 * never a fact: a node of its own that is not :Node, kept right by every write in its own transaction.
 *
 * A write may move an event between counts by changing the event (its kind, its date, deleting it) or its
 * country (a HELD_IN, a place's chain or kind). Rather than work out each case, a write tallies the events
 * beneath what it touches before it changes anything and again after, and adds the difference: the counts
 * follow whatever the write did, and a write that moves nothing (a title edited) writes no count.
 */
import { type DerivedPass, migrateOnce, rebuildInOneStatement } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** One count's key and how many events it gains (or, negative, loses). */
export interface EventTally {
  readonly countryId: string;
  readonly period: string;
  readonly kind: string;
  readonly n: number;
}

/**
 * The marker of the migration below: a change to the key takes a new id (2: governorates' counts too; 3: the period
 * '*'; 4: the whole graph's counts, countryId '*').
 */
const MIGRATION_ID = 'event-count-4';
const CTX: QueryContext = { operation: 'migrate-event-counts', timeoutMs: 300_000 };

const keyOf = (t: EventTally): string => JSON.stringify([t.countryId, t.period, t.kind]);

/**
 * The counts the events beneath `ids` (the events among them, and those held at a place among them or beneath
 * it) fall under now, in the caller's transaction. With `lock`, the events are locked first, so that no other
 * write changes them before this one adds its difference. Ids of other nodes, or of none, match nothing.
 */
export async function tallyEvents(run: StatementRunner, ids: Iterable<string>, lock: boolean): Promise<EventTally[]> {
  const unique = [...new Set(ids)].sort();
  // One statement for all ids: an event beneath two of them must count once, before and after alike.
  return unique.length === 0 ? [] : run<EventTally>('events/count-keys', { ids: unique, lock });
}

/** What `after` adds to `before`, per count: only the counts that change. */
export function tallyDifference(before: readonly EventTally[], after: readonly EventTally[]): EventTally[] {
  const deltas = new Map<string, EventTally>();
  const add = (t: EventTally, sign: number) => {
    const key = keyOf(t);
    const n = (deltas.get(key)?.n ?? 0) + sign * t.n;
    deltas.set(key, { countryId: t.countryId, period: t.period, kind: t.kind, n });
  };
  for (const t of before) add(t, -1);
  for (const t of after) add(t, 1);
  return [...deltas.values()].filter((t) => t.n !== 0);
}

/**
 * Keeps the counts of one write: `tallyEvents(ids, lock)` before it, then this after it (and after the events'
 * countries are refreshed), with the same ids plus any the write created. Returns how many counts changed.
 */
export async function addEventCounts(run: StatementRunner, before: readonly EventTally[], ids: Iterable<string>): Promise<number> {
  const deltas = tallyDifference(before, await tallyEvents(run, ids, false));
  if (deltas.length === 0) return 0;
  const [row] = await run<{ written: number }>('events/add-to-counts', { tallies: deltas });
  return row?.written ?? 0;
}

/**
 * Every count recounted from the events and, where wrong, set (deleted when no event is left under it): the
 * bulk load's last step, the start-up migration, and the check that what writes keep is right.
 */
export function rebuildEventCounts(executor: Neo4jExecutor): Promise<DerivedPass> {
  return rebuildInOneStatement(executor, 'events/rebuild-counts', CTX);
}

/** The start-up migration: the counts of a database written before they existed, once, after the events' countries. */
export function migrateEventCounts(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => rebuildEventCounts(executor));
}
