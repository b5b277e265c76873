import DataLoader from 'dataloader';
import type { RelationType } from '../common/enums';
import type { Evidence, EvidenceContext } from '../evidence/evidence.type';
import type { Direction, GraphRepository, Link } from '../graph/graph.repository';
import type { GraphNodeObject } from '../graph/node-mapper';
import type { QueryContext } from '../neo4j/executor';

const BATCH = { maxBatchSize: 500 };

/**
 * What a service needs of the request it serves: the request's loaders and the query context that names the
 * operation in transaction metadata. Services take this (and the repositories they use), never the whole
 * GraphQL context, so a test can call one with a plain object.
 */
export interface RequestScope {
  readonly loaders: Loaders;
  readonly query: QueryContext;
}

/**
 * The DataLoaders of one request. Every field that follows a relationship goes through one of these, so a
 * resolver level costs one statement however many parents it has (the N+1 problem, solved by batching).
 */
export class Loaders {
  readonly nodes: DataLoader<string, GraphNodeObject | null>;
  readonly evidence: DataLoader<string, Evidence | null>;
  readonly countries: DataLoader<string, GraphNodeObject | null>;
  /** Keyed by `<chars>:<evidence id>`: one statement for every quote's context in a resolver level. */
  readonly evidenceContexts: DataLoader<string, EvidenceContext | null>;
  readonly eventFunders: DataLoader<string, GraphNodeObject[]>;
  private readonly linkLoaders = new Map<string, DataLoader<string, Link[]>>();

  constructor(private readonly graph: GraphRepository, private readonly ctx: QueryContext) {
    this.nodes = new DataLoader(async (ids) => {
      const found = await graph.nodesByIds(ids, ctx);
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH);
    this.evidence = new DataLoader(async (ids) => {
      const found = await graph.evidenceByIds(ids, ctx);
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH);
    this.evidenceContexts = new DataLoader(async (keys) => {
      const items = keys.map((key) => ({ key, chars: Number(key.slice(0, key.indexOf(':'))), id: key.slice(key.indexOf(':') + 1) }));
      const found = await graph.evidenceContexts(items, ctx);
      return keys.map((key) => found.get(key) ?? null);
    }, BATCH);
    this.countries = new DataLoader(async (ids) => {
      const found = await graph.countries(ids, ctx);
      this.prime(found.values());
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH);
    this.eventFunders = new DataLoader(async (ids) => {
      const found = await graph.eventFunders(ids, ctx);
      for (const funders of found.values()) this.prime(funders);
      return ids.map((id) => found.get(id) ?? []);
    }, BATCH);
  }

  /**
   * Remembers nodes a statement already returned, so that resolving them again (by id, or as a link's end)
   * costs no statement. Repositories return finished objects; the service that received them primes once.
   */
  prime(nodes: Iterable<GraphNodeObject | null | undefined>): void {
    for (const node of nodes) if (node) this.nodes.prime(node.id, node);
  }

  /**
   * Forgets everything this request has read. A mutation calls it after its write, so that its answer, and any
   * later field of the same request, reads the graph as the write left it.
   */
  forgetAll(): void {
    this.nodes.clearAll();
    this.evidence.clearAll();
    this.countries.clearAll();
    this.eventFunders.clearAll();
    this.linkLoaders.clear();
  }

  /** The links of a node along relationships of the given types; one loader (one batch) per kind of hop. */
  links(id: string, types: readonly RelationType[], direction: Direction): Promise<Link[]> {
    const key = `${direction}:${[...types].sort().join(',')}`;
    let loader = this.linkLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.graph.links(ids, types, direction, this.ctx);
        for (const links of found.values()) this.prime(links.map((l) => l.node));
        return ids.map((i) => found.get(i) ?? []);
      }, BATCH);
      this.linkLoaders.set(key, loader);
    }
    return loader.load(id);
  }

  /**
   * The evidence records of a fact, in the order its ids list them; ids without a record are skipped. A failed
   * batch rejects (load, not loadMany): an outage must be an error, never an empty list of evidence.
   */
  async evidenceOf(ids: readonly string[]): Promise<Evidence[]> {
    const found = await Promise.all(ids.map((id) => this.evidence.load(id)));
    return found.filter((e): e is Evidence => e !== null);
  }
}
