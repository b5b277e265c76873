/**
 * Merging duplicates: one actor recorded twice (two spellings, two articles) becomes one. Every relationship
 * of the duplicate, in and out, moves to the kept actor with its properties and evidence; every quote of the
 * duplicate itself joins the kept actor's; the duplicate's names become aliases of the kept one; then the
 * duplicate is deleted. All of it is ordinary writes (one Change each), so the merge is one batch in history
 * and revertBatch undoes it exactly.
 */
import { NODE_KINDS, type NodeType } from '../model/vocabulary';
import { relationshipIdOf } from '../seeds/seed.model';
import { type StoredNode, type WorkingGraph, evidenceIdsOf, snapshotOf } from './curation.graph';
import { type CurationConflict, type CurationProblem, type Write } from './curation.model';
import { type PlanResult, type ReadSpec, currentValues, emptyReadSpec } from './curation.plan';
import { fieldsFrom, parseNodeRecord, patched, storedNode } from './curation.records';

/** What an editor asks to merge: the actor kept, the duplicate that goes, and the versions they read. */
export interface MergeRequest {
  readonly keepId: string;
  readonly duplicateId: string;
  readonly keepVersion: number;
  readonly duplicateVersion: number;
}

/** Only actors are merged: an event or a place recorded twice is a different question (dates, chains). */
const MERGEABLE: readonly NodeType[] = ['ORGANIZATION', 'PERSON'];
const CHANGE = 'mergeActors';

/** Both actors are locked, and every relationship of both read (the kept one's, to find those that would double). */
export function mergeReadSpecOf({ keepId, duplicateId }: MergeRequest): ReadSpec {
  const spec = emptyReadSpec();
  for (const id of [keepId, duplicateId]) {
    spec.nodeIds.add(id);
    spec.linksOf.add(id);
  }
  return spec;
}

