import { postGraphQL, startHardeningServer, type HardeningServer } from './hardening-server';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions: Record<string, unknown>; path?: unknown }[];
}

/** What a client must never see in an error: a stack frame, a file path, an HTML page. */
function expectCleanError(text: string): void {
  expect(text).not.toMatch(/at .*\.(js|ts):\d+|\/work\/|node_modules|<html|<pre>/i);
}

describe('requests that are not GraphQL get GraphQL-shaped JSON errors with codes', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer();
  });
  afterAll(() => server.stop());

  it('answers a malformed JSON body with 400 BAD_REQUEST, no stack and no path', async () => {
    const response = await postGraphQL(server.url, '{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expectCleanError(text);
    expect(JSON.parse(text)).toEqual({ errors: [{
      // The parser's own words (they vary with Node's version) between the contract and the fix.
      message: expect.stringMatching(/^The request body is not valid JSON \(.*position 26.*\)\. Send a JSON object such as \{"query": "\{ __typename \}"\}\.$/),
      extensions: { code: 'BAD_REQUEST' },
    }] });
  });

  it('answers a body over MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE stating size and limit', async () => {
    const response = await postGraphQL(server.url, { query: `{ __typename }${' '.repeat(200_000)}` });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{
      message: 'The request body has 200026 bytes; the limit is 102400 bytes. Send a shorter document and fewer or smaller variables.',
      extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 102400 },
    }] });
  });

  it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE, before Apollo reads it', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body: '{ __typename }' });
      expect([contentType, response.status]).toEqual([contentType, 415]);
      expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers a charset other than UTF-8 with 415', async () => {
    const response = await postGraphQL(server.url, { query: '{ __typename }' }, { 'content-type': 'application/json; charset=latin1' });
    expect(response.status).toBe(415);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.message).toBe('The request body\'s charset is "latin1"; only UTF-8 is accepted. Send content-type: application/json; charset=utf-8.');
  });

  it('answers an unknown path with a JSON 404 naming the paths Jisr serves', async () => {
    const response = await fetch(`${server.url}/graphq1`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{
      message: 'Nothing is served at GET /graphq1. Jisr serves /graphql (POST, or GET with an apollo-require-preflight header), the explorer at / and /graphiql, downloads under /export/, GET /healthz and GET /readyz.',
      extensions: { code: 'NOT_FOUND' },
    }] });
  });

  it('refuses a subscription, an operation type the schema does not have, as a validation error, not an internal one', async () => {
    const response = await postGraphQL(server.url, { query: 'subscription { x }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ errors: [{
      message: 'Jisr does not support subscription operations: the schema has no subscription type. Send a query.',
      locations: [{ line: 1, column: 1 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }] });
  });

  it('refuses `mutation { x }` as a validation error, not an internal one', async () => {
    const response = await postGraphQL(server.url, { query: 'mutation { x }' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.map((error) => error.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('logs every refusal as one JSON object per line, at info, without a stack', async () => {
    await postGraphQL(server.url, '{"query": ');
    await postGraphQL(server.url, { query: 'mutation { x }' });
    await fetch(`${server.url}/nowhere`);
    const lines = server.logLines.map((line) => JSON.parse(line) as { level: number; err?: unknown });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.level >= 50 || line.err !== undefined)).toEqual([]);
  });
});

describe('status codes follow the GraphQL-over-HTTP spec for both media types', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer();
  });
  afterAll(() => server.stop());

  const failures: [string, unknown, string][] = [
    ['a document that does not parse', { query: '{' }, 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable that does not coerce', { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: null } }, 'BAD_USER_INPUT'],
    ['an operation over a limit', { query: `{ ${Array.from({ length: 31 }, (_, i) => `n${i}: node(id: "x") { id }`).join(' ')} }` }, 'QUERY_TOO_COMPLEX'],
  ];

  it.each(failures)('answers %s with 200 to accept: application/json', async (_name, body, code) => {
    const response = await postGraphQL(server.url, body, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const result = (await response.json()) as GraphQLBody;
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions.code).toBe(code);
  });

  it.each(failures)(`answers %s with 400 to accept: ${GRAPHQL_RESPONSE_JSON}`, async (_name, body, code) => {
    const response = await postGraphQL(server.url, body, { accept: GRAPHQL_RESPONSE_JSON });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain(GRAPHQL_RESPONSE_JSON);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions.code).toBe(code);
  });

  it('keeps 400 for a body that is not a GraphQL request, whatever the client accepts', async () => {
    for (const accept of ['application/json', GRAPHQL_RESPONSE_JSON]) {
      const response = await postGraphQL(server.url, { notquery: '{ __typename }' }, { accept });
      expect(response.status).toBe(400);
      expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    }
  });
});

describe('the answer size is capped', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer({ maxResponseBytes: 4_096 });
  });
  afterAll(() => server.stop());

  it('drops an answer over MAX_RESPONSE_BYTES for a RESPONSE_TOO_LARGE error stating its size and the limit', async () => {
    const response = await postGraphQL(server.url, { query: '{ events(first: 100) { edges { node { id title titleAr evidence { quote } } } } }' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as GraphQLBody;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{
      message: expect.stringMatching(/^The answer has \d+ bytes; the limit is 4096\. Ask for fewer items \(a smaller first or limit\) or fewer fields, and page through the rest\.$/),
      extensions: { code: 'RESPONSE_TOO_LARGE', bytes: expect.any(Number), limit: 4096 },
    }]);
    expect(server.logLines.some((line) => line.includes('answer dropped: larger than MAX_RESPONSE_BYTES'))).toBe(true);
  });

  it('answers 400 to a client that accepts application/graphql-response+json', async () => {
    const response = await postGraphQL(server.url, { query: '{ events(first: 100) { edges { node { id title titleAr evidence { quote } } } } }' }, { accept: GRAPHQL_RESPONSE_JSON });
    expect(response.status).toBe(400);
  });

  it('sends an answer within the limit as it is', async () => {
    const response = await postGraphQL(server.url, { query: '{ events(first: 1) { edges { node { id } } } }' });
    expect(((await response.json()) as { data: { events: { edges: unknown[] } } }).data.events.edges).toHaveLength(1);
  });
});

describe('a person opening /graphql in a browser', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer();
  });
  afterAll(() => server.stop());

  it('is sent to GraphiQL instead of a CSRF refusal', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql');
  });

  it('leaves clients that accept JSON to the GraphQL transport', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'application/json' }, redirect: 'manual' });
    expect(response.status).not.toBe(302);
  });
});
