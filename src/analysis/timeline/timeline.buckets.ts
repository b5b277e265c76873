import { DatePrecision } from '../../common/enums';

/** A period's events as the statement groups them; `events` is generic so the grouping stays pure. */
export interface PeriodGroup<E> {
  readonly period: string | null;
  readonly inRange: boolean;
  readonly count: number;
  readonly events: readonly E[];
}

export interface Bucket<E> {
  readonly period: string | null;
  readonly precision: DatePrecision;
  readonly count: number;
  readonly events: readonly E[];
}

export interface Buckets<E> {
  readonly buckets: Bucket<E>[];
  readonly undated: Bucket<E>;
  readonly totalCount: number;
  readonly undatedExcludedCount: number;
}

/** YYYY-MM is a month; YYYY a year; null no period at all. */
export function precisionOfPeriod(period: string | null): DatePrecision {
  if (period === null) return DatePrecision.UNKNOWN;
  return period.length === 4 ? DatePrecision.YEAR : DatePrecision.MONTH;
}

/**
 * Orders the period groups into a timeline. Periods sort as text, which is time order for ISO prefixes
 * and puts a year ("2014") before its months ("2014-01" …). Undated events go to their own bucket, or,
 * when a date range left them out, into a count: never silently dropped.
 */
export function toBuckets<E>(groups: readonly PeriodGroup<E>[]): Buckets<E> {
  const dated = groups.filter((g): g is PeriodGroup<E> & { period: string } => g.period !== null && g.inRange);
  const undated = groups.filter((g) => g.period === null && g.inRange);
  const buckets = dated
    .map((g) => ({ period: g.period, precision: precisionOfPeriod(g.period), count: g.count, events: g.events }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const undatedBucket: Bucket<E> = {
    period: null,
    precision: DatePrecision.UNKNOWN,
    count: undated.reduce((sum, g) => sum + g.count, 0),
    events: undated.flatMap((g) => g.events),
  };
  return {
    buckets,
    undated: undatedBucket,
    totalCount: buckets.reduce((sum, b) => sum + b.count, 0) + undatedBucket.count,
    undatedExcludedCount: groups.filter((g) => g.period === null && !g.inRange).reduce((sum, g) => sum + g.count, 0),
  };
}

/** The dated buckets of one page: the first `first` after the period `after` (all periods when null), in time order. */
export interface BucketPage<E> {
  readonly buckets: Bucket<E>[];
  /** True exactly when dated buckets follow the page. */
  readonly truncated: boolean;
  /** The last listed period; null when the page lists none. */
  readonly endCursor: string | null;
  /** Dated buckets over all pages. */
  readonly periodCount: number;
}

/** Cuts the dated buckets (already in time order) to a page, keyset on the period text as the statement does. */
export function pageOfBuckets<E>(buckets: readonly Bucket<E>[], after: string | null, first: number): BucketPage<E> {
  const following = buckets.filter((b) => after === null || (b.period !== null && b.period > after));
  const page = following.slice(0, first);
  return { buckets: page, truncated: following.length > first, endCursor: page.at(-1)?.period ?? null, periodCount: buckets.length };
}
