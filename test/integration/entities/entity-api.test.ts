import { type EventsWithOrganizersQuery, ActorsDocument, EventsWithOrganizersDocument, NodeByIdDocument, ProgramsDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

const node = async (id: string) => {
  const { result } = await client.run(NodeByIdDocument, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.node as Record<string, unknown> & { __typename: string };
};

describe('node(id:)', () => {
  it('returns an event with its kind, exact date, place chain, organisers, participants, programs and sources', async () => {
    const event = await node('event:2014-08-07-sidi-bernoussi-meeting');
    expect(event).toMatchObject({
      __typename: 'Event',
      eventKind: 'COMMUNICATION_MEETING',
      date: '2014-08-07',
      datePrecision: 'DAY',
      participantCount: 46,
      place: { country: { id: 'place:ma' } },
      sources: [{ id: 'source:seed-001' }],
    });
    expect(event.evidence).not.toHaveLength(0);
  });

  it('gives an event known only by weekday an UNKNOWN date, not the publication date', async () => {
    expect(await node('event:undated-al-habilayn-discussion-session')).toMatchObject({ date: null, datePrecision: 'UNKNOWN', participantCount: 20 });
  });

  it('returns an organisation unit with its parent and country', async () => {
    expect(await node('org:dgsn-sidi-bernoussi-security-zone')).toMatchObject({ __typename: 'Organization', kind: 'SECURITY_AGENCY', country: { id: 'place:ma' } });
  });

  it('returns a person with the position the article gives, and the quote that states it', async () => {
    const person = await node('person:waheeb-al-dhibani');
    expect(person).toMatchObject({ __typename: 'Person', kind: 'PERSON', positions: [{ organization: { id: 'org:ruwad-foundation' } }] });
    const [position] = person.positions as { title: string; evidence: { quote: string; source: { id: string } }[] }[];
    expect(position!.title).toContain('رئيس');
    expect(position!.evidence[0]!.source.id).toBe('source:seed-000');
  });

  it('returns a program with its funders, implementers and events', async () => {
    const program = await node('program:saned-community-peace');
    expect(program).toMatchObject({ __typename: 'Program', funders: [{ id: 'org:saferworld' }] });
    expect((program.implementers as { id: string }[]).map((a) => a.id).sort()).toEqual(['org:musaala', 'org:sada']);
    expect((program.events as { id: string }[]).map((e) => e.id)).toContain('event:2022-11-marib-consultative-meeting');
  });

  it('returns a place with its parent chain up to the country', async () => {
    expect(await node('place:ye-lahj-radfan')).toMatchObject({ __typename: 'Place', placeKind: 'DISTRICT', parent: { id: 'place:ye-lahj' }, country: { id: 'place:ye' } });
    expect(await node('place:ye')).toMatchObject({ placeKind: 'COUNTRY', parent: null, country: { id: 'place:ye' } });
  });

  it('returns every quote verbatim from its source', async () => {
    const event = await node('event:2009-06-18-jenin-open-meeting');
    for (const e of event.evidence as { quote: string; start: number; end: number }[]) {
      expect(e.end - e.start).toBe(e.quote.length);
    }
  });

  it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect((await client.run(NodeByIdDocument, { id: 'org:nobody' })).result.data).toEqual({ node: null });
    const { result } = await client.run(NodeByIdDocument, { id: 'UNDP' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('lists', () => {
  it('pages through the events with cursors, in date order with undated events last, each exactly once', async () => {
    // Within Yemen, which the seed graph alone fills: no other test's event appears or vanishes between the pages.
    const filter = { countryId: 'place:ye' };
    const all = (await client.run(EventsWithOrganizersDocument, { filter, first: 100 })).result.data!.events;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: EventsWithOrganizersQuery['events'] = (await client.run(EventsWithOrganizersDocument, { filter, first: 1, after })).result.data!.events;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['event:2022-11-marib-consultative-meeting', 'event:2022-11-marib-journalists-consultative-meeting', 'event:undated-al-habilayn-discussion-session']);
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    expect(all.totalCount).toBe(seen.length);
    expect(all.edges.map((e) => e.node.date)).toEqual(['2022-11', '2022-11', null]);
    // Across every country too, whatever else the database holds, no dated event comes after an undated one.
    const dates = (await client.run(EventsWithOrganizersDocument, { first: 100 })).result.data!.events.edges.map((e) => e.node.date);
    const dated = dates.filter((d) => d !== null);
    expect(dates.slice(0, dated.length)).toEqual(dated);
  });

  it('filters events by country, kind, funder (through programs) and partial-date range', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await client.run(EventsWithOrganizersDocument, { filter, first: 100 })).result.data!.events.edges.map((e) => e.node.id);
    expect(await ids({ countryId: 'place:ma', kinds: ['COMMUNICATION_MEETING'] })).toEqual(['event:2014-08-07-hay-hassani-meeting', 'event:2014-08-07-sidi-bernoussi-meeting']);
    expect(await ids({ funderId: 'org:saferworld' })).toContain('event:2022-11-marib-consultative-meeting');
    expect(await ids({ from: '2022', to: '2022-11' })).toEqual(expect.arrayContaining(['event:2022-11-marib-consultative-meeting']));
    // Morocco's meetings of 7 August 2014 fall just outside the range.
    expect(await ids({ countryId: 'place:ma', from: '2014-08-08', to: '2022-10' })).toEqual([]);
  });

  it('pages through the events of some kinds in date order, undated last, exactly as the unfiltered list orders them, whether or not totalCount is asked', async () => {
    type Edges = { edges: { cursor: string; node: { id: string; eventKind: string } }[]; totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const events = async (query: string, variables: Record<string, unknown>) => {
      const { result } = await client.run(query, variables);
      expect(result.errors).toBeUndefined();
      return result.data!.events as Edges;
    };
    const all = (await events('{ events(first: 100) { edges { cursor node { id eventKind: kind } } pageInfo { hasNextPage endCursor } } }', {})).edges.map((e) => e.node);
    const byKind = new Map<string, number>();
    for (const e of all) byKind.set(e.eventKind, (byKind.get(e.eventKind) ?? 0) + 1);
    // The two commonest kinds, so that their pages interleave, and one that is not there.
    const kinds = [...byKind.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([kind]) => kind);
    const expected = all.filter((e) => kinds.includes(e.eventKind)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(2);

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = await events('query ($kinds: [EventKind!], $after: String) { events(filter: { kinds: $kinds }, first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }', { kinds: [...kinds, kinds[0]], after });
      paged.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(expected);

    const counted = await events('query ($kinds: [EventKind!]) { events(filter: { kinds: $kinds }, first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }', { kinds });
    expect(counted.totalCount).toBe(expected.length);
    expect(counted.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 1));
  });

  it('filters actors by kind and country', async () => {
    const { result } = await client.run(ActorsDocument, { filter: { kinds: ['NGO'], countryId: 'place:ye' }, first: 100 });
    const ids = result.data!.actors.edges.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(['org:musaala', 'org:ruwad-foundation', 'org:sada']));
    expect(ids).not.toContain('org:civil-forum');
    expect(result.data!.actors.totalCount).toBe(ids.length);
  });

  it('lists programs with a total count', async () => {
    const { result } = await client.run(ProgramsDocument, { first: 2 });
    expect(result.data!.programs.edges).toHaveLength(2);
    expect(result.data!.programs.pageInfo.hasNextPage).toBe(true);
    expect(result.data!.programs.totalCount).toBeGreaterThan(2);
  });

  it.each([[0], [101]])('rejects first: %d with BAD_USER_INPUT naming the cap', async (first) => {
    const { result } = await client.run(ActorsDocument, { first });
    expect(result.errors?.[0]).toMatchObject({
      message: `Expected first to be between 1 and 100, but got ${first}. Page with \`after\` to read more.`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('rejects a cursor from another list, a bad date and an id of the wrong type', async () => {
    const codes = async (vars: Record<string, unknown>) => (await client.run(EventsWithOrganizersDocument, vars)).result.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await codes({ after: 'bm9wZQ' })).toEqual([['BAD_USER_INPUT', 'Expected after to be a cursor returned by this event connection (pageInfo.endCursor), but got "bm9wZQ".']]);
    expect(await codes({ filter: { from: 'August 2014' } })).toEqual([['BAD_USER_INPUT', 'Expected filter.from to be an ISO date like "2014-08-07", "2022-11" or "2009", but got "August 2014".']]);
    expect(await codes({ filter: { countryId: 'org:undp' } })).toEqual([['BAD_USER_INPUT', 'Expected filter.countryId to be the id of a place, but got "org:undp", the id of an organization.']]);
  });
});
