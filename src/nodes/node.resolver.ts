import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { lookaheadOf } from '../graph/lookahead';
import { Node } from './node.interface';
import { findNode } from './node.service';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any node by its id; null when no node has that id. A malformed id is a BAD_USER_INPUT error.',
  })
  node(
    @Arg('id', () => ID, { description: 'A node id such as `source:seed-000` or `org:undp`.' }) id: string,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node | null> {
    return findNode(id, ctx.loaders, (type) => lookaheadOf(info, [type]));
  }
}