/** Checks the merge and plans its writes: relationships moved (or joined with the kept one's twin), the kept actor, the duplicate deleted. */
export function planMerge(request: MergeRequest, graph: WorkingGraph): PlanResult {
  const problems: CurationProblem[] = [];
  const conflicts: CurationConflict[] = [];
  const problem = (field: keyof MergeRequest, message: string) => problems.push({ index: 0, change: CHANGE, field, value: request[field], message });
  const { keepId, duplicateId } = request;
  if (keepId === duplicateId) {
    problem('duplicateId', `"${duplicateId}" is the actor kept; an actor is never merged into itself: name the duplicate that should go`);
    return { ok: false, problems, conflicts };
  }
  const keep = actorOf(graph, keepId, 'keepId', problem);
  const duplicate = actorOf(graph, duplicateId, 'duplicateId', problem);
  if (!keep || !duplicate) return { ok: false, problems, conflicts };
  if (keep.type !== duplicate.type) {
    problem('duplicateId', `"${duplicateId}" is ${NODE_KINDS[duplicate.type].noun} and "${keepId}" ${NODE_KINDS[keep.type].noun}; only actors of one kind are merged (an organisation is never a person): correct the kind first, or link them instead`);
    return { ok: false, problems, conflicts };
  }
  for (const [node, version, field] of [[keep, request.keepVersion, 'keepVersion'], [duplicate, request.duplicateVersion, 'duplicateVersion']] as const) {
    if (node.version === version) continue;
    conflicts.push({
      index: 0, change: CHANGE, id: node.id, version, currentVersion: node.version, current: currentValues(node),
      message: `"${node.id}" is at version ${node.version}, but this merge was made on version ${version} (${field}): someone changed it since. Read it again, check it is still the same actor, and send version ${node.version}`,
    });
  }
  const links = graph.linksOf(duplicateId);
  const between = links.filter((link) => link.from === keepId || link.to === keepId);
  if (between.length > 0) {
    problem('duplicateId', `"${duplicateId}" and "${keepId}" are linked (${between.map((link) => link.id).join(', ')}); merged, that would link the actor to itself: remove ${between.length === 1 ? 'it' : 'them'} first`);
  }
  if (problems.length > 0 || conflicts.length > 0) return { ok: false, problems, conflicts };

  const writes: Write[] = [];
  const relationshipIds: string[] = [];
  const write = (next: Write) => {
    graph.apply(next);
    writes.push(next);
    if (next.target === 'RELATIONSHIP' && next.after && !relationshipIds.includes(next.id)) relationshipIds.push(next.id);
  };
  // Every relationship is taken off the duplicate first, then put on the kept actor: the id of a moved
  // relationship names its new end, and one that the kept actor already has (same type, other end and role)
  // is joined with it, keeping the kept one's properties and the union of both quotes.
  for (const link of links) write({ target: 'RELATIONSHIP', op: 'REMOVE_RELATIONSHIP', id: link.id, before: snapshotOf(link), after: null, index: 0 });
  for (const link of links) {
    const from = link.from === duplicateId ? keepId : link.from;
    const to = link.to === duplicateId ? keepId : link.to;
    const id = relationshipIdOf(link.type, from, to, typeof link.properties.role === 'string' ? link.properties.role : undefined);
    const twin = graph.linksOf(keepId).find((existing) => existing.id === id);
    if (twin) {
      const evidenceIds = unique([...evidenceIdsOf(twin.properties), ...evidenceIdsOf(link.properties)]);
      const properties = { ...link.properties, ...twin.properties, evidenceIds };
      if (evidenceIds.length === evidenceIdsOf(twin.properties).length && Object.keys(properties).length === Object.keys(twin.properties).length) continue;
      const before = snapshotOf(twin);
      write({ target: 'RELATIONSHIP', op: 'UPDATE_RELATIONSHIP', id, before, after: { ...before, properties, version: twin.version + 1 }, index: 0 });
    } else {
      write({ target: 'RELATIONSHIP', op: 'ADD_RELATIONSHIP', id, before: null, after: { type: link.type, from, to, properties: { ...link.properties }, version: 1 }, index: 0 });
    }
  }
  const kept = mergedActor(keep, duplicate);
  if (!kept.ok) {
    for (const found of kept.problems) problems.push({ index: 0, change: CHANGE, field: found.field, value: null, message: found.message });
    return { ok: false, problems, conflicts };
  }
  const before = snapshotOf(keep);
  write({ target: 'NODE', op: 'UPDATE_NODE', id: keepId, before, after: { ...before, labels: kept.labels, properties: kept.properties, version: keep.version + 1 }, index: 0 });
  write({ target: 'NODE', op: 'DELETE_NODE', id: duplicateId, before: snapshotOf(duplicate), after: null, index: 0 });
  return { ok: true, writes, quotes: [], nodeIds: [keepId], relationshipIds };
}

/**
 * The kept actor after the merge: its own names, the duplicate's names and aliases added to its aliases
 * (its search keys shaped again from them all, as the seed loader shapes them), and both actors' quotes.
 */
function mergedActor(keep: StoredNode, duplicate: StoredNode):
  { ok: true; labels: readonly string[]; properties: Record<string, unknown> } | { ok: false; problems: readonly { field: string; message: string }[] } {
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : []);
  const own = new Set([...strings(keep.properties.nameAr), ...strings(keep.properties.nameEn)]);
  const aliases = unique([
    ...strings(keep.properties.aliases),
    ...strings(duplicate.properties.nameAr), ...strings(duplicate.properties.nameEn), ...strings(duplicate.properties.aliases),
  ]).filter((name) => !own.has(name));
  const parsed = parseNodeRecord(keep.type, patched(keep.type, fieldsFrom(keep.type, keep.id, keep.properties), { aliases }));
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const evidenceIds = unique([...evidenceIdsOf(keep.properties), ...evidenceIdsOf(duplicate.properties)]);
  return { ok: true, ...storedNode(keep.type, keep.id, parsed.record, evidenceIds, keep.properties) };
}

function actorOf(graph: WorkingGraph, id: string, field: 'keepId' | 'duplicateId', problem: (field: keyof MergeRequest, message: string) => void): StoredNode | undefined {
  const node = graph.node(id);
  if (!node) {
    problem(field, `unknown id "${id}": no actor has it (merged away already? node(id:) shows where it went)`);
    return undefined;
  }
  if (!MERGEABLE.includes(node.type)) {
    problem(field, `"${id}" is ${NODE_KINDS[node.type].noun}; only actors (organisations and people) are merged`);
    return undefined;
  }
  return node;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
