import { Field, ObjectType } from 'type-graphql';
import { Actor } from '../../actors/actor.interface';
import { Person } from '../../actors/person.type';
import { RelationType } from '../../common/enums';
import { Event } from '../../events/event.type';
import { Evidence } from '../../evidence/evidence.type';
import { Activity, SharedActivity } from '../common/activity.type';

@ObjectType({ description: 'An actor that supports work of both actors: it funded (directly, or through the programs above) events or programs each of them organised, implemented or partnered in.' })
export class SharedFunder {
  @Field(() => Actor, { description: 'The funder.' })
  funder!: Actor;

  @Field(() => [Activity], { description: 'The supported events and programs that the actor asked about (actorId) organised, implemented or partnered in, by id.' })
  actorActivities!: Activity[];

  @Field(() => [Activity], { description: 'The supported events and programs that the other actor (otherId) organised, implemented or partnered in, by id.' })
  otherActivities!: Activity[];
}

@ObjectType({ description: 'How a person is tied to one of the two actors: a position held in it, or taking part in an event it has a direct relationship to.' })
export class PersonTie {
  @Field(() => RelationType, { description: 'HOLDS_POSITION for a position in the actor; PARTICIPATED_IN for taking part in an event the actor organised, partnered in, took part in, funded or implemented.' })
  type!: RelationType;

  @Field(() => String, { nullable: true, description: 'The position\'s title as the source gives it, for HOLDS_POSITION; null otherwise.' })
  title!: string | null;

  @Field(() => Event, { nullable: true, description: 'The event the person took part in, for PARTICIPATED_IN; null otherwise.' })
  event!: Event | null;

  @Field(() => [Evidence], { description: 'The quotes that state the person\'s position or participation.' })
  evidence?: Evidence[];

  /** Resolved through the evidence loader. */
  evidenceIds!: string[];
}

@ObjectType({ description: 'A person, other than the two actors, tied to both of them.' })
export class SharedPerson {
  @Field(() => Person, { description: 'The person.' })
  person!: Person;

  @Field(() => [PersonTie], { description: 'The person\'s ties to the actor asked about (actorId): positions first, then events by id.' })
  actorTies!: PersonTie[];

  @Field(() => [PersonTie], { description: 'The person\'s ties to the other actor (otherId): positions first, then events by id.' })
  otherTies!: PersonTie[];
}

@ObjectType({ description: 'What two actors have in common (LittleSis "interlocks"): funders, events, programs and people.' })
export class Interlocks {
  @Field(() => Actor, { description: 'The actor asked about (actorId).' })
  actor!: Actor;

  @Field(() => Actor, { description: 'The other actor (otherId).' })
  other!: Actor;

  @Field(() => [SharedFunder], { description: 'Actors, other than the two, that support work of both, by id.' })
  sharedFunders!: SharedFunder[];

  @Field(() => [SharedActivity], { description: 'Events both have a direct relationship to, by id.' })
  sharedEvents!: SharedActivity[];

  @Field(() => [SharedActivity], { description: 'Programs both have a direct relationship to, by id.' })
  sharedPrograms!: SharedActivity[];

  @Field(() => [SharedPerson], { description: 'People tied to both (a position held, or an event taken part in), by id.' })
  sharedPeople!: SharedPerson[];
}
