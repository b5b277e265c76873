import { Field, ID, InputType } from 'type-graphql';
import { EventKind } from '../../common/enums';

@InputType({ description: 'Which events a timeline shows; ids that name nothing match no event, as in `events(filter:)`.' })
export class TimelineFilter {
  @Field(() => ID, { nullable: true, description: 'Only events held in this place or anywhere inside it (usually a country).' })
  countryId?: string | null;

  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  kinds?: EventKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events this actor funded, directly or through a program they belong to.' })
  funderId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Inclusive lower bound, ISO date (YYYY, YYYY-MM or YYYY-MM-DD). A partial date compares by its bounds. Undated events never match a date range; the timeline counts them in undatedExcludedCount.',
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive upper bound, ISO date (YYYY, YYYY-MM or YYYY-MM-DD).' })
  to?: string | null;
}
