import { createHash } from 'node:crypto';
import { viewerOf } from '../../../src/auth/api-key.service';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, SourceByIdDocument } from '../../../src/generated/operations';
import { useGraphQLAs } from '../../helpers/auth/graphql-as';
import { uniqueKeyName, useOwnKeys } from '../../helpers/auth/own-keys';
import { connect } from '../../helpers/test-database';

const keys = useOwnKeys();
const graphql = useGraphQLAs(() => keys.core.repositories, { readsRequireKey: false });

/** What a refusal looks like: no data, one error with this code and message. */
const refusal = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  data: null,
  errors: [expect.objectContaining({ message, extensions: { ...extensions, code } })],
});

const asViewer = (authorization: string | undefined) => viewerOf(authorization, keys.core.repositories.apiKeys, { operation: 'test' });

describe('managing API keys needs an admin key', () => {
  it('refuses every key operation without a key: UNAUTHENTICATED, and nothing is written', async () => {
    const name = uniqueKeyName('nobody');
    const message = 'This operation needs an admin API key to manage API keys: send it as "Authorization: Bearer <key>" (create one with `jisr keys create`).';
    expect(await graphql.run(undefined, ApiKeysDocument)).toEqual(refusal('UNAUTHENTICATED', message));
    expect(await graphql.run(undefined, CreateApiKeyDocument, { name, role: 'ADMIN' })).toEqual(refusal('UNAUTHENTICATED', message));
    expect(await graphql.run(undefined, RevokeApiKeyDocument, { id: '0123456789abcdef' })).toEqual(refusal('UNAUTHENTICATED', message));
    expect((await keys.core.repositories.apiKeys.list({ operation: 'test' })).map((k) => k.name)).not.toContain(name);
  });

  it.each(['reader', 'editor'] as const)('refuses them with FORBIDDEN when the key is only %s, and its own key stays as it was', async (role) => {
    const own = await keys.create(role);
    const forbidden = refusal('FORBIDDEN', `The key "${own.key.name}" has the role ${role}; an admin key is needed to manage API keys.`, { role, needed: 'admin' });
    expect(await graphql.run(own.authorization, ApiKeysDocument)).toEqual(forbidden);
    expect(await graphql.run(own.authorization, CreateApiKeyDocument, { name: uniqueKeyName(), role: 'ADMIN' })).toEqual(forbidden);
    expect(await graphql.run(own.authorization, RevokeApiKeyDocument, { id: own.key.id })).toEqual(forbidden);
    expect((await keys.stored(own.key.id))?.revokedAt).toBeUndefined();
  });
});

