import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { REPO_ROOT } from '../../src/config';
import { writingDerivedOf } from '../../src/loading/seed-loader';
import { CypherRegistry } from '../../src/neo4j/cypher-registry';
import type { StatementRunner } from '../../src/neo4j/executor';
import { allowsEnds, EVIDENCE_LABEL, labelsOf, NODE_KINDS, nodeTypeOfId, type NodeType, type RelationType } from '../../src/model/vocabulary';
import { evidenceIdOf, relationshipIdOf } from '../../src/seeds/seed.model';
import { blockScoped } from './block-scoped';
import { connect, TEST_DATABASE } from './test-database';

/*
 * Data a test writes into the shared test Neo4j, which other files read in parallel. Its ids come from
 * uniqueId(), so two runs, two files or two tests never meet; it is created in one transaction and
 * removed by id afterwards, and the removal is checked by reading the graph again. Keep an own graph apart
 * from the curated one (no relationship to a seed node): the seed's neighbourhoods, rankings and paths,
 * which other files pin, then keep their answers while it exists.
 */

/** Ids handed out in this process: an own graph may only create (and so only delete) these. */
const issued = new Set<string>();
const RUN = randomBytes(3).toString('hex');
let counter = 0;

/** A fresh id of a node kind, unique per run and per call: `uniqueId('ORGANIZATION', 'funder')` → `org:test-funder-1a2b3c-1`. */
export function uniqueId(type: NodeType, slug = 'node'): string {
  counter += 1;
  const id = `${NODE_KINDS[type].idPrefix}:test-${slug}-${RUN}-${counter}`;
  if (nodeTypeOfId(id) !== type) throw new Error(`Expected a slug of lower-case letters, digits and dashes, but got ${JSON.stringify(slug)}.`);
  issued.add(id);
  return id;
}

