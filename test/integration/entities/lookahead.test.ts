import type { FormattedExecutionResult } from 'graphql';
import { benchQuestions } from '../../../src/bench/questions';
import { createContext, createRepositories, type JisrContext } from '../../../src/context/context';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

/** Runs an operation in a fresh request context, with the root fields' lookahead on or off. */
async function ask(
  query: string, options: { lookahead?: boolean; variables?: Record<string, unknown>; ownRepositories?: boolean } = {},
): Promise<{ result: FormattedExecutionResult; context: JisrContext }> {
  // With ownRepositories, repositories of its own, as a fresh process has: then what a question costs does not depend
  // on what an earlier question left kept (a brokers ranking is kept until the graph changes).
  const context = createContext(options.ownRepositories ? createRepositories(client.executor) : client.repositories);
  context.loaders.lookahead = options.lookahead ?? true;
  const response = await client.apollo.executeOperation({ query, variables: options.variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result, not an incremental one');
  return { result: response.body.singleResult, context };
}

const question = (name: string): string => {
  const found = benchQuestions().find((q) => q.name === name);
  if (!found) throw new Error(`The bench has no question "${name}"`);
  return found.jisr;
};

/** Selections that exercise the selection-set reader: named and inline fragments, aliases, @skip/@include. */
const SHAPES: [string, string, Record<string, unknown>?][] = [
  ['an event card through a named fragment with aliases', `query Card { node(id: "event:2009-06-18-jenin-open-meeting") { ...Card } }
    fragment Card on Event { id where: place { name country { id name } parent { id } } hosts: organizers { __typename id name }
      also: organizers { id } funders { id } participants { id } programs { id } sources { id title }
      evidence { id quote source { id title outlet } } }`],
  ['an organisation through the Actor interface', `{ node(id: "org:saferworld") { id ... on Actor { name evidence { quote source { id } } }
    ... on Organization { parent { id name } country { id } positions { title person { id } } } } }`],
  ['a person with positions', `{ node(id: "person:waheeb-al-dhibani") { ... on Person { id name positions { title organization { id name } } evidence { quote } } } }`],
  ['a place with its parent and country', `{ node(id: "place:ye-lahj-radfan") { ... on Place { id parent { id parent { id } } country { id name } evidence { quote } } } }`],
  ['a program with its chain and actors', `{ node(id: "program:saned-community-peace") { ... on Program { id parent { id } funders { id } implementers { id }
    partners { id } events { id place { country { id } } } evidence { quote source { title } } } } }`],
  ['a source by id', `{ node(id: "source:seed-000") { id ... on Source { title } } }`],
  ['a page of actors with organisation fields', `{ actors(first: 30) { totalCount edges { cursor node { id name evidence { quote }
    ... on Organization { parent { id } country { id name } positions { title } } ... on Person { positions { title } } } } } }`],
  ['a page of events with skipped and included fields', `query Page($yes: Boolean!, $no: Boolean!) { events(first: 30) { edges { node { id
    place @include(if: $yes) { country { name } } organizers @skip(if: $no) { id } funders @include(if: $no) { id } evidence { start } } } } }`,
  { yes: true, no: false }],
  ['a page of programs twice under aliases', `{ a: programs(first: 5) { edges { node { id funders { id } } } } b: programs(first: 5) { edges { node { events { id } } } } }`],
  // Ends read bare (their id alone) where the whole operation asks nothing else of them, whole otherwise.
  ['bare ends of a program list, then read whole by id in the same request', `{ programs(first: 100) { edges { node { id events { id } funders { id } } } }
    e: node(id: "event:2022-11-marib-consultative-meeting") { ... on Event { title date participantCount } } o: node(id: "org:saferworld") { ... on Organization { name aliases } } }`],
  ['one hop twice under aliases, once for ids and once for more', `{ programs(first: 100) { edges { node { id events { id } detail: events { title date } funders { id } } } } }`],
  ['a hop asked for ids in a list and for more in an entity card', `{ programs(first: 100) { edges { node { events { id } } } }
    node(id: "program:saned-community-peace") { ... on Program { events { title } funders { name } } } }`],
  ['an event list\'s programs for ids and organisations\' parents for more (the same hop)', `{ events(first: 30) { edges { node { id programs { id } } } }
    actors(first: 30) { edges { node { id ... on Organization { parent { name } } } } } }`],
  // A page of flows reads its nodes' properties asked only; a node read in part is not handed to the loaders, so
  // the same nodes asked for more elsewhere in the request are read whole.
  ['a page of flows asking a few properties of each node, then the same nodes whole by id', `{ fundingFlows(filter: { funderId: "org:saferworld" }, first: 5) {
    edges { node { funder { name } event { title date } via { id } } } }
    f: node(id: "org:saferworld") { ... on Organization { nameAr aliases kind parent { id } } }
    p: node(id: "program:saned-community-peace") { ... on Program { name nameAr aliases } } }`],
  ['a page of flows through fragments on the funder\'s interface and types', `query { fundingFlows(first: 20) { edges { node { funder { ...F } event { ...E } via { id ... on Program { name parent { id } funders { id } } } } } } }
    fragment F on Actor { __typename id kind ... on Organization { parent { name } country { id } } ... on Person { positions { title } } }
    fragment E on Event { id kind titleAr dateText participantCount place { id } evidence { quote } }`],
  ['bare ends through fragments on an interface', `query { programs(first: 100) { edges { node { ...P } } } }
    fragment P on Program { funders { ...A } events { __typename id } } fragment A on Actor { id ... on Organization { id } }`],
  // Parents of a hop's ends, read with the hop (an organisation's and a program's PART_OF, a place's LOCATED_IN).
  ['an event\'s organisers\' parents and its place\'s parent chain', `{ node(id: "event:2009-06-18-jenin-open-meeting") { ... on Event {
    organizers { id ... on Organization { parent { id name parent { id } } } } place { parent { id name parent { name } } }
    programs { parent { id } funders { id } } } } }`],
  ['an organisation\'s parent chain, two levels in one field', `{ node(id: "org:dgsn-sidi-bernoussi-security-zone") { ... on Organization { name parent { name parent { name kind } } } } }`],
  ['a page of events with their organisers\' parents', `{ events(first: 20, filter: { countryId: "place:ps" }) { edges { node { id
    organizers { name ... on Organization { parent { name } } } place { parent { id } } } } } }`],
  // The events page's branches, each reading its nodes' lookahead in its own statement.
  ...([
    ['in a country, with the count', '{ countryId: "place:ye" }', 'totalCount'],
    ['in a country in a year', '{ countryId: "place:ma", from: "2014", to: "2014" }', ''],
    ['of a kind, with the count', '{ kinds: [OPEN_MEETING, CONSULTATIVE_MEETING] }', 'totalCount'],
    ['of an organiser', '{ organizerId: "org:musaala" }', 'totalCount'],
    ['a funder reached', '{ funderId: "org:saferworld" }', ''],
    ['in a date range', '{ from: "2010", to: "2016-06" }', 'totalCount'],
  ] as const).map(([what, filter, count]): [string, string] => [`a page of events ${what}, with their links`,
    `{ events(first: 7, filter: ${filter}) { ${count} pageInfo { endCursor } edges { node { id title place { id country { id } }
      organizers { __typename id name } funders { id } participants { id } programs { id } sources { id } evidence { quote } } } } }`]),
];

describe('lookahead (one statement for an entity, its one-hop neighbours and evidence)', () => {
  const readmeAndBench = benchQuestions().map((q): [string, string] => [q.name, q.jisr]);

  it.each([...readmeAndBench, ...SHAPES.map(([name, query]): [string, string] => [name, query])])(
    'answers "%s" byte for byte as the loaders alone do',
    async (name, query) => {
      const shape = SHAPES.find(([shapeName]) => shapeName === name);
      const variables = shape?.[2];
      const [withLookahead, without] = await Promise.all([ask(query, { variables, ownRepositories: true }), ask(query, { lookahead: false, variables, ownRepositories: true })]);
      expect(without.result.errors).toBeUndefined();
      // The shapes written here ask for nodes the seed graph has (the bench's may find none: no workshop in it).
      if (shape) expect(JSON.stringify(without.result.data)).not.toMatch(/"node":null|"edges":\[\]/);
      expect(JSON.stringify(withLookahead.result)).toBe(JSON.stringify(without.result));
      // Never more statements than without it.
      expect(withLookahead.context.recorder.count).toBeLessThanOrEqual(without.context.recorder.count);
    },
  );

  it('shows an event card (place and its country, organisers, funders, evidence and its sources) in one statement', async () => {
    const { result, context } = await ask(question('event with organisers, place, evidence'));
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('"country":{"name"');
    expect(context.recorder.names()).toEqual(['graph/lookahead']);
  });

  it('shows the README\'s Jenin meeting (organisers\' parents, place\'s country, funders, evidence) in one statement', async () => {
    const { result, context } = await ask(question('event jenin'));
    expect(result.errors).toBeUndefined();
    // Its organisers are units of larger bodies (the National Security Forces, Fatah): their parents are in the answer.
    expect(JSON.stringify(result.data)).toMatch(/"parent":\{"name":"[^"]+"\}/);
    expect(context.recorder.names()).toEqual(['graph/lookahead']);
  });

  it('reads an organisation\'s parent and its parent\'s parent in one statement', async () => {
    const { result, context } = await ask('{ node(id: "org:dgsn-sidi-bernoussi-security-zone") { ... on Organization { parent { name parent { name } } } } }');
    expect(result.errors).toBeUndefined();
    expect(context.recorder.names()).toEqual(['graph/lookahead']);
  });

  it('shows an organisation with its parent and evidence in one statement', async () => {
    const { result, context } = await ask(question('organisation with evidence'));
    expect(result.errors).toBeUndefined();
    expect(context.recorder.names()).toEqual(['graph/lookahead']);
  });

  it('lists programs with funders, implementers, partners and events in one statement: the page with its neighbours', async () => {
    const { result, context } = await ask(question('programs with funders'));
    expect(result.errors).toBeUndefined();
    expect(context.recorder.names()).toEqual(['programs/programs-page-with-lookahead']);
  });

  it('lists events with organisers and funders in one statement', async () => {
    const { result, context } = await ask(question('events with organisers and funders'));
    expect(result.errors).toBeUndefined();
    expect(context.recorder.names()).toEqual(['events/events-page-with-lookahead']);
  });

  it('lists a country\'s governorates with their parents and countries in one statement', async () => {
    const { result, context } = await ask(question('governorates ye'));
    expect(result.errors).toBeUndefined();
    expect(context.recorder.names()).toEqual(['places/places-page-with-lookahead']);
  });

  it('reads a page alone when the selection asks nothing of its nodes\' links', async () => {
    expect((await ask('{ programs(first: 5) { totalCount edges { node { id name } } } }')).context.recorder.names()).toEqual(['programs/programs-page']);
    expect((await ask('{ places(filter: { kinds: [COUNTRY] }) { edges { node { id name } } } }')).context.recorder.names()).toEqual(['places/places-page']);
    expect((await ask('{ events(first: 5) { edges { node { id title date } } } }')).context.recorder.names()).toEqual(['events/events-page']);
  });

  it('reads the links of the shown nodes only, not of the one more a page reads to know whether another follows', async () => {
    const { result, context } = await ask('{ programs(first: 2) { pageInfo { hasNextPage } edges { node { id funders { id } } } } }');
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('"hasNextPage":true');
    // The third program's funders were not read ahead: asking for them costs a statement of its own.
    const third = (await ask('{ programs(first: 3) { edges { node { id } } } }')).result.data as { programs: { edges: { node: { id: string } }[] } };
    const thirdId = third.programs.edges[2]!.node.id;
    await expect(context.loaders.follow(thirdId, { types: ['FUNDED'], direction: 'incoming' })).resolves.toBeDefined();
    expect(context.recorder.names()).toEqual(['programs/programs-page-with-lookahead', 'graph/incoming']);
  });

  it('answers a later page, and an empty page past the last one with its count, byte for byte as the loaders alone do', async () => {
    const select = 'totalCount pageInfo { hasNextPage endCursor } edges { node { id funders { id } events { id } } }';
    const first = await ask(`{ programs(first: 4) { ${select} } }`);
    const { endCursor } = (first.result.data as { programs: { pageInfo: { endCursor: string } } }).programs.pageInfo;
    const all = await ask('{ programs(first: 100) { pageInfo { hasNextPage endCursor } } }');
    const last = (all.result.data as { programs: { pageInfo: { hasNextPage: boolean; endCursor: string } } }).programs.pageInfo;
    expect(last.hasNextPage).toBe(false);
    for (const after of [endCursor, last.endCursor]) {
      const query = `query Next($after: String) { programs(first: 4, after: $after) { ${select} } }`;
      const [withLookahead, without] = await Promise.all([ask(query, { variables: { after } }), ask(query, { lookahead: false, variables: { after } })]);
      expect(without.result.errors).toBeUndefined();
      expect(JSON.stringify(withLookahead.result)).toBe(JSON.stringify(without.result));
      expect(withLookahead.context.recorder.names()).toEqual(['programs/programs-page-with-lookahead']);
    }
    const past = await ask(`query Next($after: String) { programs(first: 4, after: $after) { ${select} } }`, { variables: { after: last.endCursor } });
    expect(past.result.data).toEqual({ programs: { totalCount: expect.any(Number), pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } });
    expect((past.result.data as { programs: { totalCount: number } }).programs.totalCount).toBeGreaterThan(0);
  });

  it('gives a page of funding flows with their hops\' evidence and its sources in one statement', async () => {
    const { result, context } = await ask(question('flows saferworld'));
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('"source":{');
    expect(context.recorder.names()).toEqual(['funding/funding-flows-with-evidence']);
  });

  it('reads the evidence of a whole flow (every hop\'s) with the page too', async () => {
    const { result, context } = await ask('{ fundingFlows(filter: { funderId: "org:saferworld" }) { edges { node { event { id } evidence { quote source { title } } } } } }');
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('"quote":');
    expect(context.recorder.names()).toEqual(['funding/funding-flows-with-evidence']);
  });

  it('reads of a page of flows\' funder, events and programs only the properties the request asks of them', async () => {
    const { funding } = client.repositories;
    const flows = jest.spyOn(funding, 'flows');
    try {
      const { result } = await ask(question('flows saferworld'));
      expect(result.errors).toBeUndefined();
      // The README's question: funder { name }, event { title date datePrecision }, via { id }.
      expect(flows.mock.calls[0]?.[0].properties).toEqual({ funder: ['id', 'name'], event: ['id', 'title', 'date', 'datePrecision'], program: ['id'] });
      // Without the lookahead, whole nodes.
      await ask(question('flows saferworld'), { lookahead: false });
      expect(flows.mock.calls[1]?.[0].properties).toEqual({ funder: null, event: null, program: null });
    } finally {
      flows.mockRestore();
    }
  });

  it('draws a network with its edges\' evidence and the evidence\'s sources in one statement', async () => {
    const { result, context } = await ask('{ network(centerId: "program:saned-community-peace", depth: 2) { nodes { id } edges { id evidence { quote source { id title } } } } }');
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('"source":{"id":"source:');
    expect(context.recorder.names()).toEqual(['network/neighbourhood-with-evidence']);
  });

  it('finds the paths between two nodes with their edges\' evidence and its sources in one statement, ends included', async () => {
    const { result, context } = await ask(question('paths saferworld-marib'));
    expect(result.errors).toBeUndefined();
    const { paths } = result.data as { paths: { edges: { evidence: unknown[] }[] }[] };
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.edges.every((edge) => edge.evidence.length > 0))).toBe(true);
    expect(context.recorder.names()).toEqual(['network/shortest-paths-with-evidence']);
  });

  it('reads a node alone when the selection asks nothing of its neighbours', async () => {
    const { context } = await ask('{ node(id: "org:saferworld") { id ... on Organization { name aliases } } }');
    expect(context.recorder.names()).toEqual(['graph/nodes-by-ids']);
  });

  it('honours @skip and @include: a skipped field is not fetched ahead', async () => {
    const query = 'query Org($with: Boolean!) { node(id: "org:saferworld") { ... on Organization { id evidence @include(if: $with) { quote } } } }';
    expect((await ask(query, { variables: { with: false } })).context.recorder.names()).toEqual(['graph/nodes-by-ids']);
    expect((await ask(query, { variables: { with: true } })).context.recorder.names()).toEqual(['graph/lookahead']);
  });

  it('reads a question asked again with other variables from its own selection, not from the one asked before', async () => {
    // The parsed selection is kept per field of the parsed document and per variables (src/graph/lookahead.ts):
    // the same text with other variables, in either order, must plan its own lookahead.
    const query = 'query Card($place: Boolean!, $organizers: Boolean!) { node(id: "event:2009-06-18-jenin-open-meeting") { ... on Event { id place @include(if: $place) { id } organizers @include(if: $organizers) { id } } } }';
    const asked = [];
    for (const variables of [{ place: true, organizers: false }, { place: false, organizers: true }, { place: true, organizers: false }, { place: false, organizers: false }]) {
      const { result, context } = await ask(query, { variables });
      asked.push({ data: result.data, statements: context.recorder.names() });
    }
    const event = (more: Record<string, unknown>) => ({ node: { id: 'event:2009-06-18-jenin-open-meeting', ...more } });
    expect(asked[0]!.data).toEqual(event({ place: { id: expect.any(String) } }));
    expect(asked[1]!.data).toEqual(event({ organizers: expect.arrayContaining([{ id: expect.any(String) }]) }));
    expect(asked[2]).toEqual(asked[0]);
    expect(asked[3]).toEqual({ data: event({}), statements: ['graph/nodes-by-ids'] });
    expect(asked.slice(0, 3).every(({ statements }) => statements.length === 1 && statements[0] === 'graph/lookahead')).toBe(true);
  });

  it('leaves deeper levels to the loaders: organisers\' positions cost one statement for the whole level', async () => {
    const { result, context } = await ask('{ node(id: "event:2009-06-18-jenin-open-meeting") { ... on Event { organizers { id ... on Organization { positions { title } } } } } }');
    expect(result.errors).toBeUndefined();
    expect(context.recorder.names()).toEqual(['graph/lookahead', 'graph/incoming']);
  });

  it('answers null for an id no node has, after the node loader looked for a merge redirect', async () => {
    // The lookahead finds no node; the node loader, which follows merged-away ids, then answers.
    const { result, context } = await ask('{ node(id: "org:no-such-organisation-lookahead") { id ... on Organization { evidence { quote } } } }');
    expect(result).toEqual({ data: { node: null } });
    expect(context.recorder.names()).toEqual(['graph/lookahead', 'graph/nodes-by-ids', 'curation/merge-redirects']);
  });
});
