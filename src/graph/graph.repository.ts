import { int } from 'neo4j-driver';
import type { RelationType } from '../common/enums';
import { type RedirectRow, followRedirects } from '../curation/merge.repository';
import { Evidence, EvidenceContext } from '../evidence/evidence.type';
import { nodeTypeOfLabels } from '../model/vocabulary';
import type { CypherName } from '../neo4j/cypher-registry';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { Source } from '../sources/source.type';
import { type LinkSpec, linkKey, PARENT_LINKS } from './link-fields';
import { asksNothing, type Lookahead } from './lookahead';
import { type GraphNodeObject, type StoredProperties, storedPropertiesOf, toGraphObject, toNode } from './node-mapper';

/**
 * One relationship seen from one of its ends: the neighbour and the relationship's own properties. A hop the
 * lookahead read bare (`Lookahead.bare`: the operation asks only the ends' ids) holds the neighbour's id and
 * type alone and no relationship property; only the link fields that asked for it ever see it.
 */
export interface Link {
  readonly type: RelationType;
  readonly rel: StoredProperties;
  readonly node: GraphNodeObject;
}

export type Direction = 'outgoing' | 'incoming';

interface NodeRow { node: StoredProperties; labels: string[] }
interface LinkRow extends NodeRow { id: string; type: RelationType; rel: StoredProperties }
/** An evidence record's properties, in the order evidence/evidence-records and graph/lookahead-of-node list them. */
export const EVIDENCE_RECORD_PROPERTIES = ['id', 'sourceId', 'quote', 'start', 'end'] as const satisfies readonly (keyof Evidence)[];
/** A source's metadata (never its text), in the order those statements list it after the record's. */
export const SOURCE_METADATA_PROPERTIES = ['id', 'version', 'title', 'outlet', 'publishedOn', 'publishedOnText', 'language', 'url'] as const satisfies readonly (keyof Source)[];
/**
 * An evidence record and its source's metadata as statements return them (evidence/evidence-records): the values
 * of EVIDENCE_RECORD_PROPERTIES, then those of SOURCE_METADATA_PROPERTIES as a list, null when the source is gone.
 */
export type EvidenceWithSourceRow = readonly unknown[];

/** An evidence record with its source's metadata (the text stays in the database). */
export interface EvidenceWithSource {
  readonly evidence: Evidence;
  readonly source: Source | null;
}

/** A root node with what a lookahead asked of it, each part as the loader that answers it would. */
export interface Prefetched {
  /** The node itself, when asked for (a page has its nodes already). */
  readonly node: GraphNodeObject | null;
  /** The node's evidence ids, when evidence was asked for. */
  readonly evidenceIds: readonly string[];
  /** By `linkKey`, for every hop the lookahead named. */
  readonly links: ReadonlyMap<string, Link[]>;
  /** Every record of the node's `evidenceIds` that exists, when evidence was asked for. */
  readonly evidence: readonly EvidenceWithSource[];
  /** An event's funders when asked for; null otherwise. */
  readonly funders: readonly GraphNodeObject[] | null;
  /** The country of the node or of hop ends, by their id, where asked for. */
  readonly countries: ReadonlyMap<string, GraphNodeObject | null>;
  /** The `parent` hops' links (PARENT_LINKS, by `linkKey`) of hop ends, by their id, where asked for. */
  readonly parents: ReadonlyMap<string, ReadonlyMap<string, Link[]>>;
}

/** One node's answer of graph/lookahead-of-node (its `lookahead` map). */
export interface LookaheadRow {
  id: string;
  node: StoredProperties | null;
  labels: string[];
  evidenceIds: string[];
  outgoing: Omit<LinkRow, 'id'>[];
  incoming: Omit<LinkRow, 'id'>[];
  evidence: EvidenceWithSourceRow[];
  funders: StoredProperties[];
  funderLabels: string[][];
  countries: { id: string; country: StoredProperties | null }[];
  parents: { id: string; links: Omit<LinkRow, 'id'>[] }[];
}

const typesOf = (specs: readonly LinkSpec[], direction: LinkSpec['direction']) =>
  [...new Set(specs.filter((s) => s.direction === direction).flatMap((s) => s.types))];
