import { checkFirst } from '../../common/connection';
import { NodeType } from '../../common/enums';
import { parseNodeIdOf } from '../../common/node-id';
import type { RequestScope } from '../../context/loaders';
import { badUserInput } from '../../errors';
import { unknownId } from '../common/analysis.arguments';
import { rankBrokers } from './brokers.betweenness';
import type { BrokersRepository } from './brokers.repository';
import { Broker, BrokerRanking } from './brokers.type';

export const MAX_BROKERS = 100;

/**
 * Caps on the subgraph one request analyses in process. Betweenness costs O(actors × (actors + pairs)) and
 * holds the event loop while it runs: at these caps the worst random networks measured (about 1,900
 * actors, 7,500 pairs) took under half a second, and the links travel in one statement of bounded size.
 * Beyond them the request is refused rather than cut: betweenness on part of a network ranks the wrong actors.
 */
export const MAX_COLLABORATION_LINKS = 3_000;
export const MAX_COLLABORATIONS = 10_000;

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
  const result = rankBrokers(network.links, MAX_COLLABORATIONS);
  if (result.kind === 'too-large') throw tooLarge(placeId, `${MAX_COLLABORATIONS} collaborating pairs`);

  scope.loaders.prime(network.actors);
  const actors = new Map(network.actors.map((actor) => [actor.id, actor]));
  return Object.assign(new BrokerRanking(), {
    actorCount: result.actorCount,
    collaborationCount: result.collaborationCount,
    ranking: result.ranking.slice(0, first).map(({ actorId, score, degree }) => Object.assign(new Broker(), { actor: actors.get(actorId)!, score, degree })),
  });
}

function tooLarge(placeId: string | null, what: string) {
  const where = placeId ? `in ${JSON.stringify(placeId)}` : 'of the whole graph';
  const fix = placeId ? 'Pass a smaller place (a governorate) as countryId.' : 'Pass a country as countryId.';
  return badUserInput(`Expected a collaboration network of at most ${what}, the most brokers analyses in one request, but the network ${where} is larger. ${fix}`, { argument: 'countryId' });
}
