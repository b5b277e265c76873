import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { findWhoWorksWhere } from './who-works-where.service';
import { WhoWorksWhere } from './who-works-where.type';

@Resolver(() => WhoWorksWhere)
export class WhoWorksWhereResolver {
  @Query(() => WhoWorksWhere, {
    description: 'Who works where (a 3W matrix): actors by country and governorate, with their roles (organiser, funder, implementer, partner, participant) '
      + 'and number of events, from where events were held. A program\'s funders, implementers and partners count where its events were held. '
      + 'An unknown place is a NOT_FOUND error; a place that is not a country, BAD_USER_INPUT.',
  })
  whoWorksWhere(
    @Arg('countryId', () => ID, { nullable: true, description: 'One country (`place:…` of kind COUNTRY); every country when omitted.' }) countryId: string | null,
    @Ctx() ctx: JisrContext,
  ): Promise<WhoWorksWhere> {
    return findWhoWorksWhere(countryId, ctx.repositories.whoWorksWhere, ctx);
  }
}
