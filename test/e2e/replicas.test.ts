import { randomBytes } from 'node:crypto';
import { createApiKey } from '../../src/auth/api-key.service';
import { type JisrCore } from '../../src/composition';
import { createLogger } from '../../src/logger';
import { buildJisrSchema } from '../../src/schema/build-schema';
import { createServer, type JisrServer } from '../../src/server/server';
import { blockScoped } from '../helpers/block-scoped';
import { connect, useTestDatabase } from '../helpers/test-database';

// Two Jisr replicas behind one load balancer, on one Neo4j: each with a composition of its own (driver,
// executor, repositories) and an HTTP server of its own on port 0. Whatever one of them knows must come from
// Neo4j, never from its memory: keys, versions, history, and every fact written. Both run in this test's
// Node process, so they share no object but could share module state; none of Jisr's module state holds
// data (the Cypher registry and the schema are read from the repository's files).

const db = useTestDatabase({ ownNeo4j: true });

interface Replica { readonly core: JisrCore; readonly server: JisrServer; readonly url: string }

const replicas = blockScoped<[Replica, Replica]>('Two Jisr replicas', async () => {
  const schema = await buildJisrSchema();
  const start = async (): Promise<Replica> => {
    const core = connect(db.uri);
    const server = await createServer({
      schema, executor: core.executor, repositories: core.repositories, logger: createLogger('silent'), introspection: false, maxBodyBytes: 102_400,
    });
    return { core, server, url: await server.start(0, '127.0.0.1') };
  };
  return [await start(), await start()];
}, async (both) => {
  for (const { core, server } of both) {
    await server.stop();
    await core.close();
  }
});

interface Answer { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] }

async function post(replica: Replica, query: string, variables: Record<string, unknown>, secret?: string): Promise<{ status: number; answer: Answer }> {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, answer: (await response.json()) as Answer };
}

const TEXT = 'أعلنت مؤسسة الجسر للتنمية عن برنامج جديد في عدن.';
const NODE = 'query Node($id: ID!) { node(id: $id) { id version ... on Actor { aliases } } }';
const HISTORY = 'query History($id: ID!) { history(id: $id, first: 10) { totalCount edges { node { id batchId op author before after } } } }';
const UPDATE = 'mutation Update($id: ID!, $version: Int!, $aliases: [String!]) { updateOrganization(input: { id: $id, version: $version, aliases: $aliases }) { nodes { id version } } }';

describe('two Jisr processes on one Neo4j', () => {
  it('share keys, facts, versions and history: nothing lives in one process', async () => {
    const [a, b] = replicas();
    const t = randomBytes(3).toString('hex');
    const { secret: admin } = await createApiKey({ name: `replica-admin-${t}`, role: 'admin' }, null, db.repositories.apiKeys, { operation: 'test' });

    // A key made through one replica works on the other at once.
    const made = await post(a, 'mutation Key($name: String!) { createApiKey(name: $name, role: EDITOR) { key { id } secret } }', { name: `replica-editor-${t}` }, admin);
    expect(made.answer.errors).toBeUndefined();
    const { key, secret: editor } = made.answer.data!.createApiKey as { key: { id: string }; secret: string };

    // A write through B, read through A at once (and the other way round).
    const source = `source:replica-${t}`;
    const org = `org:al-jisr-development-${t}`;
    const created = await post(b, `mutation Create($source: ID!, $org: ID!, $text: String!) { applyChanges(changes: [
      { createSource: { id: $source, title: "replica", language: "ar", text: $text } }
      { createOrganization: { id: $org, kind: NGO, nameAr: "مؤسسة الجسر للتنمية", nameEn: "Al-Jisr Development", evidence: [{ sourceId: $source, quote: "مؤسسة الجسر للتنمية" }] } }
    ]) { batchId } }`, { source, org, text: TEXT }, editor);
    expect(created.answer.errors).toBeUndefined();
    expect((await post(a, NODE, { id: org })).answer.data).toEqual({ node: { id: org, version: 1, aliases: [] } });

    const updated = await post(a, UPDATE, { id: org, version: 1, aliases: ['Jisr'] }, editor);
    expect(updated.answer.errors).toBeUndefined();
    expect((await post(b, NODE, { id: org })).answer.data).toEqual({ node: { id: org, version: 2, aliases: ['Jisr'] } });

    // B was read before A's write: its edit on version 1 is refused, with A's version and values.
    const stale = await post(b, UPDATE, { id: org, version: 1, aliases: ['Al-Jisr'] }, editor);
    expect(stale.answer.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: expect.objectContaining({ aliases: ['Jisr'] }) });

    const historyA = await post(a, HISTORY, { id: org });
    const historyB = await post(b, HISTORY, { id: org });
    expect((historyA.answer.data!.history as { totalCount: number }).totalCount).toBe(2);
    expect(historyB.answer).toEqual(historyA.answer);

    // Revoked through B, the key is refused by A from the next request on.
    const revoked = await post(b, 'mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id: key.id }, admin);
    expect(revoked.answer.errors).toBeUndefined();
    const refused = await post(a, UPDATE, { id: org, version: 2, aliases: ['Al-Jisr'] }, editor);
    expect(refused.status).toBe(401);
    expect(refused.answer.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
