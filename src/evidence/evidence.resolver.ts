import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { badUserInput } from '../errors';
import { Source } from '../sources/source.type';
import { Evidence, EvidenceContext } from './evidence.type';

/** Enough for a paragraph on each side; a source's whole text stays in the database. */
export const MAX_CONTEXT_CHARS = 1_000;

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  source(@Root() evidence: Evidence, @Ctx() { loaders }: JisrContext): Source | Promise<Source> {
    // At once when the record came with its source (a page with its evidence): no promise per quote.
    return loaders.sourceReadWith(evidence) ?? this.loadSource(evidence, loaders);
  }

  private async loadSource(evidence: Evidence, loaders: JisrContext['loaders']): Promise<Source> {
    const source = await loaders.nodes.load(evidence.sourceId);
    // Loading verified every evidence record's source; a missing one is a corrupt graph, not user error.
    if (!(source instanceof Source)) throw new Error(`Evidence ${evidence.id} names a missing source ${evidence.sourceId}`);
    return source;
  }

  @FieldResolver(() => EvidenceContext, { description: `The source's words around the quote, \`chars\` (0 to ${MAX_CONTEXT_CHARS}) on each side.` })
  async context(
    @Root() evidence: Evidence,
    @Arg('chars', () => Int, { defaultValue: 200, description: `Characters on each side, 0 to ${MAX_CONTEXT_CHARS}.` }) chars: number,
    @Ctx() { loaders }: JisrContext,
  ): Promise<EvidenceContext> {
    if (!Number.isInteger(chars) || chars < 0 || chars > MAX_CONTEXT_CHARS) {
      throw badUserInput(`Expected chars to be between 0 and ${MAX_CONTEXT_CHARS}, but got ${chars}.`, { argument: 'chars' });
    }
    const context = await loaders.evidenceContexts.load(`${chars}:${evidence.id}`);
    if (!context) throw new Error(`Evidence ${evidence.id} names a missing source ${evidence.sourceId}`);
    return context;
  }
}