describe('an admin manages keys through GraphQL', () => {
  it('creates a key whose secret is returned once, works at once, and is stored only as its SHA-256', async () => {
    const admin = await keys.create('admin');
    const name = uniqueKeyName('etl-bot');
    const { data, errors } = await graphql.run(admin.authorization, CreateApiKeyDocument, { name, role: 'EDITOR' });
    expect(errors).toBeUndefined();
    const { key, secret } = data!.createApiKey;
    expect(key).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), name, role: 'EDITOR', createdAt: expect.any(String), createdBy: admin.key.name, revokedAt: null });
    expect(secret).toMatch(new RegExp(`^jisr_${key.id}_[A-Za-z0-9_-]{43}$`));
    expect(Date.now() - Date.parse(key.createdAt)).toBeLessThan(60_000);

    // The graph, read again: the hash and nothing from which the secret could be read back.
    const stored = await keys.stored(key.id);
    expect(stored).toEqual({ id: key.id, name, role: 'editor', createdAt: key.createdAt, createdBy: admin.key.name, secretHash: createHash('sha256').update(secret).digest('hex') });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(`jisr_${key.id}_`.length));

    expect(await asViewer(`Bearer ${secret}`)).toEqual({ keyId: key.id, name, role: 'editor' });
  });

  it('lists keys with names, roles and times, revoked ones included, never a secret or a hash', async () => {
    const admin = await keys.create('admin');
    const editor = await keys.create('editor');
    await graphql.run(admin.authorization, RevokeApiKeyDocument, { id: editor.key.id });
    const { data, errors } = await graphql.run(admin.authorization, ApiKeysDocument);
    expect(errors).toBeUndefined();
    const own = data!.apiKeys.filter((k) => k.id === admin.key.id || k.id === editor.key.id);
    expect(own).toEqual([
      { id: admin.key.id, name: admin.key.name, role: 'ADMIN', createdAt: admin.key.createdAt, createdBy: null, revokedAt: null, revokedBy: null },
      { id: editor.key.id, name: editor.key.name, role: 'EDITOR', createdAt: editor.key.createdAt, createdBy: null, revokedAt: expect.any(String), revokedBy: admin.key.name },
    ]);
    const listed = JSON.stringify(data);
    for (const secret of [admin.secret, editor.secret]) expect(listed).not.toContain(secret.slice(-43));
    expect(listed).not.toMatch(/secretHash|[0-9a-f]{64}/);
  });

  it('revokes a key: its next request is UNAUTHENTICATED, here and through a second Jisr on the same Neo4j', async () => {
    const admin = await keys.create('admin');
    const editor = await keys.create('editor');
    const replica = connect();
    try {
      const onReplica = () => viewerOf(editor.authorization, replica.repositories.apiKeys, { operation: 'test' });
      expect(await onReplica()).toEqual({ keyId: editor.key.id, name: editor.key.name, role: 'editor' });

      const { data, errors } = await graphql.run(admin.authorization, RevokeApiKeyDocument, { id: editor.key.id });
      expect(errors).toBeUndefined();
      expect(data!.revokeApiKey).toEqual({ id: editor.key.id, name: editor.key.name, role: 'EDITOR', revokedAt: expect.any(String), revokedBy: admin.key.name });

      const revoked = { code: 'UNAUTHENTICATED', message: `The API key "${editor.key.name}" (${editor.key.id}) was revoked at ${data!.revokeApiKey.revokedAt}. Ask an admin for a new key.` };
      await expect(asViewer(editor.authorization)).rejects.toMatchObject(revoked);
      await expect(onReplica()).rejects.toMatchObject(revoked);
      expect((await keys.stored(editor.key.id))?.revokedAt).toBe(data!.revokeApiKey.revokedAt);
    } finally {
      await replica.close();
    }
  });

  it('keeps the first revocation when a key is revoked again', async () => {
    const admin = await keys.create('admin');
    const reader = await keys.create('reader');
    const first = await graphql.run(admin.authorization, RevokeApiKeyDocument, { id: reader.key.id });
    const second = await graphql.run(admin.authorization, RevokeApiKeyDocument, { id: reader.key.id });
    expect(second).toEqual(first);
  });

  it('refuses a second key of a name, also of a revoked key, and writes nothing', async () => {
    const admin = await keys.create('admin');
    const taken = await keys.create('editor');
    await graphql.run(admin.authorization, RevokeApiKeyDocument, { id: taken.key.id });
    const again = await graphql.run(admin.authorization, CreateApiKeyDocument, { name: taken.key.name, role: 'READER' });
    expect(again).toEqual(refusal('BAD_USER_INPUT',
      `A key named "${taken.key.name}" exists already (a revoked key keeps its name, so that history names one key). Choose another name, such as "${taken.key.name}-2".`, { argument: 'name' }));
    const named = (await keys.core.repositories.apiKeys.list({ operation: 'test' })).filter((k) => k.name === taken.key.name);
    expect(named.map((k) => k.id)).toEqual([taken.key.id]);
  });

  it('refuses a malformed name and an unknown or malformed id with what is expected', async () => {
    const admin = await keys.create('admin');
    expect(await graphql.run(admin.authorization, CreateApiKeyDocument, { name: '  ', role: 'READER' })).toEqual(refusal('BAD_USER_INPUT',
      'Expected a key name of 1 to 100 letters, digits, spaces and . _ @ - (starting with a letter or digit), such as "amal", "etl-bot" or "newsroom.ye", but got "".', { argument: 'name' }));
    expect(await graphql.run(admin.authorization, RevokeApiKeyDocument, { id: 'ffffffffffffffff' })).toEqual(refusal('NOT_FOUND',
      'No API key has the id "ffffffffffffffff". List the keys with apiKeys.'));
    expect(await graphql.run(admin.authorization, RevokeApiKeyDocument, { id: admin.key.name })).toEqual(refusal('BAD_USER_INPUT',
      `Expected a key id of 16 hexadecimal digits such as "3f9a0c7e12ab45d6", but got "${admin.key.name}". The ids are listed by apiKeys.`, { argument: 'id' }));
  });
});

