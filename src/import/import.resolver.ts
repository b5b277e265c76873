import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { applyReviewedImport, proposeArticle } from './import.service';
import { ApplyImportInput, ImportApplyResult, ImportProposal, ProposeImportInput } from './import.type';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportProposal, {
    description: 'Reads an Arabic news article and proposes what it would add to the graph: entities matched to existing nodes or new, relationships, each with its quotes, rule and confidence. Writes nothing. Needs an editor key. Bad input (empty, binary, not Arabic, over 5 MB, naming nothing) is refused with BAD_USER_INPUT and the reason in extensions.importCode.',
  })
  proposeImport(@Arg('input', () => ProposeImportInput) input: ProposeImportInput, @Ctx() ctx: JisrContext): Promise<ImportProposal> {
    return proposeArticle(input, ctx.viewer, ctx.repositories.imports, ctx);
  }

  @Mutation(() => ImportApplyResult, {
    description: 'Applies a reviewed proposal with the curator\'s choices as one curation batch, all or nothing, recorded in history. Needs an editor key. A proposal that is not one is refused with BAD_USER_INPUT; the batch is refused as applyChanges refuses one (BAD_USER_INPUT with extensions.problems, or CONFLICT).',
  })
  applyImport(@Arg('input', () => ApplyImportInput) input: ApplyImportInput, @Ctx() ctx: JisrContext): Promise<ImportApplyResult> {
    return applyReviewedImport(input, ctx.viewer, ctx.repositories.curation, ctx);
  }
}
