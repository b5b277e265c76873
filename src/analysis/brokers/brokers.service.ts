import { checkFirst } from '../../common/connection';
import { NodeType } from '../../common/enums';
import { parseNodeIdOf } from '../../common/node-id';
import type { RequestScope } from '../../context/loaders';
import { badUserInput } from '../../errors';
import { unknownId } from '../common/analysis.arguments';
import { type BetweennessLimits, rankBrokers } from './brokers.betweenness';
import type { BrokersRepository } from './brokers.repository';
import { Broker, BrokerRanking } from './brokers.type';

export const MAX_BROKERS = 100;

/**
 * The most actor–activity links one request reads: they travel in one statement (150,000 links are about
 * 1.5 s of reading at 100k nodes). Beyond them the request is refused rather than cut: betweenness on part of
 * a network ranks the wrong actors.
 */
export const MAX_COLLABORATION_LINKS = 150_000;

/**
 * What one ranking may compute in process. Betweenness from one source actor costs about actors + pairs
 * steps, and 20 million steps took 0.3–0.5 s on the networks of Yemen, Morocco and Lahj at 100k nodes (9,612
 * actors and 44,979 pairs the largest); the computation gives the event loop back every 10 ms meanwhile. A
 * network that fits every actor as a source is ranked exactly (every network of the seed graph); a larger one
 * is estimated from as many sources as fit, and refused when fewer than 100 do (200,000 actors and pairs).
 */
export const BETWEENNESS_LIMITS: BetweennessLimits = { maxSteps: 20_000_000, minSources: 100 };

/**
 * Brokers in the collaboration network: actors joined when they have a direct relationship (organised,
 * partnered in, took part in, funded, implemented) to the same event or program; events do not lend
 * their programs' actors. Within a place (usually a country): its events and the programs they are part
 * of. An unknown place is NOT_FOUND.
 */
export async function findBrokers(countryId: string | null | undefined, first: number, brokers: BrokersRepository, scope: RequestScope): Promise<BrokerRanking> {
  const placeId = countryId ? parseNodeIdOf(countryId, [NodeType.PLACE], 'countryId').id : null;
  checkFirst(first, MAX_BROKERS, 'The ranking stops at the first 100 actors; narrow it with countryId.');
  const network = await brokers.collaborationNetwork(placeId, MAX_COLLABORATION_LINKS + 1, scope.query);
  if (placeId && !network.placeFound) throw unknownId('countryId', placeId, 'place');
  if (network.links.length > MAX_COLLABORATION_LINKS) throw tooLarge(placeId, `${MAX_COLLABORATION_LINKS} actor–activity links`);
  const result = await rankBrokers(network.links, BETWEENNESS_LIMITS);
  if (result.kind === 'too-large') throw tooLarge(placeId, `${result.maxSize} actors and collaborating pairs together`);

  scope.loaders.prime(network.actors);
  const actors = new Map(network.actors.map((actor) => [actor.id, actor]));
  return Object.assign(new BrokerRanking(), {
    actorCount: result.actorCount,
    collaborationCount: result.collaborationCount,
    sourceCount: result.sourceCount,
    exact: result.sourceCount === result.actorCount,
    ranking: result.ranking.slice(0, first).map(({ actorId, score, degree }) => Object.assign(new Broker(), { actor: actors.get(actorId)!, score, degree })),
  });
}

function tooLarge(placeId: string | null, what: string) {
  const where = placeId ? `in ${JSON.stringify(placeId)}` : 'of the whole graph';
  const fix = placeId ? 'Pass a smaller place (a governorate) as countryId.' : 'Pass a country as countryId.';
  return badUserInput(`Expected a collaboration network of at most ${what}, the most brokers analyses in one request, but the network ${where} is larger. ${fix}`, { argument: 'countryId' });
}
