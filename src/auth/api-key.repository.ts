import { Neo4jError } from 'neo4j-driver';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { ROLES, type Role } from './viewer';

/** An API key as Jisr shows it: never its secret, never its hash. Times are ISO 8601 instants in UTC. */
export interface ApiKeyRecord {
  /** The public id, also the second part of the secret (`jisr_<id>_…`). */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  /** The name of the admin key that created it; null when `jisr keys create` did. */
  readonly createdBy: string | null;
  readonly revokedAt: string | null;
  /** The name of the admin key that revoked it; null when `jisr keys revoke` did, or while it is active. */
  readonly revokedBy: string | null;
}

/** What a presented secret is checked against. It never leaves the service. */
export interface ApiKeyCredential {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly secretHash: string;
  readonly revokedAt: string | null;
}

/** A key about to be stored: the hash of its secret instead of the secret. */
export interface NewApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly secretHash: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

type StoredKey = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A stored role, checked: a key whose role Jisr does not know must grant nothing rather than something. */
function roleOf(stored: StoredKey): Role {
  const role = ROLES.find((r) => r === stored.role);
  if (!role) throw new Error(`API key ${String(stored.id)} has the unknown role ${JSON.stringify(stored.role)}; expected one of ${ROLES.join(', ')}.`);
  return role;
}

/** The one mapper from a stored key to what the service sees. */
function toApiKey(stored: StoredKey): ApiKeyRecord {
  return {
    id: String(stored.id),
    name: String(stored.name),
    role: roleOf(stored),
    createdAt: String(stored.createdAt),
    createdBy: text(stored.createdBy),
    revokedAt: text(stored.revokedAt),
    revokedBy: text(stored.revokedBy),
  };
}

/** Whether Neo4j refused a write because another key already has the name (constraint api_key_name). */
function isNameTaken(error: unknown): boolean {
  return error instanceof Neo4jError
    && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
    && error.message.includes('`name`');
}

/** The `(:ApiKey)` nodes. Keys are bookkeeping, not facts: they carry no Node label and are never dumped or reset. */
export class ApiKeyRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Stores a new key; null when a key of that name exists already (revoked or not). */
  async create(key: NewApiKeyRecord, ctx: QueryContext): Promise<ApiKeyRecord | null> {
    try {
      const [row] = await this.executor.write<{ key: StoredKey }>('auth/create-api-key', { ...key }, ctx);
      if (!row) throw new Error(`Creating API key ${key.id} returned no row.`);
      return toApiKey(row.key);
    } catch (error) {
      if (isNameTaken(error)) return null;
      throw error;
    }
  }

  /** Every key, revoked ones included, oldest first. */
  async list(ctx: QueryContext): Promise<ApiKeyRecord[]> {
    const rows = await this.executor.read<{ key: StoredKey }>('auth/list-api-keys', {}, ctx);
    return rows.map((row) => toApiKey(row.key));
  }

  /**
   * The stored hash and state of a key, or null for an unknown id. Read in a WRITE-mode transaction on
   * purpose: on a cluster (neo4j:// routing) a READ transaction may be served by a follower that has not
   * yet applied a revocation, and a revoked key must stop working at once, everywhere. On one server the
   * mode makes no difference; the statement itself only reads.
   */
  async credentialOf(id: string, ctx: QueryContext): Promise<ApiKeyCredential | null> {
    const [row] = await this.executor.write<{ credential: StoredKey }>('auth/api-key-credential', { id }, ctx);
    if (!row) return null;
    const stored = row.credential;
    return { id: String(stored.id), name: String(stored.name), role: roleOf(stored), secretHash: String(stored.secretHash), revokedAt: text(stored.revokedAt) };
  }

  /**
   * Revokes the key with this id or else, when `name` is given, the key of that name; null when there is
   * none. A key revoked before keeps its first revocation.
   */
  async revoke(which: { readonly id: string; readonly name: string | null }, revokedAt: string, revokedBy: string | null, ctx: QueryContext): Promise<ApiKeyRecord | null> {
    const [row] = await this.executor.write<{ key: StoredKey }>('auth/revoke-api-key', { id: which.id, name: which.name, revokedAt, revokedBy }, ctx);
    return row ? toApiKey(row.key) : null;
  }
}
