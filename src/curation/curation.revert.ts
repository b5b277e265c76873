/**
 * Undo: a recorded change applied backwards, as a new recorded change. The target must still be what the
 * change left (same version, or still absent): a revert never overwrites a later edit. A restored
 * relationship is checked again by the seed's end and containment rules, since the graph around it may
 * have moved on; a node is only deleted by a revert while nothing links to it.
 */
import { type RelationType } from '../model/vocabulary';
import { checkContainment, checkEnds } from '../seeds/seed.rules';
import { type WorkingGraph, evidenceIdsOf, snapshotOf } from './curation.graph';
import { parseEvidenceId } from './curation.ids';
import {
  type ChangeOp, type CurationConflict, type CurationProblem, type LocatedQuote, type NodeSnapshot, type RelationshipSnapshot, type StoredChange,
  type Write,
} from './curation.model';
import { type PlanResult, type ReadSpec, currentValues, emptyReadSpec } from './curation.plan';

/** The op that undoes each op. */
const INVERSE: Readonly<Record<ChangeOp, ChangeOp>> = {
  CREATE_NODE: 'DELETE_NODE',
  DELETE_NODE: 'CREATE_NODE',
  UPDATE_NODE: 'UPDATE_NODE',
  ADD_RELATIONSHIP: 'REMOVE_RELATIONSHIP',
  REMOVE_RELATIONSHIP: 'ADD_RELATIONSHIP',
  UPDATE_RELATIONSHIP: 'UPDATE_RELATIONSHIP',
};

const CONTAINMENT = new Set<RelationType>(['PART_OF', 'LOCATED_IN']);

/** What reverting the changes must read: their targets, the ends and quotes of what they restore. */
export function revertReadSpecOf(changes: readonly StoredChange[]): ReadSpec {
  const spec = emptyReadSpec();
  for (const change of changes) {
    for (const state of [change.before, change.after]) {
      if (!state) continue;
      for (const id of evidenceIdsOf(state.properties)) {
        const sourceId = parseEvidenceId(id)?.sourceId;
        if (sourceId) spec.nodeIds.add(sourceId);
      }
      if ('from' in state) {
        spec.relationships.set(change.targetId, { from: state.from, to: state.to });
        spec.nodeIds.add(state.from);
        spec.nodeIds.add(state.to);
        if (CONTAINMENT.has(state.type)) {
          spec.containmentOf.add(state.from);
          spec.containmentOf.add(state.to);
        }
      }
    }
    if (change.target === 'NODE') {
      spec.nodeIds.add(change.targetId);
      if (change.before === null) spec.linksOf.add(change.targetId);
    }
  }
  return spec;
}

/** Plans the reverts of changes, in the order given (a batch is reverted newest change first). */
export function planRevert(changes: readonly StoredChange[], graph: WorkingGraph): PlanResult {
  const writes: Write[] = [];
  const problems: CurationProblem[] = [];
  const conflicts: CurationConflict[] = [];
  const quotes = new Map<string, LocatedQuote>();
  const nodeIds: string[] = [];
  const relationshipIds: string[] = [];

  changes.forEach((change, index) => {
    const label = `revert ${change.id}`;
    const problem = (field: string, message: string) => problems.push({ index, change: label, field, value: change.id, message });
    const current = change.target === 'NODE' ? graph.node(change.targetId) : graph.relationship(change.targetId);
    const left = change.after;
    const unchangedSince = left === null ? current === undefined : current !== undefined && current.version === left.version;
    if (!unchangedSince) {
      conflicts.push({
        index, change: label, id: change.targetId, version: left?.version ?? null, currentVersion: current?.version ?? null,
        current: current ? currentValues(current) : null,
        message: current
          ? `"${change.targetId}" changed since ${change.id} (it is at version ${current.version}, the change left version ${left?.version ?? 'none: it was removed'}); revert the later changes first (see history), or edit it directly`
          : `"${change.targetId}" is gone since ${change.id}; revert its removal first (see history)`,
      });
      return;
    }
    const restored = change.before;
    const op = INVERSE[change.op];
    if (restored === null) {
      if (change.target === 'NODE') {
        const links = graph.linksOf(change.targetId);
        if (links.length > 0) {
          problem('changeId', `reverting ${change.id} deletes "${change.targetId}", which has relationships now (${links.map((link) => link.id).join(', ')}); remove them first, or revert the batch that added them`);
          return;
        }
        writes.push({ target: 'NODE', op, id: change.targetId, before: snapshotOf(graph.node(change.targetId)!), after: null, index, revertOf: change.id });
      } else {
        writes.push({ target: 'RELATIONSHIP', op, id: change.targetId, before: snapshotOf(graph.relationship(change.targetId)!), after: null, index, revertOf: change.id });
      }
      graph.apply(writes.at(-1)!);
      return;
    }
    // Versions only grow, so that an editor who read the state this revert restores cannot mistake it for the same one.
    const version = (current?.version ?? restored.version) + 1;
    for (const evidenceId of evidenceIdsOf(restored.properties)) {
      const quote = quoteOf(evidenceId, graph);
      if (quote) quotes.set(quote.id, quote);
      else problem('changeId', `reverting ${change.id} restores the quote ${evidenceId}, whose source is gone; restore the source first`);
    }
    if ('from' in restored) {
      const relationship = restored as RelationshipSnapshot;
      const missing = [relationship.from, relationship.to].filter((id) => !graph.node(id));
      if (missing.length > 0) {
        problem('changeId', `reverting ${change.id} restores a relationship to ${missing.join(' and ')}, which ${missing.length === 1 ? 'is' : 'are'} gone; restore ${missing.length === 1 ? 'it' : 'them'} first (see history)`);
        return;
      }
      const view = graph.view();
      for (const found of [...checkEnds(relationship, view), ...(current ? [] : checkContainment(relationship, view))]) problem(found.field, found.message);
      if (problems.some((p) => p.index === index)) return;
      const before = current ? snapshotOf(current as RelationshipSnapshot & { id: string }) : null;
      writes.push({ target: 'RELATIONSHIP', op, id: change.targetId, before, after: { ...relationship, version }, index, revertOf: change.id });
      if (!relationshipIds.includes(change.targetId)) relationshipIds.push(change.targetId);
    } else {
      if (problems.some((p) => p.index === index)) return;
      const before = current ? snapshotOf(current as NodeSnapshot & { id: string }) : null;
      writes.push({ target: 'NODE', op, id: change.targetId, before, after: { ...(restored as NodeSnapshot), version }, index, revertOf: change.id });
      if (!nodeIds.includes(change.targetId)) nodeIds.push(change.targetId);
    }
    graph.apply(writes.at(-1)!);
  });
  if (problems.length > 0 || conflicts.length > 0) return { ok: false, problems, conflicts };
  return { ok: true, writes, quotes: [...quotes.values()], nodeIds, relationshipIds };
}

/** A quote an evidence id names, cut from its source's text as the graph holds it now. */
function quoteOf(evidenceId: string, graph: WorkingGraph): LocatedQuote | undefined {
  const parts = parseEvidenceId(evidenceId);
  const source = parts ? graph.node(parts.sourceId) : undefined;
  if (!parts || !source) return undefined;
  return { id: evidenceId, sourceId: parts.sourceId, quote: String(source.properties.text ?? '').slice(parts.start, parts.end), start: parts.start, end: parts.end };
}
