import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection';
import type { JisrContext } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import { FundingFlowConnection } from './funding-flow.connection';
import { FunderReach, FundingFlow, FundingFlowFilter, FundingHop } from './funding-flow.type';
import { funderReach, listFundingFlows, MAX_FLOWS_PAGE } from './funding.service';

@Resolver(() => FundingFlow)
export class FundingFlowResolver {
  @Query(() => FundingFlowConnection, { description: `Who funded which events: every funder-to-event flow, with the path and its evidence. \`first\` is at most ${MAX_FLOWS_PAGE}.` })
  fundingFlows(
    @Arg('filter', () => FundingFlowFilter, { nullable: true }) filter: FundingFlowFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: `Page size, 1 to ${MAX_FLOWS_PAGE}.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
  ): Promise<Page<FundingFlow>> {
    return listFundingFlows(filter, first ?? 50, after, ctx.repositories.funding, ctx);
  }

  @Query(() => FunderReach, { nullable: true, description: 'What one funder\'s support reached: programs, events, organisations, places, participants and dates. Null when no actor has the id.' })
  funderReach(@Arg('funderId', () => ID, { description: 'An `org:` or `person:` id.' }) funderId: string, @Ctx() ctx: JisrContext): Promise<FunderReach | null> {
    return funderReach(funderId, ctx.repositories.funding, ctx);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() flow: FundingFlow, @Ctx() { loaders }: JisrContext): Promise<Evidence[]> {
    return loaders.evidenceOf([...new Set(flow.hops.flatMap((h) => h.evidenceIds))]);
  }
}

@Resolver(() => FundingHop)
export class FundingHopResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() hop: FundingHop, @Ctx() { loaders }: JisrContext): Promise<Evidence[]> {
    return loaders.evidenceOf(hop.evidenceIds);
  }
}
