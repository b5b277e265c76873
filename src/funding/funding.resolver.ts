import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection';
import type { JisrContext } from '../context/context';
import { selectedArguments, selects, selectsAny, storedPropertiesAsked } from '../graph/lookahead';
import { ACTOR_FIELD_PROPERTIES, EVENT_FIELD_PROPERTIES, PROGRAM_FIELD_PROPERTIES } from '../graph/node-mapper';
import { Evidence } from '../evidence/evidence.type';
import { FunderConnection } from './funder.connection';
import { FundingFlowConnection } from './funding-flow.connection';
import { Actor } from '../actors/actor.interface';
import { Event } from '../events/event.type';
import { Place } from '../places/place.type';
import { Program } from '../programs/program.type';
import {
  FunderReach, FunderReachEventPage, FunderReachOrganizationPage, FunderReachPlacePage, FunderReachProgramPage, FundingFlow, FundingFlowFilter, FundingHop,
  type ReachPage, ReachList,
} from './funding-flow.type';
import type { ReachItem } from './funding.repository';
import { DEFAULT_REACH_PAGE, funderReach, funderReachPage, listFunders, listFundingFlows, MAX_FLOWS_PAGE, MAX_REACH_PAGE, REACH_LIST_CAP, reachPagesOf } from './funding.service';
import type { EvidenceList } from '../context/loaders';

/** Each list of a reach: its capped field and its page field. */
const REACH_FIELDS = [
  { list: ReachList.PROGRAMS, plain: 'programs', paged: 'programsPage' },
  { list: ReachList.EVENTS, plain: 'events', paged: 'eventsPage' },
  { list: ReachList.ORGANIZATIONS, plain: 'organizations', paged: 'organizationsPage' },
  { list: ReachList.PLACES, plain: 'places', paged: 'placesPage' },
] as const;

