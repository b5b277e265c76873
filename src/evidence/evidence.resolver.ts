import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { Source } from '../sources/source.type';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  async source(@Root() evidence: Evidence, @Ctx() { loaders }: JisrContext): Promise<Source> {
    const source = await loaders.nodes.load(evidence.sourceId);
    // Loading verified every evidence record's source; a missing one is a corrupt graph, not user error.
    if (!(source instanceof Source)) throw new Error(`Evidence ${evidence.id} names a missing source ${evidence.sourceId}`);
    return source;
  }
}
