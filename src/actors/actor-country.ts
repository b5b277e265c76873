/**
 * The countries and governorates of an actor, stored as ActorCountry entries (countryId, kind, actorId; the
 * countryId a country's or a governorate's, as the actors filter's countryId may be either) so that the actors
 * page filtered by one reads its page in id order from an index (actor_country, actor_country_kind) instead of
 * walking every place and event beneath it. An entry is derived, never a fact: a node of its own that is
 * not :Node (no API answer, dump, export, search, count or curation snapshot matches it), kept right by every
 * write in its own transaction (the seed loader and every curation batch refresh the actors a write may have
 * moved) and filled in a database written before it existed by an idempotent start-up migration.
 */
import { ACTOR_NODE_TYPES } from '../model/vocabulary';
import { type DerivedPass, migrateOnce, rebuildInOneStatement, refreshEveryNodeOf, refreshInChunks } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** What a write touched that can move an actor in or out of a country or a governorate (actors/refresh-countries). */
export interface ActorCountryTouch {
  /** Actors written or deleted, or whose own edges changed: their own entries. */
  readonly actorIds: Iterable<string>;
  /** Organisations and places whose chain changed: the entries of every actor based or active beneath them. */
  readonly chainIds: Iterable<string>;
  /** Events whose country may have changed: the entries of their organisers, partners and participants. */
  readonly eventIds: Iterable<string>;
}

/** The marker of the migration below: a change to the rule takes a new id (2: governorates too). */
const MIGRATION_ID = 'actor-country-2';
const CTX: QueryContext = { operation: 'migrate-actor-countries', timeoutMs: 300_000 };

/**
 * Brings the ActorCountry entries of the actors under `touch` up to date inside the caller's transaction, after
 * the events' countries (refreshEventCountries), which the rule reads. Returns how many entries it wrote or removed.
 */
export function refreshActorCountries(run: StatementRunner, touch: ActorCountryTouch): Promise<number> {
  return refreshInChunks(run, 'actors/refresh-countries', { actorIds: touch.actorIds, chainIds: touch.chainIds, eventIds: touch.eventIds });
}

/** Every actor's entries checked and, where missing or stale, rewritten: page by page, a transaction each. */
export function refreshAllActorCountries(executor: Neo4jExecutor): Promise<DerivedPass> {
  return refreshEveryNodeOf(executor, ACTOR_NODE_TYPES, CTX, (run, actorIds) => refreshActorCountries(run, { actorIds, chainIds: [], eventIds: [] }));
}

/** The start-up migration: fills the entries once in a database written before they existed. */
export function migrateActorCountries(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => refreshAllActorCountries(executor));
}

/**
 * The marker of the counts' migration below. Governorates' entries (actor-country-2) needed no new one: the
 * refresh that adds an entry adds it to its count in the same statement.
 */
const COUNTS_MIGRATION_ID = 'actor-country-count-1';

/**
 * Every (country, kind) count of entries (ActorCountryCount) recounted from the entries and, where wrong, set:
 * what the refresh keeps on write, checked (or filled) in one statement. Returns how many counts it changed.
 */
export function rebuildActorCountryCounts(executor: Neo4jExecutor): Promise<DerivedPass> {
  return rebuildInOneStatement(executor, 'actors/rebuild-country-counts', CTX);
}

/** The start-up migration of the counts: after the entries' own, once per database. */
export function migrateActorCountryCounts(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, COUNTS_MIGRATION_ID, CTX, () => rebuildActorCountryCounts(executor));
}
