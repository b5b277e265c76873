import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { findPartners } from './partners.service';
import { Partner } from './partners.type';

@Resolver(() => Partner)
export class PartnersResolver {
  @Query(() => [Partner], {
    description: 'The actors that share events or programs with an actor (organising, partnering in, taking part in, funding or implementing the same one), '
      + 'most shared first, then by id. A person counts through their own links, not their organisation\'s. An unknown actor is a NOT_FOUND error.',
  })
  partners(
    @Arg('actorId', () => ID, { description: 'The actor whose partners to rank: `org:…` or `person:…`.' }) actorId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'How many partners to return, 1 to 100.' }) first: number | null,
    @Ctx() ctx: JisrContext,
  ): Promise<Partner[]> {
    return findPartners(actorId, first ?? 20, ctx.repositories.partners, ctx);
  }
}
