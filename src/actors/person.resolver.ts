import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import { LINK_FIELDS } from '../graph/link-fields';
import { Person } from './person.type';
import { Position } from './position.type';
import { positionsFromLinks } from './position.service';
import type { EvidenceList } from '../context/loaders';

@Resolver(() => Person)
export class PersonResolver {
  // Declared here rather than on the class: Position refers back to Person (no import cycle).
  @FieldResolver(() => [Position], { description: 'The positions this person holds, as sources state them.' })
  async positions(@Root() person: Person, @Ctx() { loaders }: JisrContext): Promise<Position[]> {
    return positionsFromLinks(person.id, await loaders.follow(person.id, LINK_FIELDS.PERSON.positions), LINK_FIELDS.PERSON.positions.direction);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() person: Person, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(person.evidenceIds);
  }
}