/** A verbatim quote of a source's text, located there, as the seed's evidence is. */
export interface OwnQuote {
  readonly sourceId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export interface OwnNode {
  readonly type: NodeType;
  readonly id: string;
  /** Stored properties as a loaded seed node has them (name, nameEn, kind, searchKeys, title, text…). */
  readonly properties: Record<string, unknown>;
  readonly evidence?: readonly OwnQuote[];
}

export interface OwnRelationship {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly properties?: Record<string, unknown>;
  readonly evidence?: readonly OwnQuote[];
}

export interface OwnGraph {
  readonly nodes: readonly OwnNode[];
  readonly relationships?: readonly OwnRelationship[];
}

/** The quote `words` of an own source node, found in its text. */
export function quoteOf(source: OwnNode, words: string): OwnQuote {
  const text = String(source.properties.text ?? '');
  const start = text.indexOf(words);
  if (source.type !== 'SOURCE' || start < 0) throw new Error(`Expected words of the text of a source node, but ${JSON.stringify(words)} is not in ${source.id}.`);
  return { sourceId: source.id, quote: words, start, end: start + words.length };
}

const evidenceIds = (quotes: readonly OwnQuote[] = []) => quotes.map((q) => evidenceIdOf(q.sourceId, q.start, q.end));
const quotesOf = (graph: OwnGraph): OwnQuote[] => [...graph.nodes, ...(graph.relationships ?? [])].flatMap((item) => item.evidence ?? []);

/** Checks an own graph against the vocabulary and the ids this process issued, before any Cypher runs. */
function checkOwnGraph(graph: OwnGraph): void {
  const types = new Map(graph.nodes.map((n) => [n.id, n.type]));
  for (const node of graph.nodes) {
    if (!issued.has(node.id)) throw new Error(`Expected an id made by uniqueId(), but got "${node.id}": own data never touches nodes it did not make.`);
    if (nodeTypeOfId(node.id) !== node.type) throw new Error(`Expected "${node.id}" to be the id of ${NODE_KINDS[node.type].noun}.`);
  }
  for (const rel of graph.relationships ?? []) {
    const [from, to] = [types.get(rel.from), types.get(rel.to)];
    if (!from || !to) throw new Error(`Expected ${rel.type} to join two nodes of the own graph, but got ${rel.from} → ${rel.to}.`);
    if (!allowsEnds(rel.type, from, to)) throw new Error(`${rel.type} cannot go from ${NODE_KINDS[from].noun} to ${NODE_KINDS[to].noun}.`);
  }
  // Evidence ids derive from the source and the offsets: a quote of a seed source could be a seed quote's id.
  for (const quote of quotesOf(graph)) {
    if (types.get(quote.sourceId) !== 'SOURCE') throw new Error(`Expected a quote of a source of the own graph, but got one of "${quote.sourceId}".`);
  }
}

const registry = CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
/** Jisr's named statements inside a test's own transaction, for the refresh of the derived entries. */
const runnerOf = (tx: ManagedTransaction): StatementRunner => async (name, params = {}) => (await tx.run(registry.get(name), registry.paramsOf(name, params))).records.map((r) => r.toObject() as never);

/**
 * Runs `write` (which creates or removes an own graph's nodes) with the derived entries those nodes have (an
 * event's country and its country's counts, an actor's countries, a funder's events), kept as the seed loader
 * keeps them, in the same transaction as the nodes.
 */
const refreshingDerived = (tx: ManagedTransaction, graph: OwnGraph, write: () => Promise<void>) =>
  writingDerivedOf(runnerOf(tx), graph.nodes.map((n) => ({ id: n.id, type: n.type })), write);

/** Every id an own graph holds: its nodes and its evidence. */
function idsOf(graph: OwnGraph): { nodeIds: string[]; evidenceIds: string[] } {
  return { nodeIds: graph.nodes.map((n) => n.id), evidenceIds: [...new Set(evidenceIds(quotesOf(graph)))] };
}

/**
 * Writes an own graph in one transaction (labels and types from the vocabulary, every value a parameter)
 * and returns the function that removes it again. Removal deletes by id only and then re-reads the graph,
 * throwing when anything of it is left.
 */
export async function createOwnGraph(driver: Driver, graph: OwnGraph): Promise<{ remove(): Promise<void> }> {
  checkOwnGraph(graph);
  const evidence = [...new Map(quotesOf(graph).map((q) => [evidenceIdOf(q.sourceId, q.start, q.end), q])).entries()].map(([id, q]) => ({ id, ...q }));
  const nodes = graph.nodes.map((n) => ({ id: n.id, labels: labelsOf(n.type), properties: n.properties, evidenceIds: evidenceIds(n.evidence) }));
  const relationships = (graph.relationships ?? []).map((r) => ({
    id: relationshipIdOf(r.type, r.from, r.to, typeof r.properties?.role === 'string' ? (r.properties.role as string) : undefined),
    type: r.type, from: r.from, to: r.to, properties: r.properties ?? {}, evidenceIds: evidenceIds(r.evidence),
  }));
  const session = driver.session({ database: TEST_DATABASE });
  try {
    await session.executeWrite((tx) => refreshingDerived(tx, graph, async () => {
      await tx.run(`UNWIND $evidence AS ev CREATE (e:${EVIDENCE_LABEL}) SET e = ev`, { evidence });
      await tx.run(
        'UNWIND $nodes AS node CREATE (n:Node) SET n = node.properties, n.id = node.id, n.evidenceIds = node.evidenceIds, n:$(node.labels)',
        { nodes },
      );
      const created = await tx.run(
        `UNWIND $relationships AS rel
         MATCH (a:Node {id: rel.from}), (b:Node {id: rel.to})
         CREATE (a)-[r:$(rel.type)]->(b) SET r = rel.properties, r.id = rel.id, r.evidenceIds = rel.evidenceIds
         RETURN count(r) AS created`,
        { relationships },
      );
      const count = Number(created.records[0]?.get('created') ?? 0);
      if (count !== relationships.length) throw new Error(`Expected to create ${relationships.length} relationships, but created ${count}.`);
    }));
  } finally {
    await session.close();
  }
  return { remove: () => removeOwnGraph(driver, graph) };
}

async function removeOwnGraph(driver: Driver, graph: OwnGraph): Promise<void> {
  const { nodeIds, evidenceIds: evidence } = idsOf(graph);
  const session = driver.session({ database: TEST_DATABASE });
  try {
    await session.executeWrite((tx) => refreshingDerived(tx, graph, async () => {
      await tx.run('MATCH (n:Node) WHERE n.id IN $nodeIds DETACH DELETE n', { nodeIds });
      await tx.run(`MATCH (e:${EVIDENCE_LABEL}) WHERE e.id IN $evidence DETACH DELETE e`, { evidence });
    }));
    const left = await session.executeRead((tx) => tx.run(
      `UNWIND $nodeIds AS id MATCH (n:Node {id: id}) RETURN id
       UNION ALL
       UNWIND $evidence AS id MATCH (e:${EVIDENCE_LABEL} {id: id}) RETURN id
       UNION ALL
       UNWIND $nodeIds AS id MATCH (:ActorCountry {actorId: id}) RETURN id
       UNION ALL
       UNWIND $nodeIds AS id MATCH (:FunderEvent {eventId: id}) RETURN id
       UNION ALL
       UNWIND $nodeIds AS id MATCH (:FunderTotal {funderId: id}) RETURN id
       UNION ALL
       UNWIND $nodeIds AS id MATCH (:PartnerPair {actorId: id}) RETURN id
       UNION ALL
       UNWIND $nodeIds AS id MATCH (:ActorFunder {actorId: id}) RETURN id
       UNION ALL
       UNWIND $nodeIds AS id MATCH (:ActorPerson {actorId: id}) RETURN id`,
      { nodeIds, evidence },
    ));
    const ids = left.records.map((r) => r.get('id') as string);
    if (ids.length > 0) throw new Error(`Own data left in the test database after removal: ${ids.join(', ')}.`);
  } finally {
    await session.close();
  }
}

/**
 * An own graph for the tests of a file or describe block: created in its beforeAll, removed (and the
 * removal checked) in its afterAll, through a driver of its own.
 */
export function withOwnGraph(graph: OwnGraph): void {
  blockScoped(
    'The own graph',
    async () => {
      const core = connect();
      try {
        return { core, own: await createOwnGraph(core.driver, graph) };
      } catch (error) {
        await core.close();
        throw error;
      }
    },
    async ({ core, own }) => {
      try {
        await own.remove();
      } finally {
        await core.close();
      }
    },
  );
}
