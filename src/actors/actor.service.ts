import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import { NodeType } from '../common/enums';
import { parseNodeIdOf } from '../common/node-id';
import type { RequestScope } from '../context/loaders';
import type { ActorRepository } from './actor.repository';
import type { Actor } from './actor.interface';
import type { ActorFilter } from './actor.filter';

/**
 * Actors in id order: stable across requests, so cursors stay valid as the graph grows. `withCount` false (the
 * request does not read totalCount) skips counting every match, which a page alone does not need.
 */
export async function listActors(
  filter: ActorFilter | null | undefined, first: number, after: string | null | undefined, actors: ActorRepository, scope: RequestScope, withCount = true,
): Promise<Page<Actor>> {
  checkFirst(first);
  const countryId = filter?.countryId ? parseNodeIdOf(filter.countryId, [NodeType.PLACE], 'filter.countryId').id : null;
  const afterId = after ? String(decodeCursor('actor', after, 1)[0]) : null;
  const { totalCount, actors: page } = await actors.page(
    { kinds: filter?.kinds?.length ? filter.kinds : null, countryId, after: afterId, limit: first + 1, withCount },
    scope.query,
  );
  scope.loaders.prime(page);
  // A null count is never read: totalCount was not selected (GraphQL resolves only what is asked).
  return toPage<Actor>(page, first, totalCount ?? -1, (a) => encodeCursor('actor', [a.id]));
}
