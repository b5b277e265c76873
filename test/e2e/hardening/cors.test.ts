import { postGraphQL, startHardeningServer, type HardeningServer } from './hardening-server';

const FRONT_END = 'https://front.example.org';
const preflight = (url: string, origin: string) => fetch(`${url}/graphql`, {
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
});

describe('CORS for the front-ends named in CORS_ORIGINS', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer({ corsOrigins: [FRONT_END] });
  });
  afterAll(() => server.stop());

  it('answers the preflight of a listed origin with 204 and the origin allowed', async () => {
    const response = await preflight(server.url, FRONT_END);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
    // A front-end that edits the graph sends its API key.
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('lets the listed origin read the answer of its POST', async () => {
    const response = await postGraphQL(server.url, { query: '{ __typename }' }, { origin: FRONT_END });
    expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers another origin\'s preflight without allowing it, so its browser refuses the request', async () => {
    const response = await preflight(server.url, 'https://elsewhere.example.org');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps Apollo\'s CSRF prevention for simple requests, even from a listed origin', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: FRONT_END } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    const form = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { origin: FRONT_END, 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBe(415);
  });
});

describe('CORS by default', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer();
  });
  afterAll(() => server.stop());

  it('allows no other origin: the preflight is answered without Access-Control-Allow-Origin', async () => {
    const response = await preflight(server.url, FRONT_END);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
