import { int } from 'neo4j-driver';
import type { RelationType } from '../common/enums';
import { type RedirectRow, followRedirects } from '../curation/merge.repository';
import { Evidence, EvidenceContext } from '../evidence/evidence.type';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { type GraphNodeObject, type StoredProperties, toGraphObject, toNode } from './node-mapper';

/** One relationship seen from one of its ends: the neighbour and the relationship's own properties. */
export interface Link {
  readonly type: RelationType;
  readonly rel: StoredProperties;
  readonly node: GraphNodeObject;
}

export type Direction = 'outgoing' | 'incoming';

interface NodeRow { node: StoredProperties; labels: string[] }
interface LinkRow extends NodeRow { id: string; type: RelationType; rel: StoredProperties }

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

  async evidenceByIds(ids: readonly string[], ctx: QueryContext): Promise<Map<string, Evidence>> {
    const rows = await this.executor.read<{ evidence: Evidence }>('evidence/evidence-by-ids', { ids }, ctx);
    return new Map(rows.map(({ evidence }) => [evidence.id, Object.assign(new Evidence(), evidence)]));
  }
}