/** Relationship types whose ends are read bare: in a bare hop, and in no other hop of the plan that reads them whole. */
const bareTypesOf = (plan: Lookahead, direction: LinkSpec['direction']) => {
  const whole = new Set(typesOf(plan.links.filter((spec) => !plan.bare.includes(spec)), direction));
  return typesOf(plan.bare, direction).filter((type) => !whole.has(type));
};
export function evidenceWithSource(row: EvidenceWithSourceRow): EvidenceWithSource {
  const source = row[EVIDENCE_RECORD_PROPERTIES.length] as readonly unknown[] | null;
  return {
    evidence: Object.assign(new Evidence(), storedPropertiesOf(EVIDENCE_RECORD_PROPERTIES, row)),
    source: source ? toNode('SOURCE', storedPropertiesOf(SOURCE_METADATA_PROPERTIES, source)) : null,
  };
}

/** The evidence a statement's answer came with (its `…-with-evidence` form): the ids of what it lists, and their records. */
export interface EvidenceRead {
  readonly ids: readonly string[];
  /** Every record of `ids` that exists, with its source. */
  readonly records: readonly EvidenceWithSource[];
}

/** A `…-with-evidence` row's evidence; null from the plain form, which reads none. */
export const evidenceReadOf = (row: { evidenceIds: readonly string[]; evidence?: readonly EvidenceWithSourceRow[] }): EvidenceRead | null =>
  (row.evidence ? { ids: row.evidenceIds, records: row.evidence.map(evidenceWithSource) } : null);

/** Generic, batched reads of nodes, their relationships and their evidence. */
export class GraphRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * The nodes by id, keyed by the id asked for. An id that names no node may be an actor merged away
   * (mergeActors): it resolves to the actor it went into, so that links and bookmarks to the old id keep
   * working. That costs one more statement per hop, and only when an id was not found.
   */
  async nodesByIds(ids: readonly string[], ctx: QueryContext): Promise<Map<string, GraphNodeObject>> {
    const rows = await this.executor.read<NodeRow>('graph/nodes-by-ids', { ids }, ctx);
    const found = new Map(rows.map((row) => [String(row.node.id), toGraphObject(row.node, row.labels)]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length === 0) return found;
    const redirected = await followRedirects(missing, (params) => this.executor.read<RedirectRow>('curation/merge-redirects', params, ctx));
    for (const [id, row] of redirected) found.set(id, toGraphObject(row.node as StoredProperties, row.labels));
    return found;
  }

  /** Links of each node along relationships of the given types; `types` come from the RelationType enum only. */
  async links(ids: readonly string[], types: readonly RelationType[], direction: Direction, ctx: QueryContext): Promise<Map<string, Link[]>> {
    const rows = await this.executor.read<LinkRow>(direction === 'outgoing' ? 'graph/outgoing' : 'graph/incoming', { ids, types }, ctx);
    const byId = new Map<string, Link[]>();
    for (const row of rows) {
      const list = byId.get(row.id) ?? [];
      list.push({ type: row.type, rel: row.rel, node: toGraphObject(row.node, row.labels) });
      byId.set(row.id, list);
    }
    return byId;
  }

  async countries(ids: readonly string[], ctx: QueryContext): Promise<Map<string, GraphNodeObject | null>> {
    const rows = await this.executor.read<{ id: string; country: StoredProperties | null }>('graph/countries', { ids }, ctx);
    return new Map(rows.map((row) => [row.id, row.country ? toNode('PLACE', row.country) : null]));
  }

  async eventFunders(ids: readonly string[], ctx: QueryContext): Promise<Map<string, GraphNodeObject[]>> {
    const rows = await this.executor.read<{ id: string; funders: StoredProperties[]; labels: string[][] }>('events/event-funders', { ids }, ctx);
    return new Map(rows.map((row) => [row.id, row.funders.map((f, i) => toGraphObject(f, row.labels[i] ?? []))]));
  }

  /** The text around each quote (`chars` on each side), by the key the caller gave the request. */
  async evidenceContexts(items: readonly { key: string; id: string; chars: number }[], ctx: QueryContext): Promise<Map<string, EvidenceContext>> {
    const rows = await this.executor.read<{ key: string } & EvidenceContext>('evidence/evidence-contexts', { items: items.map((i) => ({ ...i, chars: int(i.chars) })) }, ctx);
    return new Map(rows.map(({ key, ...context }) => [key, Object.assign(new EvidenceContext(), context)]));
  }

  /** Evidence records by id, each with its source's metadata, in the same statement. */
  async evidenceWithSources(ids: readonly string[], ctx: QueryContext): Promise<Map<string, EvidenceWithSource>> {
    const rows = await this.executor.read<{ found: EvidenceWithSourceRow }>('evidence/evidence-by-ids', { ids }, ctx);
    return new Map(rows.map(({ found }) => {
      const record = evidenceWithSource(found);
      return [record.evidence.id, record];
    }));
  }

  /**
   * Root nodes with what a lookahead asks of them, in one statement; ids without a node are absent (the node
   * loader, which follows merge redirects, answers those).
   */
  async prefetch(ids: readonly string[], plan: Lookahead, withNodes: boolean, ctx: QueryContext): Promise<Map<string, Prefetched>> {
    const rows = await this.executor.read<{ lookahead: LookaheadRow }>('graph/lookahead', { ids, ...lookaheadParams(plan, withNodes) }, ctx);
    return prefetchedOf(rows.map((row) => row.lookahead), plan);
  }
}

