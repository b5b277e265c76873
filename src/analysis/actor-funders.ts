/**
 * The funders of an actor's work, stored as ActorFunder entries (actorId, funderId, activityIds), so that
 * interlocks meets two actors' funders on an index (a seek of one actor's entries, then one of the other's per
 * funder) instead of walking both actors' activities and every activity's funders. An entry is derived, never a
 * fact: a node of its own that is not :Node (no API answer, dump, export, search, count or curation snapshot
 * matches it), kept right by every write in its own transaction, after the FunderEvent entries it reads (the seed
 * loader refreshes the actors it wrote, a curation batch the links it added or removed and the actors below the
 * funding it changed), and filled in a database written before it existed by an idempotent start-up migration.
 */
import { ACTOR_NODE_TYPES, type RelationType } from '../model/vocabulary';
import { type DerivedPass, migrateOnce, refreshEveryNodeOf, refreshInChunks } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** The links that make an actor's work an activity a funder can support (interlocks' rule). */
export const SUPPORTED_WORK_TYPES: readonly RelationType[] = ['ORGANIZED', 'IMPLEMENTED', 'PARTNERED_WITH'];

/** What a write touched that can change an actor's funders (see analysis/refresh-actor-funders). */
export interface ActorFunderTouch {
  /** Actors whose entries are counted again whole: those a bulk load wrote (or deleted). */
  readonly actorIds: Iterable<string>;
  /** Links of SUPPORTED_WORK_TYPES added or removed: the actor's entries gain or lose that activity. */
  readonly links: Iterable<{ readonly actorId: string; readonly activityId: string }>;
  /** Programs and events whose FUNDED or PART_OF edges changed: every actor's link to an activity at or below them. */
  readonly anchorIds: Iterable<string>;
}

/** The marker of the migration below: a change to the rule takes a new id. */
const MIGRATION_ID = 'actor-funder-1';
const CTX: QueryContext = { operation: 'migrate-actor-funders', timeoutMs: 300_000 };

/**
 * Brings the ActorFunder entries under `touch` up to date inside the caller's transaction, after the FunderEvent
 * entries (funding/funder-event); returns how many it wrote or retired.
 */
export function refreshActorFunders(run: StatementRunner, touch: ActorFunderTouch): Promise<number> {
  return refreshInChunks<string | { readonly actorId: string; readonly activityId: string }>(
    run, 'analysis/refresh-actor-funders', { actorIds: touch.actorIds, links: touch.links, anchorIds: touch.anchorIds },
    (item) => (typeof item === 'string' ? item : `${item.actorId} ${item.activityId}`),
  );
}

/** Actors per transaction of the bulk refresh: a hub writes thousands of entries, each with its list of activities. */
const PAGE = 200;

/** Every actor's entries checked and, where missing or stale, rewritten: page by page, a transaction each. */
export function refreshAllActorFunders(executor: Neo4jExecutor): Promise<DerivedPass> {
  return refreshEveryNodeOf(executor, ACTOR_NODE_TYPES, CTX, (run, actorIds) => refreshActorFunders(run, { actorIds, links: [], anchorIds: [] }), { pageSize: PAGE });
}

/** The start-up migration: fills the entries once in a database written before they existed. */
export function migrateActorFunders(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => refreshAllActorFunders(executor));
}
