import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import { LINK_FIELDS } from '../graph/link-fields';
import { firstOf } from '../graph/link-helpers';
import { Place } from './place.type';
import type { EvidenceList } from '../context/loaders';

@Resolver(() => Place)
export class PlaceResolver {
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
