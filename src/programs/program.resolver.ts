import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.interface';
import type { Page } from '../common/connection';
import { RelationType } from '../common/enums';
import type { JisrContext } from '../context/context';
import { Event } from '../events/event.type';
import { Evidence } from '../evidence/evidence.type';
import { actorsOf, firstOf, nodesOfType } from '../graph/link-helpers';
import { ProgramConnection } from './program.connection';
import { listPrograms } from './program.service';
import { Program } from './program.type';

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: 'Programs and projects, in id order. `first` is at most 100.' })
  programs(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
  ): Promise<Page<Program>> {
    return listPrograms(first ?? 20, after, ctx.repositories.programs, ctx);
  }

  @FieldResolver(() => Program, { nullable: true })
  async parent(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Program | null> {
    return firstOf(await loaders.links(program.id, [RelationType.PART_OF], 'outgoing'), Program);
  }

  @FieldResolver(() => [Actor])
  async funders(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.links(program.id, [RelationType.FUNDED], 'incoming'));
  }

  @FieldResolver(() => [Actor])
  async implementers(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.links(program.id, [RelationType.IMPLEMENTED], 'incoming'));
  }

  @FieldResolver(() => [Actor])
  async partners(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Actor[]> {
    return actorsOf(await loaders.links(program.id, [RelationType.PARTNERED_WITH], 'incoming'));
  }

  // Declared here rather than on the class: Event.programs refers back to Program (no import cycle).
  @FieldResolver(() => [Event], { description: 'Events that are part of this program, directly.' })
  async events(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Event[]> {
    return nodesOfType(await loaders.links(program.id, [RelationType.PART_OF], 'incoming'), Event);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() program: Program, @Ctx() { loaders }: JisrContext): Promise<Evidence[]> {
    return loaders.evidenceOf(program.evidenceIds);
  }
}
