import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import { dateRange } from '../common/date-range';
import { NodeType } from '../common/enums';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import type { RequestScope } from '../context/loaders';
import type { EventRepository } from './event.repository';
import type { EventFilter } from './event.filter';
import type { Event } from './event.type';

/** Events in date order (undated last), then by id; a partial date sorts by its first possible day. */
export async function listEvents(filter: EventFilter | null | undefined, first: number, after: string | null | undefined, repository: EventRepository, scope: RequestScope): Promise<Page<Event>> {
  checkFirst(first);
  const { fromStart, toEnd } = dateRange(filter?.from, filter?.to);
  const [afterDate, afterId] = after ? decodeCursor('event', after, 2).map(String) : [null, null];
  const { totalCount, events } = await repository.page({
    kinds: filter?.kinds?.length ? filter.kinds : null,
    countryId: filter?.countryId ? parseNodeIdOf(filter.countryId, [NodeType.PLACE], 'filter.countryId').id : null,
    organizerId: filter?.organizerId ? parseNodeIdOf(filter.organizerId, ACTOR_NODE_TYPES, 'filter.organizerId').id : null,
    funderId: filter?.funderId ? parseNodeIdOf(filter.funderId, ACTOR_NODE_TYPES, 'filter.funderId').id : null,
    fromStart,
    toEnd,
    afterDate: afterDate ?? null,
    afterId: afterId ?? null,
    limit: first + 1,
  }, scope.query);
  scope.loaders.prime(events);
  return toPage<Event>(events, first, totalCount, (e) => encodeCursor('event', [(e as Event & { sortDate: string }).sortDate, e.id]));
}
