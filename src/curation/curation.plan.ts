/**
 * Planning a batch: every request checked, in order, against the part of the graph it touches (read under
 * the batch's write locks, then changed by the requests before it), by the seed's own rules; and, when
 * every request passes, the writes that carry it out. A batch is all or nothing, so every problem of every
 * request is collected before anything is written, and one problem refuses the whole batch.
 */
import { isDeepStrictEqual } from 'node:util';
import { NODE_KINDS, type NodeType, type RelationType, nodeTypeOfId } from '../model/vocabulary';
import { relationshipIdOf } from '../seeds/seed.model';
import { type RecordProblem, checkContainment, checkEnds, checkEventDate, checkParticipantCount, checkPublishedOn, checkRelationshipFields } from '../seeds/seed.rules';
import { type EventRecord } from '../seeds/seed.schema';
import { type EvidenceItem, type LocatedProblem, evidenceListProblems, locateEvidence, sourceOfEvidence, sourcesOf } from './curation.evidence';
import { type StoredNode, type StoredRelationship, type WorkingGraph, evidenceIdsOf, snapshotOf } from './curation.graph';
import { derivedNodeId, parseRelationshipId } from './curation.ids';
import {
  type ChangeName, type CurationConflict, type CurationProblem, type CurationRequest, type LocatedQuote, type NodeSnapshot, type Properties,
  type RelationshipSnapshot, type Write,
} from './curation.model';
import {
  type SourceFields, fieldsFrom, parseNodeRecord, parseRelationshipRecord, patched, relationshipFieldsOf, storedNode,
  storedRelationship,
} from './curation.records';

/** The node type each create and update request writes. */
export const NODE_CHANGES: Readonly<Partial<Record<ChangeName, { type: NodeType; create: boolean }>>> = {
  createOrganization: { type: 'ORGANIZATION', create: true },
  updateOrganization: { type: 'ORGANIZATION', create: false },
  createPerson: { type: 'PERSON', create: true },
  updatePerson: { type: 'PERSON', create: false },
  createEvent: { type: 'EVENT', create: true },
  updateEvent: { type: 'EVENT', create: false },
  createProgram: { type: 'PROGRAM', create: true },
  updateProgram: { type: 'PROGRAM', create: false },
  createPlace: { type: 'PLACE', create: true },
  updatePlace: { type: 'PLACE', create: false },
  createSource: { type: 'SOURCE', create: true },
  updateSource: { type: 'SOURCE', create: false },
};

/** What a batch must read before it is planned (and lock: every node here is write-locked first). */
export interface ReadSpec {
  readonly nodeIds: Set<string>;
  /** Relationships by id, with the ends their id names. */
  readonly relationships: Map<string, { from: string; to: string }>;
  /** Nodes whose every relationship must be known (to delete them). */
  readonly linksOf: Set<string>;
  /** Nodes whose containment chains must be known (ends of PART_OF and LOCATED_IN). */
  readonly containmentOf: Set<string>;
  /** Sources whose citing facts must be known (to delete them). */
  readonly citationsOf: Set<string>;
  /** Sources whose stored quotes must be known (their text changes). */
  readonly quotesOf: Set<string>;
}

