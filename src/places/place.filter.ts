import { Field, ID, InputType } from 'type-graphql';
import { PlaceKind } from '../common/enums';

@InputType({ description: 'Which places to list. Filters combine: the governorates of Yemen are `{ kinds: [GOVERNORATE], withinId: "place:ye" }`.' })
export class PlaceFilter {
  @Field(() => [PlaceKind], { nullable: true, description: 'Only places of these kinds.' })
  kinds?: PlaceKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only places inside this one, at any level beneath it (up to 6), not the place itself. An unknown id matches nothing.',
  })
  withinId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only places whose events list is not empty: `events(filter: { countryId })` with the place\'s id lists at least one event.',
  })
  withEvents?: boolean | null;
}
