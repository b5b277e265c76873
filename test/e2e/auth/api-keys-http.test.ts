import { print } from 'graphql';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, SourceByIdDocument } from '../../../src/generated/operations';
import { startJisr } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { GRAPHQL_RESPONSE_JSON } from '../../../src/server/transport-errors';
import { uniqueKeyName, useOwnKeys } from '../../helpers/auth/own-keys';
import { testNeo4jUri } from '../../helpers/test-database';
import { postGraphQL, startHardeningServer, type HardeningServer } from '../hardening/hardening-server';

// The real HTTP server (createServer on a free port) over the test Neo4j, with real Authorization headers.
// Every key is made here under a name of this run (test/helpers/auth/own-keys.ts) and deleted afterwards.

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

const keys = useOwnKeys();
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const source = { query: print(SourceByIdDocument), variables: { id: 'source:seed-001' } };

function useServer(overrides: Parameters<typeof startHardeningServer>[0] = {}): () => HardeningServer {
  let server: HardeningServer | undefined;
  beforeAll(async () => {
    server = await startHardeningServer(overrides);
  });
  afterAll(() => server?.stop());
  return () => server!;
}

describe('API keys over HTTP', () => {
  const server = useServer();

  it('lets an admin key create a key over POST /graphql; the secret is in that answer and in no log line', async () => {
    const admin = await keys.create('admin');
    const name = uniqueKeyName('http');
    const response = await postGraphQL(server().url, { query: print(CreateApiKeyDocument), variables: { name, role: 'EDITOR' } }, bearer(admin.secret));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { createApiKey: { key: { name: string; role: string }; secret: string } } };
    expect(body.data.createApiKey.key).toMatchObject({ name, role: 'EDITOR' });
    const { secret } = body.data.createApiKey;

    const used = await postGraphQL(server().url, source, bearer(secret));
    expect(used.status).toBe(200);
    expect(((await used.json()) as GraphQLBody).data).toEqual({ node: expect.objectContaining({ id: 'source:seed-001' }) });

    const logs = server().logLines.join('\n');
    for (const s of [admin.secret, secret]) expect(logs).not.toContain(s.slice(-43));
    const requests = server().logLines.map((line) => JSON.parse(line) as { msg: string; operation?: string; keyId?: string }).filter((line) => line.msg === 'graphql request');
    expect(requests).toContainEqual(expect.objectContaining({ operation: 'CreateApiKey', keyId: admin.key.id }));
  });

  it('answers a malformed, unknown or revoked key with 401, a Bearer challenge and a GraphQL-shaped UNAUTHENTICATED error, even for an open read', async () => {
    const editor = await keys.create('editor');
    await keys.core.repositories.apiKeys.revoke({ id: editor.key.id, name: null }, '2026-01-01T00:00:00.000Z', null, { operation: 'test' });
    const cases: [Record<string, string>, string, Record<string, unknown>][] = [
      [{ authorization: 'Basic dXNlcjpwYXNz' }, 'Expected "Authorization: Bearer jisr_<id>_<secret>" with an API key made by `jisr keys create` or createApiKey, but got an Authorization header whose scheme is not Bearer. Send the key exactly as it was printed, or no Authorization header at all.', {}],
      [bearer(`jisr_ffffffffffffffff_${editor.secret.slice(-43)}`), 'The API key ffffffffffffffff is unknown or its secret does not match. Send the whole key exactly as it was printed when it was created, or ask an admin for a new one.', { keyId: 'ffffffffffffffff' }],
      [bearer(editor.secret), `The API key "${editor.key.name}" (${editor.key.id}) was revoked at 2026-01-01T00:00:00.000Z. Ask an admin for a new key.`, { keyId: editor.key.id }],
    ];
    for (const [headers, message, extensions] of cases) {
      for (const accept of ['application/json', GRAPHQL_RESPONSE_JSON]) {
        const response = await postGraphQL(server().url, { query: '{ __typename }' }, { ...headers, accept });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="jisr", error="invalid_token"');
        expect(response.headers.get('content-type')).toContain(accept);
        expect(await response.json()).toEqual({ errors: [{ message, extensions: { ...extensions, code: 'UNAUTHENTICATED' } }] });
      }
    }
  });

  it('refuses a key from the request right after an admin revokes it', async () => {
    const admin = await keys.create('admin');
    const reader = await keys.create('reader');
    expect((await postGraphQL(server().url, source, bearer(reader.secret))).status).toBe(200);
    const revoked = await postGraphQL(server().url, { query: print(RevokeApiKeyDocument), variables: { id: reader.key.id } }, bearer(admin.secret));
    expect(revoked.status).toBe(200);
    expect((await postGraphQL(server().url, source, bearer(reader.secret))).status).toBe(401);
  });

  it('answers an admin operation without a key as GraphQL does a field error: 200, no data, UNAUTHENTICATED', async () => {
    const response = await postGraphQL(server().url, { query: print(ApiKeysDocument) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: null,
      errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' }, path: ['apiKeys'] })],
    });
  });
});

