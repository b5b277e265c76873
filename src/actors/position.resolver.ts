import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Position } from './position.type';
import type { EvidenceList } from '../context/loaders';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Person)
  async person(@Root() position: Position, @Ctx() { loaders }: JisrContext): Promise<Person> {
    return (await loaders.nodes.load(position.personId)) as Person;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() position: Position, @Ctx() { loaders }: JisrContext): Promise<Organization> {
    return (await loaders.nodes.load(position.organizationId)) as Organization;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() position: Position, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(position.evidenceIds);
  }
}
