import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from '../../actors/actor.interface';
import { Place } from '../../places/place.type';
import { ActivityRole } from './who-works-where.roles';

registerEnumType(ActivityRole, {
  name: 'ActivityRole',
  description: 'A role an actor plays at events, as a who-works-where (3W) matrix reports it.',
  valuesConfig: {
    ORGANIZER: { description: 'ORGANIZED the event (lead, co-organiser or host).' },
    FUNDER: { description: 'FUNDED the event, or a program it is part of.' },
    IMPLEMENTER: { description: 'IMPLEMENTED a program the event is part of.' },
    PARTNER: { description: 'PARTNERED_WITH the event, or a program it is part of.' },
    PARTICIPANT: { description: 'PARTICIPATED_IN the event (speaker, chair, attendee).' },
  },
});

@ObjectType({ description: 'One row of a who-works-where (3W) matrix: an actor present at events in one country and governorate.' })
export class OperationalPresence {
  @Field(() => Actor, { description: 'The actor.' })
  actor!: Actor;

  @Field(() => Place, { description: 'The country the events were held in.' })
  country!: Place;

  @Field(() => Place, { nullable: true, description: 'The first-level division (GOVERNORATE) the events were held in; null when their places stop at the country or a city directly under it.' })
  governorate!: Place | null;

  @Field(() => [ActivityRole], { description: 'The roles the actor played at those events, in the order ORGANIZER, FUNDER, IMPLEMENTER, PARTNER, PARTICIPANT.' })
  roles!: ActivityRole[];

  @Field(() => Int, { description: 'How many distinct events held there the actor played any role in.' })
  eventCount!: number;
}

@ObjectType({ description: 'Who works where (OCHA 3W): actors by country and governorate, with their roles and event counts, from where events were held.' })
export class WhoWorksWhere {
  @Field(() => [OperationalPresence], { description: 'Rows by country id, governorate id (rows without a governorate last), then actor id.' })
  rows!: OperationalPresence[];

  @Field({ description: 'True when the row cap (2,000) cut the matrix short; ask for one country at a time.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'How many events held in the countries covered the matrix is built from, including events no actor is linked to.' })
  eventCount!: number;

  @Field(() => Int, { description: 'Events with no HELD_IN place, which no row can hold; counted only for the whole graph (countryId omitted), else 0.' })
  unplacedEventCount!: number;
}
