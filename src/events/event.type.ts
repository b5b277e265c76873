import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actors/actor.interface';
import { DatePrecision, EventKind } from '../common/enums';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../nodes/node.interface';
import { Place } from '../places/place.type';
import { Source } from '../sources/source.type';

@ObjectType({ implements: Node, description: 'A dialogue session, meeting, conference, workshop or campaign that sources report.' })
export class Event implements Node {
  readonly __typename = 'Event' as const;

  @Field(() => ID, { description: 'Stable id starting with the date as known, e.g. `event:2014-08-07-sidi-bernoussi-meeting`.' })
  id!: string;

  @Field(() => Int, { description: 'Incremented by every change; an update names the version it read (absent from the seed load: 1).' })
  version!: number;

  @Field(() => EventKind, { description: 'What kind of gathering it was.' })
  kind!: EventKind;

  @Field({ description: 'Display title: English where known, else Arabic.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Arabic title.' })
  titleAr!: string | null;

  @Field(() => String, { nullable: true, description: 'English title.' })
  titleEn!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, as precise as datePrecision says: YYYY, YYYY-MM or YYYY-MM-DD; null when UNKNOWN.' })
  date!: string | null;

  @Field(() => DatePrecision, { description: 'How much of the date is known.' })
  datePrecision!: DatePrecision;

  @Field(() => String, { nullable: true, description: 'The verbatim words the date was read from (e.g. «يومه 07 غشت 2014», «اليوم السبت»).' })
  dateText!: string | null;

  @Field(() => Place, { nullable: true, description: 'Where it was held: the most precise place the source gives.' })
  place?: Place | null;

  @Field(() => Int, { nullable: true, description: 'Participants as the source counts them (people or organisations); null when not stated.' })
  participantCount!: number | null;

  @Field(() => String, { nullable: true, description: 'The verbatim phrase that counts the participants (e.g. «46 جمعية», «العشرات»).' })
  participantCountText!: string | null;

  @Field(() => [Actor], { description: 'Actors that organised, hosted or co-organised the event.' })
  organizers?: Actor[];

  @Field(() => [Actor], { description: 'Actors that funded this event directly or through a program it belongs to.' })
  funders?: Actor[];

  @Field(() => [Actor], { description: 'Actors that took part (speakers, chairs, attendees).' })
  participants?: Actor[];

  @Field(() => [Source], { description: 'Sources that report the event.' })
  sources?: Source[];

  @Field(() => [Evidence], { description: 'The quotes that state the event.' })
  evidence?: Evidence[];

  evidenceIds!: string[];
}
