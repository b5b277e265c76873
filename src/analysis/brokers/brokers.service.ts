import type { Actor } from '../../actors/actor.interface';
import { checkFirst } from '../../common/connection';
import { NodeType } from '../../common/enums';
import { parseNodeIdOf } from '../../common/node-id';
import { Semaphore } from '../../common/semaphore';
import type { RequestScope } from '../../context/loaders';
import { badUserInput } from '../../errors';
import { unknownId } from '../common/analysis.arguments';
import { type BetweennessLimits, rankBrokers } from './brokers.betweenness';
import type { BrokersRepository } from './brokers.repository';
import { KeptRankings, type RankingOutcome } from './brokers.rankings';
import { Broker, BrokerRanking } from './brokers.type';

export const MAX_BROKERS = 100;

/**
 * The most actor–activity links one request reads: they travel in one statement (Yemen's 332,728 at a
 * million nodes in 1.4–1.9 s). Beyond them the request is refused rather than cut: betweenness on part of a
 * network ranks the wrong actors.
 */
export const MAX_COLLABORATION_LINKS = 400_000;

/**
 * Up to this many links, the statement brings the actors' properties along (cheaper than a second statement);
 * beyond, the ranking's first actors are read by id once it is known.
 */
const ACTORS_WITH_LINKS_UP_TO = 3_000;

/**
 * What one ranking may compute in process. Betweenness from one source actor costs about actors + pairs
 * steps; 20 million steps took 0.3–0.5 s on the networks of Yemen, Morocco and Lahj at 100k nodes (Yemen's
 * 9,612 actors and 44,979 pairs the largest, 366 sources). A network that fits every actor as a source is
 * ranked exactly (every network of the seed graph); a larger one is estimated from as many sources as fit,
 * and never fewer than 100: with 36 sources, Jordan's network at a million nodes had 2 of the exact first 3
 * and 6 of the first 10; with 91, 3 and 8. Yemen's at a million nodes (93,067 actors, 456,527 pairs) takes
 * its 100 sources in 55 million steps. A larger network than 600,000 actors and pairs is refused.
 */
export const BETWEENNESS_LIMITS: BetweennessLimits = { steps: 20_000_000, minSources: 100, maxSize: 600_000 };

/**
 * One collaboration network is read and ranked at a time in this process; other brokers requests wait their
 * turn. A large network holds a second of CPU and tens of megabytes: ten at once would take the whole
 * process from every other client, where one at a time leaves it the event loop between its slices.
 */
const rankingsAtOnce = new Semaphore(1);

/**
 * The rankings kept for the requests to come, one store per repository: a repository reads one database, and
 * a version names a state of one database.
 */
const keptRankings = new WeakMap<BrokersRepository, KeptRankings>();

function keptRankingsOf(brokers: BrokersRepository): KeptRankings {
  let kept = keptRankings.get(brokers);
  if (!kept) keptRankings.set(brokers, (kept = new KeptRankings()));
  return kept;
}

/**
 * Brokers in the collaboration network: actors joined when they have a direct relationship (organised,
 * partnered in, took part in, funded, implemented) to the same event or program; events do not lend
 * their programs' actors. Within a place (usually a country): its events and the programs they are part
 * of. An unknown place is NOT_FOUND.
 *
 * A network is ranked again only when the graph has changed since its last ranking (src/analysis/brokers/
 * brokers.rankings.ts): the version is read first, one short statement, and a request that reads the version
 * of a kept ranking is answered from it. Requests that wait while a network is ranked find it kept when their
 * turn comes, so ten analysts asking at once cost one ranking.
 */
export async function findBrokers(countryId: string | null | undefined, first: number, brokers: BrokersRepository, scope: RequestScope): Promise<BrokerRanking> {
  const placeId = countryId ? parseNodeIdOf(countryId, [NodeType.PLACE], 'countryId').id : null;
  checkFirst(first, MAX_BROKERS, 'The ranking stops at the first 100 actors; narrow it with countryId.');
  const kept = keptRankingsOf(brokers);
  const version = await brokers.graphVersion(scope.query);
  const outcome = kept.get(placeId, version) ?? await rankingsAtOnce.run(async () => {
    const rankedMeanwhile = kept.get(placeId, version);
    if (rankedMeanwhile) return rankedMeanwhile;
    const computed = await rankNetwork(placeId, brokers, scope);
    kept.set(placeId, version, computed);
    return computed;
  });
  if (outcome.kind === 'refused') throw outcome.refusal();
  const { actorCount, collaborationCount, sourceCount, ranking } = outcome.ranking;
  return Object.assign(new BrokerRanking(), {
    actorCount,
    collaborationCount,
    sourceCount,
    exact: sourceCount === actorCount,
    ranking: ranking.slice(0, first).map((broker) => Object.assign(new Broker(), broker)),
  });
}

/** Reads the place's network and ranks it, down to the longest ranking a request may ask for, or refuses it past the caps. */
async function rankNetwork(placeId: string | null, brokers: BrokersRepository, scope: RequestScope): Promise<RankingOutcome> {
  const network = await brokers.collaborationNetwork(placeId, MAX_COLLABORATION_LINKS + 1, ACTORS_WITH_LINKS_UP_TO, scope.query);
  if (placeId && !network.placeFound) throw unknownId('countryId', placeId, 'place');
  if (network.links.length > MAX_COLLABORATION_LINKS) return refused(() => tooLarge(placeId, `${MAX_COLLABORATION_LINKS} actor–activity links`));
  const result = await rankBrokers(network.links, BETWEENNESS_LIMITS);
  if (result.kind === 'too-large') return refused(() => tooLarge(placeId, `${result.maxSize} actors and collaborating pairs together`));

  scope.loaders.prime(network.actors);
  const top = result.ranking.slice(0, MAX_BROKERS);
  const actors = await scope.loaders.nodes.loadMany(top.map((broker) => broker.actorId));
  return {
    kind: 'ranked',
    ranking: {
      actorCount: result.actorCount,
      collaborationCount: result.collaborationCount,
      sourceCount: result.sourceCount,
      // An actor deleted by a write since the statement read the links is left out, not answered without its actor.
      ranking: top.flatMap(({ score, degree }, i) => {
        const actor = actors[i];
        if (actor instanceof Error) throw actor;
        return actor ? [{ actor: actor as Actor, score, degree }] : [];
      }),
    },
  };
}

const refused = (refusal: () => Error): RankingOutcome => ({ kind: 'refused', refusal });

function tooLarge(placeId: string | null, what: string) {
  const where = placeId ? `in ${JSON.stringify(placeId)}` : 'of the whole graph';
  const fix = placeId ? 'Pass a smaller place (a governorate) as countryId.' : 'Pass a country as countryId.';
  return badUserInput(`Expected a collaboration network of at most ${what}, the most brokers analyses in one request, but the network ${where} is larger. ${fix}`, { argument: 'countryId' });
}