export function emptyReadSpec(): ReadSpec {
  return { nodeIds: new Set(), relationships: new Map(), linksOf: new Set(), containmentOf: new Set(), citationsOf: new Set(), quotesOf: new Set() };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const evidenceOf = (input: Readonly<Record<string, unknown>>): EvidenceItem[] => (Array.isArray(input.evidence) ? (input.evidence as EvidenceItem[]) : []);
const CONTAINMENT = new Set<RelationType>(['PART_OF', 'LOCATED_IN']);

/** The id a create request gives its node: the one given, else the one derived from its name. */
export function createdIdOf(type: NodeType, input: Readonly<Record<string, unknown>>): string | undefined {
  return str(input.id) ?? derivedNodeId(type, input);
}

/** Everything the requests name, so that one read (under one set of locks) serves the whole plan. */
export function readSpecOf(requests: readonly CurationRequest[]): ReadSpec {
  const spec = emptyReadSpec();
  const addNode = (id: string | undefined) => {
    if (id && nodeTypeOfId(id)) spec.nodeIds.add(id);
  };
  const addRelationship = (id: string, from: string, to: string) => {
    spec.relationships.set(id, { from, to });
    addNode(from);
    addNode(to);
  };
  for (const { change, input } of requests) {
    for (const sourceId of sourcesOf(evidenceOf(input))) addNode(sourceId);
    const node = NODE_CHANGES[change];
    if (node) {
      const id = node.create ? createdIdOf(node.type, input) : str(input.id);
      addNode(id);
      if (id && node.type === 'EVENT') {
        for (const sourceId of sourcesOf(evidenceOf(input))) addRelationship(relationshipIdOf('REPORTED_BY', id, sourceId), id, sourceId);
      }
      if (id && change === 'updateSource' && input.text !== undefined && input.text !== null) spec.quotesOf.add(id);
      continue;
    }
    switch (change) {
      case 'addRelationship': {
        const [type, from, to, role] = [str(input.type), str(input.from), str(input.to), str(input.role)];
        if (!type || !from || !to) break;
        addRelationship(relationshipIdOf(type as RelationType, from, to, role), from, to);
        if (CONTAINMENT.has(type as RelationType)) {
          spec.containmentOf.add(from);
          spec.containmentOf.add(to);
        }
        break;
      }
      case 'updateRelationship':
      case 'removeRelationship': {
        const parts = parseRelationshipId(String(input.id));
        if (parts) addRelationship(String(input.id), parts.from, parts.to);
        break;
      }
      case 'deleteNode': {
        const id = String(input.id);
        if (!nodeTypeOfId(id)) break;
        addNode(id);
        spec.linksOf.add(id);
        if (nodeTypeOfId(id) === 'SOURCE') spec.citationsOf.add(id);
        break;
      }
      default:
        break;
    }
  }
  return spec;
}

/**
 * What only the first read can tell: the source an event being updated is dated against (the source of its
 * first quote), which its date rules need.
 */
export function followUpSpecOf(requests: readonly CurationRequest[], graph: WorkingGraph): ReadSpec {
  const spec = emptyReadSpec();
  for (const { change, input } of requests) {
    if (change !== 'updateEvent' || typeof input.id !== 'string' || nodeTypeOfId(input.id) !== 'EVENT') continue;
    const sourceId = evidenceIdsOf(graph.node(input.id)?.properties ?? {}).map(sourceOfEvidence).find((id) => id !== undefined);
    if (sourceId && graph.kindOf(sourceId) === undefined) spec.nodeIds.add(sourceId);
  }
  return spec;
}

export type PlanResult =
  | { ok: true; writes: Write[]; quotes: LocatedQuote[]; nodeIds: string[]; relationshipIds: string[] }
  | { ok: false; problems: CurationProblem[]; conflicts: CurationConflict[] };

/** Checks every request in order against the graph (which it changes as it goes) and plans the writes. */
export function planBatch(requests: readonly CurationRequest[], graph: WorkingGraph): PlanResult {
  const planner = new BatchPlanner(graph);
  requests.forEach((request, index) => planner.plan(request, index));
  return planner.result();
}

/** Values for messages: what a conflict shows of the target as it is now. */
export function currentValues(state: NodeSnapshot | RelationshipSnapshot): Properties {
  const { text: _text, ...properties } = state.properties;
  return 'from' in state ? { type: state.type, from: state.from, to: state.to, ...properties } : { ...properties };
}

class BatchPlanner {
  private readonly writes: Write[] = [];
  private readonly problems: CurationProblem[] = [];
  private readonly conflicts: CurationConflict[] = [];
  private readonly quotes = new Map<string, LocatedQuote>();
  private readonly nodeIds: string[] = [];
  private readonly relationshipIds: string[] = [];
  /** Nodes whose creation this batch refused: later requests naming them are not blamed for it again. */
  private readonly refusedIds = new Set<string>();

  constructor(private readonly graph: WorkingGraph) {}

  result(): PlanResult {
    if (this.problems.length > 0 || this.conflicts.length > 0) return { ok: false, problems: this.problems, conflicts: this.conflicts };
    return { ok: true, writes: this.writes, quotes: [...this.quotes.values()], nodeIds: this.nodeIds, relationshipIds: this.relationshipIds };
  }

  plan({ change, input }: CurationRequest, index: number): void {
    const refuse = new Refusals(index, change, input);
    const node = NODE_CHANGES[change];
    if (node) {
      if (node.create) this.createNode(node.type, input, refuse);
      else this.updateNode(node.type, input, refuse);
      const id = node.create ? createdIdOf(node.type, input) : undefined;
      if (id && refuse.refused) this.refusedIds.add(id);
    } else {
      switch (change) {
        case 'addRelationship':
          this.addRelationship(input, refuse);
          break;
        case 'updateRelationship':
          this.updateRelationship(input, refuse);
          break;
        case 'removeRelationship':
          this.removeRelationship(input, refuse);
          break;
        case 'deleteNode':
          this.deleteNode(input, refuse);
          break;
        default:
          throw new Error(`No plan for the change ${change}`);
      }
    }
    this.problems.push(...refuse.problems);
    this.conflicts.push(...refuse.conflicts);
  }

  private write(write: Write): void {
    this.graph.apply(write);
    this.writes.push(write);
    const list = write.target === 'NODE' ? this.nodeIds : this.relationshipIds;
    if (write.after && !list.includes(write.id)) list.push(write.id);
  }

  private remember(quotes: readonly LocatedQuote[]): string[] {
    for (const quote of quotes) this.quotes.set(quote.id, quote);
    return quotes.map((quote) => quote.id);
  }

  private createNode(type: NodeType, input: Readonly<Record<string, unknown>>, refuse: Refusals): void {
    const id = createdIdOf(type, input);
    if (id === undefined) {
      const named = type === 'EVENT' ? 'titleEn' : 'nameEn';
      refuse.problem(named, `${JSON.stringify(input[named])} has no Latin letters or digits to make an id of; give an id like "${NODE_KINDS[type].example}"`);
    } else if (input.id === undefined || input.id === null) {
      // A derived id is checked like a given one, but the message says where it came from.
      if (!nodeTypeOfId(id)) refuse.problem('id', `the id "${id}" derived from the name is not a valid id; give an id like "${NODE_KINDS[type].example}"`);
    }
    const parsed = parseNodeRecord(type, fieldsFrom(type, id, input));
    // Without an id the name was already blamed; the schema's "id is missing" would only repeat it.
    if (!parsed.ok) refuse.addAll(parsed.problems.filter((problem) => id !== undefined || problem.field !== 'id'));
    const { quotes, problems, blocked } = type === 'SOURCE' ? { quotes: [], problems: [], blocked: false } : locateEvidence(evidenceOf(input), this.graph, this.refusedIds);
    refuse.addAll(problems);
    if (blocked) refuse.block();
    if (type !== 'SOURCE' && evidenceOf(input).length === 0) refuse.addAll(evidenceListProblems());
    const existing = id !== undefined && nodeTypeOfId(id) ? this.graph.node(id) : undefined;
    if (existing && id) {
      const update = `update${NODE_KINDS[existing.type].typename}`;
      refuse.problem('id', `"${id}" already exists (${NODE_KINDS[existing.type].noun} "${nameOf(existing)}", version ${existing.version}); to change it use ${update}, or give another id`);
    }
    if (!parsed.ok || id === undefined) return;
    refuse.addAll(this.recordRules(type, parsed.record, quotes[0]?.sourceId));
    if (refuse.refused) return;
    const evidenceIds = this.remember(quotes);
    const stored = storedNode(type, id, parsed.record, unique(evidenceIds));
    this.write({ target: 'NODE', op: 'CREATE_NODE', id, before: null, after: { type, labels: stored.labels, properties: stored.properties, version: 1 }, index: refuse.index });
    if (type === 'EVENT') this.reportedBy(id, quotes, refuse.index);
  }

  private updateNode(type: NodeType, input: Readonly<Record<string, unknown>>, refuse: Refusals): void {
    const current = this.existingNode(String(input.id), [type], refuse);
    if (!current || !refuse.versionMatches(current, input.version)) return;
    const fields = patched(type, fieldsFrom(type, current.id, current.properties), input);
    const parsed = parseNodeRecord(type, fields);
    if (!parsed.ok) refuse.addAll(parsed.problems);
    const added = type === 'SOURCE' ? { quotes: [], problems: [], blocked: false } : locateEvidence(evidenceOf(input), this.graph, this.refusedIds);
    refuse.addAll(added.problems);
    if (added.blocked) refuse.block();
    const evidenceIds = type === 'SOURCE' ? [] : this.evidenceAfter(current.properties, added.quotes, input.removeEvidence, refuse);
    if (!parsed.ok || refuse.refused) return;
    const sourceId = evidenceIds.map(sourceOfEvidence).find((id) => id !== undefined);
    refuse.addAll(this.recordRules(type, parsed.record, sourceId));
    if (type === 'SOURCE') refuse.addAll(this.quotesKept(current, (parsed.record as SourceFields).text));
    if (refuse.refused) return;
    this.remember(added.quotes);
    const stored = storedNode(type, current.id, parsed.record, evidenceIds, current.properties);
    if (isDeepStrictEqual(stored.properties, current.properties)) {
      // Nothing to change: no write, no version, no history; the answer still shows the node.
      if (!this.nodeIds.includes(current.id)) this.nodeIds.push(current.id);
      return;
    }
    const before = snapshotOf(current);
    this.write({ target: 'NODE', op: 'UPDATE_NODE', id: current.id, before, after: { ...before, properties: stored.properties, version: current.version + 1 }, index: refuse.index });
    if (type === 'EVENT') this.reportedBy(current.id, added.quotes, refuse.index);
  }

  private addRelationship(input: Readonly<Record<string, unknown>>, refuse: Refusals): void {
    const fields: Record<string, unknown> = {};
    for (const key of ['type', 'from', 'to', 'role', 'title', 'titleEn', 'basis', 'note']) if (input[key] !== undefined && input[key] !== null) fields[key] = input[key];
    const parsed = parseRelationshipRecord(fields);
    if (!parsed.ok) refuse.addAll(parsed.problems);
    const { quotes, problems, blocked } = locateEvidence(evidenceOf(input), this.graph, this.refusedIds);
    refuse.addAll(problems);
    if (blocked) refuse.block();
    if (evidenceOf(input).length === 0) refuse.addAll(evidenceListProblems());
    if (!parsed.ok) return;
    const { record } = parsed;
    refuse.addAll(checkRelationshipFields(record));
    const unknownEnds = (['from', 'to'] as const).filter((end) => !this.graph.node(record[end]));
    for (const end of unknownEnds) {
      if (this.refusedIds.has(record[end])) refuse.block();
      else refuse.problem(end, `unknown id "${record[end]}": no node has it; create it first (earlier in the same batch will do)`);
    }
    if (unknownEnds.length === 0) {
      const view = this.graph.view();
      refuse.addAll(checkEnds(record, view));
      refuse.addAll(checkContainment(record, view));
    }
    const id = relationshipIdOf(record.type, record.from, record.to, record.role);
    const existing = this.graph.relationship(id);
    if (existing) refuse.problem('type', `the relationship "${id}" already exists (version ${existing.version}); add evidence to it with updateRelationship`);
    if (refuse.refused) return;
    const properties = storedRelationship(id, record, unique(this.remember(quotes)));
    this.write({ target: 'RELATIONSHIP', op: 'ADD_RELATIONSHIP', id, before: null, after: { type: record.type, from: record.from, to: record.to, properties, version: 1 }, index: refuse.index });
  }

  private updateRelationship(input: Readonly<Record<string, unknown>>, refuse: Refusals): void {
    const current = this.existingRelationship(String(input.id), refuse);
    if (!current || !refuse.versionMatches(current, input.version)) return;
    const fields = relationshipFieldsOf(current.type, current.from, current.to, current.properties);
    for (const key of ['title', 'titleEn', 'basis', 'note']) {
      if (input[key] === null) delete fields[key];
      else if (input[key] !== undefined) fields[key] = input[key];
    }
    const parsed = parseRelationshipRecord(fields);
    if (!parsed.ok) refuse.addAll(parsed.problems);
    const added = locateEvidence(evidenceOf(input), this.graph, this.refusedIds);
    refuse.addAll(added.problems);
    if (added.blocked) refuse.block();
    const evidenceIds = this.evidenceAfter(current.properties, added.quotes, input.removeEvidence, refuse);
    if (!parsed.ok) return;
    refuse.addAll(checkRelationshipFields(parsed.record));
    if (refuse.refused) return;
    this.remember(added.quotes);
    const properties = storedRelationship(current.id, parsed.record, evidenceIds);
    if (isDeepStrictEqual(properties, current.properties)) {
      if (!this.relationshipIds.includes(current.id)) this.relationshipIds.push(current.id);
      return;
    }
    const before = snapshotOf(current);
    this.write({ target: 'RELATIONSHIP', op: 'UPDATE_RELATIONSHIP', id: current.id, before, after: { ...before, properties, version: current.version + 1 }, index: refuse.index });
  }

  private removeRelationship(input: Readonly<Record<string, unknown>>, refuse: Refusals): void {
    const current = this.existingRelationship(String(input.id), refuse);
    if (!current || !refuse.versionMatches(current, input.version)) return;
    this.write({ target: 'RELATIONSHIP', op: 'REMOVE_RELATIONSHIP', id: current.id, before: snapshotOf(current), after: null, index: refuse.index });
  }

  private deleteNode(input: Readonly<Record<string, unknown>>, refuse: Refusals): void {
    const current = this.existingNode(String(input.id), Object.keys(NODE_KINDS) as NodeType[], refuse);
    if (!current || !refuse.versionMatches(current, input.version)) return;
    const links = this.graph.linksOf(current.id);
    if (links.length > 0 && input.cascade !== true) {
      const described = links.map((link) => describeLink(current.id, link));
      refuse.problem(
        'cascade',
        `"${current.id}" has ${links.length} relationship${links.length === 1 ? '' : 's'}: ${described.map((link) => link.text).join('; ')}. Pass cascade: true to remove them with it, or remove them first`,
        { links: described.map(({ text: _text, ...link }) => link) },
      );
      return;
    }
    for (const link of links) {
      this.write({ target: 'RELATIONSHIP', op: 'REMOVE_RELATIONSHIP', id: link.id, before: snapshotOf(link), after: null, index: refuse.index });
    }
    if (current.type === 'SOURCE') {
      const citing = this.graph.citationsOf(current.id, (ids) => ids.some((evidenceId) => sourceOfEvidence(evidenceId) === current.id));
      if (citing.length > 0) {
        const ids = citing.map((citation) => citation.id);
        refuse.problem('id', `"${current.id}" is quoted by the evidence of ${ids.length} fact${ids.length === 1 ? '' : 's'} (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}); a fact never loses its evidence: take those quotes off the facts (removeEvidence) or delete the facts first`);
        return;
      }
    }
    this.write({ target: 'NODE', op: 'DELETE_NODE', id: current.id, before: snapshotOf(current), after: null, index: refuse.index });
  }

  /** An event is reported by every source that quotes it, as the seed loader derives REPORTED_BY. */
  private reportedBy(eventId: string, quotes: readonly LocatedQuote[], index: number): void {
    const bySource = new Map<string, string[]>();
    for (const quote of quotes) bySource.set(quote.sourceId, unique([...(bySource.get(quote.sourceId) ?? []), quote.id]));
    for (const [sourceId, ids] of bySource) {
      const id = relationshipIdOf('REPORTED_BY', eventId, sourceId);
      const existing = this.graph.relationship(id);
      if (!existing) {
        const properties = storedRelationship(id, { type: 'REPORTED_BY', from: eventId, to: sourceId, basis: 'article', evidence: [] }, ids);
        this.write({ target: 'RELATIONSHIP', op: 'ADD_RELATIONSHIP', id, before: null, after: { type: 'REPORTED_BY', from: eventId, to: sourceId, properties, version: 1 }, index });
        continue;
      }
      const evidenceIds = unique([...evidenceIdsOf(existing.properties), ...ids]);
      if (evidenceIds.length === evidenceIdsOf(existing.properties).length) continue;
      const before = snapshotOf(existing);
      this.write({ target: 'RELATIONSHIP', op: 'UPDATE_RELATIONSHIP', id, before, after: { ...before, properties: { ...existing.properties, evidenceIds }, version: existing.version + 1 }, index });
    }
  }

  /** The evidence ids a fact has after an update: its own, less those taken off, plus the new ones. */
  private evidenceAfter(properties: Properties, added: readonly LocatedQuote[], removeInput: unknown, refuse: Refusals): string[] {
    const own = evidenceIdsOf(properties);
    const removed = Array.isArray(removeInput) ? (removeInput as string[]) : [];
    removed.forEach((id, index) => {
      if (!own.includes(id)) refuse.problem(`removeEvidence[${index}]`, `"${id}" is not evidence of this fact; its evidence is ${own.join(', ') || '(none)'}`);
    });
    const ids = unique([...own.filter((id) => !removed.includes(id)), ...added.map((quote) => quote.id)]);
    if (ids.length === 0) refuse.addAll(evidenceListProblems('removeEvidence'));
    return ids;
  }

  /** The rules of one node record beyond its form, as seed.check.ts applies them to a file's records. */
  private recordRules(type: NodeType, record: unknown, sourceId: string | undefined): RecordProblem[] {
    if (type === 'SOURCE') return checkPublishedOn(record as SourceFields);
    if (type !== 'EVENT') return [];
    const event = record as EventRecord;
    const source = sourceId ? this.graph.node(sourceId) : undefined;
    const publishedOn = typeof source?.properties.publishedOn === 'string' ? source.properties.publishedOn : null;
    return [...checkEventDate(event, { publishedOn }), ...checkParticipantCount(event)];
  }

  /** A source's new text must keep every quote of it at its offsets: the facts rest on those words. */
  private quotesKept(current: StoredNode, text: string): LocatedProblem[] {
    if (current.properties.text === text) return [];
    const quotes = [...this.graph.quotesOf(current.id), ...[...this.quotes.values()].filter((quote) => quote.sourceId === current.id)];
    const moved = quotes.filter((quote) => text.slice(quote.start, quote.end) !== quote.quote);
    if (moved.length === 0) return [];
    const list = moved.slice(0, 5).map((quote) => `${quote.id} "${quote.quote.slice(0, 40)}"`).join(', ');
    return [{ field: 'text', message: `the new text no longer holds ${moved.length} quote${moved.length === 1 ? '' : 's'} of this source at ${moved.length === 1 ? 'its' : 'their'} offsets (${list}${moved.length > 5 ? ', …' : ''}); keep them in place, or correct the facts that quote them first` }];
  }

  private existingNode(id: string, types: readonly NodeType[], refuse: Refusals): StoredNode | undefined {
    const type = nodeTypeOfId(id);
    if (!type || !types.includes(type)) {
      const example = NODE_KINDS[types.length === 1 ? types[0]! : 'ORGANIZATION'].example;
      refuse.problem('id', `expected the id of ${types.length === 1 ? NODE_KINDS[types[0]!].noun : 'a node'}, like "${example}"`);
      return undefined;
    }
    const node = this.graph.node(id);
    if (!node) refuse.problem('id', `unknown id "${id}": no ${NODE_KINDS[type].noun.replace(/^an? /, '')} has it`);
    return node;
  }

  private existingRelationship(id: string, refuse: Refusals): StoredRelationship | undefined {
    if (!parseRelationshipId(id)) {
      refuse.problem('id', 'expected a relationship id like "rel:FUNDED:org:saferworld:program:saned-community-peace" (see GraphEdge.id)');
      return undefined;
    }
    const relationship = this.graph.relationship(id);
    if (!relationship) refuse.problem('id', `unknown relationship "${id}": it does not exist (any more)`);
    return relationship;
  }
}

/** The problems and conflicts of one request, with the value received at each field. */
class Refusals {
  readonly problems: CurationProblem[] = [];
  readonly conflicts: CurationConflict[] = [];

  constructor(readonly index: number, private readonly change: ChangeName, private readonly input: Readonly<Record<string, unknown>>) {}

  private blocked = false;

  get refused(): boolean {
    return this.blocked || this.problems.length > 0 || this.conflicts.length > 0;
  }

  /** Refused because of another request's problem (a node it names whose creation was refused), not one of its own. */
  block(): void {
    this.blocked = true;
  }

  problem(field: string, message: string, extra: Record<string, unknown> = {}): void {
    this.problems.push({ index: this.index, change: this.change, field, value: valueAt(this.input, field) ?? null, message, ...extra });
  }

  addAll(problems: readonly LocatedProblem[]): void {
    for (const { field, message, candidates } of problems) this.problem(field, message, candidates ? { candidates } : {});
  }

  /** Whether the version the editor read is the current one; records the conflict when not. */
  versionMatches(current: StoredNode | StoredRelationship, version: unknown): boolean {
    if (version === current.version) return true;
    this.conflicts.push({
      index: this.index, change: this.change, id: current.id, version: typeof version === 'number' ? version : null,
      currentVersion: current.version, current: currentValues(current),
      message: `"${current.id}" is at version ${current.version}, but this change was made on version ${String(version)}: someone changed it since. Read it again, redo the change on what it is now, and send version ${current.version}`,
    });
    return false;
  }
}

/** The value at a dotted field path (`evidence[0].start`) of a request's input. */
function valueAt(input: unknown, field: string): unknown {
  let value: unknown = input;
  for (const key of field.split(/[.[\]]+/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function describeLink(id: string, link: StoredRelationship): { id: string; type: RelationType; direction: 'OUTGOING' | 'INCOMING'; otherId: string; text: string } {
  const outgoing = link.from === id;
  const otherId = outgoing ? link.to : link.from;
  return { id: link.id, type: link.type, direction: outgoing ? 'OUTGOING' : 'INCOMING', otherId, text: `${link.type} ${outgoing ? '→' : '←'} ${otherId}` };
}

function nameOf(node: StoredNode): string {
  return String(node.properties.name ?? node.properties.title ?? node.id);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
