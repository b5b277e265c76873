import { int } from 'neo4j-driver';
import { toNode, type StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { PlaceFilter } from './place.filter';
import type { Place } from './place.type';

export class PlaceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The places that match `filter` after the id `after`, at most `limit` of them, and how many match in all. */
  async page(filter: PlaceFilter, after: string | null, limit: number, ctx: QueryContext): Promise<{ totalCount: number; places: Place[] }> {
    const [row] = await this.executor.read<{ totalCount: number; page: StoredProperties[] }>('places/places-page', {
      kinds: filter.kinds ?? null,
      withinId: filter.withinId ?? null,
      withEvents: filter.withEvents ?? false,
      after,
      limit: int(limit), // a list slice needs an integer, not a JS float
    }, ctx);
    return { totalCount: row?.totalCount ?? 0, places: (row?.page ?? []).map((p) => toNode('PLACE', p)) };
  }
}
