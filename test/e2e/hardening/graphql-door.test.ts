import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { graphqlDoor } from '../../../src/server/graphql-door';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from '../../../src/security/limits';
import { connect } from '../../helpers/test-database';
import { startHardeningServer, type HardeningServer } from './hardening-server';

/**
 * A POST to /graphql is answered past Express when the rate limiter does not count its client
 * (src/server/graphql-door.ts); everything else goes through Express's chain. Both must answer alike.
 */

const ORIGIN = 'https://viz.example';

/** Every header a client or a browser acts on; the limiter's own (ratelimit, ratelimit-policy) are the chain's alone. */
const COMPARED_HEADERS = [
  'content-type', 'content-length', 'cache-control', 'www-authenticate', 'vary',
  'access-control-allow-origin', 'access-control-expose-headers', 'etag', 'x-powered-by',
];

interface Sent {
  readonly name: string;
  readonly body: string;
  readonly headers?: Record<string, string>;
}

const REQUESTS: Sent[] = [
  { name: 'a query', body: JSON.stringify({ query: '{ node(id: "org:saferworld") { id ... on Organization { name } } }' }) },
  { name: 'a query from an allowed origin', body: JSON.stringify({ query: '{ __typename }' }), headers: { origin: ORIGIN } },
  { name: 'a query from another origin', body: JSON.stringify({ query: '{ __typename }' }), headers: { origin: 'https://elsewhere.example' } },
  { name: 'a field that does not exist', body: JSON.stringify({ query: '{ nope }' }) },
  {
    name: 'a field that does not exist, asking graphql-response+json',
    body: JSON.stringify({ query: '{ nope }' }),
    headers: { accept: 'application/graphql-response+json' },
  },
  { name: 'a document too deep', body: JSON.stringify({ query: `{ node(id: "org:eu") { id ${'... on Organization { parent { '.repeat(14)}id${' } }'.repeat(14)} } }` }) },
  { name: 'malformed JSON', body: '{"query": "{ __typename }"' },
  { name: 'an empty body', body: '' },
  { name: 'a body over MAX_BODY_BYTES', body: JSON.stringify({ query: `{ __typename }${' '.repeat(200_000)}` }) },
  { name: 'plain text', body: '{ __typename }', headers: { 'content-type': 'text/plain' } },
  { name: 'a charset other than UTF-8', body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json; charset=latin1' } },
  { name: 'a key that does not exist', body: JSON.stringify({ query: '{ __typename }' }), headers: { authorization: 'Bearer jisr_0123456789abcdef_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' } },
  { name: 'a malformed authorization', body: JSON.stringify({ query: '{ __typename }' }), headers: { authorization: 'Basic dXNlcjpwYXNz' } },
  { name: 'a mutation without a key', body: JSON.stringify({ query: 'mutation { createApiKey(name: "door test", role: READER) { secret } }' }) },
];

async function answerOf(url: string, sent: Sent) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': `door-${sent.name}`, ...sent.headers },
    body: sent.body,
  });
  return {
    request: sent.name,
    status: response.status,
    headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)])),
    body: await response.text(),
  };
}

describe('the /graphql door answers a POST alike with and without Express', () => {
  let direct: HardeningServer;
  let chained: HardeningServer;
  beforeAll(async () => {
    direct = await startHardeningServer({ corsOrigins: [ORIGIN] });
    // The limiter counts loopback clients here (with room to spare), so every POST goes through Express.
    chained = await startHardeningServer({ corsOrigins: [ORIGIN], rateLimit: { max: 100_000, windowMs: 60_000, includeLoopback: true } });
  });
  afterAll(async () => {
    await direct?.stop();
    await chained?.stop();
  });

  it.each(REQUESTS.map((sent) => [sent.name, sent] as const))('answers %s with the same status, headers and body', async (_name, sent) => {
    const [past, through] = [await answerOf(direct.url, sent), await answerOf(chained.url, sent)];
    expect(past).toEqual(through);
    // The chain's answer carries the limiter's headers, which shows that it went through Express.
    const limited = await fetch(`${chained.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: sent.body });
    expect(limited.headers.get('ratelimit-policy')).not.toBeNull();
  });

  it('logs a refused key and a request with the client\'s request id either way', async () => {
    for (const server of [direct, chained]) {
      await answerOf(server.url, REQUESTS.find((sent) => sent.name === 'a key that does not exist')!);
      await answerOf(server.url, REQUESTS[0]!);
      const lines = server.logLines.map((line) => JSON.parse(line) as { msg: string; requestId?: string; ip?: string; status?: number; code?: string });
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'request refused', requestId: 'door-a key that does not exist', status: 401, code: 'UNAUTHENTICATED', ip: expect.stringMatching(/127\.0\.0\.1/) }));
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'graphql request', requestId: 'door-a query' }));
    }
  });
});

describe('the /graphql door takes past Express only a POST to /graphql from a client the limiter does not count', () => {
  const core = connect();
  afterAll(() => core.close());

  /** A server whose door answers "direct" and whose fallback (Express's place) answers "app". */
  async function serve(rateLimit: RateLimitOptions, run: (url: string) => Promise<void>): Promise<void> {
    const door = graphqlDoor({
      handler: async (_req, res) => {
        res.end('direct');
      },
      keys: core.repositories.apiKeys,
      corsOrigins: [],
      rateLimit,
      limiter: undefined,
      maxBodyBytes: 1_000,
      logger: pino({ level: 'silent' }),
    });
    const server = http.createServer((req, res) => {
      if (!door.direct(req, res)) res.end('app');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  const ask = async (url: string, method: string, path: string) => (await fetch(`${url}${path}`, {
    method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{"query":"{ __typename }"}' : undefined,
  })).text();

  it('answers a loopback POST to /graphql directly, and leaves any other method or path to Express', async () => {
    await serve(DEFAULT_RATE_LIMIT, async (url) => {
      expect(await ask(url, 'POST', '/graphql')).toBe('direct');
      for (const [method, path] of [['GET', '/graphql?query=%7B__typename%7D'], ['OPTIONS', '/graphql'], ['POST', '/graphql/'], ['POST', '/GraphQL'], ['POST', '/graphql?x=1'], ['POST', '/export/graph.json']]) {
        expect([method, path, await ask(url, method!, path!)]).toEqual([method, path, 'app']);
      }
    });
  });

  it('leaves to Express a client the limiter counts, and answers directly when rate limiting is off', async () => {
    await serve({ max: 600, windowMs: 60_000, includeLoopback: true }, async (url) => {
      expect(await ask(url, 'POST', '/graphql')).toBe('app');
    });
    await serve({ max: 0, windowMs: 60_000, includeLoopback: true }, async (url) => {
      expect(await ask(url, 'POST', '/graphql')).toBe('direct');
    });
  });
});
