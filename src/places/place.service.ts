import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import type { RequestScope } from '../context/loaders';
import { NodeType } from '../common/enums';
import { parseNodeIdOf } from '../common/node-id';
import { type Lookahead, NOTHING_AHEAD } from '../graph/lookahead';
import type { PlaceFilter } from './place.filter';
import type { PlaceRepository } from './place.repository';
import type { Place } from './place.type';

/**
 * Places in id order, so that cursors stay valid as places are added. What a front-end builds its place
 * filters from (the explorer's countries), and how an analyst reads a country's governorates. What `lookahead`
 * asks of the page's places (parents, countries, evidence) is read in the page's statement and primes the loaders.
 */
export async function listPlaces(
  filter: PlaceFilter, first: number, after: string | null | undefined, repository: PlaceRepository, scope: RequestScope, lookahead: Lookahead = NOTHING_AHEAD,
): Promise<Page<Place>> {
  checkFirst(first);
  // A malformed id, or one of another type, is the caller's mistake; an unknown place id matches nothing.
  const withinId = filter.withinId ? parseNodeIdOf(filter.withinId, [NodeType.PLACE], 'filter.withinId').id : null;
  const afterId = after ? String(decodeCursor('place', after, 1)[0]) : null;
  const ahead = scope.loaders.aheadOfPage(lookahead);
  const { totalCount, places, lookahead: found } = await repository.page({ ...filter, withinId, kinds: filter.kinds?.length ? filter.kinds : null }, afterId, first + 1, scope.query, ahead, first);
  scope.loaders.prime(places);
  scope.loaders.primeAhead(found, ahead);
  return toPage(places, first, totalCount, (p) => encodeCursor('place', [p.id]));
}
