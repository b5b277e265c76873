import { ExportRepository } from '../../../src/export/export.repository';
import { prepareExport } from '../../../src/export/export.service';
import { FunderReachDocument, FunderReachPagesDocument, type FunderReachPagesQuery, FundingFlowsDocument, type FundingFlowsQuery } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { type OwnNode, type OwnRelationship, uniqueId, withOwnGraph } from '../../helpers/own-data';
import { csvRecords, textOf } from '../export/read-export';

// A funder of this file's own, larger than any page: 230 events (one reached both directly and through a
// program), four programs in a chain, 13 organisations (and the funder organising one event itself), eight
// places. Paging through each list must give the whole reach exactly once, with totals that never depend on
// the page, and the audit CSV must still list every flow (more than one 200-flow page of them).

const funder = uniqueId('ORGANIZATION', 'reach-funder');
const programs = [0, 1, 2, 3].map((i) => uniqueId('PROGRAM', `reach-program-${i}`));
const events = Array.from({ length: 230 }, (_, i) => uniqueId('EVENT', `reach-event-${i}`));
const organizations = Array.from({ length: 13 }, (_, i) => uniqueId('ORGANIZATION', `reach-org-${i}`));
const places = Array.from({ length: 8 }, (_, i) => uniqueId('PLACE', `reach-place-${i}`));
const countries = places.slice(0, 2);

/** Dates of varied precision, some undated; two events end on the same day with different precision. */
function dateOf(i: number): Record<string, unknown> {
  if (i % 7 === 3) return { datePrecision: 'UNKNOWN' };
  if (i === 12) return { date: '2031', datePrecision: 'YEAR', dateStart: '2031-01-01', dateEnd: '2031-12-31' };
  if (i === 13) return { date: '2031-12-31', datePrecision: 'DAY', dateStart: '2031-12-31', dateEnd: '2031-12-31' };
  const year = 2000 + (i % 23);
  const month = String((i % 12) + 1).padStart(2, '0');
  return i % 2 === 0
    ? { date: `${year}-${month}`, datePrecision: 'MONTH', dateStart: `${year}-${month}-01`, dateEnd: `${year}-${month}-28` }
    : { date: `${year}-${month}-05`, datePrecision: 'DAY', dateStart: `${year}-${month}-05`, dateEnd: `${year}-${month}-05` };
}

const participants = (i: number) => (i % 4 === 0 ? i + 1 : null);
const named = (name: string) => ({ name, nameEn: name, aliases: [], searchKeys: [name.toLowerCase()] });

const nodes: OwnNode[] = [
  { type: 'ORGANIZATION', id: funder, properties: { kind: 'FOREIGN_GOVERNMENT', ...named('Reach test funder') } },
  ...programs.map((id, i): OwnNode => ({ type: 'PROGRAM', id, properties: named(`Reach test program ${i}`) })),
  ...organizations.map((id, i): OwnNode => ({ type: 'ORGANIZATION', id, properties: { kind: 'NGO', ...named(`Reach test org ${i}`) } })),
  ...places.map((id, i): OwnNode => ({ type: 'PLACE', id, properties: { kind: i < 2 ? 'COUNTRY' : 'CITY', basis: 'article', ...named(`Reach test place ${i}`) } })),
  ...events.map((id, i): OwnNode => ({
    type: 'EVENT', id,
    properties: { kind: 'WORKSHOP', title: `Reach test event ${i}`, titleEn: `Reach test event ${i}`, searchKeys: [`reach test event ${i}`], participantCount: participants(i), ...dateOf(i) },
  })),
];
const rel = (type: OwnRelationship['type'], from: string, to: string): OwnRelationship => ({ type, from, to, properties: { basis: 'article' } });
const relationships: OwnRelationship[] = [
  rel('FUNDED', funder, programs[0]!), rel('FUNDED', funder, programs[3]!),
  rel('PART_OF', programs[1]!, programs[0]!), rel('PART_OF', programs[2]!, programs[1]!),
  ...events.flatMap((id, i) => {
    const links = [i % 3 === 0 ? rel('PART_OF', id, programs[0]!) : i % 3 === 1 ? rel('PART_OF', id, programs[2]!) : rel('FUNDED', funder, id)];
    if (i === 0) links.push(rel('FUNDED', funder, id)); // reached twice: counted once
    if (i % 5 === 0) links.push(rel('ORGANIZED', organizations[(i / 5) % 10]!, id));
    if (i === 7) links.push(rel('ORGANIZED', funder, id)); // the funder is not its own partner
    if (i % 9 !== 8) links.push(rel('HELD_IN', id, places[i % 8]!));
    return links;
  }),
  ...places.slice(2).map((id, i) => rel('LOCATED_IN', id, countries[i % 2]!)),
  rel('IMPLEMENTED', organizations[10]!, programs[1]!), rel('IMPLEMENTED', organizations[11]!, programs[3]!), rel('PARTNERED_WITH', organizations[12]!, programs[2]!),
];
withOwnGraph({ nodes, relationships });

