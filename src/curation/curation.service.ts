/**
 * Curation: editors change the graph, one batch at a time, each batch one write transaction. The nodes it
 * touches are write-locked first, then read, then every request is checked by the seed's rules against what
 * was read (and what the requests before it changed), and only a batch without a single problem or stale
 * version is written, with one recorded Change per node or relationship. A refused batch writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { requireRole, type Viewer } from '../auth/viewer';
import type { RequestScope } from '../context/loaders';
import { ErrorCode, JisrError, badUserInput } from '../errors';
import { WorkingGraph, type GraphRead } from './curation.graph';
import { parseRelationshipId } from './curation.ids';
import {
  type Author, CHANGE_NAMES, type ChangeName, type CurationConflict, type CurationProblem, type CurationRequest, type StoredChange,
} from './curation.model';
import { type PlanResult, type ReadSpec, followUpSpecOf, planBatch, readSpecOf } from './curation.plan';
import { type CurationRepository, type CurationTransaction } from './curation.repository';
import { Change, CurationResult } from './curation.type';

/** Most changes in one batch: enough for an article's worth of facts, few enough to check and lock at once. */
export const MAX_BATCH_CHANGES = 500;

/** A batch as the applyChanges mutation receives it: the editor's role first, then the form of every ChangeInput. */
export function applyChangeInputs(
  changes: readonly Readonly<Record<string, unknown>>[],
  viewer: Viewer | null,
  repository: CurationRepository,
  scope: RequestScope,
): Promise<CurationResult> {
  requireRole(viewer, 'editor', 'change the graph');
  return applyChanges(requestsOf(changes), viewer, repository, scope);
}

/** Each ChangeInput as the request it holds; a ChangeInput must set exactly one of its fields. */
export function requestsOf(changes: readonly Readonly<Record<string, unknown>>[]): CurationRequest[] {
  if (changes.length === 0 || changes.length > MAX_BATCH_CHANGES) {
    throw badUserInput(`Expected between 1 and ${MAX_BATCH_CHANGES} changes, but got ${changes.length}. Split a larger batch into several.`, { argument: 'changes' });
  }
  const problems: CurationProblem[] = [];
  const requests = changes.map((change, index) => {
    const set = CHANGE_NAMES.filter((name) => change[name] !== undefined && change[name] !== null);
    if (set.length !== 1) {
      problems.push({
        index, change: set.join(', ') || '(none)', field: '', value: set,
        message: `a ChangeInput sets exactly one field (${CHANGE_NAMES.join(', ')}), but this one sets ${set.length === 0 ? 'none' : set.join(' and ')}; ${set.length === 0 ? 'set the one change it stands for' : 'put each change in its own ChangeInput'}`,
      });
    }
    const name = set[0] as ChangeName;
    return { change: name, input: { ...(change[name] as Record<string, unknown>) } };
  });
  if (problems.length > 0) throw refusal(problems);
  return requests;
}

/** Applies the requests as one batch, by an editor; the answer reads the graph after the write. */
export async function applyChanges(
  requests: readonly CurationRequest[],
  viewer: Viewer | null,
  repository: CurationRepository,
  scope: RequestScope,
): Promise<CurationResult> {
  const editor = requireRole(viewer, 'editor', 'change the graph');
  return runBatch(repository, scope, editor, async (tx) => {
    const spec = readSpecOf(requests);
    const graph = await lockAndRead(tx, spec, (first) => followUpSpecOf(requests, first));
    return planBatch(requests, graph);
  });
}

/**
 * Locks and reads what a plan needs: the spec's nodes are write-locked first; the follow-up (what only the
 * first read can tell) is read after, without locks of its own: it is only ever read, never written.
 */
export async function lockAndRead(tx: CurationTransaction, spec: ReadSpec, followUp?: (graph: WorkingGraph) => ReadSpec): Promise<WorkingGraph> {
  await tx.lock(spec.nodeIds);
  const read = await tx.read(spec);
  const more = followUp?.(new WorkingGraph(read));
  if (!more || more.nodeIds.size === 0) return new WorkingGraph(read);
  const extra = await tx.read(more);
  return new WorkingGraph(mergeReads(read, extra));
}

function mergeReads(a: GraphRead, b: GraphRead): GraphRead {
  return {
    nodes: [...a.nodes, ...b.nodes],
    relationships: [...a.relationships, ...b.relationships],
    nodeIdsRead: [...a.nodeIdsRead, ...b.nodeIdsRead],
    relationshipIdsRead: [...a.relationshipIdsRead, ...b.relationshipIdsRead],
    linksReadOf: [...a.linksReadOf, ...b.linksReadOf],
    containment: [...a.containment, ...b.containment],
    citations: new Map([...a.citations, ...b.citations]),
    quotes: new Map([...a.quotes, ...b.quotes]),
  };
}

/**
 * One batch in one write transaction: `plan` reads and checks, and refuses by returning its problems; then
 * the writes and their history land together, and the answer is read in the same transaction. The request's
 * loaders forget what they had read, so nothing the request reads afterwards predates the write.
 */
export async function runBatch(
  repository: CurationRepository,
  scope: RequestScope,
  editor: Viewer,
  plan: (tx: CurationTransaction) => Promise<PlanResult>,
): Promise<CurationResult> {
  const author: Author = { name: editor.name, keyId: editor.keyId };
  const outcome = await repository.inWriteTransaction(scope.query, async (tx) => {
    const planned = await plan(tx);
    // Thrown inside the transaction function: the driver rolls back, and never retries a Jisr error.
    if (!planned.ok) throw refusalOf(planned.conflicts, planned.problems);
    const batchId = `batch:${randomUUID()}`;
    const changes = await tx.apply(planned.writes, planned.quotes, { batchId, at: await tx.now(), author });
    const nodes = await tx.nodes(planned.nodeIds);
    const relationships = await tx.relationships(planned.relationshipIds.map((id) => ({ id, ...parseRelationshipId(id)! })));
    return { batchId, changes, nodes, relationships };
  });
  scope.loaders.forgetAll();
  scope.loaders.prime(outcome.nodes);
  return Object.assign(new CurationResult(), { ...outcome, changes: outcome.changes.map(toChange) });
}

/** A recorded change as the API shows it. */
export function toChange(change: StoredChange): Change {
  return Object.assign(new Change(), {
    id: change.id, batchId: change.batchId, at: change.at, author: change.author, op: change.op, targetId: change.targetId,
    before: change.before as Record<string, unknown> | null, after: change.after as Record<string, unknown> | null, revertOf: change.revertOf,
  });
}

/** The error of a refused batch: CONFLICT when a version was stale (read again first), else every problem. */
function refusalOf(conflicts: readonly CurationConflict[], problems: readonly CurationProblem[]): JisrError {
  const [conflict] = conflicts;
  if (!conflict) return refusal(problems);
  const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more stale version${conflicts.length === 2 ? '' : 's'} in this batch)` : '';
  return new JisrError(ErrorCode.CONFLICT, `Nothing was changed: ${conflict.message}${more}.`, {
    index: conflict.index, id: conflict.id, version: conflict.version, currentVersion: conflict.currentVersion, current: conflict.current,
    conflicts: conflicts.map(({ message: _message, ...rest }) => rest),
  });
}

function refusal(problems: readonly CurationProblem[]): JisrError {
  const lines = problems.map((p) => `[${p.index}] ${p.change}${p.field ? `, field "${p.field}"` : ''}: ${p.message}`);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return badUserInput(`Nothing was changed: the batch has ${count}.\n${lines.join('\n')}`, { problems });
}
