import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import { LINK_FIELDS } from '../graph/link-fields';
import { firstOf } from '../graph/link-helpers';
import { Place } from '../places/place.type';
import { Organization } from './organization.type';
import { Position } from './position.type';
import { positionsFromLinks } from './position.service';
import type { EvidenceList } from '../context/loaders';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() org: Organization, @Ctx() { loaders }: JisrContext): Promise<Organization | null> {
    return firstOf(await loaders.follow(org.id, LINK_FIELDS.ORGANIZATION.parent), Organization);
  }

  @FieldResolver(() => Place, { nullable: true })
  async country(@Root() org: Organization, @Ctx() { loaders }: JisrContext): Promise<Place | null> {
    const country = await loaders.countries.load(org.id);
    return country instanceof Place ? country : null;
  }

  // Declared here rather than on the class: Position refers back to Organization (no import cycle).
  @FieldResolver(() => [Position], { description: 'People who hold a position in this organisation, as sources state it.' })
  async positions(@Root() org: Organization, @Ctx() { loaders }: JisrContext): Promise<Position[]> {
    return positionsFromLinks(org.id, await loaders.follow(org.id, LINK_FIELDS.ORGANIZATION.positions), LINK_FIELDS.ORGANIZATION.positions.direction);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() org: Organization, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(org.evidenceIds);
  }
}