const client = useGraphQLTestClient();
type Reach = NonNullable<FunderReachPagesQuery['funderReach']>;
type ListName = 'programsPage' | 'eventsPage' | 'organizationsPage' | 'placesPage';
const AFTER: Record<ListName, string> = { programsPage: 'programsAfter', eventsPage: 'eventsAfter', organizationsPage: 'organizationsAfter', placesPage: 'placesAfter' };

const sorted = (ids: readonly string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const expected = {
  programs: sorted(programs),
  events: sorted(events),
  organizations: sorted(organizations),
  places: sorted(places.filter((_, i) => events.some((__, e) => e % 9 !== 8 && e % 8 === i))),
};

async function reachPage(vars: Record<string, unknown>): Promise<Reach> {
  const { result } = await client.run(FunderReachPagesDocument, { funderId: funder, ...vars });
  expect(result.errors).toBeUndefined();
  return result.data!.funderReach!;
}

/** Every page of one list, with the reach's totals as each page reported them. */
async function pageThrough(list: ListName, first: number): Promise<{ ids: string[]; pages: Reach[] }> {
  const pages: Reach[] = [];
  let after: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const reach = await reachPage({ first, [AFTER[list]]: after });
    pages.push(reach);
    if (!reach[list].truncated) break;
    after = reach[list].endCursor;
  }
  return { ids: pages.flatMap((p) => p[list].nodes.map((n) => n.id)), pages };
}

