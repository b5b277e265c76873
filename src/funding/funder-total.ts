/**
 * funderReach's totals, stored as one FunderTotal per funder (programs, events, organisations, places,
 * participants and countries reached) so that the totals of a hub funder read one entry instead of every one of
 * its FunderEvent entries (org:eu at a million nodes: 268,073 db hits, 12 times its seed-graph time). A total is
 * derived, never a fact: a node of its own that is not :Node, kept right by every write in its own transaction.
 *
 * Distinct counts cannot be kept by adding differences, so a write recounts the totals of the funders it may have
 * changed (funding/refresh-funder-totals): those whose entries its refresh of FunderEvent entries changed (an
 * event's funding, date, participants, places, organisers or country), and those above the programs whose chain,
 * funding or organisations it changed. Recounting a hub's totals costs what reading them used to, once per write
 * that touches the hub instead of once per read.
 */
import { type DerivedPass, chunksOf, deleteRetired, migrateOnce } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';

/** The marker of the migration below: a change to the rule takes a new id. */
const MIGRATION_ID = 'funder-total-1';
const CTX: QueryContext = { operation: 'migrate-funder-totals', timeoutMs: 300_000 };

/** Funders per transaction of the bulk refresh: a hub's recount reads every one of its entries. */
const FUNDERS_PER_TRANSACTION = 200;

/** What a write changed above the events: the funders its entries name are added by the caller. */
export interface FunderTotalTouch {
  /** Funders whose FunderEvent entries changed (refreshFunderEvents), or whose FUNDED edges were added or removed. */
  readonly funderIds: Iterable<string>;
  /** Programs whose PART_OF chain (the upper end of a PART_OF) or organisations changed: the funders above them. */
  readonly programIds: Iterable<string>;
  /** Funders of entries of which only the country or region changed: only their countries are recounted. */
  readonly countryFunderIds?: Iterable<string>;
}

/** Recounts, inside the caller's transaction, the totals of every funder `touch` may have changed; returns how many changed. */
export async function refreshFunderTotals(run: StatementRunner, touch: FunderTotalTouch): Promise<number> {
  const funderIds = new Set(touch.funderIds);
  for (const params of chunksOf({ ids: touch.programIds })) {
    const [row] = await run<{ funderIds: string[] }>('funding/funders-above', params);
    for (const id of row?.funderIds ?? []) funderIds.add(id);
  }
  // A funder in both lists is recounted whole (the statement keeps it once).
  const countryFunderIds = [...new Set(touch.countryFunderIds ?? [])].sort();
  if (funderIds.size === 0 && countryFunderIds.length === 0) return 0;
  // One statement for all: each total is locked in id order, so two writes never wait for each other in a circle.
  const [row] = await run<{ changed: number }>('funding/refresh-funder-totals', { funderIds: [...funderIds].sort(), countryFunderIds });
  return row?.changed ?? 0;
}

/**
 * Every funder's totals recounted and, where wrong, set (removed for a funder that reaches nothing), a transaction
 * per 200 funders: the bulk load's last step, the start-up migration, and the check that what writes keep is right.
 */
export async function rebuildFunderTotals(executor: Neo4jExecutor): Promise<DerivedPass> {
  const started = Date.now();
  const [candidates] = await executor.read<{ funderIds: string[] }>('funding/funder-total-candidates', {}, CTX);
  let read = 0;
  let refreshed = 0;
  const ids = candidates?.funderIds ?? [];
  for (let i = 0; i < ids.length; i += FUNDERS_PER_TRANSACTION) {
    const chunk = ids.slice(i, i + FUNDERS_PER_TRANSACTION);
    const changed = await executor.writeTransaction(CTX, async (run) => {
      const [row] = await run<{ changed: number }>('funding/refresh-funder-totals', { funderIds: chunk, countryFunderIds: [] });
      await deleteRetired(run);
      return row?.changed ?? 0;
    });
    read += chunk.length;
    refreshed += changed;
  }
  return { read, refreshed, ms: Date.now() - started };
}

/** The start-up migration: the totals of a database written before they existed, once, after the funders' entries. */
export function migrateFunderTotals(executor: Neo4jExecutor): Promise<DerivedPass | null> {
  return migrateOnce(executor, MIGRATION_ID, CTX, () => rebuildFunderTotals(executor));
}
