import { Neo4jError, int } from 'neo4j-driver';
import { ErrorCode, JisrError } from '../errors';
import { type ActorCountryTouch, refreshActorCountries } from '../actors/actor-country';
import { DERIVED_PROPERTIES, refreshEventCountries } from '../events/event-country';
import { addEventCounts, tallyEvents } from '../events/event-count';
import { type FunderEventTouch, refreshFunderEvents } from '../funding/funder-event';
import { type FunderTotalTouch, refreshFunderTotals } from '../funding/funder-total';
import { PARTNER_LINK_TYPES, type PartnerLink, refreshPartnerPairsOfLinks } from '../analysis/partner-pairs';
import { type ActorFunderTouch, SUPPORTED_WORK_TYPES, refreshActorFunders } from '../analysis/actor-funders';
import { type ActorPersonTouch, refreshActorPeople } from '../analysis/actor-people';
import { type GraphNodeObject, type StoredProperties, toGraphObject } from '../graph/node-mapper';
import { NODE_LABELS, type NodeType, RELATION_TYPES, type RelationType, nodeTypeOfId, nodeTypeOfLabels } from '../model/vocabulary';
import type { CypherName } from '../neo4j/cypher-registry';
import { deleteRetired } from '../neo4j/derived-migration';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';
import { type GraphEdge } from '../network/graph-element.type';
import { toGraphEdge } from '../network/graph-element.mapper';
import { evidenceIdOf } from '../seeds/seed.model';
import { type ContainmentType } from '../seeds/seed.rules';
import { type Citation, type GraphRead, type StoredNode, type StoredQuote, type StoredRelationship } from './curation.graph';
import { type Author, type ChangeOp, type LocatedQuote, type Properties, type RelationshipSnapshot, type StoredChange, type TargetKind, type Write } from './curation.model';
import { type ReadSpec } from './curation.plan';

/**
 * What the graph stores besides a target's own properties: its id and its version, kept apart in snapshots,
 * and the properties Jisr derives (an event's countryId), which are never a fact an editor reads or writes.
 */
const BOOKKEEPING = new Set(['id', 'version', ...DERIVED_PROPERTIES]);

/** The version a stored target has: absent (never written since the seed load) reads 1. */
function versionOf(properties: StoredProperties): number {
  return typeof properties.version === 'number' ? properties.version : 1;
}

function ownProperties(properties: StoredProperties): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !BOOKKEEPING.has(key)));
}

/** The properties to store: version is left out at 1, so a created node stores what a seeded one does. */
function storedWithVersion(properties: Properties, version: number): Properties {
  return version > 1 ? { ...properties, version } : { ...properties };
}

interface NodeRow { id: string; labels: string[]; properties: StoredProperties }
interface RelationshipRow { id: string; type: string; from: string; to: string; properties: StoredProperties }

/** Sources with the prefix every evidence id of theirs starts with, from the one function that makes those ids. */
function withEvidencePrefix(sourceIds: Iterable<string>): { id: string; prefix: string }[] {
  return [...sourceIds].map((id) => ({ id, prefix: evidenceIdOf(id, 0, 0).replace(/0-0$/, '') }));
}

function toStoredNode(row: NodeRow): StoredNode {
  const type: NodeType | undefined = nodeTypeOfLabels(row.labels);
  if (!type) throw new Error(`Node ${row.id} has none of the labels Jisr knows: ${row.labels.join(', ')}`);
  return { id: row.id, type, labels: row.labels.filter((label) => (NODE_LABELS as readonly string[]).includes(label)), properties: ownProperties(row.properties), version: versionOf(row.properties) };
}

function toStoredRelationship(row: RelationshipRow): StoredRelationship {
  if (!(RELATION_TYPES as readonly string[]).includes(row.type)) throw new Error(`Relationship ${row.id} has the type ${row.type}, which Jisr does not know`);
  return { id: row.id, type: row.type as RelationType, from: row.from, to: row.to, properties: ownProperties(row.properties), version: versionOf(row.properties) };
}

