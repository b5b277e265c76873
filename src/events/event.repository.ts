import { int } from 'neo4j-driver';
import type { EventKind } from '../common/enums';
import { type LookaheadRow, type Prefetched, pageWithLookahead, prefetchedOf } from '../graph/graph.repository';
import { type Lookahead, NOTHING_AHEAD } from '../graph/lookahead';
import { toNode, type StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { Event } from './event.type';

export interface EventPageQuery {
  readonly kinds: readonly EventKind[] | null;
  readonly countryId: string | null;
  readonly organizerId: string | null;
  readonly funderId: string | null;
  readonly fromStart: string | null;
  readonly toEnd: string | null;
  readonly afterDate: string | null;
  readonly afterId: string | null;
  readonly limit: number;
  /** False when the request does not read totalCount: the count is skipped and totalCount is null. */
  readonly withCount: boolean;
}

export type EventWithSortKey = Event & { sortDate: string };

export class EventRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** A page of events, and what `lookahead` asks of its first `shown` events, in one statement. */
  async page(query: EventPageQuery, ctx: QueryContext, lookahead: Lookahead = NOTHING_AHEAD, shown = query.limit): Promise<{ totalCount: number | null; events: EventWithSortKey[]; lookahead: Map<string, Prefetched> }> {
    const { name, params } = pageWithLookahead('events/events-page', 'events/events-page-with-lookahead', lookahead, shown);
    const [row] = await this.executor.read<{ totalCount: number; page: StoredProperties[]; lookahead?: LookaheadRow[] }>(name, { ...params, ...query, limit: int(query.limit) }, ctx); // LIMIT needs an integer, not a JS float
    const events = (row?.page ?? []).map((p) => Object.assign(toNode('EVENT', p), { sortDate: String(p.sortDate) }) as EventWithSortKey);
    return { totalCount: query.withCount ? row?.totalCount ?? 0 : null, events, lookahead: prefetchedOf(row?.lookahead ?? [], lookahead) };
  }
}
