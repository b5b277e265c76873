import { EventFundersDocument, FunderReachDocument, FundingFlowsDocument, type FundingFlowsQuery } from '../../../src/generated/operations';
import { amongCurated } from '../../helpers/curated';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { TEST_DATABASE } from '../../helpers/test-database';

const client = useGraphQLTestClient();

type Flow = FundingFlowsQuery['fundingFlows']['edges'][number]['node'];

async function flows(filter: Record<string, unknown> = {}, first = 200): Promise<Flow[]> {
  const { result } = await client.run(FundingFlowsDocument, { filter, first });
  expect(result.errors).toBeUndefined();
  return result.data!.fundingFlows.edges.map((e) => e.node);
}

const pair = (f: Flow) => `${f.funder.id} → ${f.event.id}${f.direct ? '' : ` via ${f.via.map((v) => v.id).join(' → ')}`}`;

/** Every flow the five articles state, in the API's order (funder id, then event date and id). */
const SEED_FLOWS = [
  'org:civil-forum → event:2009-06-18-jenin-open-meeting',
  'org:democratic-youth-foundation → event:undated-al-habilayn-discussion-session',
  'org:embassy-of-japan-jordan → event:undated-psd-community-police-donors-conference via program:undp-psd-community-policing-cooperation → program:psd-undp-community-police-mou',
  'org:embassy-of-japan-jordan → event:undated-psd-undp-community-police-field-survey via program:undp-psd-community-policing-cooperation',
  'org:eu → event:undated-al-habilayn-discussion-session',
  'org:saferworld → event:2022-11-marib-consultative-meeting via program:saned-community-peace',
];

