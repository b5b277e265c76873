import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The secret of an API key: `jisr_<id>_<random>`. The id (16 hex digits) is public: it names the key in
 * lists, logs and rate limits, and finds it in Neo4j with one index seek. The random part (32 bytes,
 * 43 base64url characters) is the secret proper; only its SHA-256 is stored.
 *
 * Why a plain SHA-256 and not bcrypt, scrypt or Argon2: a slow KDF exists to make guessing a *low-entropy*
 * password expensive after the hashes leak. These secrets are 256 random bits chosen by the machine; no
 * dictionary holds them and no amount of hashing speed makes 2^256 guesses feasible, so a fast hash is as
 * safe here and keeps a request's authentication to microseconds (a slow KDF on every request would
 * itself be a denial-of-service lever). The same reasoning is behind GitHub's and Stripe's token storage.
 */

export const API_KEY_PREFIX = 'jisr';
/** Bytes of the public id: 64 bits, so two keys never meet by chance. */
const ID_BYTES = 8;
/** Bytes of the secret part: 256 bits. */
const SECRET_BYTES = 32;

const SECRET_PATTERN = /^jisr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const ID_PATTERN = /^[0-9a-f]{16}$/;

/** A freshly made key: its public id and the whole secret, which is shown once and never stored. */
export interface NewSecret {
  readonly id: string;
  readonly secret: string;
}

export function generateSecret(): NewSecret {
  const id = randomBytes(ID_BYTES).toString('hex');
  return { id, secret: `${API_KEY_PREFIX}_${id}_${randomBytes(SECRET_BYTES).toString('base64url')}` };
}

/** Whether a string has the shape of a key id (`3f9a0c7e12ab45d6`). */
export function isApiKeyId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The key id of a well-formed secret, or undefined for anything else. */
export function keyIdOfSecret(secret: string): string | undefined {
  return SECRET_PATTERN.exec(secret)?.[1];
}

/** What is stored in place of the secret: the hex SHA-256 of the whole secret string. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Whether `secret` hashes to `storedHash`, in time that does not depend on where the two first differ
 * (the hashes have a fixed length, so timingSafeEqual never sees buffers of different sizes unless the
 * stored value is corrupt, which is a mismatch).
 */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = createHash('sha256').update(secret, 'utf8').digest();
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}

/** The credentials an Authorization header carries, or why it carries none Jisr can use. */
export type BearerCredentials =
  | { readonly kind: 'absent' }
  | { readonly kind: 'key'; readonly id: string; readonly secret: string }
  | { readonly kind: 'malformed'; readonly problem: string };

/**
 * Reads `Authorization: Bearer jisr_<id>_<random>`. The scheme is case-insensitive (RFC 7235); anything
 * else present in the header is malformed, never ignored: a client that meant to send a key and sent
 * something else must hear so. The problem never quotes the token, which may be a secret of another system.
 */
export function parseAuthorization(header: string | undefined): BearerCredentials {
  if (header === undefined) return { kind: 'absent' };
  const parts = header.trim().split(/\s+/).filter((part) => part !== '');
  const [scheme, token] = parts;
  if (scheme === undefined) return { kind: 'malformed', problem: 'an empty Authorization header' };
  if (scheme.toLowerCase() !== 'bearer') {
    // The first word is not echoed either: a client that sent a bare token would see part of it.
    const problem = keyIdOfSecret(scheme) === undefined ? 'an Authorization header whose scheme is not Bearer' : 'a Jisr API key without the word Bearer before it';
    return { kind: 'malformed', problem };
  }
  if (token === undefined) return { kind: 'malformed', problem: 'a Bearer header without a key' };
  if (parts.length > 2) return { kind: 'malformed', problem: `a Bearer header with ${parts.length - 1} words where one key belongs` };
  const id = keyIdOfSecret(token);
  if (id === undefined) {
    return { kind: 'malformed', problem: `a Bearer token of ${token.length} characters that is not a Jisr API key` };
  }
  return { kind: 'key', id, secret: token };
}
