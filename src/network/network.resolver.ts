import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { RelationType } from '../common/enums';
import type { JisrContext } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import { selects } from '../graph/lookahead';
import { GraphEdge } from './graph-element.type';
import { NETWORK_BOUNDS, neighbourhood, shortestPaths } from './network.service';
import { Network, Path } from './network.type';
import type { EvidenceList } from '../context/loaders';

const TYPES_ARG = { nullable: true, description: 'Follow only these relationship types; all of them when omitted.' } as const;

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, {
    description: `The neighbourhood of one node, up to \`depth\` hops (1–${NETWORK_BOUNDS.maxDepth}), at most \`limit\` nodes (1–${NETWORK_BOUNDS.maxLimit}); the nearest are kept when the limit cuts.`,
  })
  network(
    @Arg('centerId', () => ID, { description: 'The node to start from.' }) centerId: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1, description: `Hops from the centre, 1 to ${NETWORK_BOUNDS.maxDepth}.` }) depth: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 200, description: `Most nodes returned, centre included, 1 to ${NETWORK_BOUNDS.maxLimit}.` }) limit: number | null,
    @Arg('relationTypes', () => [RelationType], TYPES_ARG) relationTypes: RelationType[] | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Network> {
    return neighbourhood(centerId, depth ?? 1, limit ?? 200, relationTypes, selects(info, 'edges', 'evidence'), ctx.repositories.network, ctx);
  }

  @Query(() => [Path], { description: `Shortest connections between two nodes, at most \`maxHops\` long (1–${NETWORK_BOUNDS.maxHops}), relationships followed in either direction.` })
  paths(
    @Arg('fromId', () => ID, { description: 'Where the paths start.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Where the paths end.' }) toId: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4, description: `Longest path allowed, 1 to ${NETWORK_BOUNDS.maxHops}.` }) maxHops: number | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 3, description: `How many paths at most, 1 to ${NETWORK_BOUNDS.maxPaths}.` }) first: number | null,
    @Arg('relationTypes', () => [RelationType], TYPES_ARG) relationTypes: RelationType[] | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[]> {
    return shortestPaths(fromId, toId, maxHops ?? 4, first ?? 3, relationTypes, selects(info, 'edges', 'evidence'), ctx.repositories.network, ctx);
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [Evidence], { description: 'The quotes that state this relationship.' })
  evidence(@Root() edge: GraphEdge, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(edge.evidenceIds);
  }
}
