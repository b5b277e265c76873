import { int } from 'neo4j-driver';
import type { EventKind } from '../common/enums';
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

  async page(query: EventPageQuery, ctx: QueryContext): Promise<{ totalCount: number | null; events: EventWithSortKey[] }> {
    const [row] = await this.executor.read<{ totalCount: number; page: StoredProperties[] }>('events/events-page', { ...query, limit: int(query.limit) }, ctx); // LIMIT needs an integer, not a JS float
    const events = (row?.page ?? []).map((p) => Object.assign(toNode('EVENT', p), { sortDate: String(p.sortDate) }) as EventWithSortKey);
    return { totalCount: query.withCount ? row?.totalCount ?? 0 : null, events };
  }
}
