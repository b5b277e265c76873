import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection';
import type { JisrContext } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import { LINK_FIELDS } from '../graph/link-fields';
import { lookaheadOf } from '../graph/lookahead';
import { firstOf } from '../graph/link-helpers';
import { PlaceConnection } from './place.connection';
import { PlaceFilter } from './place.filter';
import { listPlaces } from './place.service';
import { Place } from './place.type';
import type { EvidenceList } from '../context/loaders';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places (countries, governorates, districts, cities, neighbourhoods, venues), in id order. `first` is at most 100.' })
  async places(
    @Arg('filter', () => PlaceFilter, { nullable: true }) filter: PlaceFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1 to 100.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Place>> {
    // The page's parents, countries and evidence come with the page, in its statement, instead of one statement per field.
    return listPlaces(filter ?? {}, first ?? 50, after, ctx.repositories.places, ctx, lookaheadOf(info, ['PLACE'], ['edges', 'node']));
  }

  @FieldResolver(() => Place, { nullable: true })
  async parent(@Root() place: Place, @Ctx() { loaders }: JisrContext): Promise<Place | null> {
    return firstOf(await loaders.follow(place.id, LINK_FIELDS.PLACE.parent), Place);
  }

  @FieldResolver(() => Place, { nullable: true })
  async country(@Root() place: Place, @Ctx() { loaders }: JisrContext): Promise<Place | null> {
    const country = await loaders.countries.load(place.id);
    return country instanceof Place ? country : null;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() place: Place, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(place.evidenceIds);
  }
}