/** A Change node's properties as history reads them. */
function toStoredChange(properties: StoredProperties): StoredChange {
  const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : null);
  return {
    id: String(properties.id), batchId: String(properties.batchId), seq: Number(properties.seq), at: String(properties.at),
    author: String(properties.author), authorKeyId: String(properties.authorKeyId), op: properties.op as ChangeOp,
    target: properties.target as TargetKind, targetId: String(properties.targetId),
    before: json(properties.before), after: json(properties.after), revertOf: typeof properties.revertOf === 'string' ? properties.revertOf : null,
  };
}

/** The Change node a write is recorded as. */
function changeRecord(write: Write, batch: { batchId: string; at: string; author: Author }, seq: number): Record<string, unknown> {
  const record: Record<string, unknown> = {
    // Zero-padded, so that the changes of one batch sort by id in the order they were applied.
    id: `change:${batch.batchId.replace(/^batch:/, '')}:${String(seq).padStart(4, '0')}`,
    batchId: batch.batchId, seq, at: batch.at, author: batch.author.name, authorKeyId: batch.author.keyId,
    op: write.op, target: write.target, targetId: write.id,
  };
  if (write.before) record.before = JSON.stringify(write.before);
  if (write.after) record.after = JSON.stringify(write.after);
  if (write.revertOf) record.revertOf = write.revertOf;
  return record;
}

/** Statements of one curation transaction; every method runs inside it, so a batch lands whole or not at all. */
export class CurationTransaction {
  constructor(private readonly run: StatementRunner) {}

  /** The database's time, as ISO 8601 in UTC. */
  async now(): Promise<string> {
    const [row] = await this.run<{ now: number }>('curation/clock');
    return new Date(Number(row?.now)).toISOString();
  }

  /** Write-locks the nodes, in id order, before they are read. */
  async lock(ids: Iterable<string>): Promise<void> {
    await this.run('curation/lock-nodes', { ids: [...new Set(ids)].sort() });
  }

  /** Everything the spec names, as the graph holds it now. */
  async read(spec: ReadSpec): Promise<GraphRead> {
    const nodeIds = [...spec.nodeIds];
    const relationshipIds = [...spec.relationships.keys()];
    const nodes = nodeIds.length > 0 ? (await this.run<NodeRow>('curation/read-nodes', { ids: nodeIds })).map(toStoredNode) : [];
    const relationships = relationshipIds.length > 0
      ? (await this.run<RelationshipRow>('curation/read-relationships', { relationships: [...spec.relationships].map(([id, ends]) => ({ id, ...ends })) })).map(toStoredRelationship)
      : [];
    const links = spec.linksOf.size > 0 ? (await this.run<RelationshipRow>('curation/read-links', { ids: [...spec.linksOf] })).map(toStoredRelationship) : [];
    const containment = spec.containmentOf.size > 0
      ? await this.run<{ type: ContainmentType; from: string; to: string }>('curation/read-containment', { ids: [...spec.containmentOf] })
      : [];
    const citations = new Map<string, Citation[]>();
    if (spec.citationsOf.size > 0) {
      for (const row of await this.run<{ sourceId: string; target: Citation['target']; id: string }>('curation/read-citations', { sources: withEvidencePrefix(spec.citationsOf) })) {
        citations.set(row.sourceId, [...(citations.get(row.sourceId) ?? []), { target: row.target, id: row.id }]);
      }
    }
    const quotes = new Map<string, StoredQuote[]>();
    if (spec.quotesOf.size > 0) {
      for (const row of await this.run<StoredQuote & { sourceId: string }>('curation/read-quotes', { sources: withEvidencePrefix(spec.quotesOf) })) {
        quotes.set(row.sourceId, [...(quotes.get(row.sourceId) ?? []), { id: row.id, quote: row.quote, start: row.start, end: row.end }]);
      }
    }
    const byId = new Map([...relationships, ...links].map((relationship) => [relationship.id, relationship]));
    return {
      nodes, relationships: [...byId.values()], nodeIdsRead: nodeIds, relationshipIdsRead: relationshipIds, linksReadOf: [...spec.linksOf],
      containment, citations, quotes,
    };
  }

