import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { selectedArguments, selectsAny } from '../../graph/lookahead';
import { SharedActivity } from '../common/activity.type';
import { findPartners, MAX_SHARED } from './partners.service';
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partner[]> {
    // The statement lists each partner's shared activities as far as the `shared` fields below ask.
    const sharedFirsts = selectedArguments(info, 'shared').map((args) => args.first as number | null | undefined);
    const withEvidence = selectsAny(info, ['shared', 'actorLinks', 'evidence'], ['shared', 'otherLinks', 'evidence']);
    return findPartners(actorId, first ?? 20, sharedFirsts, withEvidence, ctx.repositories.partners, ctx);
  }

  @FieldResolver(() => [SharedActivity], {
    description: 'The shared events and programs, by id, with the relationships each side has to them: all of them, or the first `first`. '
      + '`sharedCount` counts them all either way.',
  })
  shared(
    @Root() partner: Partner,
    @Arg('first', () => Int, { nullable: true, description: `How many shared activities to list, 1 to ${MAX_SHARED}, first by id; all of them when left out or null.` })
    first: number | null | undefined,
  ): SharedActivity[] {
    // The statement read as many as the longest alias asked for (checked then); each alias keeps its own head.
    return partner.shared.slice(0, first ?? undefined);
  }
}
