import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actors/actor.interface';
import { EventKind, RelationType } from '../common/enums';
import { Event } from '../events/event.type';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../nodes/node.interface';
import { Place } from '../places/place.type';
import { Program } from '../programs/program.type';

@ObjectType({ description: 'One hop of a funding flow: the FUNDED relationship, or a PART_OF between an event or program and its program.' })
export class FundingHop {
  @Field(() => RelationType, { description: 'FUNDED for the first hop, PART_OF for the others.' })
  type!: RelationType;

  @Field(() => ID, { description: 'Where the relationship starts (the funder, or the event or program that is part of another).' })
  fromId!: string;

  @Field(() => ID, { description: 'Where the relationship points (the funded program or event, or the containing program).' })
  toId!: string;

  @Field(() => [Evidence], { description: 'The quotes that state this hop; never empty in a curated graph.' })
  evidence?: Evidence[];

  evidenceIds!: string[];
}

@ObjectType({ description: 'One funder\'s support reaching one event, directly or through programs.' })
export class FundingFlow {
  @Field(() => Actor, { description: 'Who provided the support.' })
  funder!: Actor;

  @Field(() => Event, { description: 'The event the support reached.' })
  event!: Event;

  @Field({ description: 'True when a source says the funder supported the event itself.' })
  direct!: boolean;

  @Field(() => [Node], { description: 'The programs (and any intermediary actors) between funder and event, in order; empty when direct.' })
  via!: Program[];

  @Field(() => [FundingHop], { description: 'Every hop from funder to event, in order, each with its own evidence.' })
  hops!: FundingHop[];

  @Field(() => [Evidence], { description: 'At least one quote for every hop of the flow.' })
  evidence?: Evidence[];
}

@InputType({ description: 'Which funding flows to list.' })
export class FundingFlowFilter {
  @Field(() => ID, { nullable: true, description: 'Only flows from this funder (an `org:` or `person:` id).' })
  funderId?: string | null;

  @Field(() => [EventKind], { nullable: true, description: 'Only flows reaching events of these kinds.' })
  eventKinds?: EventKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only flows reaching events held in this place (usually a country), through the place chain.' })
  countryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive lower bound on the event date, ISO (YYYY, YYYY-MM or YYYY-MM-DD); a partial date compares by its bounds.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive upper bound on the event date, ISO (YYYY, YYYY-MM or YYYY-MM-DD). Undated events never match a date range.' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only flows where a source states support of the event itself.' })
  directOnly?: boolean | null;
}

@ObjectType({ description: 'What one funder\'s support reached.' })
export class FunderReach {
  @Field(() => Actor, { description: 'The funder.' })
  funder!: Actor;

  @Field(() => [Program], { description: 'Programs the funder supported, and every program inside them.' })
  programs!: Program[];

  @Field(() => [Event], { description: 'Events the funder supported directly or through a program, each once.' })
  events!: Event[];

  @Field(() => [Actor], { description: 'Organisations that implemented, organised or partnered in what the funder supported.' })
  organizations!: Actor[];

  @Field(() => Int, { description: 'Sum of the known participant counts of the reached events, each event counted once.' })
  participantCount!: number;

  @Field(() => Int, { description: 'How many reached events state a participant count (the others add nothing to participantCount).' })
  eventsWithParticipantCount!: number;

  @Field(() => [Place], { description: 'Places where the reached events were held.' })
  places!: Place[];

  @Field(() => [Place], { description: 'Countries of those places.' })
  countries!: Place[];

  @Field(() => String, { nullable: true, description: 'Date of the earliest dated reached event, as precise as known.' })
  firstDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the latest dated reached event, as precise as known.' })
  lastDate!: string | null;
}
