import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { CurationResult } from './curation.type';
import { MAX_HISTORY_PAGE, changeHistory, revertBatch, revertChange } from './history.service';
import { ChangeConnection } from './history.type';

@Resolver()
export class HistoryResolver {
  @Query(() => ChangeConnection, { description: 'The recorded changes of a node or relationship, newest first: who, when, and the values before and after.' })
  history(
    @Arg('id', () => ID, { description: 'A node id (`org:…`) or a relationship id (`rel:…`).' }) id: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: `How many changes, 1 to ${MAX_HISTORY_PAGE}.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: JisrContext,
  ): Promise<InstanceType<typeof ChangeConnection>> {
    return changeHistory(id, first ?? 20, after ?? null, ctx.repositories.curation, ctx);
  }

  @Mutation(() => CurationResult, {
    description: 'Applies a change backwards, as a new recorded change; refused with CONFLICT when its target changed since. Needs an editor key (its author\'s) or an admin key.',
  })
  revertChange(@Arg('changeId', () => ID, { description: 'The change to revert (Change.id).' }) changeId: string, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return revertChange(changeId, ctx.viewer, ctx.repositories.curation, ctx);
  }

  @Mutation(() => CurationResult, {
    description: 'Reverts every change of a batch, last applied first, as one new batch (undoes a mutation, a cascade delete included). Needs an editor key (the author\'s) or an admin key.',
  })
  revertBatch(@Arg('batchId', () => ID, { description: 'The batch to revert (Change.batchId).' }) batchId: string, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return revertBatch(batchId, ctx.viewer, ctx.repositories.curation, ctx);
  }
}
