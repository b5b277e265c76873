import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { lookaheadOf, selects } from '../graph/lookahead';
import { ACTOR_NODE_TYPES } from '../model/vocabulary';
import { Actor } from './actor.interface';
import { ActorConnection } from './actor.connection';
import { ActorFilter } from './actor.filter';
import { listActors } from './actor.service';
import type { Page } from '../common/connection';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: 'Organisations and people, in id order, filtered by kind and country. `first` is at most 100.' })
  async actors(
    @Arg('filter', () => ActorFilter, { nullable: true }) filter: ActorFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Actor>> {
    const page = await listActors(filter, first ?? 20, after, ctx.repositories.actors, ctx, selects(info, 'totalCount'));
    // One more statement for the whole page's links and evidence, instead of one per field the page asks for.
    await ctx.loaders.prefetchAround(page.edges.map((e) => e.node), lookaheadOf(info, ACTOR_NODE_TYPES, ['edges', 'node']));
    return page;
  }
}
