import { badUserInput, ErrorCode, JisrError } from '../errors';
import type { QueryContext } from '../neo4j/executor';
import type { ApiKeyRecord, ApiKeyRepository } from './api-key.repository';
import { generateSecret, hashSecret, isApiKeyId, parseAuthorization, secretMatches } from './api-key.secret';
import type { Role, Viewer } from './viewer';

/**
 * API keys: made with a secret shown once, listed without it, revoked for good, and checked on every
 * request against Neo4j, never against a copy in this process, so that every replica agrees at once.
 */

/** A name is shown in lists and in history: a person, a team or a tool, 1 to 100 characters. */
export const API_KEY_NAME_MAX_LENGTH = 100;
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._@-]*$/u;
const NAME_EXAMPLE = '"amal", "etl-bot" or "newsroom.ye"';

/** What a new key is to be: who holds it and what it may do. */
export interface NewApiKey {
  readonly name: string;
  readonly role: Role;
}

/** A key just made, with its secret: the only time the secret exists outside the holder's hands. */
export interface CreatedApiKey {
  readonly key: ApiKeyRecord;
  readonly secret: string;
}

/** The name, trimmed, or BAD_USER_INPUT saying what a name may be. */
export function checkKeyName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > API_KEY_NAME_MAX_LENGTH || !NAME_PATTERN.test(trimmed)) {
    const shown = trimmed.length > 40 ? `${JSON.stringify(trimmed.slice(0, 40))}… (${trimmed.length} characters)` : JSON.stringify(trimmed);
    throw badUserInput(
      `Expected a key name of 1 to ${API_KEY_NAME_MAX_LENGTH} letters, digits, spaces and . _ @ - (starting with a letter or digit), such as ${NAME_EXAMPLE}, but got ${shown}.`,
      { argument: 'name' },
    );
  }
  return trimmed;
}

/**
 * Makes a key and returns its secret once. `createdBy` is the admin key doing it, or null for the CLI,
 * which talks to Neo4j directly (whoever can reach the database is an admin already).
 */
export async function createApiKey(
  input: NewApiKey,
  createdBy: Viewer | null,
  keys: ApiKeyRepository,
  ctx: QueryContext,
  now: Date = new Date(),
): Promise<CreatedApiKey> {
  const name = checkKeyName(input.name);
  const { id, secret } = generateSecret();
  const key = await keys.create({
    id, name, role: input.role, secretHash: hashSecret(secret), createdAt: now.toISOString(), createdBy: createdBy?.name ?? null,
  }, ctx);
  if (!key) {
    throw badUserInput(
      `A key named ${JSON.stringify(name)} exists already (a revoked key keeps its name, so that history names one key). Choose another name, such as ${JSON.stringify(`${name}-2`)}.`,
      { argument: 'name' },
    );
  }
  return { key, secret };
}

export function listApiKeys(keys: ApiKeyRepository, ctx: QueryContext): Promise<ApiKeyRecord[]> {
  return keys.list(ctx);
}

/**
 * Revokes a key, which stops working on the next request to any replica. `reference` is its id, or for
 * the CLI (`byName`) its id or else its name. NOT_FOUND when no key answers to it.
 */
export async function revokeApiKey(
  reference: string,
  options: { readonly byName: boolean; readonly revokedBy: Viewer | null },
  keys: ApiKeyRepository,
  ctx: QueryContext,
  now: Date = new Date(),
): Promise<ApiKeyRecord> {
  const shown = JSON.stringify(reference.length > 60 ? `${reference.slice(0, 60)}…` : reference);
  if (!options.byName && !isApiKeyId(reference)) {
    throw badUserInput(`Expected a key id of 16 hexadecimal digits such as "3f9a0c7e12ab45d6", but got ${shown}. The ids are listed by apiKeys.`, { argument: 'id' });
  }
  const key = await keys.revoke({ id: reference, name: options.byName ? reference : null }, now.toISOString(), options.revokedBy?.name ?? null, ctx);
  if (!key) {
    const where = options.byName ? 'No API key has the id or name' : 'No API key has the id';
    throw new JisrError(ErrorCode.NOT_FOUND, `${where} ${shown}. List the keys with ${options.byName ? '`jisr keys list`' : 'apiKeys'}.`);
  }
  return key;
}

const unauthenticated = (message: string, extensions: Record<string, unknown> = {}) =>
  new JisrError(ErrorCode.UNAUTHENTICATED, message, extensions);

/**
 * Who is asking, from the request's Authorization header: null without one, the key's viewer for a valid
 * key, UNAUTHENTICATED for a malformed, unknown or revoked one (never ignored: a client that sent a key
 * expects to act as its holder). One index seek per request and nothing remembered, so a revocation holds
 * from the next request on, on every replica. Messages name the public id at most, never the secret.
 */
export async function viewerOf(authorization: string | undefined, keys: ApiKeyRepository, ctx: QueryContext): Promise<Viewer | null> {
  const credentials = parseAuthorization(authorization);
  switch (credentials.kind) {
    case 'absent':
      return null;
    case 'malformed':
      throw unauthenticated(
        `Expected "Authorization: Bearer jisr_<id>_<secret>" with an API key made by \`jisr keys create\` or createApiKey, but got ${credentials.problem}. Send the key exactly as it was printed, or no Authorization header at all.`,
      );
    case 'key': {
      const stored = await keys.credentialOf(credentials.id, ctx);
      // An unknown id and a wrong secret get the same answer: the id alone must not tell whether a key exists.
      if (!stored || !secretMatches(credentials.secret, stored.secretHash)) {
        throw unauthenticated(
          `The API key ${credentials.id} is unknown or its secret does not match. Send the whole key exactly as it was printed when it was created, or ask an admin for a new one.`,
          { keyId: credentials.id },
        );
      }
      if (stored.revokedAt !== null) {
        throw unauthenticated(`The API key "${stored.name}" (${stored.id}) was revoked at ${stored.revokedAt}. Ask an admin for a new key.`, { keyId: stored.id });
      }
      return { keyId: stored.id, name: stored.name, role: stored.role };
    }
    default: {
      const unreachable: never = credentials;
      // The kind only: credentials may hold a secret.
      throw new Error(`Unhandled credentials kind ${String((unreachable as { kind: unknown }).kind)}`);
    }
  }
}
