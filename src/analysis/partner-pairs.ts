/**
 * The partners of an actor, stored as PartnerPair entries (actorId, partnerId, shared, rank = -shared) in both
 * directions, so that the partners ranking reads its page in order from an index (partner_pair_rank) instead of
 * counting the shared activities of every actor in a hub's two-hop neighbourhood. An entry is derived, never a
 * fact: a node of its own that is not :Node (no API answer, dump, export, search, count or curation snapshot
 * matches it), kept right by every write in its own transaction (the seed loader and every curation batch
 * refresh the actors at the ends of the links they add or remove) and filled in a database written before it
 * existed by an idempotent start-up migration. A curation batch refreshes by the links it added or removed
 * (the pairs those links can change), a bulk load by the actors it wrote (every pair of each).
 */
import { ACTOR_NODE_TYPES, type RelationType } from '../model/vocabulary';
import { type DerivedPass, migrateOnce, refreshEveryNodeOf, refreshInChunks } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** The relationship types that make two actors partners: both have one to the same event or program. */
export const PARTNER_LINK_TYPES: readonly RelationType[] = ['ORGANIZED', 'PARTNERED_WITH', 'PARTICIPATED_IN', 'FUNDED', 'IMPLEMENTED'];

/** The marker of the migration below: a change to the rule takes a new id. */
const MIGRATION_ID = 'partner-pair-1';
const CTX: QueryContext = { operation: 'migrate-partner-pairs', timeoutMs: 300_000 };

/**
 * Brings the PartnerPair entries of `actorIds` (actors written or deleted, or at the actor end of a link added
 * or removed) and their mirrors up to date inside the caller's transaction; returns how many it wrote or retired.
 */
export function refreshPartnerPairs(run: StatementRunner, actorIds: Iterable<string>): Promise<number> {
  return refreshInChunks(run, 'analysis/refresh-partner-pairs', { actorIds });
}

/** A link a batch added or removed between an actor and an event or program (PARTNER_LINK_TYPES). */
export interface PartnerLink {
  readonly actorId: string;
  readonly activityId: string;
}

/**
 * Brings the PartnerPair entries a batch's added and removed links may have changed up to date inside the
 * caller's transaction (analysis/refresh-partner-pairs-of-links: only the pairs of each link's actor with the
 * other actors of its activity, each counted from its smaller end); returns how many it wrote or retired.
 */
export function refreshPartnerPairsOfLinks(run: StatementRunner, links: Iterable<PartnerLink>): Promise<number> {
  return refreshInChunks(run, 'analysis/refresh-partner-pairs-of-links', { links }, (link) => `${link.actorId} ${link.activityId}`);
}

/**
 * Actors per transaction of the bulk refresh: a hub writes tens of thousands of entries, both ways, each with
 * its list of shared activities; 2,000 actors per transaction (the other entries' page) ran out of transaction
 * memory filling the million-node graph.
 */
const PAGE = 200;

/** Every actor's entries checked and, where missing or stale, rewritten: page by page, a transaction each. */
export function refreshAllPartnerPairs(executor: Neo4jExecutor): Promise<DerivedPass> {
  return refreshEveryNodeOf(executor, ACTOR_NODE_TYPES, CTX, (run, actorIds) => refreshPartnerPairs(run, actorIds), { pageSize: PAGE });
}

/** The start-up migration: fills the entries once in a database written before they existed. */
export function migratePartnerPairs(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => refreshAllPartnerPairs(executor));
}
