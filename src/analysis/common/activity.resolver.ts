import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { Evidence } from '../../evidence/evidence.type';
import { ActivityLink } from './activity.type';

@Resolver(() => ActivityLink)
export class ActivityLinkResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() link: ActivityLink, @Ctx() { loaders }: JisrContext): Promise<Evidence[]> {
    return loaders.evidenceOf(link.evidenceIds);
  }
}
