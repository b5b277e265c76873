/**
 * Brokers of a collaboration network, by betweenness centrality (Freeman 1977), with Brandes' algorithm as
 * graphology implements it: exact when the network is small enough to follow the shortest paths from every
 * actor, and estimated from a sample of source actors when it is not (Brandes and Pich 2007, as networkx's
 * `betweenness_centrality(k=…)` and Neo4j GDS's `samplingSize` do).
 *
 * The network is the one-mode projection of actor–activity links: two actors are joined when they have a
 * direct relationship to the same event or program, once however many they share. Edges are unweighted:
 * betweenness reads a weight as a distance, and "shares more" should mean closer, not farther, so a
 * weight would rank the wrong way. Actors linked to activities that nobody else shares stay in the
 * network as isolates: they count in the normalisation, as they are part of the population asked about.
 */
import { UndirectedGraph } from 'graphology';
import { Random } from '../../common/random';

/** One direct relationship from an actor to an event or program, as [actorId, activityId]. */
export type CollaborationLink = readonly [actorId: string, activityId: string];

export interface BrokerScore {
  readonly actorId: string;
  /** Normalised betweenness, 0 to 1: the share of shortest paths between other actors that pass through this one. */
  readonly score: number;
  /** How many actors this one shares an event or program with. */
  readonly degree: number;
}

/** What one ranking may spend. */
export interface BetweennessLimits {
  /**
   * Steps of Brandes' search one ranking may take: each source actor costs one step per actor and per pair
   * (a breadth-first search and its accumulation). Every actor is a source when actors × (actors + pairs)
   * fits; otherwise as many as fit, and the scores are estimates.
   */
  readonly maxSteps: number;
  /**
   * The fewest sources an estimate may rest on. A network so large that fewer fit in `maxSteps` is refused:
   * with too few sources the ranking below the first few actors is noise.
   */
  readonly minSources: number;
}

export type BrokerRankingResult =
  | {
    readonly kind: 'ranked';
    readonly actorCount: number;
    readonly collaborationCount: number;
    /** How many actors the shortest paths were followed from: `actorCount` when the scores are exact. */
    readonly sourceCount: number;
    readonly ranking: readonly BrokerScore[];
  }
  /** The projection passed `maxSize` actors and pairs together; nothing was computed. */
  | { readonly kind: 'too-large'; readonly maxSize: number };

/** Scores are rounded so that actors in symmetric positions compare equal whatever the summation order. */
const SCORE_DECIMALS = 1e9;
/** The sample's seed is fixed: the same network always gives the same sources, and so the same ranking. */
const SOURCE_SEED = 0x4a697372;
/** A long ranking gives the event loop back this often, so that other requests are answered meanwhile. */
const YIELD_EVERY_MS = 10;

/** The largest network, in actors and pairs together, that affords `minSources` sources within `maxSteps`. */
export function maxNetworkSize(limits: BetweennessLimits): number {
  return Math.floor(limits.maxSteps / limits.minSources);
}

/** Every actor when all fit in the steps; otherwise as many as fit (at least one). */
export function sourceCountFor(actorCount: number, collaborationCount: number, limits: BetweennessLimits): number {
  return Math.min(actorCount, Math.max(1, Math.floor(limits.maxSteps / (actorCount + collaborationCount))));
}

/**
 * Projects the links onto actors and ranks every actor: highest score first, then highest degree, then id.
 * Refuses (kind 'too-large') as soon as the projection passes the largest network the limits afford, before
 * any centrality work: an event with n actors alone makes n(n-1)/2 pairs.
 */
