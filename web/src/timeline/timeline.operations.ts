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
  /** False while later pages of periods are still being read. */
  readonly complete: boolean;
}

/** One page of periods (web/operations/timeline.graphql: 120 periods of 25 events each). */
interface TimelinePage extends Omit<Timeline, 'complete'> {
  readonly truncated: boolean;
  readonly endCursor: string | null;
}

interface CountriesPage {
  readonly edges: readonly { readonly node: Named }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

const ExplorerCountries = operation<{ places: CountriesPage }, { after: string | null }>(timelineOperations, 'ExplorerCountries');

/** Every country with events, as the events list files them: what the timeline's filter offers. */
export async function countriesWithEvents(): Promise<Named[]> {
  const countries: Named[] = [];
  for (let after: string | null = null, more = true; more;) {
    const { places }: { places: CountriesPage } = await jisr.request(ExplorerCountries, { after });
    countries.push(...places.edges.map((edge) => edge.node));
    more = places.pageInfo.hasNextPage && places.pageInfo.endCursor !== null;
    after = places.pageInfo.endCursor;
  }
  return countries;
}

const ExplorerTimeline = operation<{ timeline: TimelinePage }, { countryId: string | null; after: string | null }>(timelineOperations, 'ExplorerTimeline');

/**
 * Every period of the timeline, read a page after another: the cost check counts each event a page may list, so a
 * whole decade's months of 25 events (about 140,000) fits a request and the thousand periods of one request would
 * not. The bars count every event; each bucket lists its first 25. `onPage` is given the periods read so far after
 * each page that is not the last, so that a view shows them while the next page is on its way (at 100k nodes the
 * whole graph's timeline is three pages, 0.7 s).
 */
export async function timelineOf(countryId: string | undefined, onPage?: (sofar: Timeline) => void): Promise<Timeline> {
  const first = (await jisr.request(ExplorerTimeline, { countryId: countryId ?? null, after: null })).timeline;
  const buckets = [...first.buckets];
  const sofar = (complete: boolean): Timeline => ({
    totalCount: first.totalCount, undatedExcludedCount: first.undatedExcludedCount, buckets: [...buckets], undated: first.undated, complete,
  });
  for (let page = first; page.truncated && page.endCursor !== null;) {
    onPage?.(sofar(false));
    page = (await jisr.request(ExplorerTimeline, { countryId: countryId ?? null, after: page.endCursor })).timeline;
    buckets.push(...page.buckets);
  }
  return sofar(true);
}