describe('funder reach, a page at a time', () => {
  it('pages through each list to the whole reach exactly once, truncated exactly while more follow', async () => {
    for (const [list, want] of [['programsPage', expected.programs], ['eventsPage', expected.events], ['organizationsPage', expected.organizations], ['placesPage', expected.places]] as const) {
      const { ids, pages } = await pageThrough(list, 7);
      expect(ids).toEqual(want);
      expect(pages).toHaveLength(Math.ceil(want.length / 7));
      expect(pages.map((p) => p[list].truncated)).toEqual(pages.map((_, i) => i < pages.length - 1));
      for (const page of pages) expect(page[list].totalCount).toBe(want.length);
    }
  });

  it('keeps the totals exact over the whole reach, the same on every page, and equal to the sums over all pages', async () => {
    const { pages } = await pageThrough('eventsPage', 50);
    const all = pages.flatMap((p) => p.eventsPage.nodes);
    const counted = all.filter((e) => e.participantCount !== null);
    const want = events.map((_, i) => participants(i)).filter((p): p is number => p !== null);
    const totals = (r: Reach) => ({ ...r, programsPage: null, eventsPage: null, organizationsPage: null, placesPage: null });
    for (const page of pages) expect(totals(page)).toEqual(totals(pages[0]!));
    expect(pages[0]).toMatchObject({
      programCount: 4, eventCount: 230, organizationCount: 13, placeCount: expected.places.length,
      participantCount: want.reduce((a, b) => a + b, 0), eventsWithParticipantCount: want.length,
      countries: countries.map((id) => ({ id })),
      // The earliest start; the latest end (2031-12-31), ties to the lower id: event 12 ("2031") before event 13.
      firstDate: '2000-01', lastDate: '2031',
    });
    expect(pages[0]!.participantCount).toBe(counted.reduce((sum, e) => sum + e.participantCount!, 0));
    expect(pages[0]!.eventsWithParticipantCount).toBe(counted.length);
  });

  it('starts after any id, and answers an empty last page with a null cursor', async () => {
    const reach = await reachPage({ first: 3, programsAfter: expected.programs[1] });
    expect(reach.programsPage).toEqual({ totalCount: 4, truncated: false, endCursor: expected.programs[3], nodes: expected.programs.slice(2).map((id) => ({ id })) });
    const past = await reachPage({ first: 3, programsAfter: expected.programs[3] });
    expect(past.programsPage).toEqual({ totalCount: 4, truncated: false, endCursor: null, nodes: [] });
  });

  it('keeps the plain lists whole below their cap, by id, as the README query reads them', async () => {
    const { result } = await client.run(FunderReachDocument, { funderId: funder });
    expect(result.errors).toBeUndefined();
    const reach = result.data!.funderReach!;
    expect(reach.programs.map((p) => p.id)).toEqual(expected.programs);
    expect(reach.events.map((e) => e.id)).toEqual(expected.events);
    expect(reach.organizations.map((o) => o.id)).toEqual(expected.organizations);
    expect(reach.places.map((p) => p.id)).toEqual(expected.places);
  });

  it('reads the lists a query asks for together with one statement, alongside the totals rather than after them', async () => {
    const { funding } = client.repositories;
    const happened: string[] = [];
    const reach = funding.reach.bind(funding);
    const reachPages = funding.reachPages.bind(funding);
    const spies = [
      jest.spyOn(funding, 'reach').mockImplementation(async (...args) => {
        happened.push('totals asked');
        const found = await reach(...args);
        happened.push('totals read');
        return found;
      }),
      jest.spyOn(funding, 'reachPages').mockImplementation(async (...args) => {
        happened.push('lists asked');
        return reachPages(...args);
      }),
    ];
    try {
      const { result, context } = await client.run(FunderReachDocument, { funderId: funder });
      expect(result.errors).toBeUndefined();
      // Side by side, in whichever order their connections come.
      expect(context.recorder.names().filter((name) => name.startsWith('funding/')).sort()).toEqual(['funding/funder-reach', 'funding/funder-reach-page']);
      expect(happened).toEqual(['totals asked', 'lists asked', 'totals read']);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('reads a page with a size out of range with its field, which refuses it, and the other lists ahead', async () => {
    const { result, context } = await client.run(`query ($id: ID!) { funderReach(funderId: $id) { eventCount programs { id }
      eventsPage(first: 0) { nodes { id } } } }`, { id: funder });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, path: ['funderReach', 'eventsPage'] });
    expect(context.recorder.names().filter((name) => name.startsWith('funding/')).sort()).toEqual(['funding/funder-reach', 'funding/funder-reach-page']);
  });

  it('refuses a page size out of range with the cap in the message', async () => {
    const { result } = await client.run(FunderReachPagesDocument, { funderId: funder, first: 1001 });
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Expected first to be between 1 and 1000, but got 1001. Page with `after` (the endCursor of the previous page) to read more.',
    });
  });

  it('lists every flow of the funder in the audit CSV, across more than one page of flows', async () => {
    const flows: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { result } = await client.run(FundingFlowsDocument, { filter: { funderId: funder }, first: 200, after });
      expect(result.errors).toBeUndefined();
      const page: FundingFlowsQuery['fundingFlows'] = result.data!.fundingFlows;
      flows.push(...page.edges.map((e) => `${e.node.funder.id} ${e.node.event.id} ${e.node.direct}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const prepared = await prepareExport('csv', { kind: 'funder', funderId: funder }, { repositories: client.repositories, exports: new ExportRepository(client.executor) }, {
      query: { operation: 'funder reach test' }, now: () => new Date('2024-05-01T10:00:00Z'),
    });
    const rows = csvRecords(await textOf(prepared.chunks()));
    expect(rows.map((r) => `${r.funder_id} ${r.event_id} ${r.direct}`)).toEqual(flows);
    expect(flows).toHaveLength(230);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(expected.events));
  });
});