describe('resolving the viewer from the Authorization header', () => {
  it('has no viewer without a header, and reads stay open', async () => {
    expect(await asViewer(undefined)).toBeNull();
    const { data, errors } = await graphql.run(undefined, SourceByIdDocument, { id: 'source:seed-001' });
    expect(errors).toBeUndefined();
    expect(data!.node?.id).toBe('source:seed-001');
  });

  it('refuses a malformed header, an unknown id and a wrong secret with UNAUTHENTICATED, never echoing the secret', async () => {
    const editor = await keys.create('editor');
    const wrongSecret = `Bearer ${editor.secret.slice(0, -4)}${editor.secret.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const unknownId = `Bearer jisr_ffffffffffffffff_${editor.secret.slice(-43)}`;
    await expect(asViewer(`Token ${editor.secret}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Expected "Authorization: Bearer jisr_<id>_<secret>" with an API key made by `jisr keys create` or createApiKey, but got an Authorization header whose scheme is not Bearer. Send the key exactly as it was printed, or no Authorization header at all.',
    });
    await expect(asViewer(wrongSecret)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: `The API key ${editor.key.id} is unknown or its secret does not match. Send the whole key exactly as it was printed when it was created, or ask an admin for a new one.`,
    });
    await expect(asViewer(unknownId)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'The API key ffffffffffffffff is unknown or its secret does not match. Send the whole key exactly as it was printed when it was created, or ask an admin for a new one.',
    });
    for (const header of [`Token ${editor.secret}`, wrongSecret, unknownId]) {
      const error = await asViewer(header).catch((e: Error) => e);
      expect(JSON.stringify({ message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions })).not.toContain(editor.secret.slice(-43, -4));
    }
  });
});

describe('READS_REQUIRE_KEY=true', () => {
  const closed = useGraphQLAs(() => keys.core.repositories, { readsRequireKey: true });

  it('refuses a query without a key with UNAUTHENTICATED before any resolver runs', async () => {
    const result = await closed.run(undefined, SourceByIdDocument, { id: 'source:seed-001' });
    expect(result).toEqual({ errors: [expect.objectContaining({
      message: 'This operation needs a reader API key to read the graph: send it as "Authorization: Bearer <key>" (create one with `jisr keys create`).',
      extensions: { code: 'UNAUTHENTICATED' },
    })] });
  });

  it.each(['reader', 'editor', 'admin'] as const)('answers a query with a key of role %s', async (role) => {
    const own = await keys.create(role);
    const { data, errors } = await closed.run(own.authorization, SourceByIdDocument, { id: 'source:seed-001' });
    expect(errors).toBeUndefined();
    expect(data!.node?.id).toBe('source:seed-001');
  });

  it('leaves mutations to the role each names: an admin key manages keys, no key is UNAUTHENTICATED', async () => {
    const admin = await keys.create('admin');
    const created = await closed.run(admin.authorization, CreateApiKeyDocument, { name: uniqueKeyName(), role: 'READER' });
    expect(created.errors).toBeUndefined();
    expect((await closed.run(undefined, RevokeApiKeyDocument, { id: created.data!.createApiKey.key.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
