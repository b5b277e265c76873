import { int } from 'neo4j-driver';
import { type LookaheadRow, type Prefetched, pageWithLookahead, prefetchedOf } from '../graph/graph.repository';
import { type Lookahead, NOTHING_AHEAD } from '../graph/lookahead';
import { toNode, type StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { PlaceFilter } from './place.filter';
import type { Place } from './place.type';

export class PlaceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * The places that match `filter` after the id `after`, at most `limit` of them, how many match in all, and what
   * `lookahead` asks of the first `shown` (their parents, countries, evidence), in one statement.
   */
  async page(
    filter: PlaceFilter, after: string | null, limit: number, ctx: QueryContext, lookahead: Lookahead = NOTHING_AHEAD, shown = limit,
  ): Promise<{ totalCount: number; places: Place[]; lookahead: Map<string, Prefetched> }> {
    const { name, params } = pageWithLookahead('places/places-page', 'places/places-page-with-lookahead', lookahead, shown);
    const [row] = await this.executor.read<{ totalCount: number; page: StoredProperties[]; lookahead?: LookaheadRow[] }>(name, {
      ...params,
      kinds: filter.kinds ?? null,
      withinId: filter.withinId ?? null,
      withEvents: filter.withEvents ?? false,
      after,
      limit: int(limit), // a list slice needs an integer, not a JS float
    }, ctx);
    return { totalCount: row?.totalCount ?? 0, places: (row?.page ?? []).map((p) => toNode('PLACE', p)), lookahead: prefetchedOf(row?.lookahead ?? [], lookahead) };
  }
}
