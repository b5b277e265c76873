import { checkFirst } from '../common/connection';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import type { JisrContext } from '../context/context';
import { unknownId } from './analysis.arguments';
import { toActor, toSharedActivity } from './activity.mapper';
import { Partner } from './partners.type';

/** A ranking, not a list to page through: past the first hundred, shared counts say little. */
export const MAX_PARTNERS = 100;

/**
 * The actors that share events or programs with an actor, most shared first, then by id. Sharing means
 * both have a direct relationship (organised, partnered in, took part in, funded, implemented) to the
 * same event or program; an unknown actor is NOT_FOUND, not an empty list.
 */
export async function findPartners(actorId: string, first: number, ctx: JisrContext): Promise<Partner[]> {
  const { id } = parseNodeIdOf(actorId, ACTOR_NODE_TYPES, 'actorId');
  checkFirst(first, MAX_PARTNERS, 'The ranking stops at the first 100 partners.');
  const rows = await ctx.repositories.analysis.partners(id, first, ctx.query);
  if (rows === null) throw unknownId('actorId', id, 'actor');
  return rows.map((row) => Object.assign(new Partner(), {
    actor: toActor(row.actor, row.labels, ctx.loaders),
    sharedCount: row.shared.length,
    shared: row.shared.map((shared) => toSharedActivity(shared, ctx.loaders)),
  }));
}
