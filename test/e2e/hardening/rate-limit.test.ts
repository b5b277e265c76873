import { healthzBaseline, postGraphQL, startHardeningServer, type HardeningServer } from './hardening-server';

describe('rate limiting per client address', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    // Loopback counted here: the test's client is on 127.0.0.1.
    server = await startHardeningServer({ rateLimit: { max: 5, windowMs: 60_000, includeLoopback: true } });
  });
  afterAll(() => server.stop());

  it('answers past the limit with 429, Retry-After and a GraphQL-shaped RATE_LIMITED error', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postGraphQL(server.url, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    const refused = await postGraphQL(server.url, { query: '{ __typename }' });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('content-type')).toContain('application/json');
    expect(await refused.json()).toEqual({ errors: [{
      message: `Too many requests from this client: the limit is 5 every 60 s. Retry after ${retryAfter} s.`,
      extensions: { code: 'RATE_LIMITED', limit: 5, windowMs: 60_000, retryAfter },
    }] });
  });

  it('tells well-behaved clients what is left in standard RateLimit headers', async () => {
    const response = await postGraphQL(server.url, { query: '{ __typename }' });
    expect(response.headers.get('ratelimit-policy')).toContain('q=5; w=60');
    expect(response.headers.get('ratelimit')).toContain('r=0');
  });

  it('never limits /healthz and /readyz, which probes call', async () => {
    expect(await healthzBaseline(server.url, 3)).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe('rate limiting by default', () => {
  let server: HardeningServer;
  beforeAll(async () => {
    server = await startHardeningServer({ rateLimit: { max: 5, windowMs: 60_000, includeLoopback: false } });
  });
  afterAll(() => server.stop());

  it('does not count loopback clients (local scripts, notebooks on the same host, tests)', async () => {
    const statuses = await Promise.all(Array.from({ length: 12 }, () => postGraphQL(server.url, { query: '{ __typename }' }).then((r) => r.status)));
    expect(statuses.every((status) => status === 200)).toBe(true);
  });
});
