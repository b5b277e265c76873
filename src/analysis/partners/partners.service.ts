import { checkFirst } from '../../common/connection';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../../common/node-id';
import type { RequestScope } from '../../context/loaders';
import { unknownId } from '../common/analysis.arguments';
import type { PartnersRepository } from './partners.repository';
import { Partner } from './partners.type';

/** A ranking, not a list to page through: past the first hundred, shared counts say little. */
export const MAX_PARTNERS = 100;

/**
 * The actors that share events or programs with an actor, most shared first, then by id. Sharing means
 * both have a direct relationship (organised, partnered in, took part in, funded, implemented) to the
 * same event or program; an unknown actor is NOT_FOUND, not an empty list.
 */
export async function findPartners(actorId: string, first: number, partners: PartnersRepository, scope: RequestScope): Promise<Partner[]> {
  const { id } = parseNodeIdOf(actorId, ACTOR_NODE_TYPES, 'actorId');
  checkFirst(first, MAX_PARTNERS, 'The ranking stops at the first 100 partners.');
  const found = await partners.partners(id, first, scope.query);
  if (found === null) throw unknownId('actorId', id, 'actor');
  scope.loaders.prime(found.flatMap((partner) => [partner.actor, ...partner.shared.map((s) => s.activity)]));
  return found.map((partner) => Object.assign(new Partner(), { ...partner, sharedCount: partner.shared.length }));
}
