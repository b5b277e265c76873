import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { findBrokers } from './brokers.service';
import { BrokerRanking } from './brokers.type';

@Resolver(() => BrokerRanking)
export class BrokersResolver {
  @Query(() => BrokerRanking, {
    description: 'Who brokers in the actor collaboration network: actors joined when they organise, partner in, take part in, fund or implement the same event or program, '
      + 'ranked by normalised betweenness centrality: exact on a network small enough, estimated from a fixed sample of source actors on a larger one '
      + '(`exact`, `sourceCount`). The network is capped (400,000 actor–activity links, 600,000 actors and collaborating pairs together); a larger one '
      + 'is refused with BAD_USER_INPUT, never cut. A ranking is kept until the graph changes: the same place asked again before any write '
      + 'is answered without reading its network. An unknown place is a NOT_FOUND error.',
  })
  brokers(
    @Arg('countryId', () => ID, {
      nullable: true,
      description: 'Only events held in this place or anywhere inside it (usually a country), with the programs they are part of; the whole graph when omitted.',
    }) countryId: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'How many actors of the ranking to return, 1 to 100.' }) first: number | null,
    @Ctx() ctx: JisrContext,
  ): Promise<BrokerRanking> {
    return findBrokers(countryId, first ?? 10, ctx.repositories.brokers, ctx);
  }
}
