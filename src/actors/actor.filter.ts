import { Field, ID, InputType } from 'type-graphql';
import { ActorKind } from '../common/enums';

@InputType({ description: 'Which actors to list.' })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: 'Only actors of these kinds.' })
  kinds?: ActorKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only actors based in this place or anywhere inside it (usually a country or a governorate), or that organised, partnered in or attended an event held there.',
  })
  countryId?: string | null;
}