  /**
   * Carries out planned writes in their order (consecutive writes of one kind in one statement), creates the
   * quotes they cite, removes the quotes no fact cites any more, and records one Change per write.
   */
  async apply(writes: readonly Write[], quotes: readonly LocatedQuote[], batch: { batchId: string; at: string; author: Author }): Promise<StoredChange[]> {
    // The events whose count the batch may move, tallied (and locked) before it changes anything.
    const counted = countsTouchedBy(writes);
    const countedBefore = await tallyEvents(this.run, counted, true);
    if (quotes.length > 0) await this.expect('curation/merge-evidence', 'evidence', quotes.map((q) => ({ ...q })), quotes.length);
    for (const group of consecutiveGroups(writes)) await this.applyGroup(group);
    const dropped = new Set<string>();
    for (const write of writes) {
      const after = new Set(evidenceIds(write.after?.properties));
      for (const id of evidenceIds(write.before?.properties)) if (!after.has(id)) dropped.add(id);
    }
    if (dropped.size > 0) await this.run('curation/collect-evidence', { ids: [...dropped] });
    await refreshEventCountries(this.run, chainTouchedBy(writes));
    await addEventCounts(this.run, countedBefore, counted);
    // After the events' countries, which an actor's countries read.
    await refreshActorCountries(this.run, actorsTouchedBy(writes));
    const funding = fundingTouchedBy(writes);
    const { funderIds, areaFunderIds } = await refreshFunderEvents(this.run, funding);
    // After the funders' entries, which the totals add up.
    await refreshFunderTotals(this.run, { ...totalsTouchedBy(writes, funderIds), countryFunderIds: areaFunderIds });
    await refreshPartnerPairsOfLinks(this.run, partnerLinksTouchedBy(writes));
    // After the funders' entries, which an actor's funders read.
    await refreshActorFunders(this.run, actorFundersTouchedBy(writes, funding.anchorIds));
    await refreshActorPeople(this.run, actorPeopleTouchedBy(writes));
    await deleteRetired(this.run);
    const records = writes.map((write, seq) => changeRecord(write, batch, seq));
    if (records.length > 0) await this.expect('curation/record-changes', 'changes', records, records.length);
    return records.map((record) => toStoredChange(record as StoredProperties));
  }

  private async applyGroup(group: readonly Write[]): Promise<void> {
    const [first] = group;
    if (!first) return;
    if (first.target === 'NODE') {
      if (first.after) {
        const nodes = group.map((write) => {
          const after = write.after as NonNullable<Extract<Write, { target: 'NODE' }>['after']>;
          return { id: write.id, labels: after.labels, properties: storedWithVersion(after.properties, after.version) };
        });
        await this.expect(first.before ? 'curation/update-nodes' : 'curation/create-nodes', 'nodes', nodes, nodes.length);
      } else {
        await this.expect('curation/delete-nodes', 'ids', group.map((write) => write.id), group.length);
      }
      return;
    }
    if (first.after) {
      const relationships = group.map((write) => {
        const after = write.after as NonNullable<Extract<Write, { target: 'RELATIONSHIP' }>['after']>;
        return { id: write.id, type: after.type, from: after.from, to: after.to, properties: storedWithVersion(after.properties, after.version) };
      });
      await this.expect('curation/put-relationships', 'relationships', relationships, relationships.length);
    } else {
      const relationships = group.map((write) => {
        const before = write.before as NonNullable<Extract<Write, { target: 'RELATIONSHIP' }>['before']>;
        return { id: write.id, from: before.from, to: before.to };
      });
      await this.expect('curation/delete-relationships', 'relationships', relationships, relationships.length);
    }
  }

  /** Runs a write and checks it wrote every row: a missing end or node must roll the batch back, never pass quietly. */
  private async expect(name: CypherName, param: string, rows: readonly unknown[], count: number): Promise<void> {
    let result: { written?: number; recorded?: number }[];
    try {
      result = await this.run<{ written?: number; recorded?: number }>(name, { [param]: rows });
    } catch (error) {
      throw translateWriteError(error);
    }
    const written = result[0]?.written ?? result[0]?.recorded ?? 0;
    if (written !== count) throw new Error(`${name}: wrote ${written} of ${count} rows; the batch is rolled back.`);
  }

