/**
 * Brokers of a collaboration network, by betweenness centrality (Freeman 1977; Brandes' algorithm, as
 * graphology-metrics implements it).
 *
 * The network is the one-mode projection of actor–activity links: two actors are joined when they have a
 * direct relationship to the same event or program, once however many they share. Edges are unweighted:
 * betweenness reads a weight as a distance, and "shares more" should mean closer, not farther, so a
 * weight would rank the wrong way. Actors linked to activities that nobody else shares stay in the
 * network as isolates: they count in the normalisation, as they are part of the population asked about.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';

/** One direct relationship from an actor to an event or program, as [actorId, activityId]. */
export type CollaborationLink = readonly [actorId: string, activityId: string];

export interface BrokerScore {
  readonly actorId: string;
  /** Normalised betweenness, 0 to 1: the share of shortest paths between other actors that pass through this one. */
  readonly score: number;
  /** How many actors this one shares an event or program with. */
  readonly degree: number;
}

export type BrokerRankingResult =
  | { readonly kind: 'ranked'; readonly actorCount: number; readonly collaborationCount: number; readonly ranking: readonly BrokerScore[] }
  | { readonly kind: 'too-large'; readonly maxCollaborations: number };

/** Scores are rounded so that actors in symmetric positions compare equal whatever the summation order. */
const SCORE_DECIMALS = 1e9;

/**
 * Projects the links onto actors and ranks every actor: highest score first, then highest degree, then id.
 * Refuses (kind 'too-large') as soon as the projection passes `maxCollaborations` actor pairs, before any
 * centrality work: an event with n actors alone makes n(n-1)/2 pairs, and Brandes' algorithm costs
 * O(actors × pairs).
 */
export function rankBrokers(links: readonly CollaborationLink[], maxCollaborations: number): BrokerRankingResult {
  const actorsByActivity = new Map<string, Set<string>>();
  const actorIds = new Set<string>();
  for (const [actorId, activityId] of links) {
    actorIds.add(actorId);
    const actors = actorsByActivity.get(activityId) ?? new Set<string>();
    actors.add(actorId);
    actorsByActivity.set(activityId, actors);
  }

  const graph = new UndirectedGraph();
  // Sorted insertion makes the computation, and so any floating-point residue, the same on every run.
  for (const actorId of [...actorIds].sort()) graph.addNode(actorId);
  for (const activityId of [...actorsByActivity.keys()].sort()) {
    const actors = [...actorsByActivity.get(activityId)!].sort();
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        graph.mergeEdge(actors[i]!, actors[j]!);
        if (graph.size > maxCollaborations) return { kind: 'too-large', maxCollaborations };
      }
    }
  }

  // graphology's Brandes cannot size its stack for an empty graph; an empty network has nobody to rank.
  if (graph.order === 0) return { kind: 'ranked', actorCount: 0, collaborationCount: 0, ranking: [] };
  const scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const ranking = graph.mapNodes((actorId) => ({
    actorId,
    score: Math.round((scores[actorId] ?? 0) * SCORE_DECIMALS) / SCORE_DECIMALS,
    degree: graph.degree(actorId),
  }));
  ranking.sort((a, b) => b.score - a.score || b.degree - a.degree || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
  return { kind: 'ranked', actorCount: graph.order, collaborationCount: graph.size, ranking };
}
