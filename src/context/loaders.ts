import DataLoader from 'dataloader';
import type { RelationType } from '../common/enums';
import type { Evidence, EvidenceContext } from '../evidence/evidence.type';
import type { Direction, EvidenceRead, EvidenceWithSource, GraphRepository, Link, Prefetched } from '../graph/graph.repository';
import { type LinkSpec, linkKey, PARENT_LINKS } from '../graph/link-fields';
import { asksNothing, type Lookahead, NOTHING_AHEAD } from '../graph/lookahead';
import type { GraphNodeObject } from '../graph/node-mapper';
import type { QueryContext } from '../neo4j/executor';
import type { Source } from '../sources/source.type';

const BATCH = { maxBatchSize: 500 };

/** A fact's evidence records: at once when statements of the request read them all, else once loaded. */
export type EvidenceList = Evidence[] | Promise<Evidence[]>;

/** An evidence id asked of the evidence loader before any statement had read it: its record is the loader's. */
const LOADED = Symbol('loaded');

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
  /**
   * Evidence records that statements of this request read with what they list (primeEvidence), each with the source
   * it was read with (sourceReadWith), by id; null for an id without a record; LOADED for an id the loader was asked
   * first, which then keeps its answer, as DataLoader's own cache does. A fact whose records are all here has its
   * evidence at once (evidenceOf), and graphql-js completes them without a promise each: a page of 50 flows lists
   * about 360.
   */
  private readonly evidenceRead = new Map<string, EvidenceWithSource | null | typeof LOADED>();
  /**
   * Whether root fields prefetch what their selection asks for (`prefetch`). Only tests switch it off, to show
   * that the answers are the same either way.
   */
  lookahead = true;

  constructor(private readonly graph: GraphRepository, private readonly ctx: QueryContext) {
    this.nodes = new DataLoader(async (ids) => {
      const found = await graph.nodesByIds(ids, ctx);
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH);
    this.evidence = new DataLoader(async (ids) => {
      const found = await graph.evidenceWithSources(ids, ctx);
      // The sources came along: `evidence { source { … } }` then costs no statement of its own.
      this.prime([...found.values()].map((f) => f.source));
      return ids.map((id) => found.get(id)?.evidence ?? null);
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
    this.evidenceRead.clear();
    this.countries.clearAll();
    this.eventFunders.clearAll();
    this.linkLoaders.clear();
  }

  /**
   * The links of a node along relationships of the given types; one loader (one batch) per kind of hop. For use
   * outside a GraphQL operation's fields (exports): inside one, a hop the lookahead read bare holds ends with their
   * id alone.
   */
  links(id: string, types: readonly RelationType[], direction: Direction): Promise<Link[]> {
    return this.linkLoader({ types, direction }).load(id);
  }

  /** The links a link field follows (src/graph/link-fields.ts): the same hop the lookahead primes. */
  follow(id: string, spec: LinkSpec): Promise<Link[]> {
    return this.linkLoader(spec).load(id);
  }

  private linkLoader(spec: LinkSpec): DataLoader<string, Link[]> {
    const key = linkKey(spec);
    let loader = this.linkLoaders.get(key);
    if (!loader) {
      const { types, direction } = spec;
      loader = new DataLoader(async (ids) => {
        const found = await this.graph.links(ids, types, direction, this.ctx);
        for (const links of found.values()) this.prime(links.map((l) => l.node));
        return ids.map((i) => found.get(i) ?? []);
      }, BATCH);
      this.linkLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Reads root nodes with what a root field's selection asks of them (src/graph/lookahead.ts) in one statement,
   * and primes this request's loaders with all of it, so that the field resolvers below find it without a
   * statement of their own. Answers the nodes found, by id; an id without a node is left to `nodes`.
   */
  async prefetch(ids: readonly string[], plan: Lookahead): Promise<Map<string, GraphNodeObject>> {
    const found = await this.prefetched(ids, plan, true);
    return new Map([...found].flatMap(([id, { node }]) => (node ? [[id, node] as const] : [])));
  }

  /** As `prefetch`, for nodes a page has read already: their properties are not read again. */
  async prefetchAround(nodes: readonly { readonly id: string }[], plan: Lookahead): Promise<void> {
    await this.prefetched(nodes.map((n) => n.id), plan, false);
  }

  /** What a page should read of its nodes with them (src/graph/graph.repository.ts `pageWithLookahead`): nothing when the lookahead is off. */
  aheadOfPage(plan: Lookahead): Lookahead {
    return this.lookahead ? plan : NOTHING_AHEAD;
  }

  /** Primes this request's loaders with what a page's statement read of its nodes' lookahead. */
  primeAhead(found: ReadonlyMap<string, Prefetched>, plan: Lookahead): void {
    for (const [id, prefetched] of found) this.primePrefetched(id, prefetched, plan);
  }

  private async prefetched(ids: readonly string[], plan: Lookahead, withNodes: boolean): Promise<Map<string, Prefetched>> {
    if (!this.lookahead || ids.length === 0 || asksNothing(plan)) return new Map();
    const found = await this.graph.prefetch(ids, plan, withNodes, this.ctx);
    this.primeAhead(found, plan);
    return found;
  }

  private primePrefetched(id: string, { node, evidenceIds, links, evidence, funders, countries, parents }: Prefetched, plan: Lookahead): void {
    this.prime([node]);
    for (const spec of plan.links) {
      const list = links.get(linkKey(spec)) ?? [];
      // Bare ends (their id alone) answer the fields that asked for them, never a node read by id.
      if (!plan.bare.includes(spec)) this.prime(list.map((l) => l.node));
      this.linkLoader(spec).prime(id, list);
    }
    if (plan.evidence) this.primeEvidence({ ids: evidenceIds, records: evidence });
    if (funders) {
      this.prime(funders);
      this.eventFunders.prime(id, [...funders]);
    }
    for (const [of, country] of countries) {
      this.prime([country]);
      this.countries.prime(of, country);
    }
    for (const [of, byHop] of parents) {
      for (const spec of PARENT_LINKS) {
        const list = byHop.get(linkKey(spec)) ?? [];
        this.prime(list.map((l) => l.node));
        this.linkLoader(spec).prime(of, list);
      }
    }
  }

  /**
   * Remembers the evidence records a statement read for these ids, with their sources, so that `evidence` fields
   * find them without a statement of their own. An id without a record is remembered as missing: evidenceOf skips
   * it, as the loader would have.
   */
  primeEvidence({ ids, records }: EvidenceRead): void {
    const byId = new Map(records.map((e) => [e.evidence.id, e]));
    for (const evidenceId of ids) {
      const found = byId.get(evidenceId);
      this.evidence.prime(evidenceId, found?.evidence ?? null);
      this.prime([found?.source]);
      if (!this.evidenceRead.has(evidenceId)) this.evidenceRead.set(evidenceId, found ?? null);
    }
  }

  /**
   * The evidence records of a fact, in the order its ids list them; ids without a record are skipped. At once when
   * statements of this request read them all; else through the loader, whose failed batch rejects (load, not
   * loadMany): an outage must be an error, never an empty list of evidence.
   */
  evidenceOf(ids: readonly string[]): EvidenceList {
    const read: Evidence[] = [];
    for (const id of ids) {
      const record = this.evidenceRead.get(id);
      if (record === undefined || record === LOADED) return this.loadEvidence(ids);
      if (record) read.push(record.evidence);
    }
    return read;
  }

  /** The source an evidence record was read with (primeEvidence); undefined when Evidence.source must load it. */
  sourceReadWith(evidence: Evidence): Source | undefined {
    const read = this.evidenceRead.get(evidence.id);
    return read && read !== LOADED && read.evidence === evidence ? read.source ?? undefined : undefined;
  }

  private async loadEvidence(ids: readonly string[]): Promise<Evidence[]> {
    for (const id of ids) if (!this.evidenceRead.has(id)) this.evidenceRead.set(id, LOADED);
    const found = await Promise.all(ids.map((id) => this.evidence.load(id)));
    return found.filter((e): e is Evidence => e !== null);
  }
}
