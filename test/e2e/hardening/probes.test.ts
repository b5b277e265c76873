import {
  healthzBaseline,
  postGraphQL,
  medianHealthzDuring,
  startHardeningServer,
  starvationBound,
  statementsRun,
  timed,
  type HardeningServer,
} from './hardening-server';

/** Issue 8's first probe: Program.events → Event.programs nested 14 times (3.9 MB and seconds before). */
function nestedProbe(pairs = 14): string {
  let body = '';
  for (let level = pairs * 2 - 1; level >= 0; level--) body = `${level % 2 === 0 ? 'events' : 'programs'} { id ${body}}`;
  return `{ programs(first: 100) { edges { node { id ${body}} } } }`;
}

/** Issue 8's second probe: 500 aliases of the largest network (10 s and INTERNAL_SERVER_ERROR before). */
function aliasProbe(count = 500): string {
  const aliases = Array.from({ length: count }, (_, i) => `a${i}: network(centerId: "program:saned-community-peace", depth: 3, limit: 2000) { nodes { id } edges { id } }`);
  return `{ ${aliases.join(' ')} }`;
}

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

describe('hostile documents are measured and refused before any Cypher runs', () => {
  let server: HardeningServer;
  let baselineMs: number;
  let trivialMs: number;
  beforeAll(async () => {
    server = await startHardeningServer();
    baselineMs = await healthzBaseline(server.url);
    await postGraphQL(server.url, { query: '{ __typename }' }); // warm-up
    trivialMs = (await timed(() => postGraphQL(server.url, { query: '{ __typename }' }).then((r) => r.text()))).ms;
  });
  afterAll(() => server.stop());

  it('refuses the 28-level Program.events → Event.programs probe with QUERY_TOO_COMPLEX, naming depth and limit', async () => {
    expect(nestedProbe().length).toBeGreaterThan(400);
    const { value: response, ms } = await timed(() => postGraphQL(server.url, { query: nestedProbe() }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      errors: [{
        message: 'The operation nests 32 levels deep; the limit is 12. Ask for fewer nested levels, and follow longer chains in further requests from the ids you get.',
        extensions: { code: 'QUERY_TOO_COMPLEX', measure: 'depth', value: 32, limit: 12 },
      }],
    });
    expect(ms).toBeLessThan(20 * trivialMs + 500);
  });

  it('refuses 500 aliased networks with QUERY_TOO_COMPLEX for their tokens, counted', async () => {
    const { value: response, ms } = await timed(() => postGraphQL(server.url, { query: aliasProbe() }));
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors).toEqual([{
      message: 'The document has 12002 tokens; the limit is 2000. Send a shorter document: fewer fields, aliases and arguments.',
      extensions: { code: 'QUERY_TOO_COMPLEX', measure: 'tokens', value: 12002, limit: 2000 },
    }]);
    expect(ms).toBeLessThan(20 * trivialMs + 500);
  });

  it('refuses 40 aliased networks, short enough to parse, for their aliases', async () => {
    const body = (await (await postGraphQL(server.url, { query: aliasProbe(40).replace(/ edges \{ id \}/g, '') })).json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'aliases', value: 40, limit: 30 });
  });

  it('refuses four of the largest networks with evidence for their cost, a page-size product', async () => {
    const network = 'network(centerId: "program:saned-community-peace", depth: 3, limit: 2000) { nodes { id type kind label nameAr } edges { id source target type role evidence { quote } } }';
    const body = (await (await postGraphQL(server.url, { query: `{ a: ${network} b: ${network} c: ${network} d: ${network} }` })).json()) as GraphQLBody;
    expect(body.errors).toEqual([{
      message: 'The operation\'s estimated cost is 552004; the limit is 500000. Lower first, limit, depth, maxHops, eventsPerBucket or periods, nest fewer lists (a list without a page-size argument counts as 10 items), or ask fewer of the fields with a cost of their own (brokers: 100,000 each).',
      extensions: { code: 'QUERY_TOO_COMPLEX', measure: 'cost', value: 552004, limit: 500000 },
    }]);
  });

  it('still answers one of those networks: the documented maximum is within the limits', async () => {
    const body = (await (await postGraphQL(server.url, {
      query: '{ network(centerId: "program:saned-community-peace", depth: 3, limit: 2000) { nodes { id type kind label nameAr } edges { id source target type role evidence { quote } } truncated } }',
    })).json()) as { data: { network: { nodes: unknown[] } } };
    expect(body.data.network.nodes.length).toBeGreaterThan(10);
  });

  it('refuses five aliased brokers rankings for their cost, and answers four: each ranks a whole network', async () => {
    const brokers = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `b${i}: brokers(countryId: "place:ye", first: 3) { ranking { score } }`).join(' ')} }`;
    const refused = (await (await postGraphQL(server.url, { query: brokers(5) })).json()) as GraphQLBody;
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'cost', value: 5 * 100_007, limit: 500000 });
    const answered = (await (await postGraphQL(server.url, { query: brokers(4) })).json()) as GraphQLBody;
    expect(answered.errors).toBeUndefined();
    expect(Object.keys(answered.data as object)).toEqual(['b0', 'b1', 'b2', 'b3']);
  });

  it('refuses a field repeated hundreds of times before graphql-js compares every pair', async () => {
    const body = (await (await postGraphQL(server.url, { query: `{ ${'actors { totalCount } '.repeat(490)}}` })).json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'repeats', value: 490, limit: 20, field: 'actors' });
  });

  it('refuses a fragment bomb for its cost once fragments are expanded', async () => {
    let document = '{ ...F0 }';
    for (let level = 0; level < 24; level++) document += ` fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`;
    const body = (await (await postGraphQL(server.url, { query: `${document} fragment F24 on Query { __typename }` })).json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'cost', limit: 500000 });
  });

  it('refuses an id of 90,000 characters with BAD_USER_INPUT and echoes only its beginning', async () => {
    const response = await postGraphQL(server.url, { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: `org:${'x'.repeat(90_000)}` } });
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(text.length).toBeLessThan(2_000);
  });

  it('keeps GraphiQL\'s full introspection working', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const body = (await (await postGraphQL(server.url, { query })).json()) as { data: { __schema: { types: unknown[] } } };
    expect(body.data.__schema.types.length).toBeGreaterThan(20);
  });

  it('ran no Cypher for any refused probe, and kept another client\'s /healthz fast while 60 of them arrived', async () => {
    const before = statementsRun(server);
    const typical = await medianHealthzDuring(server.url, async () => {
      for (let round = 0; round < 3; round++) {
        await Promise.all(Array.from({ length: 10 }, () => Promise.all([
          postGraphQL(server.url, { query: nestedProbe() }).then((r) => r.text()),
          postGraphQL(server.url, { query: aliasProbe() }).then((r) => r.text()),
        ])));
      }
    });
    expect(statementsRun(server)).toBe(before);
    expect(typical).toBeLessThan(starvationBound(baselineMs));
  });
});
