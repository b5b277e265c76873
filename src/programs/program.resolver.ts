import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.interface';
import type { Page } from '../common/connection';
import type { JisrContext } from '../context/context';
import { lookaheadOf } from '../graph/lookahead';
import { Event } from '../events/event.type';
import { Evidence } from '../evidence/evidence.type';
import { LINK_FIELDS } from '../graph/link-fields';
import { actorsOf, firstOf, nodesOfType } from '../graph/link-helpers';
import { ProgramConnection } from './program.connection';
import { listPrograms } from './program.service';
import { Program } from './program.type';
import type { EvidenceList } from '../context/loaders';

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: 'Programs and projects, in id order. `first` is at most 100.' })
  async programs(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Program>> {
    // The page's links and evidence come with the page, in its statement, instead of one statement per field.
    return listPrograms(first ?? 20, after, ctx.repositories.programs, ctx, lookaheadOf(info, ['PROGRAM'], ['edges', 'node']));
  }

  @FieldResolver(() => Program, { nullable: true })
  async parent(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Program | null> {
    return firstOf(await loaders.follow(program.id, LINK_FIELDS.PROGRAM.parent), Program);
  }

  @FieldResolver(() => [Actor])
  async funders(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.follow(program.id, LINK_FIELDS.PROGRAM.funders));
  }

  @FieldResolver(() => [Actor])
  async implementers(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.follow(program.id, LINK_FIELDS.PROGRAM.implementers));
  }

  @FieldResolver(() => [Actor])
  async partners(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.follow(program.id, LINK_FIELDS.PROGRAM.partners));
  }

  // Declared here rather than on the class: Event.programs refers back to Program (no import cycle).
  @FieldResolver(() => [Event], { description: 'Events that are part of this program, directly.' })
  async events(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Event[]> {
    return nodesOfType(await loaders.follow(program.id, LINK_FIELDS.PROGRAM.events), Event);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() program: Program, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(program.evidenceIds);
  }
}
