import { checkFirst } from '../../common/connection';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../../common/node-id';
import type { RequestScope } from '../../context/loaders';
import { unknownId } from '../common/analysis.arguments';
import type { PartnersRepository } from './partners.repository';
import { Partner } from './partners.type';

/** A ranking, not a list to page through: past the first hundred, shared counts say little. */
export const MAX_PARTNERS = 100;

/** A page of one partner's shared activities: enough to read, small enough that a hub's answer stays bounded. */
export const MAX_SHARED = 1000;

/**
 * How many shared activities the statement lists per partner, from the `first` of each `shared` field the
 * request selects (one per alias; null or undefined when left out): all (null) when any asks for all, else the
 * largest, which every field then cuts to its own; 0 when no `shared` is selected. Each `first` is checked here,
 * once for the request, rather than once per partner by the field.
 */
export function sharedLimitOf(sharedFirsts: readonly (number | null | undefined)[]): number | null {
  const given = sharedFirsts.filter((first): first is number => first !== null && first !== undefined);
  for (const first of given) checkFirst(first, MAX_SHARED, 'Leave first out to list every shared activity; sharedCount counts them all.');
  return given.length < sharedFirsts.length ? null : Math.max(0, ...given);
}

/**
 * The actors that share events or programs with an actor, most shared first, then by id. Sharing means
 * both have a direct relationship (organised, partnered in, took part in, funded, implemented) to the
 * same event or program; an unknown actor is NOT_FOUND, not an empty list. `sharedFirsts` are the page
 * sizes the request's `shared` fields ask for (sharedLimitOf); `withEvidence`, whether it reads the links'
 * evidence, which then comes in the same statement for the request's evidence loader.
 */
export async function findPartners(
  actorId: string, first: number, sharedFirsts: readonly (number | null | undefined)[], withEvidence: boolean, partners: PartnersRepository, scope: RequestScope,
): Promise<Partner[]> {
  const { id } = parseNodeIdOf(actorId, ACTOR_NODE_TYPES, 'actorId');
  checkFirst(first, MAX_PARTNERS, 'The ranking stops at the first 100 partners.');
  const read = await partners.partners(id, first, sharedLimitOf(sharedFirsts), withEvidence && scope.loaders.lookahead, scope.query);
  if (read === null) throw unknownId('actorId', id, 'actor');
  const found = read.partners;
  scope.loaders.prime(found.flatMap((partner) => [partner.actor, ...partner.shared.map((s) => s.activity)]));
  if (read.evidence) scope.loaders.primeEvidence(read.evidence);
  return found.map((partner) => Object.assign(new Partner(), partner));
}
