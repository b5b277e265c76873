import { createHash } from 'node:crypto';
import { generateSecret, hashSecret, isApiKeyId, keyIdOfSecret, parseAuthorization, secretMatches } from '../../../src/auth/api-key.secret';

describe('API key secrets', () => {
  it('are jisr_<16 hex id>_<43 base64url characters> and carry their own id', () => {
    const { id, secret } = generateSecret();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(secret).toMatch(new RegExp(`^jisr_${id}_[A-Za-z0-9_-]{43}$`));
    expect(keyIdOfSecret(secret)).toBe(id);
    expect(isApiKeyId(id)).toBe(true);
  });

  it('are never made twice', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => generateSecret().secret));
    expect(secrets.size).toBe(200);
  });

  it('hash to the hex SHA-256 of the whole secret, which is all that is stored', () => {
    const { id, secret } = generateSecret();
    const hash = hashSecret(secret);
    expect(hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // The random part may itself contain '_' (base64url), so it is cut by position, not by splitting.
    const random = secret.slice(`jisr_${id}_`.length);
    expect(random).toHaveLength(43);
    expect(hash).not.toContain(random);
  });

  it('match their stored hash and nothing else, also when the stored value is corrupt', () => {
    const { secret } = generateSecret();
    const stored = hashSecret(secret);
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, stored)).toBe(false);
    expect(secretMatches(secret, stored.slice(0, 10))).toBe(false);
    expect(secretMatches(secret, '')).toBe(false);
  });
});

describe('reading the Authorization header', () => {
  const { id, secret } = generateSecret();

  it('finds no credentials when there is no header', () => {
    expect(parseAuthorization(undefined)).toEqual({ kind: 'absent' });
  });

  it.each([`Bearer ${secret}`, `bearer ${secret}`, `BEARER   ${secret}  `])('reads a key from %j (the scheme is case-insensitive)', (header) => {
    expect(parseAuthorization(header)).toEqual({ kind: 'key', id, secret });
  });

  it.each([
    ['', 'an empty Authorization header'],
    ['   ', 'an empty Authorization header'],
    ['Bearer', 'a Bearer header without a key'],
    [`Basic ${Buffer.from('user:pass').toString('base64')}`, 'an Authorization header whose scheme is not Bearer'],
    [secret, 'a Jisr API key without the word Bearer before it'],
    [`Bearer ${secret} extra`, 'a Bearer header with 2 words where one key belongs'],
    ['Bearer jisr_0123456789abcdef_short', 'a Bearer token of 27 characters that is not a Jisr API key'],
    [`Bearer jisr_0123456789ABCDEF_${'a'.repeat(43)}`, 'a Bearer token of 65 characters that is not a Jisr API key'],
  ])('calls %j malformed: %s', (header, problem) => {
    expect(parseAuthorization(header)).toEqual({ kind: 'malformed', problem });
  });

  it('never repeats a token it refuses', () => {
    const other = 'sk_live_0123456789abcdefghijklmnop';
    for (const header of [other, `Bearer ${other}`, `Token ${other}`]) {
      const parsed = parseAuthorization(header);
      expect(JSON.stringify(parsed)).not.toContain('0123456789');
    }
  });
});