  async changesByIds(ids: readonly string[]): Promise<StoredChange[]> {
    const rows = await this.run<{ change: StoredProperties }>('curation/changes-by-ids', { ids });
    return rows.map((row) => toStoredChange(row.change));
  }

  async changesOfBatch(batchId: string): Promise<StoredChange[]> {
    const rows = await this.run<{ change: StoredProperties }>('curation/changes-of-batch', { batchId });
    return rows.map((row) => toStoredChange(row.change));
  }

  /** The nodes a batch wrote, as they read now (in this transaction, so after the write). */
  async nodes(ids: readonly string[]): Promise<GraphNodeObject[]> {
    if (ids.length === 0) return [];
    const rows = await this.run<{ node: StoredProperties; labels: string[] }>('graph/nodes-by-ids', { ids });
    const byId = new Map(rows.map((row) => [String(row.node.id), toGraphObject(row.node, row.labels)]));
    return ids.map((id) => byId.get(id)).filter((node): node is GraphNodeObject => node !== undefined);
  }

  /** The relationships a batch wrote, as they read now. */
  async relationships(ids: readonly { id: string; from: string; to: string }[]): Promise<GraphEdge[]> {
    if (ids.length === 0) return [];
    const rows = await this.run<RelationshipRow>('curation/read-relationships', { relationships: ids });
    const byId = new Map(rows.map((row) => [row.id, toGraphEdge({ id: row.id, source: row.from, target: row.to, type: row.type as RelationType, props: row.properties })]));
    return ids.map(({ id }) => byId.get(id)).filter((edge): edge is GraphEdge => edge !== undefined);
  }
}

/** A node created by someone else between this batch's read and its write: the unique constraint refuses it. */
function translateWriteError(error: unknown): unknown {
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new JisrError(ErrorCode.CONFLICT, 'Another change created the same id at the same time; read the graph again and retry with another id, or update what is there now.');
  }
  return error;
}

/**
 * The nodes under which a batch may have changed an event's country: events written (an update replaces every
 * property, the derived ones too), places whose kind changed (a place may become a country, or stop being
 * one), and the lower end of every HELD_IN or LOCATED_IN added or removed (the event, or the place whose
 * chain moved). A place created or deleted has no events beneath it but through relationships of the batch.
 */
function chainTouchedBy(writes: readonly Write[]): string[] {
  const ids: string[] = [];
  for (const write of writes) {
    if (write.target === 'NODE') {
      const type = (write.after ?? write.before)?.type;
      if (type === 'EVENT' && write.after) ids.push(write.id);
      if (type === 'PLACE' && write.after && write.before?.properties.kind !== write.after.properties.kind) ids.push(write.id);
      continue;
    }
    const snapshot = write.after ?? write.before;
    const linkChanged = write.before === null || write.after === null;
    if (snapshot && linkChanged && (snapshot.type === 'HELD_IN' || snapshot.type === 'LOCATED_IN')) ids.push(snapshot.from);
  }
  return ids;
}

/**
 * The nodes under which a batch may move an event from one EventCount to another: those under which its country
 * may change (chainTouchedBy), and every event written or deleted (its kind or date, or the event itself).
 */
function countsTouchedBy(writes: readonly Write[]): string[] {
  const events = writes.filter((write) => write.target === 'NODE' && (write.after ?? write.before)?.type === 'EVENT').map((write) => write.id);
  return [...chainTouchedBy(writes), ...events];
}

/**
 * What a batch touched that can move an actor in or out of a country: actors written or deleted and the actors
 * of links added or removed (a position, an organised, partnered or attended event), organisations and places
 * whose chain moved (the lower end of a PART_OF or LOCATED_IN, a place whose kind changed), and events written
 * or re-placed (HELD_IN), whose country the actors active there take.
 */
