import timelineDocument from '../../operations/timeline.graphql';
import { runOperation } from '../api/graphql.client';
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

export const timelineOf = (countryId: string | undefined) =>
  runOperation<{ timeline: Timeline }, { countryId: string | null; eventsPerBucket: number }>(
    timelineDocument, 'ExplorerTimeline', { countryId: countryId ?? null, eventsPerBucket: EVENTS_PER_BUCKET },
  ).then((data) => data.timeline);
