import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { Evidence } from '../../evidence/evidence.type';
import { asksOnlyIds, selectsAny } from '../../graph/lookahead';
import { DEFAULT_INTERLOCKS_FIRST, findInterlocks, MAX_INTERLOCKS_FIRST } from './interlocks.service';
import { Interlocks, PersonTie } from './interlocks.type';
import type { EvidenceList } from '../../context/loaders';

@Resolver(() => Interlocks)
export class InterlocksResolver {
  @Query(() => Interlocks, {
    description: 'What two actors have in common: funders that support work of both (directly or through programs), events and programs both are linked to, '
      + `and people tied to both. Each list, and each funder's activities and each person's ties, holds its first \`first\` by id (default ${DEFAULT_INTERLOCKS_FIRST}); `
      + 'the counts count them all, and `truncated` says when a list was cut. An unknown id is a NOT_FOUND error naming the argument.',
  })
  interlocks(
    @Arg('actorId', () => ID, { description: 'One actor: `org:…` or `person:…`.' }) actorId: string,
    @Arg('otherId', () => ID, { description: 'The other actor: `org:…` or `person:…`, not the same as actorId.' }) otherId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_INTERLOCKS_FIRST, description: `How many of each list to return, 1 to ${MAX_INTERLOCKS_FIRST}, first by id.` })
    first: number | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Interlocks> {
    // A hub's funders support thousands of its activities, and its people took part in thousands of events:
    // the statement reads their properties only when the selection asks more of them than their ids.
    const properties = {
      funderActivities: !asksOnlyIds(info, ['sharedFunders', 'actorActivities'], ['sharedFunders', 'otherActivities']),
      tieEvents: !asksOnlyIds(info, ['sharedPeople', 'actorTies', 'event'], ['sharedPeople', 'otherTies', 'event']),
      evidence: selectsAny(info, ...['sharedEvents', 'sharedPrograms'].flatMap((list) => [[list, 'actorLinks', 'evidence'], [list, 'otherLinks', 'evidence']]),
        ['sharedPeople', 'actorTies', 'evidence'], ['sharedPeople', 'otherTies', 'evidence']),
    };
    return findInterlocks(actorId, otherId, first ?? DEFAULT_INTERLOCKS_FIRST, properties, ctx.repositories.interlocks, ctx);
  }
}

@Resolver(() => PersonTie)
export class PersonTieResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() tie: PersonTie, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(tie.evidenceIds);
  }
}