/**
 * The parameters of graph/lookahead-of-node for a plan: the hops' types by direction, each part switched on or
 * off. Pages that read their nodes' lookahead in their own statement pass them too (src/neo4j/composed-statements.ts).
 */
export function lookaheadParams(plan: Lookahead, withNodes: boolean): Record<string, unknown> {
  return {
    withNode: withNodes,
    outgoing: typesOf(plan.links, 'outgoing'),
    incoming: typesOf(plan.links, 'incoming'),
    evidence: plan.evidence,
    funders: plan.funders,
    country: plan.country,
    countryOutgoing: typesOf(plan.countryOf, 'outgoing'),
    countryIncoming: typesOf(plan.countryOf, 'incoming'),
    parentOutgoing: typesOf(plan.parentOf, 'outgoing'),
    parentIncoming: typesOf(plan.parentOf, 'incoming'),
    bareOutgoing: bareTypesOf(plan, 'outgoing'),
    bareIncoming: bareTypesOf(plan, 'incoming'),
  };
}

/**
 * graph/lookahead-of-node's answers, by node id, each part as the loader that answers it would give it. Links
 * come back in the order graph/outgoing and graph/incoming give them, each hop's list cut from one expansion
 * per direction.
 */
export function prefetchedOf(rows: readonly LookaheadRow[], plan: Lookahead): Map<string, Prefetched> {
  return new Map(rows.map((row) => {
    const toLinks = (list: Omit<LinkRow, 'id'>[], spec: LinkSpec): Link[] => list
      .filter((l) => spec.types.includes(l.type))
      .map((l) => ({ type: l.type, rel: l.rel, node: toGraphObject(l.node, l.labels) }));
    const links = new Map(plan.links.map((spec) => [linkKey(spec), toLinks(spec.direction === 'outgoing' ? row.outgoing : row.incoming, spec)]));
    return [row.id, {
      node: row.node ? toGraphObject(row.node, row.labels) : null,
      evidenceIds: row.evidenceIds,
      links,
      evidence: row.evidence.map(evidenceWithSource),
      funders: plan.funders && nodeTypeOfLabels(row.labels) === 'EVENT' ? row.funders.map((f, i) => toGraphObject(f, row.funderLabels[i] ?? [])) : null,
      countries: new Map(row.countries.map((c) => [c.id, c.country ? toNode('PLACE', c.country) : null])),
      parents: new Map(row.parents.map((end) => [end.id, new Map(PARENT_LINKS.map((spec) => [linkKey(spec), toLinks(end.links, spec)]))])),
    } satisfies Prefetched];
  }));
}

/**
 * How a page reads its nodes' lookahead: the page statement alone when the plan asks nothing of them, else its
 * composition with the lookahead (src/neo4j/composed-statements.ts) for the first `shown` nodes, whose row then
 * carries `lookahead` too. One round trip for the page and its nodes' links, instead of two.
 */
export function pageWithLookahead(alone: CypherName, composed: CypherName, plan: Lookahead, shown: number): { name: CypherName; params: Record<string, unknown> } {
  return asksNothing(plan) ? { name: alone, params: {} } : { name: composed, params: { ...lookaheadParams(plan, false), lookaheadFirst: int(shown) } };
}
