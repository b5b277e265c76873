import { postGraphQL, startHardeningServer, statementsRun, type HardeningServer } from './hardening-server';

/**
 * The server remembers, per document, what it measured (tokens, depth, aliases, repeats) and what an
 * operation costs with given variables: these prove that a remembered verdict never lets through what
 * the same request would be refused for without it.
 */
interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

/** Four networks whose size is a variable: 4 × (1 + 3 × $limit × 46) + 4 at limit 2000, above the cost limit. */
const FOUR_NETWORKS = `query FourNetworks($limit: Int!) { ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: network(centerId: "program:saned-community-peace", depth: 3, limit: $limit) { nodes { id type kind label nameAr } edges { id source target type role evidence { quote } } }`).join(' ')} }`;

describe('a document asked again is measured as strictly as the first time', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer();
  });
  afterAll(() => server.stop());

  it('costs each request with its own variables: a small page, then a page over the limit, then a small one again', async () => {
    const ask = async (limit: number) => (await (await postGraphQL(server.url, { query: FOUR_NETWORKS, variables: { limit } })).json()) as GraphQLBody;
    expect((await ask(5)).errors).toBeUndefined();
    expect((await ask(2000)).errors).toEqual([{
      message: 'The operation\'s estimated cost is 552004; the limit is 500000. Lower first, limit, depth, maxHops, eventsPerBucket or periods, nest fewer lists (a list without a page-size argument counts as 10 items), or ask fewer of the fields with a cost of their own (brokers: 100,000 each).',
      extensions: { code: 'QUERY_TOO_COMPLEX', measure: 'cost', value: 552004, limit: 500000 },
    }]);
    const again = await ask(2000);
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'cost', value: 552004, limit: 500000 });
    expect(again.data).toBeUndefined();
    expect((await ask(5)).errors).toBeUndefined();
  });

  it('refuses a refused document again, with the same error and no Cypher', async () => {
    const repeated = `{ ${'actors { totalCount } '.repeat(30)}}`;
    const before = statementsRun(server);
    const first = (await (await postGraphQL(server.url, { query: repeated })).json()) as GraphQLBody;
    const second = (await (await postGraphQL(server.url, { query: repeated })).json()) as GraphQLBody;
    expect(first.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'repeats', value: 30, limit: 20, field: 'actors' });
    expect(second).toEqual(first);
    expect(statementsRun(server)).toBe(before);
  });

  it('answers with no-store and the exact length, and without an ETag to revalidate', async () => {
    for (let round = 0; round < 2; round++) {
      const response = await postGraphQL(server.url, { query: '{ node(id: "org:eu") { id } }' });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
      expect(response.headers.get('etag')).toBeNull();
      expect(JSON.parse(text)).toEqual({ data: { node: { id: 'org:eu' } } });
    }
  });
});