function actorsTouchedBy(writes: readonly Write[]): ActorCountryTouch {
  const actorIds: string[] = [];
  const chainIds: string[] = [];
  const eventIds: string[] = [];
  for (const write of writes) {
    if (write.target === 'NODE') {
      const type = (write.after ?? write.before)?.type;
      if (type === 'ORGANIZATION' || type === 'PERSON') actorIds.push(write.id);
      if (type === 'EVENT' && write.after) eventIds.push(write.id);
      if (type === 'PLACE' && write.after && write.before?.properties.kind !== write.after.properties.kind) chainIds.push(write.id);
      continue;
    }
    const snapshot = write.after ?? write.before;
    if (!snapshot || (write.before !== null && write.after !== null)) continue;
    switch (snapshot.type) {
      case 'HOLDS_POSITION': case 'ORGANIZED': case 'PARTNERED_WITH': case 'PARTICIPATED_IN': actorIds.push(snapshot.from); break;
      case 'PART_OF': case 'LOCATED_IN': chainIds.push(snapshot.from); break;
      case 'HELD_IN': eventIds.push(snapshot.from); break;
      default: break;
    }
  }
  return { actorIds, chainIds, eventIds };
}

/** The links that make an organisation one of a funder's reached organisations through an event. */
const ORGANIZER_LINK_TYPES: readonly RelationType[] = ['IMPLEMENTED', 'ORGANIZED', 'PARTNERED_WITH'];

/**
 * What a batch touched that can change a funder's events: events written or deleted (their dates and kind are
 * in the entries), events an organisation's link to was added or removed (the entries list the organisations),
 * the programs and events below a FUNDED edge or above a PART_OF edge added or removed (every event at or below
 * them may have gained or lost a funder, or a direct route), and whatever can change
 * an event's country (chainTouchedBy: the entries carry it): the events of a HELD_IN, and the places whose chain
 * or kind changed, every event beneath them.
 */
function fundingTouchedBy(writes: readonly Write[]): FunderEventTouch {
  const eventIds: string[] = [];
  const anchorIds: string[] = [];
  for (const write of writes) {
    if (write.target === 'NODE') {
      if ((write.after ?? write.before)?.type === 'EVENT') eventIds.push(write.id);
      continue;
    }
    const snapshot = write.after ?? write.before;
    if (!snapshot || (write.before !== null && write.after !== null)) continue;
    // An event's entries list the organisations that organised or partnered in it (funderReach's organisations).
    if (ORGANIZER_LINK_TYPES.includes(snapshot.type) && nodeTypeOfId(snapshot.to) === 'EVENT') eventIds.push(snapshot.to);
    const anchor = snapshot.type === 'FUNDED' ? snapshot.to : snapshot.type === 'PART_OF' ? snapshot.from : null;
    const type = anchor ? nodeTypeOfId(anchor) : undefined;
    if (anchor && (type === 'EVENT' || type === 'PROGRAM')) anchorIds.push(anchor);
  }
  return { eventIds, anchorIds, chainIds: chainTouchedBy(writes) };
}

/**
 * What a batch touched that can change a funder's totals beyond its entries (whose funders `entryFunderIds` are):
 * the funder of a FUNDED edge added or removed, and the programs above which funders may have gained or lost a
 * program or an organisation: the upper end of a PART_OF, and the program of an organiser's link (a deleted
 * program or organisation loses its links in the same batch).
 */
function totalsTouchedBy(writes: readonly Write[], entryFunderIds: Iterable<string>): FunderTotalTouch {
  const funderIds = [...entryFunderIds];
  const programIds: string[] = [];
  for (const link of linksAddedOrRemovedBy(writes)) {
    if (link.type === 'FUNDED') funderIds.push(link.from);
    if (link.type === 'PART_OF') programIds.push(link.to);
    if (ORGANIZER_LINK_TYPES.includes(link.type) && nodeTypeOfId(link.to) === 'PROGRAM') programIds.push(link.to);
  }
  return { funderIds, programIds };
}

