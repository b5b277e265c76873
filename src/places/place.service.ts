import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import type { RequestScope } from '../context/loaders';
import type { PlaceFilter } from './place.filter';
import type { PlaceRepository } from './place.repository';
import type { Place } from './place.type';

/**
 * Places in id order, so that cursors stay valid as places are added. What a front-end builds its place
 * filters from (the explorer's countries), and how an analyst reads a country's governorates.
 */
export async function listPlaces(filter: PlaceFilter, first: number, after: string | null | undefined, repository: PlaceRepository, scope: RequestScope): Promise<Page<Place>> {
  checkFirst(first);
  const afterId = after ? String(decodeCursor('place', after, 1)[0]) : null;
  const { totalCount, places } = await repository.page(filter, afterId, first + 1, scope.query);
  scope.loaders.prime(places);
  return toPage(places, first, totalCount, (p) => encodeCursor('place', [p.id]));
}
