import { LRUCache } from 'lru-cache';
import type { Actor } from '../../actors/actor.interface';

/** A network's ranking as a request answers it, down to the longest ranking a request may ask for. */
export interface KeptRanking {
  readonly actorCount: number;
  readonly collaborationCount: number;
  readonly sourceCount: number;
  readonly ranking: readonly { readonly actor: Actor; readonly score: number; readonly degree: number }[];
}

/** What a network's last computation gave: its ranking, or the refusal of a network past the caps. */
export type RankingOutcome =
  | { readonly kind: 'ranked'; readonly ranking: KeptRanking }
  // Each request is refused with an error of its own: GraphQL errors carry their request's path.
  | { readonly kind: 'refused'; readonly refusal: () => Error };

/**
 * The rankings computed lately, by place, each under the graph version read before its network was
 * (Neo4jExecutor.graphVersion). A ranking is answered again only to a request that reads the same version:
 * no write has committed since, so the network, the ranking and its actors are what a new computation would
 * give. Any write makes the next request compute again. A refusal is kept the same way: refusing the whole
 * million-node graph reads 400,001 links first (1.1–2.4 s).
 *
 * Up to 64 places are kept: each holds at most the first 100 actors (MAX_BROKERS), not the network.
 */
export class KeptRankings {
  private readonly byPlace = new LRUCache<string, { version: string; outcome: RankingOutcome }>({ max: 64 });

  /** The outcome kept for the place under this version, if any. */
  get(placeId: string | null, version: string): RankingOutcome | undefined {
    const kept = version === '' ? undefined : this.byPlace.get(keyOf(placeId));
    return kept?.version === version ? kept.outcome : undefined;
  }

  /** Keeps the outcome for the place under the version read before its network; an empty version keeps nothing. */
  set(placeId: string | null, version: string, outcome: RankingOutcome): void {
    if (version !== '') this.byPlace.set(keyOf(placeId), { version, outcome });
  }
}

/** The whole graph is a place of its own: no place id is empty. */
const keyOf = (placeId: string | null) => placeId ?? '';
