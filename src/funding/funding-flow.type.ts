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

/** The lists of a funder's reach that page: each by id, counted in full by funderReach's totals. */
export enum ReachList {
  PROGRAMS = 'PROGRAMS',
  EVENTS = 'EVENTS',
  ORGANIZATIONS = 'ORGANIZATIONS',
  PLACES = 'PLACES',
}

/** A page of one list of a funder's reach: the items by id, how many there are in all, and whether more follow. */
export interface ReachPage<T> {
  nodes: T[];
  totalCount: number;
  truncated: boolean;
  endCursor: string | null;
}

/** One page type per item type, named as the contract names them. */
function reachPageType<T extends object>(nodeType: () => abstract new (...args: never[]) => object, name: string, items: string) {
  @ObjectType(`FunderReach${name}Page`, { description: `A page of the ${items} a funder's support reached, by id.` })
  class ReachPageType implements ReachPage<T> {
    @Field(() => [nodeType()], { description: `The ${items} of this page, by id.` })
    nodes!: T[];

    @Field(() => Int, { description: `How many ${items} the whole reach holds, over all pages.` })
    totalCount!: number;

    @Field({ description: 'True exactly when more items follow this page (pass endCursor as `after` to read them).' })
    truncated!: boolean;

    @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page (its id); null when the page is empty.' })
    endCursor!: string | null;
  }
  return ReachPageType;
}

export const FunderReachProgramPage = reachPageType<Program>(() => Program, 'Program', 'programs');
export const FunderReachEventPage = reachPageType<Event>(() => Event, 'Event', 'events');
export const FunderReachOrganizationPage = reachPageType<Actor>(() => Actor, 'Organization', 'organisations');
export const FunderReachPlacePage = reachPageType<Place>(() => Place, 'Place', 'places');

@ObjectType({
  description: 'What one funder\'s support reached. The totals (counts, participants, dates, countries) are exact over the whole reach; '
    + 'the lists are pages: `programsPage`, `eventsPage`, `organizationsPage` and `placesPage` page through all of it, and the plain lists stop at the first 1,000 by id.',
})
export class FunderReach {
  @Field(() => Actor, { description: 'The funder.' })
  funder!: Actor;

  @Field(() => Int, { description: 'How many programs the funder supported, with every program inside them.' })
  programCount!: number;

  @Field(() => Int, { description: 'How many events the funder supported directly or through a program, each once.' })
  eventCount!: number;

  @Field(() => Int, { description: 'How many organisations implemented, organised or partnered in what the funder supported (the funder aside).' })
  organizationCount!: number;

  @Field(() => Int, { description: 'How many places the reached events were held in.' })
  placeCount!: number;

  @Field(() => Int, { description: 'Sum of the known participant counts of the reached events, each event counted once.' })
  participantCount!: number;

  @Field(() => Int, { description: 'How many reached events state a participant count (the others add nothing to participantCount).' })
  eventsWithParticipantCount!: number;

  @Field(() => [Place], { description: 'Countries of the places where the reached events were held, by id; all of them (a handful, however large the portfolio).' })
  countries!: Place[];

  @Field(() => String, { nullable: true, description: 'Date of the earliest dated reached event, as precise as known.' })
  firstDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the latest dated reached event, as precise as known.' })
  lastDate!: string | null;
}
