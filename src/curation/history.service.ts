/**
 * History and undo. Every applied change is a Change node (who, when, what, the values before and after);
 * history lists a target's newest first, and a revert applies a change backwards as a new recorded change,
 * in one write transaction, refused while the target has changed since.
 */
import { hasRole, requireRole, type Viewer } from '../auth/viewer';
import { type Page, checkFirst, decodeCursor, encodeCursor, toPage } from '../common/connection';
import type { RequestScope } from '../context/loaders';
import { ErrorCode, JisrError, badUserInput } from '../errors';
import { nodeTypeOfId } from '../model/vocabulary';
import { parseRelationshipId } from './curation.ids';
import { type StoredChange } from './curation.model';
import { type CurationRepository, type CurationTransaction } from './curation.repository';
import { planRevert, revertReadSpecOf } from './curation.revert';
import { lockAndRead, runBatch, toChange } from './curation.service';
import { type Change, type CurationResult } from './curation.type';

/** History pages: a long-lived node gathers many changes; a page is one screen of them. */
export const MAX_HISTORY_PAGE = 100;
const CHANGE_ID = /^change:[0-9a-f-]{36}:\d{4,}$/;
const BATCH_ID = /^batch:[0-9a-f-]{36}$/;

/** The changes of one node or relationship, newest first. */
export async function changeHistory(id: string, first: number, after: string | null, repository: CurationRepository, scope: RequestScope): Promise<Page<Change>> {
  if (!nodeTypeOfId(id) && !parseRelationshipId(id)) {
    throw badUserInput(`Expected id to be a node id like "org:undp" or a relationship id like "rel:FUNDED:org:saferworld:program:saned-community-peace", but got ${JSON.stringify(id.slice(0, 80))}.`, { argument: 'id' });
  }
  checkFirst(first, MAX_HISTORY_PAGE);
  const cursor = after === null ? null : decodeCursor('history', after, 2);
  const { changes, total } = await repository.history(id, cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null, first + 1, scope.query);
  return toPage(changes.map(toChange), first, total, (change) => encodeCursor('history', [change.at, change.id]));
}

/** Reverts one change, as a new recorded change. */
export function revertChange(changeId: string, viewer: Viewer | null, repository: CurationRepository, scope: RequestScope): Promise<CurationResult> {
  const editor = requireRole(viewer, 'editor', 'revert a change');
  if (!CHANGE_ID.test(changeId)) throw badUserInput(`Expected changeId to be the id of a change like "change:<uuid>:0000" (see history), but got ${JSON.stringify(changeId.slice(0, 80))}.`, { argument: 'changeId' });
  return revert(editor, repository, scope, async (tx) => {
    const changes = await tx.changesByIds([changeId]);
    if (changes.length === 0) throw new JisrError(ErrorCode.NOT_FOUND, `No change has the id "${changeId}"; history(id:) lists the changes of a node or relationship.`, { argument: 'changeId' });
    return changes;
  });
}

/** Reverts every change of a batch, last applied first, as one new batch: the undo of one mutation. */
export function revertBatch(batchId: string, viewer: Viewer | null, repository: CurationRepository, scope: RequestScope): Promise<CurationResult> {
  const editor = requireRole(viewer, 'editor', 'revert a batch');
  if (!BATCH_ID.test(batchId)) throw badUserInput(`Expected batchId to be the id of a batch like "batch:<uuid>" (see Change.batchId), but got ${JSON.stringify(batchId.slice(0, 80))}.`, { argument: 'batchId' });
  return revert(editor, repository, scope, async (tx) => {
    const changes = await tx.changesOfBatch(batchId);
    if (changes.length === 0) throw new JisrError(ErrorCode.NOT_FOUND, `No batch has the id "${batchId}"; every Change names its batchId.`, { argument: 'batchId' });
    return changes;
  });
}

function revert(editor: Viewer, repository: CurationRepository, scope: RequestScope, changesOf: (tx: CurationTransaction) => Promise<StoredChange[]>): Promise<CurationResult> {
  return runBatch(repository, scope, editor, async (tx) => {
    const changes = await changesOf(tx);
    for (const change of changes) mayRevert(editor, change);
    const graph = await lockAndRead(tx, revertReadSpecOf(changes));
    return planRevert(changes, graph);
  });
}

/** An admin may revert anything; an editor only what a key of the same name applied. */
function mayRevert(editor: Viewer, change: StoredChange): void {
  if (hasRole(editor, 'admin') || change.author === editor.name) return;
  throw new JisrError(
    ErrorCode.FORBIDDEN,
    `The key "${editor.name}" may revert only its own changes; ${change.id} was applied by "${change.author}". Ask them, or an admin, to revert it.`,
    { role: editor.role, needed: 'admin' },
  );
}
