/**
 * The Cypher of merge redirects: written in the merge's own transaction (so a merge lands with its redirect
 * or not at all), and followed wherever a node is looked up by id.
 */
import type { CypherParams, Row, StatementRunner } from '../neo4j/executor';
import { type CurationTransaction } from './curation.repository';

/**
 * The statement runner of a batch's transaction. CurationTransaction keeps it to itself (its methods are the
 * batch's writes); the redirect is one more write of the same transaction, so it borrows the runner rather
 * than opening a second transaction that could land without the merge, or the merge without it.
 */
function runnerOf(tx: CurationTransaction): StatementRunner {
  return tx['run']; // element access reaches the private field on purpose (see above)
}

/** Records that `id` now resolves to `to`, in the batch's transaction; fails (rolling the batch back) if it wrote nothing. */
export async function putRedirect(tx: CurationTransaction, id: string, to: string): Promise<void> {
  const rows = await runnerOf(tx)<{ written: number }>('curation/merge-put-redirect', { id, to });
  if (rows[0]?.written !== 1) throw new Error(`curation/merge-put-redirect: wrote no redirect for ${id}; the merge is rolled back.`);
}

/** One hop of redirects: for each id that has one in force, where it goes and that node as it is now (or null). */
export interface RedirectRow extends Row {
  readonly id: string;
  readonly to: string;
  readonly node: Record<string, unknown> | null;
  readonly labels: string[] | null;
}

/** How many redirects a lookup follows: a chain (A merged into B, B into C) is short; a longer one is a loop or a bug. */
export const MAX_REDIRECT_HOPS = 8;

/** Follows redirects from ids that name no node, up to MAX_REDIRECT_HOPS, by running `read` once per hop. */
export async function followRedirects(
  missing: readonly string[],
  read: (params: CypherParams) => Promise<RedirectRow[]>,
): Promise<Map<string, { node: Record<string, unknown>; labels: string[] }>> {
  const found = new Map<string, { node: Record<string, unknown>; labels: string[] }>();
  // Each id still being followed, with the ids the client asked for that lead to it.
  let pending = new Map(missing.map((id) => [id, [id]]));
  for (let hop = 0; hop < MAX_REDIRECT_HOPS && pending.size > 0; hop += 1) {
    const next = new Map<string, string[]>();
    for (const row of await read({ ids: [...pending.keys()] })) {
      const asked = pending.get(row.id) ?? [];
      if (row.node && row.labels) for (const id of asked) found.set(id, { node: row.node, labels: row.labels });
      else next.set(row.to, [...(next.get(row.to) ?? []), ...asked]);
    }
    pending = next;
  }
  return found;
}