describe('READS_REQUIRE_KEY=true over HTTP', () => {
  const server = useServer({ readsRequireKey: true });

  it('is honoured by the service as npm start runs it (startJisr from the environment): a read without a key gets 401', async () => {
    const jisr = await startJisr(loadConfig({
      NEO4J_URI: testNeo4jUri(), PORT: '0', SEED_WHEN_EMPTY: 'false', LOG_LEVEL: 'silent', PLAN_WARMUP: 'false', READS_REQUIRE_KEY: 'true',
    }), createLogger('silent'));
    try {
      expect((await postGraphQL(jisr.url, source)).status).toBe(401);
    } finally {
      await jisr.stop();
    }
  });

  it('answers a read without a key with 401 and a Bearer challenge', async () => {
    const response = await postGraphQL(server().url, source);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="jisr"');
    expect(await response.json()).toEqual({ errors: [{
      message: 'This operation needs a reader API key to read the graph: send it as "Authorization: Bearer <key>" (create one with `jisr keys create`).',
      extensions: { code: 'UNAUTHENTICATED' },
    }] });
  });

  it('answers it with a reader key', async () => {
    const reader = await keys.create('reader');
    const response = await postGraphQL(server().url, source, bearer(reader.secret));
    expect(response.status).toBe(200);
    expect(((await response.json()) as GraphQLBody).data).toEqual({ node: expect.objectContaining({ id: 'source:seed-001' }) });
  });

  it('still answers /healthz and /readyz, which probes call without keys', async () => {
    expect((await fetch(`${server().url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server().url}/readyz`)).status).toBe(200);
  });
});

/** A server that counts loopback clients too (the test's client is on 127.0.0.1), three requests a minute. */
function useLimitedServer() {
  const server = useServer({ rateLimit: { max: 3, windowMs: 60_000, includeLoopback: true } });
  /** The statuses of `count` requests sent one after another. */
  return async (count: number, headers: Record<string, string> = {}) => {
    const seen: number[] = [];
    for (let i = 0; i < count; i++) seen.push((await postGraphQL(server().url, { query: '{ __typename }' }, headers)).status);
    return seen;
  };
}

describe('rate limiting by API key', () => {
  const statuses = useLimitedServer();

  it('gives each verified key an allowance of its own, apart from its address', async () => {
    const first = await keys.create('reader');
    const second = await keys.create('reader');
    expect(await statuses(4, bearer(first.secret))).toEqual([200, 200, 200, 429]);
    expect(await statuses(3, bearer(second.secret))).toEqual([200, 200, 200]);
    // The address's own allowance is untouched by the keyed requests.
    expect(await statuses(4)).toEqual([200, 200, 200, 429]);
  });
});

describe('rate limiting a made-up key', () => {
  const statuses = useLimitedServer();

  it('counts it against the address: a key id alone buys no allowance', async () => {
    const forged = bearer(`jisr_${'e'.repeat(16)}_${'A'.repeat(43)}`);
    expect(await statuses(4, forged)).toEqual([401, 401, 401, 429]);
    expect(await statuses(1)).toEqual([429]);
    const reader = await keys.create('reader');
    expect(await statuses(1, bearer(reader.secret))).toEqual([200]);
  });
});
