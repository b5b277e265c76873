import { TimelinePageDocument, type TimelinePageQuery } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { type OwnNode, uniqueId, withOwnGraph } from '../../helpers/own-data';

// A governorate of this file's own (a place found through its chain, whatever indexes countries have) with 40 events over 17 periods (month buckets, two year buckets, a year and its
// months side by side) and three undated events: paging through the timeline's periods must give every bucket
// once, in time order, with counts over the whole timeline on every page.

const governorate = uniqueId('PLACE', 'timeline-governorate');
const events = Array.from({ length: 43 }, (_, i) => uniqueId('EVENT', `timeline-event-${i}`));

function dateOf(i: number): Record<string, unknown> {
  if (i >= 40) return { datePrecision: 'UNKNOWN' };
  if (i % 13 === 0) return { date: String(2010 + (i % 2)), datePrecision: 'YEAR', dateStart: `${2010 + (i % 2)}-01-01`, dateEnd: `${2010 + (i % 2)}-12-31` };
  const month = (i % 15) + 1;
  const year = 2010 + Math.floor(month / 12);
  const mm = String((month % 12) + 1).padStart(2, '0');
  return { date: `${year}-${mm}-0${(i % 9) + 1}`, datePrecision: 'DAY', dateStart: `${year}-${mm}-0${(i % 9) + 1}`, dateEnd: `${year}-${mm}-0${(i % 9) + 1}` };
}

const named = (name: string) => ({ name, nameEn: name, aliases: [], searchKeys: [name.toLowerCase()] });
withOwnGraph({
  nodes: [
    { type: 'PLACE', id: governorate, properties: { kind: 'GOVERNORATE', basis: 'article', ...named('Timeline test governorate') } },
    ...events.map((id, i): OwnNode => ({ type: 'EVENT', id, properties: { kind: 'WORKSHOP', title: `Timeline test event ${i}`, searchKeys: [`timeline test event ${i}`], ...dateOf(i) } })),
  ],
  relationships: events.map((id) => ({ type: 'HELD_IN', from: id, to: governorate, properties: { basis: 'article' } })),
});

const client = useGraphQLTestClient();
type Timeline = TimelinePageQuery['timeline'];

async function timelinePage(vars: Record<string, unknown>): Promise<Timeline> {
  const { result } = await client.run(TimelinePageDocument, { filter: { countryId: governorate }, eventsPerBucket: 100, ...vars });
  expect(result.errors).toBeUndefined();
  return result.data!.timeline;
}

