/**
 * The bookkeeping shared by the derived entries Jisr stores for its indexes (an event's country, an actor's
 * countries, a funder's events): a bulk refresh that goes through one kind's nodes page by page, each page a
 * transaction of its own, and a start-up migration that runs such a refresh once per database.
 */
import { int } from 'neo4j-driver';
import { NODE_KINDS, type NodeType } from '../model/vocabulary';
import type { CypherName } from './cypher-registry';
import type { Neo4jExecutor, QueryContext, StatementRunner } from './executor';

export interface DerivedPass {
  /** Nodes read, and entries written or removed because they were missing or stale. */
  readonly read: number;
  readonly refreshed: number;
  readonly ms: number;
}

/** Ids per list per refresh statement: a seed load may touch every node of a large graph. */
const REFRESH_CHUNK = 500;

/**
 * The parameters of a refresh statement over lists of ids, or of records with a key (each list a parameter of the
 * statement, deduplicated and sorted by `keyOf`), a chunk of each list per statement.
 */
export function* chunksOf<T = string>(lists: Readonly<Record<string, Iterable<T>>>, keyOf: (item: T) => string = String): Generator<Record<string, T[]>> {
  const sorted = Object.entries(lists).map(([key, items]) => {
    const unique = new Map([...items].map((item) => [keyOf(item), item]));
    return [key, [...unique.keys()].sort().map((k) => unique.get(k)!)] as const;
  });
  const longest = Math.max(0, ...sorted.map(([, ids]) => ids.length));
  for (let i = 0; i < longest; i += REFRESH_CHUNK) yield Object.fromEntries(sorted.map(([key, ids]) => [key, ids.slice(i, i + REFRESH_CHUNK)]));
}

/**
 * Runs a refresh statement of derived entries inside the caller's transaction over lists (chunksOf), a chunk of
 * each list per statement. Returns how many entries it removed and added.
 */
export async function refreshInChunks<T = string>(
  run: StatementRunner, name: CypherName, lists: Readonly<Record<string, Iterable<T>>>, keyOf: (item: T) => string = String,
): Promise<number> {
  let changed = 0;
  for (const params of chunksOf(lists, keyOf)) {
    const [row] = await run<{ removed: number; added: number }>(name, params);
    changed += (row?.removed ?? 0) + (row?.added ?? 0);
  }
  return changed;
}

/**
 * Deletes the entries the refreshes of the caller's transaction retired (derived/delete-retired): the last
 * derived statement of every write that refreshes, after all of its refreshes, since Neo4j makes every index seek
 * after a delete pay for the transaction's deleted nodes. Returns how many it deleted.
 */
export async function deleteRetired(run: StatementRunner): Promise<number> {
  const [row] = await run<{ deleted: number }>('derived/delete-retired', {});
  return row?.deleted ?? 0;
}

/**
 * Runs a rebuild statement of derived counts (one that recounts them all from what they count and writes only
 * the wrong ones, answering `read` and `changed`) in a transaction of its own.
 */
export async function rebuildInOneStatement(executor: Neo4jExecutor, name: CypherName, ctx: QueryContext): Promise<DerivedPass> {
  const started = Date.now();
  const [row] = await executor.write<{ read: number; changed: number }>(name, {}, ctx);
  return { read: row?.read ?? 0, refreshed: row?.changed ?? 0, ms: Date.now() - started };
}

/** Nodes per transaction: small enough to keep each transaction's memory bounded at any size. */
const PAGE = 2_000;

/** What a bulk refresh may change from the defaults. */
export interface RefreshEveryOptions {
  /** Nodes per transaction (default 2,000): fewer where one node can write thousands of entries. */
  readonly pageSize?: number;
}

/**
 * Every node of the given kinds refreshed by `refreshPage`, in id order, a page of ids per transaction (the
 * node_id index's run of each kind's prefix, so each page is a seek).
 */
export async function refreshEveryNodeOf(
  executor: Neo4jExecutor, types: readonly NodeType[], ctx: QueryContext, refreshPage: (run: StatementRunner, ids: string[]) => Promise<number>,
  options: RefreshEveryOptions = {},
): Promise<DerivedPass> {
  const pageSize = options.pageSize ?? PAGE;
  const started = Date.now();
  let read = 0;
  let refreshed = 0;
  for (const type of types) {
    const prefix = NODE_KINDS[type].idPrefix;
    let after = '';
    for (;;) {
      // A retried transaction counts once: the counts are taken from the attempt that committed.
      const { ids, changed } = await executor.writeTransaction(ctx, async (run) => {
        const [row] = await run<{ ids: string[] }>('graph/node-ids-page', { after, from: `${prefix}:`, to: `${prefix};`, limit: int(pageSize) });
        const page = row?.ids ?? [];
        const changed = page.length > 0 ? await refreshPage(run, page) : 0;
        await deleteRetired(run);
        return { ids: page, changed };
      });
      read += ids.length;
      refreshed += changed;
      if (ids.length < pageSize) break;
      after = ids[ids.length - 1]!;
    }
  }
  return { read, refreshed, ms: Date.now() - started };
}

/**
 * Runs `pass` once per database: a marker (a Migration node, apart from the graph) records that it ran to its
 * end, so every later start pays one lookup. Cut short, it runs again from the top; every pass is idempotent.
 */
export async function migrateOnce(executor: Neo4jExecutor, id: string, ctx: QueryContext, pass: () => Promise<DerivedPass>): Promise<DerivedPass | null> {
  const [state] = await executor.read<{ done: boolean }>('events/migration-done', { id }, ctx);
  if (state?.done) return null;
  const result = await pass();
  await executor.write('events/mark-migration-done', { id }, ctx);
  return result;
}
