import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { ApiKeyRecord } from '../../../src/auth/api-key.repository';
import { createApiKey } from '../../../src/auth/api-key.service';
import type { Role } from '../../../src/auth/viewer';
import type { JisrCore } from '../../../src/composition';
import { SYSTEM_LABELS } from '../../../src/model/vocabulary';
import { blockScoped } from '../block-scoped';
import { connect, TEST_DATABASE } from '../test-database';

/*
 * API keys a test file makes in the shared test Neo4j: every name comes from uniqueKeyName(), so runs, files
 * and tests never meet, and every key so named (through the service, GraphQL or the CLI) is deleted after the
 * file's last test, the deletion checked by reading again. Keys are never counted: other files make theirs.
 */

const RUN = randomBytes(3).toString('hex');
let counter = 0;
const issued = new Set<string>();

/** A key name of this run only: `uniqueKeyName('admin')` → `test-admin-1a2b3c-1`. */
export function uniqueKeyName(slug = 'key'): string {
  counter += 1;
  const name = `test-${slug}-${RUN}-${counter}`;
  issued.add(name);
  return name;
}

/** A key made for a test, with what a client sends. */
export interface OwnKey {
  readonly key: ApiKeyRecord;
  readonly secret: string;
  /** `Bearer <secret>`, the Authorization header. */
  readonly authorization: string;
}

export interface OwnKeys {
  readonly core: Omit<JisrCore, 'close'>;
  /** Makes a key of the role straight through the service, as `jisr keys create` does. */
  create(role: Role, slug?: string): Promise<OwnKey>;
  /** The stored properties of the key with this id (raw Cypher), or null. */
  stored(id: string): Promise<Record<string, unknown> | null>;
}

async function removeIssuedKeys(driver: Driver): Promise<void> {
  const names = [...issued];
  const session = driver.session({ database: TEST_DATABASE });
  try {
    await session.executeWrite((tx) => tx.run(`MATCH (k:${SYSTEM_LABELS.API_KEY}) WHERE k.name IN $names DETACH DELETE k`, { names }));
    const left = await session.executeRead((tx) => tx.run(`MATCH (k:${SYSTEM_LABELS.API_KEY}) WHERE k.name IN $names RETURN k.name AS name`, { names }));
    if (left.records.length > 0) throw new Error(`Test keys left after removal: ${left.records.map((r) => String(r.get('name'))).join(', ')}.`);
  } finally {
    await session.close();
  }
}

/** The set-up of a file that makes keys: the core over the test Neo4j, and the keys removed after the last test. */
export function useOwnKeys(): OwnKeys {
  const current = blockScoped('The own keys', async () => connect(), async (core) => {
    try {
      await removeIssuedKeys(core.driver);
    } finally {
      await core.close();
    }
  });
  return {
    get core() { return current(); },
    async create(role, slug = role) {
      const { key, secret } = await createApiKey({ name: uniqueKeyName(slug), role }, null, current().repositories.apiKeys, { operation: 'test' });
      return { key, secret, authorization: `Bearer ${secret}` };
    },
    async stored(id) {
      const session = current().driver.session({ database: TEST_DATABASE });
      try {
        const result = await session.run(`MATCH (k:${SYSTEM_LABELS.API_KEY} {id: $id}) RETURN properties(k) AS props`, { id });
        return (result.records[0]?.get('props') as Record<string, unknown> | undefined) ?? null;
      } finally {
        await session.close();
      }
    },
  };
}