export async function rankBrokers(links: readonly CollaborationLink[], limits: BetweennessLimits): Promise<BrokerRankingResult> {
  const maxSize = maxNetworkSize(limits);
  const actorsByActivity = new Map<string, Set<string>>();
  const actorIds = new Set<string>();
  for (const [actorId, activityId] of links) {
    actorIds.add(actorId);
    const actors = actorsByActivity.get(activityId) ?? new Set<string>();
    actors.add(actorId);
    actorsByActivity.set(activityId, actors);
  }
  if (actorIds.size > maxSize) return { kind: 'too-large', maxSize };

  const graph = new UndirectedGraph();
  // Sorted insertion makes the computation, the sample and so any floating-point residue the same on every run.
  const ids = [...actorIds].sort();
  for (const actorId of ids) graph.addNode(actorId);
  for (const activityId of [...actorsByActivity.keys()].sort()) {
    const actors = [...actorsByActivity.get(activityId)!].sort();
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        graph.mergeEdge(actors[i]!, actors[j]!);
        if (graph.order + graph.size > maxSize) return { kind: 'too-large', maxSize };
      }
    }
  }

  // graphology's Brandes cannot size its stack for an empty graph; an empty network has nobody to rank.
  if (graph.order === 0) return { kind: 'ranked', actorCount: 0, collaborationCount: 0, sourceCount: 0, ranking: [] };
  const sources = sampleSources(graph.order, sourceCountFor(graph.order, graph.size, limits));
  const scores = await betweenness(graph, ids, sources);
  const ranking = ids.map((actorId, i) => ({
    actorId,
    score: Math.round(scores[i]! * SCORE_DECIMALS) / SCORE_DECIMALS,
    degree: graph.degree(actorId),
  }));
  ranking.sort((a, b) => b.score - a.score || b.degree - a.degree || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
  return { kind: 'ranked', actorCount: graph.order, collaborationCount: graph.size, sourceCount: sources.length, ranking };
}

/** Node indices 0…order-1, all of them, or `count` drawn without replacement (a partial Fisher–Yates shuffle). */
function sampleSources(order: number, count: number): Uint32Array {
  const indices = Uint32Array.from({ length: order }, (_, i) => i);
  if (count >= order) return indices;
  const random = new Random(SOURCE_SEED);
  for (let i = 0; i < count; i++) {
    const j = i + random.int(order - i);
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  // In index order, so that the sums run in the same order as the exact computation's.
  return indices.subarray(0, count).sort();
}

/**
 * Normalised betweenness from the given sources: Brandes' accumulation over a breadth-first search from each,
 * on the graph's adjacency in compressed rows, scaled by order ÷ sources (an unbiased estimate of the exact
 * value, which it is when every node is a source). graphology-metrics computes the same exact values (a
 * unit test holds them equal) but keeps a list of predecessors per node and source; this form allocates
 * nothing per source and finds the predecessors again from the distances, which took the exact scores of
 * Yemen's network at 100k nodes (9,612 actors) from 24.7 to 7.7 s. It counts paths in doubles, where
 * graphology's 32-bit counts would wrap on a dense network.
 */
async function betweenness(graph: UndirectedGraph, ids: readonly string[], sources: Uint32Array): Promise<Float64Array> {
  const order = ids.length;
  const { starts, neighbours } = adjacency(graph, ids);
  const distance = new Int32Array(order);
  const sigma = new Float64Array(order);
  const delta = new Float64Array(order);
  const queue = new Uint32Array(order);
  const centralities = new Float64Array(order);
  let lastYield = performance.now();
  for (const source of sources) {
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    distance[source] = 0;
    sigma[source] = 1;
    queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const next = distance[v]! + 1;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail++] = w;
        }
        if (distance[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    // Farthest first: each node hands its dependency back to the neighbours one step nearer the source.
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const previous = distance[w]! - 1;
      for (let j = starts[w]!, end = starts[w + 1]!; j < end; j++) {
        const v = neighbours[j]!;
        if (distance[v] === previous) delta[v]! += sigma[v]! * coefficient;
      }
      centralities[w]! += delta[w]!;
    }
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  // Each pair is counted from both ends, so the normalisation of an undirected graph has no ½ (as graphology's).
  const scale = order <= 2 ? 1 : (1 / ((order - 1) * (order - 2))) * (order / sources.length);
  for (let i = 0; i < order; i++) centralities[i]! *= scale;
  return centralities;
}

/** The neighbours of ids[i] are the indices neighbours[starts[i]…starts[i+1]). */
function adjacency(graph: UndirectedGraph, ids: readonly string[]): { starts: Uint32Array; neighbours: Uint32Array } {
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const starts = new Uint32Array(ids.length + 1);
  const neighbours = new Uint32Array(graph.size * 2);
  let at = 0;
  ids.forEach((id, i) => {
    starts[i] = at;
    graph.forEachNeighbor(id, (neighbour) => {
      neighbours[at++] = indexOf.get(neighbour)!;
    });
  });
  starts[ids.length] = at;
  return { starts, neighbours };
}
