import { checkFirst } from '../../common/connection';
import { dateRange } from '../../common/date-range';
import { NodeType } from '../../common/enums';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../../common/node-id';
import type { RequestScope } from '../../context/loaders';
import { badUserInput } from '../../errors';
import { pageOfBuckets, toBuckets } from './timeline.buckets';
import type { TimelineFilter } from './timeline.filter';
import type { TimelineRepository } from './timeline.repository';
import { Timeline, TimelineBucket } from './timeline.type';

/** Counts are exact whatever the cap; the cap bounds how many events each bucket lists. */
export const MAX_EVENTS_PER_BUCKET = 100;
/** Dated buckets listed by default: ten years of months. */
export const DEFAULT_PERIODS = 120;
/** At most this many dated buckets a request; counts cover every period whatever is listed. */
export const MAX_PERIODS = 1000;
const PERIOD = /^\d{4}(-\d{2})?$/;

/**
 * Events grouped by month (year for events dated only to the year, a separate bucket for undated ones),
 * with the filters and partial-date semantics of `events(filter:)`.
 */
export async function buildTimeline(
  filter: TimelineFilter | null | undefined, eventsPerBucket: number, timeline: TimelineRepository, scope: RequestScope,
  periods: { first: number; after: string | null | undefined } = { first: DEFAULT_PERIODS, after: null },
  eventProperties: readonly string[] | null = null,
): Promise<Timeline> {
  const after = periods.after ?? null;
  if (after !== null && !PERIOD.test(after)) {
    throw badUserInput(`Expected after to be a period like "2014" or "2014-03" (a timeline's endCursor), but got ${JSON.stringify(after)}.`, { argument: 'after' });
  }
  const { fromStart, toEnd } = dateRange(filter?.from, filter?.to);
  const query = {
    kinds: filter?.kinds?.length ? filter.kinds : null,
    countryId: filter?.countryId ? parseNodeIdOf(filter.countryId, [NodeType.PLACE], 'filter.countryId').id : null,
    funderId: filter?.funderId ? parseNodeIdOf(filter.funderId, ACTOR_NODE_TYPES, 'filter.funderId').id : null,
    fromStart,
    toEnd,
    perBucket: checkFirst(eventsPerBucket, MAX_EVENTS_PER_BUCKET, 'Narrow the filter (kinds, countryId, from/to) to list every event of a bucket.', 'eventsPerBucket'),
    afterPeriod: after,
    firstPeriods: checkFirst(periods.first, MAX_PERIODS, 'Page with `after` (the endCursor) or narrow from/to to read more periods.', 'periods'),
    eventProperties,
  };
  const groups = await timeline.periods(query, scope.query);
  // Events read in part must not answer the node loader: another field of the request may ask them for more.
  if (!eventProperties) scope.loaders.prime(groups.flatMap((g) => g.events));
  const bucketed = toBuckets(groups);
  const page = pageOfBuckets(bucketed.buckets, after, query.firstPeriods);
  const bucket = (b: (typeof bucketed)['undated']) => Object.assign(new TimelineBucket(), { ...b, events: [...b.events] });
  return Object.assign(new Timeline(), {
    buckets: page.buckets.map(bucket),
    truncated: page.truncated,
    endCursor: page.endCursor,
    periodCount: page.periodCount,
    undated: bucket(bucketed.undated),
    totalCount: bucketed.totalCount,
    undatedExcludedCount: bucketed.undatedExcludedCount,
  });
}