@Resolver(() => FundingFlow)
export class FundingFlowResolver {
  @Query(() => FundingFlowConnection, { description: `Who funded which events: every funder-to-event flow, with the path and its evidence. \`first\` is at most ${MAX_FLOWS_PAGE}.` })
  fundingFlows(
    @Arg('filter', () => FundingFlowFilter, { nullable: true }) filter: FundingFlowFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: `Page size, 1 to ${MAX_FLOWS_PAGE}.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<FundingFlow>> {
    return listFundingFlows(filter, first ?? 50, after, ctx.repositories.funding, ctx, {
      withCount: selects(info, 'totalCount'),
      withEvidence: selectsAny(info, ['edges', 'node', 'evidence'], ['edges', 'node', 'hops', 'evidence']),
      // A page of flows lists its funder, events and programs with the properties the request reads of them only.
      properties: {
        funder: storedPropertiesAsked(info, ACTOR_FIELD_PROPERTIES, ['edges', 'node', 'funder']),
        event: storedPropertiesAsked(info, EVENT_FIELD_PROPERTIES, ['edges', 'node', 'event']),
        program: storedPropertiesAsked(info, PROGRAM_FIELD_PROPERTIES, ['edges', 'node', 'via']),
      },
    });
  }

  @Query(() => FunderConnection, {
    description: 'Every actor whose support reached a program or an event (the funders of funderReach), largest first: by how many events it reached, then by id, both descending. `first` is at most 100.',
  })
  funders(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
  ): Promise<FunderConnection> {
    return listFunders(first ?? 20, after, ctx.repositories.funding, ctx);
  }

  @Query(() => FunderReach, {
    nullable: true,
    description: 'What one funder\'s support reached: programs, events, organisations, places, participants and dates, totals exact over the whole reach and lists a page at a time. Null when no actor has the id.',
  })
  funderReach(
    @Arg('funderId', () => ID, { description: 'An `org:` or `person:` id.' }) funderId: string,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FunderReach | null> {
    const pages = reachPagesOf(
      REACH_FIELDS.filter(({ plain }) => selects(info, plain)).map(({ list }) => list),
      REACH_FIELDS.flatMap(({ list, paged }) => selectedArguments(info, paged).map((args) => ({
        list, first: args.first as number | null | undefined, after: args.after as string | null | undefined,
      }))),
    );
    return funderReach(funderId, ctx.repositories.funding, ctx, pages);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() flow: FundingFlow, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf([...new Set(flow.hops.flatMap((h) => h.evidenceIds))]);
  }
}

@Resolver(() => FundingHop)
export class FundingHopResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() hop: FundingHop, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(hop.evidenceIds);
  }
}

const pageArgs = (items: string) => ({
  first: { nullable: true, defaultValue: DEFAULT_REACH_PAGE, description: `How many ${items} to list, 1 to ${MAX_REACH_PAGE}.` },
  after: { nullable: true, description: 'The endCursor of the previous page; the first page when omitted.' },
});
const PROGRAM_ARGS = pageArgs('programs');
const EVENT_ARGS = pageArgs('events');
const ORGANIZATION_ARGS = pageArgs('organisations');
const PLACE_ARGS = pageArgs('places');
const capped = (what: string, count: string, page: string) =>
  `${what}, by id. Stops at the first ${REACH_LIST_CAP.toLocaleString('en')}: \`${count}\` counts them all and \`${page}\` pages past the cap.`;

/** The lists of a funder's reach, each read a page at a time; the totals come with the reach itself. */
@Resolver(() => FunderReach)
export class FunderReachResolver {
  @FieldResolver(() => [Program], { description: capped('Programs the funder supported, and every program inside them', 'programCount', 'programsPage') })
  programs(@Root() reach: FunderReach, @Ctx() ctx: JisrContext): Promise<Program[]> {
    return this.capped(reach, ReachList.PROGRAMS, ctx);
  }

  @FieldResolver(() => [Event], { description: capped('Events the funder supported directly or through a program, each once', 'eventCount', 'eventsPage') })
  events(@Root() reach: FunderReach, @Ctx() ctx: JisrContext): Promise<Event[]> {
    return this.capped(reach, ReachList.EVENTS, ctx);
  }

  @FieldResolver(() => [Actor], { description: capped('Organisations that implemented, organised or partnered in what the funder supported', 'organizationCount', 'organizationsPage') })
  organizations(@Root() reach: FunderReach, @Ctx() ctx: JisrContext): Promise<Actor[]> {
    return this.capped(reach, ReachList.ORGANIZATIONS, ctx);
  }

  @FieldResolver(() => [Place], { description: capped('Places where the reached events were held', 'placeCount', 'placesPage') })
  places(@Root() reach: FunderReach, @Ctx() ctx: JisrContext): Promise<Place[]> {
    return this.capped(reach, ReachList.PLACES, ctx);
  }

  @FieldResolver(() => FunderReachProgramPage, { description: 'A page of the programs the funder supported, with every program inside them, by id.' })
  programsPage(
    @Root() reach: FunderReach, @Ctx() ctx: JisrContext,
    @Arg('first', () => Int, PROGRAM_ARGS.first) first: number | null, @Arg('after', () => String, PROGRAM_ARGS.after) after: string | null,
  ): Promise<ReachPage<Program>> {
    return funderReachPage(reach, ReachList.PROGRAMS, first ?? DEFAULT_REACH_PAGE, after, ctx.repositories.funding, ctx);
  }

  @FieldResolver(() => FunderReachEventPage, { description: 'A page of the events the funder supported directly or through a program, each once, by id.' })
  eventsPage(
    @Root() reach: FunderReach, @Ctx() ctx: JisrContext,
    @Arg('first', () => Int, EVENT_ARGS.first) first: number | null, @Arg('after', () => String, EVENT_ARGS.after) after: string | null,
  ): Promise<ReachPage<Event>> {
    return funderReachPage(reach, ReachList.EVENTS, first ?? DEFAULT_REACH_PAGE, after, ctx.repositories.funding, ctx);
  }

  @FieldResolver(() => FunderReachOrganizationPage, { description: 'A page of the organisations that implemented, organised or partnered in what the funder supported, by id.' })
  organizationsPage(
    @Root() reach: FunderReach, @Ctx() ctx: JisrContext,
    @Arg('first', () => Int, ORGANIZATION_ARGS.first) first: number | null, @Arg('after', () => String, ORGANIZATION_ARGS.after) after: string | null,
  ): Promise<ReachPage<ReachItem<ReachList.ORGANIZATIONS>>> {
    return funderReachPage(reach, ReachList.ORGANIZATIONS, first ?? DEFAULT_REACH_PAGE, after, ctx.repositories.funding, ctx);
  }

  @FieldResolver(() => FunderReachPlacePage, { description: 'A page of the places where the reached events were held, by id.' })
  placesPage(
    @Root() reach: FunderReach, @Ctx() ctx: JisrContext,
    @Arg('first', () => Int, PLACE_ARGS.first) first: number | null, @Arg('after', () => String, PLACE_ARGS.after) after: string | null,
  ): Promise<ReachPage<Place>> {
    return funderReachPage(reach, ReachList.PLACES, first ?? DEFAULT_REACH_PAGE, after, ctx.repositories.funding, ctx);
  }

  private async capped<L extends ReachList>(reach: FunderReach, list: L, ctx: JisrContext): Promise<ReachItem<L>[]> {
    return (await funderReachPage(reach, list, REACH_LIST_CAP, null, ctx.repositories.funding, ctx, REACH_LIST_CAP)).nodes;
  }
}
