import timelineOperations from '../../operations/timeline.graphql';
import { jisr, operation } from '../api/jisr';
import type { EventPlace, EventSummary, Named } from '../api/graph.types';

export interface TimelineEvent extends EventSummary {
  readonly place: (EventPlace & { readonly country: Named | null }) | null;
}

export interface TimelineBucket {
  readonly period: string | null;
  readonly precision: 'DAY' | 'MONTH' | 'YEAR' | 'UNKNOWN';
  readonly count: number;
  readonly events: readonly TimelineEvent[];
}

export interface Timeline {
  readonly totalCount: number;
  readonly undatedExcludedCount: number;
  readonly buckets: readonly TimelineBucket[];
  readonly undated: TimelineBucket;
}

/** Events listed per bucket: the bars count them all, the lists stay readable. */
const EVENTS_PER_BUCKET = 25;

const ExplorerTimeline = operation<{ timeline: Timeline }, { countryId: string | null; eventsPerBucket: number }>(timelineOperations, 'ExplorerTimeline');

export const timelineOf = (countryId: string | undefined) =>
  jisr.request(ExplorerTimeline, { countryId: countryId ?? null, eventsPerBucket: EVENTS_PER_BUCKET }).then((data) => data.timeline);
