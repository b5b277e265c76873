import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.interface';
import type { Page } from '../common/connection';
import type { JisrContext } from '../context/context';
import { lookaheadOf, selects } from '../graph/lookahead';
import { Evidence } from '../evidence/evidence.type';
import { LINK_FIELDS } from '../graph/link-fields';
import { actorsOf, firstOf, isActor, nodesOfType } from '../graph/link-helpers';
import { Place } from '../places/place.type';
import { Program } from '../programs/program.type';
import { Source } from '../sources/source.type';
import { EventConnection } from './event.connection';
import { EventFilter } from './event.filter';
import { listEvents } from './event.service';
import { Event } from './event.type';
import type { EvidenceList } from '../context/loaders';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events in date order (undated last), filtered by kind, country, organiser, funder and date range. `first` is at most 100.' })
  async events(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Event>> {
    // The page's links, funders and evidence come with the page, in its statement, instead of one statement per field.
    return listEvents(filter, first ?? 20, after, ctx.repositories.events, ctx, selects(info, 'totalCount'), lookaheadOf(info, ['EVENT'], ['edges', 'node']));
  }

  @FieldResolver(() => Place, { nullable: true })
  async place(@Root() event: Event, @Ctx() { loaders }: JisrContext): Promise<Place | null> {
    return firstOf(await loaders.follow(event.id, LINK_FIELDS.EVENT.place), Place);
  }

  @FieldResolver(() => [Actor])
  async organizers(@Root() event: Event, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.follow(event.id, LINK_FIELDS.EVENT.organizers));
  }

  @FieldResolver(() => [Actor])
  async funders(@Root() event: Event, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return (await loaders.eventFunders.load(event.id)).filter(isActor);
  }

  @FieldResolver(() => [Actor])
  async participants(@Root() event: Event, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.follow(event.id, LINK_FIELDS.EVENT.participants));
  }

  // Declared here rather than on the class: Program.events refers back to Event (no import cycle).
  @FieldResolver(() => [Program], { description: 'Programs the event is part of, directly.' })
  async programs(@Root() event: Event, @Ctx() { loaders }: JisrContext): Promise<Program[]> {
    return nodesOfType(await loaders.follow(event.id, LINK_FIELDS.EVENT.programs), Program);
  }

  @FieldResolver(() => [Source])
  async sources(@Root() event: Event, @Ctx() { loaders }: JisrContext): Promise<Source[]> {
    return nodesOfType(await loaders.follow(event.id, LINK_FIELDS.EVENT.sources), Source);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() event: Event, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(event.evidenceIds);
  }
}
