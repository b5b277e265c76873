import { TimelineDocument, type TimelineQueryVariables } from '../../../src/generated/operations';
import { amongCurated } from '../../helpers/curated';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

const timelineOf = async (vars: TimelineQueryVariables) => {
  const { result, context } = await client.run(TimelineDocument, vars);
  expect(result.errors).toBeUndefined();
  return { timeline: result.data!.timeline, statements: context.recorder.names() };
};

/** The ten events of the seed graph, in the timeline's order: by date, then id; the undated ones last. */
const SEED_EVENTS = [
  'event:2008-jenin-security-campaign',
  'event:2009-06-18-jenin-open-meeting',
  'event:2014-08-07-hay-hassani-meeting',
  'event:2014-08-07-sidi-bernoussi-meeting',
  'event:2022-11-marib-consultative-meeting',
  'event:2022-11-marib-journalists-consultative-meeting',
  'event:undated-al-habilayn-discussion-session',
  'event:undated-psd-community-police-donors-conference',
  'event:undated-psd-undp-community-police-field-survey',
  'event:undated-sidi-bernoussi-school-awareness-campaigns',
];

describe('timeline', () => {
  it('puts Morocco\'s two communication meetings of 7 August 2014 in the 2014-08 bucket', async () => {
    const { timeline } = await timelineOf({ filter: { countryId: 'place:ma' } });
    expect(timeline.buckets).toEqual([{
      period: '2014-08',
      precision: 'MONTH',
      count: 2,
      events: [
        expect.objectContaining({ id: 'event:2014-08-07-hay-hassani-meeting', date: '2014-08-07', datePrecision: 'DAY' }),
        expect.objectContaining({ id: 'event:2014-08-07-sidi-bernoussi-meeting', date: '2014-08-07', datePrecision: 'DAY' }),
      ],
    }]);
    expect(timeline.totalCount).toBe(2);
  });

  it('orders every event in time: a year-only event in its year bucket, month-dated ones in their month, undated ones apart', async () => {
    const { timeline } = await timelineOf({});
    const seedBuckets = timeline.buckets
      .map((b) => [b.period, b.precision, amongCurated(b.events.map((e) => e.id), SEED_EVENTS)] as const)
      .filter(([, , events]) => events.length > 0);
    expect(seedBuckets).toEqual([
      ['2008', 'YEAR', ['event:2008-jenin-security-campaign']],
      ['2009-06', 'MONTH', ['event:2009-06-18-jenin-open-meeting']],
      ['2014-08', 'MONTH', ['event:2014-08-07-hay-hassani-meeting', 'event:2014-08-07-sidi-bernoussi-meeting']],
      ['2022-11', 'MONTH', ['event:2022-11-marib-consultative-meeting', 'event:2022-11-marib-journalists-consultative-meeting']],
    ]);
    const periods = timeline.buckets.map((b) => b.period);
    expect([...periods].sort()).toEqual(periods);
    expect(amongCurated(timeline.undated.events.map((e) => e.id), SEED_EVENTS)).toEqual([
      'event:undated-al-habilayn-discussion-session',
      'event:undated-psd-community-police-donors-conference',
      'event:undated-psd-undp-community-police-field-survey',
      'event:undated-sidi-bernoussi-school-awareness-campaigns',
    ]);
    // Every event is counted once: in a dated bucket or among the undated ones.
    expect(timeline.totalCount).toBe(timeline.buckets.reduce((sum, b) => sum + b.count, 0) + timeline.undated.count);
    expect(timeline.totalCount).toBeGreaterThanOrEqual(SEED_EVENTS.length);
    expect(timeline.undatedExcludedCount).toBe(0);
  });

  it('follows a funder through programs, and keeps an undated event it reached in the undated bucket', async () => {
    const { timeline } = await timelineOf({ filter: { funderId: 'org:embassy-of-japan-jordan' } });
    expect(timeline.buckets).toEqual([]);
    expect(timeline.undated.events.map((e) => e.id)).toEqual(['event:undated-psd-community-police-donors-conference', 'event:undated-psd-undp-community-police-field-survey']);
  });

  it('matches partial dates by overlap under a date range, and counts the undated events the range left out', async () => {
    const { timeline } = await timelineOf({ filter: { from: '2008-06', to: '2014' } });
    expect(timeline.buckets.filter((b) => amongCurated(b.events.map((e) => e.id), SEED_EVENTS).length > 0).map((b) => b.period)).toEqual(['2008', '2009-06', '2014-08']);
    expect(timeline.undated).toEqual({ count: 0, events: [] });
    expect(timeline.undatedExcludedCount).toBeGreaterThanOrEqual(4);
    // In Yemen the range leaves out the Marib meetings (2022) and the undated Al-Habilayn session alone.
    const yemen = await timelineOf({ filter: { countryId: 'place:ye', from: '2008-06', to: '2014' } });
    expect(yemen.timeline).toMatchObject({ buckets: [], totalCount: 0, undatedExcludedCount: 1 });
  });

  it('filters by kind, and lists at most eventsPerBucket events while counting all of them', async () => {
    const { timeline } = await timelineOf({ filter: { kinds: ['CONSULTATIVE_MEETING'], countryId: 'place:ye' }, eventsPerBucket: 1 });
    expect(timeline.buckets).toEqual([{ period: '2022-11', precision: 'MONTH', count: 2, events: [expect.objectContaining({ id: 'event:2022-11-marib-consultative-meeting' })] }]);
  });

  it('answers the fields a request asks of its events alone as a request for every field answers them', async () => {
    const every = `id version kind title titleAr titleEn date datePrecision dateText participantCount participantCountText
      place { id } organizers { id } funders { id } participants { id } programs { id } sources { id } evidence { quote }`;
    const ask = async (fields: string) => {
      const { result } = await client.run(`query { timeline(filter: {countryId: "place:ma"}) { buckets { events { ${fields} } } undated { events { ${fields} } } } }`);
      expect(result.errors).toBeUndefined();
      const timeline = result.data!.timeline as { buckets: { events: Record<string, unknown>[] }[]; undated: { events: Record<string, unknown>[] } };
      return [...timeline.buckets.flatMap((b) => b.events), ...timeline.undated.events];
    };
    const whole = await ask(every);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    expect(whole.every((e) => (e.evidence as unknown[]).length > 0 && e.titleAr !== null)).toBe(true);
    for (const fields of [['id', 'title', 'date'], ['id', 'titleAr', 'participantCount', 'version'], ['kind', 'evidence', 'organizers']]) {
      const pick = (e: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, e[f]]));
      expect(await ask(fields.map((f) => (f === 'evidence' ? 'evidence { quote }' : f === 'organizers' ? 'organizers { id }' : f)).join(' '))).toEqual(whole.map(pick));
    }
  });

  it('costs one statement', async () => {
    expect((await timelineOf({})).statements).toEqual(['analysis/timeline']);
  });

  it('rejects a bad date, an id of the wrong type and an eventsPerBucket out of range with BAD_USER_INPUT', async () => {
    const error = async (vars: TimelineQueryVariables) => (await client.run(TimelineDocument, vars)).result.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await error({ filter: { from: 'August 2014' } })).toEqual([['BAD_USER_INPUT', 'Expected filter.from to be an ISO date like "2014-08-07", "2022-11" or "2009", but got "August 2014".']]);
    expect(await error({ filter: { from: '2022', to: '2014' } })).toEqual([['BAD_USER_INPUT', 'Expected filter.from (2022) to be on or before filter.to (2014).']]);
    expect(await error({ filter: { funderId: 'place:ye' } })).toEqual([['BAD_USER_INPUT', 'Expected filter.funderId to be the id of an organization or person, but got "place:ye", the id of a place.']]);
    expect(await error({ eventsPerBucket: 101 })).toEqual([[
      'BAD_USER_INPUT', 'Expected eventsPerBucket to be between 1 and 100, but got 101. Narrow the filter (kinds, countryId, from/to) to list every event of a bucket.',
    ]]);
  });

  it('answers an empty timeline for a filter id that names nothing, as events(filter:) does', async () => {
    const { timeline } = await timelineOf({ filter: { countryId: 'place:atlantis' } });
    expect(timeline).toMatchObject({ buckets: [], undated: { count: 0 }, totalCount: 0 });
  });
});
