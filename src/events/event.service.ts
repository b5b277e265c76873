import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import { dateRange } from '../common/date-range';
import { NodeType } from '../common/enums';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import type { RequestScope } from '../context/loaders';
import { type Lookahead, NOTHING_AHEAD } from '../graph/lookahead';
import type { EventRepository } from './event.repository';
import type { EventFilter } from './event.filter';
import type { Event } from './event.type';

/**
 * Events in date order (undated last), then by id; a partial date sorts by its first possible day. `withCount`
 * false (the request does not read totalCount) skips counting every match, which a page alone does not need.
 * What `lookahead` asks of the page's events (their links, funders, evidence) is read in the page's statement
 * and primes the loaders.
 */
export async function listEvents(
  filter: EventFilter | null | undefined, first: number, after: string | null | undefined, repository: EventRepository, scope: RequestScope, withCount = true, lookahead: Lookahead = NOTHING_AHEAD,
): Promise<Page<Event>> {
  checkFirst(first);
  const { fromStart, toEnd } = dateRange(filter?.from, filter?.to);
  const [afterDate, afterId] = after ? decodeCursor('event', after, 2).map(String) : [null, null];
  const ahead = scope.loaders.aheadOfPage(lookahead);
  const { totalCount, events, lookahead: found } = await repository.page({
    kinds: filter?.kinds?.length ? [...new Set(filter.kinds)] : null,
    countryId: filter?.countryId ? parseNodeIdOf(filter.countryId, [NodeType.PLACE], 'filter.countryId').id : null,
    organizerId: filter?.organizerId ? parseNodeIdOf(filter.organizerId, ACTOR_NODE_TYPES, 'filter.organizerId').id : null,
    funderId: filter?.funderId ? parseNodeIdOf(filter.funderId, ACTOR_NODE_TYPES, 'filter.funderId').id : null,
    fromStart,
    toEnd,
    afterDate: afterDate ?? null,
    afterId: afterId ?? null,
    limit: first + 1,
    withCount,
  }, scope.query, ahead, first);
  scope.loaders.prime(events);
  scope.loaders.primeAhead(found, ahead);
  // A null count is never read: totalCount was not selected (GraphQL resolves only what is asked).
  return toPage<Event>(events, first, totalCount ?? -1, (e) => encodeCursor('event', [(e as Event & { sortDate: string }).sortDate, e.id]));
}