describe('timeline, a page of periods at a time', () => {
  it('pages through every dated bucket once, in time order, truncated exactly while more follow, counts over all pages', async () => {
    // More periods than it has (17); 1,000 periods of 100 events would be over the cost limit.
    const whole = await timelinePage({ periods: 100 });
    expect(whole.truncated).toBe(false);
    expect(whole.periodCount).toBe(whole.buckets.length);
    expect(whole.totalCount).toBe(43);
    expect(whole.undated.count).toBe(3);
    expect(whole.buckets.map((b) => b.period)).toEqual([...whole.buckets.map((b) => b.period)].sort());
    expect(whole.buckets.flatMap((b) => b.events.map((e) => e.id)).sort()).toEqual(events.slice(0, 40).sort());

    const pages: Timeline[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: Timeline = await timelinePage({ periods: 4, after });
      pages.push(page);
      if (!page.truncated) break;
      after = page.endCursor;
    }
    expect(pages.flatMap((p) => p.buckets)).toEqual(whole.buckets);
    expect(pages).toHaveLength(Math.ceil(whole.periodCount / 4));
    expect(pages.map((p) => p.truncated)).toEqual(pages.map((_, i) => i < pages.length - 1));
    for (const page of pages) {
      expect(page).toMatchObject({ totalCount: 43, periodCount: whole.periodCount, undated: whole.undated, endCursor: page.buckets.at(-1)!.period });
    }
  });

  it('lists ten years of months by default, and the whole timeline of a small place as before', async () => {
    const { result } = await client.run(TimelinePageDocument, { filter: { countryId: governorate } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.timeline).toMatchObject({ truncated: false, totalCount: 43 });
  });

  it('refuses an after that is not a period and a periods count out of range', async () => {
    const error = async (vars: Record<string, unknown>) => (await client.run(TimelinePageDocument, { filter: { countryId: governorate }, ...vars })).result.errors?.[0];
    expect(await error({ after: 'March' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' }, message: 'Expected after to be a period like "2014" or "2014-03" (a timeline\'s endCursor), but got "March".',
    });
    expect(await error({ periods: 0 })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' }, message: 'Expected periods to be between 1 and 1000, but got 0. Page with `after` (the endCursor) or narrow from/to to read more periods.',
    });
  });
});

// Events of this file's own in 1901, a year no other file dates an event in: the whole graph's timeline (no place,
// no funder) reads the counts of every place together and lists each period's events by date, and in 1901 what it
// says is this file's events alone.
const EARLY = [
  { date: '1901-02-03', datePrecision: 'DAY', kind: 'WORKSHOP' },
  { date: '1901-02-20', datePrecision: 'DAY', kind: 'WORKSHOP' },
  { date: '1901-02', datePrecision: 'MONTH', kind: 'WORKSHOP' },
  { date: '1901', datePrecision: 'YEAR', kind: 'WORKSHOP' },
  { date: '1901-07-01', datePrecision: 'DAY', kind: 'WORKSHOP' },
  { date: '1901-07-09', datePrecision: 'DAY', kind: 'OPEN_MEETING' },
].map((event, i) => ({ ...event, id: uniqueId('EVENT', `early-event-${i}`) }));

function boundsOf(date: string, precision: string): { dateStart: string; dateEnd: string } {
  if (precision === 'YEAR') return { dateStart: `${date}-01-01`, dateEnd: `${date}-12-31` };
  if (precision === 'MONTH') return { dateStart: `${date}-01`, dateEnd: `${date}-28` };
  return { dateStart: date, dateEnd: date };
}

withOwnGraph({
  nodes: EARLY.map(({ id, date, datePrecision, kind }): OwnNode => ({
    type: 'EVENT', id, properties: { kind, title: `Early event ${id}`, searchKeys: [], date, datePrecision, ...boundsOf(date, datePrecision) },
  })),
});

describe('the whole graph\'s timeline', () => {
  const early = async (vars: Record<string, unknown>) => {
    const page = await timelinePage({ filter: null, after: '1900-12', periods: 3, ...vars });
    return page.buckets.filter((b) => b.period!.startsWith('1901')).map((b) => [b.period, b.count, b.events.map((e) => e.id)]);
  };
  const ids = (...indexes: number[]) => indexes.map((i) => EARLY[i]!.id);

  it('counts and lists every period of the graph, its year before its months, each period\'s events in date order', async () => {
    expect(await early({})).toEqual([
      ['1901', 1, ids(3)],
      ['1901-02', 3, ids(2, 0, 1)],
      ['1901-07', 2, ids(4, 5)],
    ]);
  });

  it('counts the events of a month at an edge of a date range one by one, and narrows to kinds by their counts', async () => {
    // 3 February falls before the range; the month-dated event overlaps it.
    expect(await early({ filter: { from: '1901-02-10', to: '1901-12-31' } })).toEqual([
      ['1901', 1, ids(3)],
      ['1901-02', 2, ids(2, 1)],
      ['1901-07', 2, ids(4, 5)],
    ]);
    expect(await early({ filter: { kinds: ['OPEN_MEETING'], from: '1901-01-01', to: '1901-12-31' } })).toEqual([['1901-07', 1, ids(5)]]);
    const { totalCount } = await timelinePage({ filter: { from: '1901-01-01', to: '1901-12-31' } });
    expect(totalCount).toBe(EARLY.length);
  });
});
