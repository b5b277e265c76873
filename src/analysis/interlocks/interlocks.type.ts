import { Field, Int, ObjectType } from 'type-graphql';
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

  @Field(() => [Activity], { description: 'The supported events and programs that the actor asked about (actorId) organised, implemented or partnered in, by id: the first `first` of them.' })
  actorActivities!: Activity[];

  @Field(() => Int, { description: 'How many supported events and programs the actor asked about (actorId) has, however many actorActivities lists.' })
  actorActivityCount!: number;

  @Field(() => [Activity], { description: 'The supported events and programs that the other actor (otherId) organised, implemented or partnered in, by id: the first `first` of them.' })
  otherActivities!: Activity[];

  @Field(() => Int, { description: 'How many supported events and programs the other actor (otherId) has, however many otherActivities lists.' })
  otherActivityCount!: number;
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

  @Field(() => [PersonTie], { description: 'The person\'s ties to the actor asked about (actorId): positions first (by title), then events by id; the first `first` of them.' })
  actorTies!: PersonTie[];

  @Field(() => Int, { description: 'How many ties the person has to the actor asked about (actorId), however many actorTies lists.' })
  actorTieCount!: number;

  @Field(() => [PersonTie], { description: 'The person\'s ties to the other actor (otherId): positions first (by title), then events by id; the first `first` of them.' })
  otherTies!: PersonTie[];

  @Field(() => Int, { description: 'How many ties the person has to the other actor (otherId), however many otherTies lists.' })
  otherTieCount!: number;
}

@ObjectType({ description: 'What two actors have in common (LittleSis "interlocks"): funders, events, programs and people.' })
export class Interlocks {
  @Field(() => Actor, { description: 'The actor asked about (actorId).' })
  actor!: Actor;

  @Field(() => Actor, { description: 'The other actor (otherId).' })
  other!: Actor;

  @Field(() => [SharedFunder], { description: 'Actors, other than the two, that support work of both, by id: the first `first` of them.' })
  sharedFunders!: SharedFunder[];

  @Field(() => Int, { description: 'How many actors support work of both, however many sharedFunders lists.' })
  sharedFunderCount!: number;

  @Field(() => [SharedActivity], { description: 'Events both have a direct relationship to, by id: the first `first` of them.' })
  sharedEvents!: SharedActivity[];

  @Field(() => Int, { description: 'How many events both have a direct relationship to, however many sharedEvents lists.' })
  sharedEventCount!: number;

  @Field(() => [SharedActivity], { description: 'Programs both have a direct relationship to, by id: the first `first` of them.' })
  sharedPrograms!: SharedActivity[];

  @Field(() => Int, { description: 'How many programs both have a direct relationship to, however many sharedPrograms lists.' })
  sharedProgramCount!: number;

  @Field(() => [SharedPerson], { description: 'People tied to both (a position held, or an event taken part in), by id: the first `first` of them.' })
  sharedPeople!: SharedPerson[];

  @Field(() => Int, { description: 'How many people are tied to both, however many sharedPeople lists.' })
  sharedPersonCount!: number;

  @Field(() => Boolean, { description: 'True when a list here, or a funder\'s activities or a person\'s ties, lists fewer than its count: ask again with a larger `first` (up to 1000).' })
  truncated!: boolean;
}
