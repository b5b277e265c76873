import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { Evidence } from '../../evidence/evidence.type';
import { ActivityLink } from './activity.type';
import type { EvidenceList } from '../../context/loaders';

@Resolver(() => ActivityLink)
export class ActivityLinkResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() link: ActivityLink, @Ctx() { loaders }: JisrContext): EvidenceList {
    return loaders.evidenceOf(link.evidenceIds);
  }
}