/**
 * The links a batch added or removed that make partners (PARTNER_LINK_TYPES): every pair's count changes only
 * with one of these, and a deleted actor or activity loses its links in the same batch (deleteNode's cascade).
 */
function partnerLinksTouchedBy(writes: readonly Write[]): PartnerLink[] {
  return actorLinksTouchedBy(writes, PARTNER_LINK_TYPES);
}

/** A batch's added or removed links of `types`, from an actor to an event or program, as (actor, activity). */
function actorLinksTouchedBy(writes: readonly Write[], types: readonly RelationType[]): PartnerLink[] {
  return linksAddedOrRemovedBy(writes)
    .filter((link) => types.includes(link.type))
    .map((link) => ({ actorId: link.from, activityId: link.to }));
}

/**
 * What a batch touched that can change an actor's funders: its links of SUPPORTED_WORK_TYPES added or removed (a
 * deleted actor or activity loses its links in the same batch), and the programs and events whose funding changed
 * (`anchorIds`, as fundingTouchedBy finds them).
 */
function actorFundersTouchedBy(writes: readonly Write[], anchorIds: Iterable<string>): ActorFunderTouch {
  return { actorIds: [], links: actorLinksTouchedBy(writes, SUPPORTED_WORK_TYPES), anchorIds };
}

/**
 * What a batch touched that can change the people tied to an actor: its links of PARTNER_LINK_TYPES to an event,
 * and its HOLDS_POSITION, added or removed (a deleted node loses its links in the same batch).
 */
function actorPeopleTouchedBy(writes: readonly Write[]): ActorPersonTouch {
  const links: { actorId: string; eventId: string }[] = [];
  const positions: { actorId: string; personId: string }[] = [];
  for (const link of linksAddedOrRemovedBy(writes)) {
    if (PARTNER_LINK_TYPES.includes(link.type) && nodeTypeOfId(link.to) === 'EVENT') links.push({ actorId: link.from, eventId: link.to });
    if (link.type === 'HOLDS_POSITION') positions.push({ actorId: link.to, personId: link.from });
  }
  return { actorIds: [], links, positions };
}

/** The relationships a batch added or removed, as they were (an update changes neither its ends nor its type). */
function linksAddedOrRemovedBy(writes: readonly Write[]): RelationshipSnapshot[] {
  return writes.flatMap((write) => (write.target === 'RELATIONSHIP' && (write.before === null || write.after === null) ? [write.after ?? write.before!] : []));
}

function evidenceIds(properties: Properties | undefined): string[] {
  const ids = properties?.evidenceIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** Runs of writes of one target kind and one statement (create, update or delete), in order. */
function consecutiveGroups(writes: readonly Write[]): Write[][] {
  const statementOf = (write: Write) => `${write.target} ${write.before === null} ${write.after === null}`;
  const groups: Write[][] = [];
  for (const write of writes) {
    const last = groups.at(-1)?.[0];
    if (last && statementOf(last) === statementOf(write)) groups.at(-1)!.push(write);
    else groups.push([write]);
  }
  return groups;
}

/** The Cypher of curation: one write transaction per batch, and the reads of history. */
export class CurationRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Runs `work` in one write transaction (retried whole on transient errors such as a deadlock). */
  inWriteTransaction<T>(ctx: QueryContext, work: (tx: CurationTransaction) => Promise<T>): Promise<T> {
    return this.executor.writeTransaction(ctx, (run) => work(new CurationTransaction(run)));
  }

  /** One page of a target's changes, newest first, and how many it has in all. */
  async history(targetId: string, after: { at: string; id: string } | null, limit: number, ctx: QueryContext): Promise<{ changes: StoredChange[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.executor.read<{ change: StoredProperties }>('curation/history-page', { targetId, after, limit: int(limit) }, ctx), // LIMIT needs an integer, not a JS float
      this.executor.read<{ total: number }>('curation/history-count', { targetId }, ctx),
    ]);
    return { changes: rows.map((row) => toStoredChange(row.change)), total: count[0]?.total ?? 0 };
  }
}
