/**
 * The part of the graph a batch touches, as it stands while the batch is planned: read from Neo4j (under
 * the write locks of the batch's transaction) and then changed in memory by every write the plan makes, so
 * that a later request of the batch sees what an earlier one created, changed or removed.
 */
import { type NodeType, type RelationType } from '../model/vocabulary';
import { CONTAINMENT_TYPES, type ContainmentType, InMemoryGraphView } from '../seeds/seed.rules';
import { type NodeSnapshot, type RelationshipSnapshot, type Write } from './curation.model';

export interface StoredNode extends NodeSnapshot {
  readonly id: string;
}

export interface StoredRelationship extends RelationshipSnapshot {
  readonly id: string;
}

/** A fact whose evidence quotes a source: what keeps the source from being deleted. */
export interface Citation {
  readonly target: 'NODE' | 'RELATIONSHIP';
  readonly id: string;
}

/** What the repository read for a batch. */
export interface GraphRead {
  /** The nodes found among the ids asked for; an id not here is known to be absent. */
  readonly nodes: readonly StoredNode[];
  /** The relationships found among the ids asked for, and every relationship of the nodes whose links were read. */
  readonly relationships: readonly StoredRelationship[];
  /** The ids whose node was asked for (found or not). */
  readonly nodeIdsRead: readonly string[];
  /** The ids whose relationship was asked for (found or not). */
  readonly relationshipIdsRead: readonly string[];
  /** Nodes whose every relationship is among `relationships`. */
  readonly linksReadOf: readonly string[];
  /** The containment relationships above the nodes asked for, all the way up. */
  readonly containment: ReadonlyArray<{ readonly type: ContainmentType; readonly from: string; readonly to: string }>;
  /** Facts citing quotes of the sources asked for, by source id. */
  readonly citations: ReadonlyMap<string, readonly Citation[]>;
  /** The quotes of the sources asked for, by source id (to check a new text keeps them). */
  readonly quotes: ReadonlyMap<string, readonly StoredQuote[]>;
}

/** An Evidence node as stored. */
export interface StoredQuote {
  readonly id: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

const isContainment = (type: RelationType): type is ContainmentType => (CONTAINMENT_TYPES as readonly string[]).includes(type);

export class WorkingGraph {
  private readonly nodes = new Map<string, StoredNode | null>();
  private readonly relationships = new Map<string, StoredRelationship | null>();
  private readonly links = new Map<string, Set<string>>();
  private readonly containment = new Map<string, { type: ContainmentType; from: string; to: string }>();
  /** Targets the batch has written: their state here overrides what was read about them. */
  private readonly touched = new Set<string>();

  constructor(private readonly read: GraphRead) {
    for (const id of read.nodeIdsRead) this.nodes.set(id, null);
    for (const node of read.nodes) this.nodes.set(node.id, node);
    for (const id of read.relationshipIdsRead) this.relationships.set(id, null);
    for (const id of read.linksReadOf) this.links.set(id, new Set());
    for (const relationship of read.relationships) {
      this.relationships.set(relationship.id, relationship);
      this.links.get(relationship.from)?.add(relationship.id);
      this.links.get(relationship.to)?.add(relationship.id);
    }
    for (const edge of read.containment) this.containment.set(`${edge.type} ${edge.from} ${edge.to}`, edge);
  }

  /** The node as it stands now in the batch; undefined when it does not exist. */
  node(id: string): StoredNode | undefined {
    const node = this.nodes.get(id);
    if (node === undefined && !this.nodes.has(id)) throw new Error(`The plan asked for node ${id}, which was not read for this batch.`);
    return node ?? undefined;
  }

  relationship(id: string): StoredRelationship | undefined {
    const relationship = this.relationships.get(id);
    if (relationship === undefined && !this.relationships.has(id)) throw new Error(`The plan asked for relationship ${id}, which was not read for this batch.`);
    return relationship ?? undefined;
  }

  /** Every relationship of a node, in either direction, as it stands now. */
  linksOf(id: string): StoredRelationship[] {
    const ids = this.links.get(id);
    if (!ids) throw new Error(`The plan asked for the links of ${id}, which were not read for this batch.`);
    return [...ids].map((relId) => this.relationships.get(relId)).filter((r): r is StoredRelationship => !!r).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Facts that cite a quote of the source, as they stand now (a batch may have added or removed some). */
  citationsOf(sourceId: string, cites: (evidenceIds: readonly string[]) => boolean): Citation[] {
    const found = new Map<string, Citation>();
    for (const citation of this.read.citations.get(sourceId) ?? []) found.set(`${citation.target} ${citation.id}`, citation);
    const check = (target: Citation['target'], id: string, state: StoredNode | StoredRelationship | null) => {
      const key = `${target} ${id}`;
      if (state && cites(evidenceIdsOf(state.properties))) found.set(key, { target, id });
      else found.delete(key);
    };
    for (const [id, node] of this.nodes) if (this.touched.has(`NODE ${id}`)) check('NODE', id, node);
    for (const [id, relationship] of this.relationships) if (this.touched.has(`RELATIONSHIP ${id}`)) check('RELATIONSHIP', id, relationship);
    return [...found.values()];
  }

  /** The quotes stored for a source before the batch. */
  quotesOf(sourceId: string): readonly StoredQuote[] {
    return this.read.quotes.get(sourceId) ?? [];
  }

  /** What the seed rules need to check a relationship: the kinds of the nodes known here, and the containment chains. */
  view(): InMemoryGraphView {
    const view = new InMemoryGraphView();
    for (const [id, node] of this.nodes) if (node) view.addNode(id, node.type);
    for (const { type, from, to } of this.containment.values()) view.addRelationship(type, from, to);
    return view;
  }

  kindOf(id: string): NodeType | undefined {
    return this.nodes.get(id)?.type;
  }

  /** Applies a planned write to the batch's picture of the graph. */
  apply(write: Write): void {
    this.touched.add(`${write.target} ${write.id}`);
    if (write.target === 'NODE') {
      this.nodes.set(write.id, write.after ? { id: write.id, ...write.after } : null);
      if (!write.before && write.after) this.links.set(write.id, new Set());
      return;
    }
    const was = write.before ?? this.relationships.get(write.id) ?? null;
    if (was) {
      this.links.get(was.from)?.delete(write.id);
      this.links.get(was.to)?.delete(write.id);
      if (isContainment(was.type)) this.containment.delete(`${was.type} ${was.from} ${was.to}`);
    }
    const now = write.after;
    this.relationships.set(write.id, now ? { id: write.id, ...now } : null);
    if (now) {
      this.links.get(now.from)?.add(write.id);
      this.links.get(now.to)?.add(write.id);
      if (isContainment(now.type)) this.containment.set(`${now.type} ${now.from} ${now.to}`, { type: now.type, from: now.from, to: now.to });
    }
  }
}

/** A stored target as a snapshot: the same, without its id (history keeps the id apart). */
export function snapshotOf<T extends { readonly id: string }>(stored: T): Omit<T, 'id'> {
  const { id: _id, ...snapshot } = stored;
  return snapshot;
}

/** The evidence ids stored on a fact. */
export function evidenceIdsOf(properties: Readonly<Record<string, unknown>>): string[] {
  const ids = properties.evidenceIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
