/**
 * Brokers of a collaboration network, by betweenness centrality (Freeman 1977) with Brandes' algorithm:
 * exact when the network is small enough to follow the shortest paths from every actor, and estimated from
 * a sample of source actors when it is not (Brandes and Pich 2007, as networkx's `betweenness_centrality(k=…)`
 * and Neo4j GDS's `samplingSize` do).
 *
 * The network is the one-mode projection of actor–activity links: two actors are joined when they have a
 * direct relationship to the same event or program, once however many they share. Edges are unweighted:
 * betweenness reads a weight as a distance, and "shares more" should mean closer, not farther, so a
 * weight would rank the wrong way. Actors linked to activities that nobody else shares stay in the
 * network as isolates: they count in the normalisation, as they are part of the population asked about.
 */
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
   * Steps of Brandes' search a ranking aims at: each source actor costs one step per actor and per pair (a
   * breadth-first search and its accumulation). Every actor is a source when actors × (actors + pairs) fits;
   * otherwise as many as fit, and the scores are estimates.
   */
  readonly steps: number;
  /**
   * The fewest sources an estimate rests on, even when they take more than `steps`: with fewer, even the
   * first few of the ranking drift from the exact one (docs/benchmarks.md, eighteenth round).
   */
  readonly minSources: number;
  /** The largest network ranked, in actors and pairs together; a larger one is refused. */
  readonly maxSize: number;
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

/** Every actor when all fit in the steps; otherwise as many as fit, but at least `minSources`. */
function sourceCountFor(actorCount: number, collaborationCount: number, limits: BetweennessLimits): number {
  return Math.min(actorCount, Math.max(limits.minSources, Math.floor(limits.steps / (actorCount + collaborationCount))));
}

/**
 * Projects the links onto actors and ranks every actor: highest score first, then highest degree, then id.
 * Refuses (kind 'too-large') as soon as the projection passes `maxSize` actors and pairs, before any
 * centrality work: an event with n actors alone makes n(n-1)/2 pairs.
 */
export async function rankBrokers(links: readonly CollaborationLink[], limits: BetweennessLimits): Promise<BrokerRankingResult> {
  const { maxSize } = limits;
  const network = await project(links, maxSize);
  if (network === null) return { kind: 'too-large', maxSize };
  const { ids, starts, pairCount } = network;
  if (ids.length === 0) return { kind: 'ranked', actorCount: 0, collaborationCount: 0, sourceCount: 0, ranking: [] };

  const sources = sampleSources(ids.length, sourceCountFor(ids.length, pairCount, limits));
  const scores = await betweenness(network, sources);
  const ranking = ids.map((actorId, i) => ({
    actorId,
    score: Math.round(scores[i]! * SCORE_DECIMALS) / SCORE_DECIMALS,
    degree: starts[i + 1]! - starts[i]!,
  }));
  ranking.sort((a, b) => b.score - a.score || b.degree - a.degree || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
  return { kind: 'ranked', actorCount: ids.length, collaborationCount: pairCount, sourceCount: sources.length, ranking };
}

/**
 * The one-mode projection in compressed rows: the collaborators of actor `ids[i]` are the indices
 * `neighbours[starts[i]…starts[i+1])`, in index order. Actors are indexed in id order, which makes the
 * computation, the sample and so any floating-point residue the same on every run.
 */
interface Projection {
  readonly ids: readonly string[];
  readonly starts: Uint32Array;
  readonly neighbours: Uint32Array;
  readonly pairCount: number;
}

/**
 * Built with numbers rather than a graph library's nodes and edges: graphology's `mergeEdge` took 2.2 s for
 * the 456,527 pairs of Yemen's network at a million nodes. Null as soon as actors and pairs pass `maxSize`.
 */
async function project(links: readonly CollaborationLink[], maxSize: number): Promise<Projection | null> {
  const pause = pauser();
  const ids = [...new Set(links.map(([actorId]) => actorId))].sort();
  if (ids.length > maxSize) return null;
  const order = ids.length;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const actorsByActivity = new Map<string, number[]>();
  for (const [actorId, activityId] of links) {
    const actor = indexOf.get(actorId)!;
    const actors = actorsByActivity.get(activityId);
    if (actors) actors.push(actor);
    else actorsByActivity.set(activityId, [actor]);
  }
  // Each pair once however many activities the two share, as lower × order + higher.
  const pairs = new Set<number>();
  for (const actors of actorsByActivity.values()) {
    for (let a = 0; a < actors.length; a++) {
      for (let b = a + 1; b < actors.length; b++) {
        const [i, j] = [actors[a]!, actors[b]!];
        if (i === j) continue;
        pairs.add(i < j ? i * order + j : j * order + i);
      }
      if (order + pairs.size > maxSize) return null;
    }
    const pausing = pause();
    if (pausing) await pausing;
  }
  // In key order, each actor's lower collaborators come before its higher ones, both ascending.
  const keys = Float64Array.from(pairs).sort();
  const starts = new Uint32Array(order + 1);
  for (const key of keys) {
    const lower = Math.floor(key / order);
    starts[lower + 1]!++;
    starts[key - lower * order + 1]!++;
  }
  for (let i = 0; i < order; i++) starts[i + 1]! += starts[i]!;
  const next = starts.slice(0, order);
  const neighbours = new Uint32Array(keys.length * 2);
  for (const key of keys) {
    const lower = Math.floor(key / order);
    const higher = key - lower * order;
    neighbours[next[lower]!++] = higher;
    neighbours[next[higher]!++] = lower;
  }
  return { ids, starts, neighbours, pairCount: keys.length };
}

/**
 * A pause that gives the event loop back when YIELD_EVERY_MS have passed since the last; otherwise undefined,
 * which a caller in a tight loop need not await (an await is a microtask each time).
 */
function pauser(): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last <= YIELD_EVERY_MS) return undefined;
    return new Promise<void>((resolve) => setImmediate(() => {
      last = performance.now();
      resolve();
    }));
  };
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
async function betweenness({ ids, starts, neighbours }: Projection, sources: Uint32Array): Promise<Float64Array> {
  const order = ids.length;
  const distance = new Int32Array(order);
  const sigma = new Float64Array(order);
  const delta = new Float64Array(order);
  const queue = new Uint32Array(order);
  const centralities = new Float64Array(order);
  const pause = pauser();
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
    await pause();
  }
  // Each pair is counted from both ends, so the normalisation of an undirected graph has no ½ (as graphology's).
  const scale = order <= 2 ? 1 : (1 / ((order - 1) * (order - 2))) * (order / sources.length);
  for (let i = 0; i < order; i++) centralities[i]! *= scale;
  return centralities;
}