/** A filter's flows read at once, and page by page of `first` with cursors, with each page's totalCount. */
async function pagedThrough(filter: Record<string, unknown>, first: number): Promise<{ all: string[]; seen: string[]; totals: number[] }> {
  const all = (await flows(filter)).map(pair);
  const seen: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  do {
    const page: FundingFlowsQuery['fundingFlows'] = (await client.run(FundingFlowsDocument, { filter, first, after })).result.data!.fundingFlows;
    seen.push(...page.edges.map((e) => pair(e.node)));
    totals.push(page.totalCount);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { all, seen, totals };
}

/** The seed graph's flows among those a filter gives, whatever other flows the database holds. */
const seedFlows = async (filter: Record<string, unknown> = {}) => amongCurated((await flows(filter)).map(pair), SEED_FLOWS);

describe('funding flows: who funded which dialogues, as the five articles state', () => {
  it('lists every funder-to-event flow, direct or through programs, in a stable order', async () => {
    expect(await seedFlows()).toEqual(SEED_FLOWS);
  });

  it('follows a donor through a program to the dialogue it paid for (Saferworld → Saned → Marib meeting)', async () => {
    const [flow] = await flows({ funderId: 'org:saferworld' });
    expect(flow).toMatchObject({ direct: false, via: [{ id: 'program:saned-community-peace' }], event: { id: 'event:2022-11-marib-consultative-meeting', date: '2022-11' } });
    expect(flow!.hops.map((h) => `${h.type} ${h.fromId} → ${h.toId}`)).toEqual([
      'FUNDED org:saferworld → program:saned-community-peace',
      'PART_OF event:2022-11-marib-consultative-meeting → program:saned-community-peace',
    ]);
  });

  it('has at least one verbatim quote for every hop of every flow, from the source that states it', async () => {
    const curated = (await flows()).filter((f) => SEED_FLOWS.includes(pair(f)));
    expect(curated).toHaveLength(SEED_FLOWS.length);
    // The articles' texts, read with raw Cypher: the quotes must be what the sources say at those offsets.
    const sourceIds = [...new Set(curated.flatMap((f) => f.hops.flatMap((h) => h.evidence.map((e) => e.source.id))))];
    const { records } = await client.driver.executeQuery('UNWIND $ids AS id MATCH (s:Node {id: id}) RETURN s.id AS id, s.text AS text', { ids: sourceIds }, { database: TEST_DATABASE });
    const texts = new Map(records.map((r) => [r.get('id') as string, r.get('text') as string]));
    for (const flow of curated) {
      for (const hop of flow.hops) {
        expect(hop.evidence.length).toBeGreaterThan(0);
        for (const e of hop.evidence) expect(texts.get(e.source.id)!.slice(e.start, e.end)).toBe(e.quote);
      }
      expect(flow.evidence.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps only flows a source states as direct support with directOnly', async () => {
    expect(await seedFlows({ directOnly: true })).toEqual([
      'org:civil-forum → event:2009-06-18-jenin-open-meeting',
      'org:democratic-youth-foundation → event:undated-al-habilayn-discussion-session',
      'org:eu → event:undated-al-habilayn-discussion-session',
    ]);
  });

  it('filters by country through the place chain, by event kind and by date range with partial dates', async () => {
    expect((await flows({ countryId: 'place:ye' })).map((f) => f.funder.id)).toEqual(['org:democratic-youth-foundation', 'org:eu', 'org:saferworld']);
    expect(await seedFlows({ eventKinds: ['OPEN_MEETING'] })).toEqual(['org:civil-forum → event:2009-06-18-jenin-open-meeting']);
    // 2022-11 overlaps "from 2022-11-15": a month-precise date compares by its bounds.
    expect(await seedFlows({ from: '2022-11-15' })).toEqual(['org:saferworld → event:2022-11-marib-consultative-meeting via program:saned-community-peace']);
    expect(await seedFlows({ from: '2009', to: '2009' })).toEqual(['org:civil-forum → event:2009-06-18-jenin-open-meeting']);
  });

  it('filters every funder\'s flows by any place: a governorate, a district or a city below it, and an unknown place has none', async () => {
    const alHabilayn = [
      'org:democratic-youth-foundation → event:undated-al-habilayn-discussion-session',
      'org:eu → event:undated-al-habilayn-discussion-session',
    ];
    expect(await seedFlows({ countryId: 'place:ye-marib' })).toEqual(['org:saferworld → event:2022-11-marib-consultative-meeting via program:saned-community-peace']);
    expect(await seedFlows({ countryId: 'place:ye-lahj' })).toEqual(alHabilayn);
    // Below a governorate the events are found by walking down from the place.
    expect(await seedFlows({ countryId: 'place:ye-lahj-radfan' })).toEqual(alHabilayn);
    expect(await seedFlows({ countryId: 'place:ye-lahj-radfan-al-habilayn' })).toEqual(alHabilayn);
    expect(await seedFlows({ countryId: 'place:ps-jenin' })).toEqual(['org:civil-forum → event:2009-06-18-jenin-open-meeting']);
    expect(await seedFlows({ countryId: 'place:ye-lahj-radfan', directOnly: true, eventKinds: ['WORKSHOP'] })).toEqual([]);
    expect(await seedFlows({ funderId: 'org:eu', countryId: 'place:ye-lahj-radfan' })).toEqual(['org:eu → event:undated-al-habilayn-discussion-session']);
    expect(await seedFlows({ funderId: 'org:saferworld', countryId: 'place:ye-lahj-radfan' })).toEqual([]);
    const { result } = await client.run(FundingFlowsDocument, { filter: { countryId: 'place:nowhere' }, first: 5 });
    expect(result.data!.fundingFlows).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages with cursors through the same flows, each once', async () => {
    // Within one country, so that no other test's flow can appear or vanish between the pages.
    const { all, seen, totals } = await pagedThrough({ countryId: 'place:ye' }, 2);
    expect(all.length).toBeGreaterThan(2);
    expect(seen).toEqual(all);
    expect(new Set(totals)).toEqual(new Set([all.length]));
  });

  it('counts and pages every funder\'s flows below a district the same way', async () => {
    const { all, seen, totals } = await pagedThrough({ countryId: 'place:ye-lahj-radfan' }, 1);
    expect(all.length).toBeGreaterThan(1);
    expect(seen).toEqual(all);
    expect(new Set(totals)).toEqual(new Set([all.length]));
  });

  it('gives Event.funders by the same rule, and no funder for the Moroccan meetings', async () => {
    const funders = async (id: string) => ((await client.run(EventFundersDocument, { id })).result.data!.node as { funders: { id: string }[] }).funders.map((f) => f.id);
    expect(await funders('event:undated-psd-community-police-donors-conference')).toEqual(['org:embassy-of-japan-jordan']);
    expect(await funders('event:undated-al-habilayn-discussion-session')).toEqual(['org:democratic-youth-foundation', 'org:eu']);
    expect(await funders('event:2014-08-07-sidi-bernoussi-meeting')).toEqual([]);
    expect(await funders('event:2014-08-07-hay-hassani-meeting')).toEqual([]);
    expect(await funders('event:2022-11-marib-journalists-consultative-meeting')).toEqual([]);
  });

  it('rejects a funder id of the wrong type, a bad date and first above the cap, with codes', async () => {
    const error = async (vars: Record<string, unknown>) => (await client.run(FundingFlowsDocument, vars)).result.errors?.[0];
    expect(await error({ filter: { funderId: 'event:2009-06-18-jenin-open-meeting' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('Expected filter.funderId to be the id of an organization or person') });
    expect(await error({ filter: { to: '2022-13' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await error({ first: 201 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Expected first to be between 1 and 200, but got 201. Page with `after` to read more.' });
  });
});

describe('funder reach', () => {
  it('sums what Japan\'s support reached through two nested programs, each event once', async () => {
    const { result } = await client.run(FunderReachDocument, { funderId: 'org:embassy-of-japan-jordan' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.funderReach).toMatchObject({
      programs: [{ id: 'program:psd-undp-community-police-mou' }, { id: 'program:undp-psd-community-policing-cooperation' }],
      events: [{ id: 'event:undated-psd-community-police-donors-conference' }, { id: 'event:undated-psd-undp-community-police-field-survey' }],
      organizations: [{ id: 'org:jordan-psd' }, { id: 'org:jordan-psd-community-police' }, { id: 'org:undp' }],
      places: [{ id: 'place:jo' }],
      countries: [{ id: 'place:jo' }],
      participantCount: 0,
      eventsWithParticipantCount: 0,
      firstDate: null,
      lastDate: null,
    });
  });

  it('counts the participants of a directly funded dialogue once, with its place chain up to the country', async () => {
    const { result } = await client.run(FunderReachDocument, { funderId: 'org:eu' });
    expect(result.data!.funderReach).toMatchObject({
      events: [{ id: 'event:undated-al-habilayn-discussion-session', participantCount: 20 }],
      participantCount: 20,
      eventsWithParticipantCount: 1,
      organizations: [{ id: 'org:ruwad-foundation' }],
      countries: [{ id: 'place:ye' }],
    });
  });

  it('gives the dates of the first and last reached events, as precise as known', async () => {
    const { result } = await client.run(FunderReachDocument, { funderId: 'org:saferworld' });
    expect(result.data!.funderReach).toMatchObject({ firstDate: '2022-11', lastDate: '2022-11', organizations: [{ id: 'org:marib-police' }, { id: 'org:musaala' }, { id: 'org:sada' }] });
  });

  it('answers null for an unknown actor and BAD_USER_INPUT for a place id', async () => {
    expect((await client.run(FunderReachDocument, { funderId: 'org:nobody' })).result.data).toEqual({ funderReach: null });
    expect((await client.run(FunderReachDocument, { funderId: 'place:ye' })).result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
