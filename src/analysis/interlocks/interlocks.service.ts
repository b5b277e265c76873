import { checkFirst } from '../../common/connection';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../../common/node-id';
import type { RequestScope } from '../../context/loaders';
import { badUserInput } from '../../errors';
import { Event } from '../../events/event.type';
import { unknownId } from '../common/analysis.arguments';
import type { InterlocksProperties, InterlocksRepository } from './interlocks.repository';
import { Interlocks } from './interlocks.type';

/** How many of each list interlocks answers when not asked: enough to read, small enough that two hubs' answer stays bounded. */
export const DEFAULT_INTERLOCKS_FIRST = 20;

/** The most of each list one answer holds; the counts say how many there are. */
export const MAX_INTERLOCKS_FIRST = 1000;

/**
 * What two actors have in common, in one statement: the funders that support work of both, the events
 * and programs both are directly linked to, and the people tied to both. Unknown ids are NOT_FOUND,
 * naming the argument; the same id twice is a BAD_USER_INPUT (an actor has everything in common with itself).
 * `properties` says which lists the request reads more of than ids, and whether it reads the evidence of the links
 * and ties, which then comes in the same statement for the request's evidence loader (InterlocksProperties).
 */
export async function findInterlocks(
  actorId: string, otherId: string, first: number, properties: InterlocksProperties, interlocks: InterlocksRepository, scope: RequestScope,
): Promise<Interlocks> {
  const a = parseNodeIdOf(actorId, ACTOR_NODE_TYPES, 'actorId').id;
  const b = parseNodeIdOf(otherId, ACTOR_NODE_TYPES, 'otherId').id;
  if (a === b) {
    throw badUserInput(`Expected otherId to be another actor than actorId, but both are ${JSON.stringify(a)}.`, { argument: 'otherId' });
  }
  checkFirst(first, MAX_INTERLOCKS_FIRST, 'The counts say how many there are; no list holds more than 1000.');
  const found = await interlocks.interlocks(a, b, first, { ...properties, evidence: properties.evidence && scope.loaders.lookahead }, scope.query);
  const { actor, other, activities, funders, people } = found;
  if (!actor) throw unknownId('actorId', a, 'actor');
  if (!other) throw unknownId('otherId', b, 'actor');
  // Nodes read as ids only must not answer the node loader: another field of the request may ask them for more.
  scope.loaders.prime([
    actor,
    other,
    ...activities.map((shared) => shared.activity),
    ...funders.flatMap((shared) => [shared.funder, ...(properties.funderActivities ? [...shared.actorActivities, ...shared.otherActivities] : [])]),
    ...people.flatMap((shared) => [shared.person, ...(properties.tieEvents ? [...shared.actorTies, ...shared.otherTies].map((tie) => tie.event) : [])]),
  ]);
  if (found.evidence) scope.loaders.primeEvidence(found.evidence);
  const truncated = found.eventCount > first || found.programCount > first || found.funderCount > first || found.personCount > first
    || funders.some((shared) => shared.actorActivityCount > first || shared.otherActivityCount > first)
    || people.some((shared) => shared.actorTieCount > first || shared.otherTieCount > first);
  return Object.assign(new Interlocks(), {
    actor,
    other,
    sharedEvents: activities.filter((shared) => shared.activity instanceof Event),
    sharedEventCount: found.eventCount,
    sharedPrograms: activities.filter((shared) => !(shared.activity instanceof Event)),
    sharedProgramCount: found.programCount,
    sharedFunders: funders,
    sharedFunderCount: found.funderCount,
    sharedPeople: people,
    sharedPersonCount: found.personCount,
    truncated,
  });
}
