/**
 * The people tied to an actor, stored as ActorPerson entries (actorId, personId, position, eventIds), so that
 * interlocks meets two actors' people on an index (a seek of one actor's entries, then one of the other's per
 * person) instead of walking both actors' events and every event's participants. An entry is derived, never a
 * fact: a node of its own that is not :Node (no API answer, dump, export, search, count or curation snapshot
 * matches it), kept right by every write in its own transaction (the seed loader refreshes the actors it wrote, a
 * curation batch the pairs its links can change) and filled in a database written before it existed by an
 * idempotent start-up migration.
 */
import { ACTOR_NODE_TYPES } from '../model/vocabulary';
import { type DerivedPass, migrateOnce, refreshEveryNodeOf, refreshInChunks } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** What a write touched that can change the people tied to an actor (see analysis/refresh-actor-people). */
export interface ActorPersonTouch {
  /** Actors whose pairs are counted again whole, as the actor: those a bulk load wrote (or deleted). */
  readonly actorIds: Iterable<string>;
  /** An actor's link to an event added or removed (PARTNER_LINK_TYPES): its pairs with the event's people and actors. */
  readonly links: Iterable<{ readonly actorId: string; readonly eventId: string }>;
  /** A HOLDS_POSITION added or removed: that one pair. */
  readonly positions: Iterable<{ readonly actorId: string; readonly personId: string }>;
}

/** The marker of the migration below: a change to the rule takes a new id. */
const MIGRATION_ID = 'actor-person-1';
const CTX: QueryContext = { operation: 'migrate-actor-people', timeoutMs: 300_000 };

type Item = string | { readonly actorId: string; readonly eventId: string } | { readonly actorId: string; readonly personId: string };

/** Brings the ActorPerson entries under `touch` up to date inside the caller's transaction; returns how many it wrote or retired. */
export function refreshActorPeople(run: StatementRunner, touch: ActorPersonTouch): Promise<number> {
  return refreshInChunks<Item>(
    run, 'analysis/refresh-actor-people', { actorIds: touch.actorIds, links: touch.links, positions: touch.positions },
    (item) => (typeof item === 'string' ? item : `${item.actorId} ${'eventId' in item ? item.eventId : item.personId}`),
  );
}

/** Actors per transaction of the bulk refresh: a hub has thousands of people, each an entry. */
const PAGE = 200;

/** Every actor's entries checked and, where missing or stale, rewritten: page by page, a transaction each. */
export function refreshAllActorPeople(executor: Neo4jExecutor): Promise<DerivedPass> {
  return refreshEveryNodeOf(executor, ACTOR_NODE_TYPES, CTX, (run, actorIds) => refreshActorPeople(run, { actorIds, links: [], positions: [] }), { pageSize: PAGE });
}

/** The start-up migration: fills the entries once in a database written before they existed. */
export function migrateActorPeople(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => refreshAllActorPeople(executor));
}
