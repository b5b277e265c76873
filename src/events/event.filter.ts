import { Field, ID, InputType } from 'type-graphql';
import { EventKind } from '../common/enums';

@InputType({ description: 'Which events to list.' })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  kinds?: EventKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events held in this place or anywhere inside it (usually a country).' })
  countryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events this actor organised.' })
  organizerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events this actor funded, directly or through a program they belong to.' })
  funderId?: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive bounds, ISO dates (YYYY, YYYY-MM or YYYY-MM-DD). A partial date compares by its bounds.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive upper bound, ISO date (YYYY, YYYY-MM or YYYY-MM-DD). Undated events never match a date range.' })
  to?: string | null;
}
