import { print } from 'graphql';
import { loadConfig } from '../../src/config';
import { SourceByIdDocument } from '../../src/generated/operations';
import { createLogger } from '../../src/logger';
import { startJisr, type RunningJisr } from '../../src/app';
import { buildJisrSchema } from '../../src/schema/build-schema';
import { createServer, type JisrServer } from '../../src/server/server';
import { connect, testNeo4jUri } from '../helpers/test-database';
import { freePort } from '../helpers/free-port';

const postGraphQL = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP service on a reachable Neo4j', () => {
  let jisr: RunningJisr;
  beforeAll(async () => {
    const config = loadConfig({ NEO4J_URI: testNeo4jUri(), PORT: '0', SEED_WHEN_EMPTY: 'false', LOG_LEVEL: 'silent', PLAN_WARMUP: 'false' });
    jisr = await startJisr(config, createLogger('silent'));
  });
  afterAll(() => jisr.stop());

  it('answers /healthz while the process lives', async () => {
    const response = await fetch(`${jisr.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'alive' });
  });

  it('answers /readyz with 200 once Neo4j is reachable and the schema is in place', async () => {
    const response = await fetch(`${jisr.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('serves a source over POST /graphql', async () => {
    const response = await postGraphQL(jisr.url, { query: print(SourceByIdDocument), variables: { id: 'source:seed-001' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { node: { title: string } } };
    expect(body.data.node.title).toBe('لقاء تواصلي بين المسؤولين الأمنيين وفعاليات المجتمع المدني بالحي الحسني والبرنوصي');
  });

  it('refuses a request body above the size limit with 413 and loses nothing', async () => {
    const response = await postGraphQL(jisr.url, { query: `{ __typename }${' '.repeat(200_000)}` });
    expect(response.status).toBe(413);
  });

  it('blocks a simple cross-site GET (CSRF prevention) unless the client sends a preflight header', async () => {
    const blocked = await fetch(`${jisr.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(blocked.status).toBe(400);
    const allowed = await fetch(`${jisr.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('HTTP service when Neo4j is down', () => {
  let server: JisrServer;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // Nothing listens on this port: the driver cannot connect, as when Neo4j stops after start-up.
    const { driver, executor, repositories } = connect(`bolt://127.0.0.1:${await freePort()}`);
    close = () => driver.close();
    server = await createServer({
      schema: await buildJisrSchema(), executor, repositories,
      logger: createLogger('silent'), introspection: true, maxBodyBytes: 102_400,
    });
    url = await server.start(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.stop();
    await close();
  });

  it('still answers /healthz: liveness does not depend on the database', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('answers /readyz with 503', async () => {
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not-ready', reason: 'Neo4j is not reachable' });
  });

  it('gives a query the typed DATABASE_UNAVAILABLE error, not a stack trace', async () => {
    const response = await postGraphQL(url, { query: print(SourceByIdDocument), variables: { id: 'source:seed-001' } });
    const body = (await response.json()) as { errors: unknown[] };
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|ServiceUnavailable/);
  });
});
