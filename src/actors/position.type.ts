import { Field, ObjectType } from 'type-graphql';
import { Evidence } from '../evidence/evidence.type';
import { Organization } from './organization.type';
import { Person } from './person.type';

@ObjectType({ description: 'A person\'s role in an organisation, as a source states it.' })
export class Position {
  personId!: string;
  organizationId!: string;
  evidenceIds!: string[];

  @Field(() => Person, { description: 'Who holds the position.' })
  person?: Person;

  @Field(() => Organization, { description: 'Where the position is held.' })
  organization?: Organization;

  @Field(() => String, { nullable: true, description: 'The title as the source gives it, e.g. «مدير قسم العلاقات العامة».' })
  title!: string | null;

  @Field(() => [Evidence], { description: 'The quotes that state the position.' })
  evidence?: Evidence[];
}
