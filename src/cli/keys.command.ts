import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-key.service';
import type { ApiKeyRecord } from '../auth/api-key.repository';
import { ROLES, type Role } from '../auth/viewer';
import { connectionOf, openJisr, resolveNeo4j, type JisrCore } from '../composition';
import { loadConfig } from '../config';
import { applySchema } from '../neo4j/schema-setup';

/**
 * `jisr keys …`: API keys managed straight in Neo4j. This is how the first admin key comes to be (no
 * GraphQL call can make one without an admin key), and it needs no key itself: whoever can reach the
 * database can do anything to it already. Secrets go to stdout and nowhere else, so they can be piped;
 * everything said about them goes to stderr.
 */

export const KEYS_USAGE = `  keys create --name <name> --role <${ROLES.join('|')}>
                                    Create an API key and print its secret on stdout, this once
                                    (Jisr keeps only a hash). The first admin key is made this way.
  keys list                         List the keys: id, name, role, created, revoked. Never a secret.
  keys revoke <id-or-name>          Revoke a key; every replica refuses it from the next request on.`;

export type KeysCommand =
  | { readonly action: 'create'; readonly name: string; readonly role: Role }
  | { readonly action: 'list' }
  | { readonly action: 'revoke'; readonly reference: string };

/** Where the command writes: lines for stdout (data) and stderr (what happened). */
export interface KeysOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const processOutput: KeysOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The command the arguments ask for; `usageError` builds what the caller reports as a usage mistake. */
export function parseKeysArgs(args: readonly string[], usageError: (message: string) => Error): KeysCommand {
  const [action, ...rest] = args;
  switch (action) {
    case 'create': {
      let name: string | undefined;
      let role: string | undefined;
      for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        const value = rest[i + 1];
        if (arg === '--name' && value !== undefined) [name, i] = [value, i + 1];
        else if (arg === '--role' && value !== undefined) [role, i] = [value, i + 1];
        else throw usageError(`Unknown option for keys create: ${JSON.stringify(arg)}`);
      }
      if (name === undefined || role === undefined) throw usageError('keys create needs --name <name> and --role <role>');
      const known = ROLES.find((r) => r === role);
      if (!known) throw usageError(`Expected --role to be one of ${ROLES.join(', ')}, but got ${JSON.stringify(role)}`);
      return { action, name, role: known };
    }
    case 'list':
      if (rest.length > 0) throw usageError(`keys list takes no arguments, but got ${JSON.stringify(rest.join(' '))}`);
      return { action };
    case 'revoke': {
      const [reference, ...extra] = rest;
      if (reference === undefined || extra.length > 0) throw usageError('keys revoke needs exactly one key id or name');
      return { action, reference };
    }
    default:
      throw usageError(action === undefined ? 'keys needs an action: create, list or revoke' : `Unknown keys action ${JSON.stringify(action)}`);
  }
}

/** The key list as aligned columns, a header line first. */
export function formatKeyTable(keys: readonly ApiKeyRecord[]): string[] {
  const rows = [
    ['ID', 'NAME', 'ROLE', 'CREATED', 'REVOKED'],
    ...keys.map((key) => [key.id, key.name, key.role, key.createdAt, key.revokedAt ?? '-']),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
}

/** Runs `work` on Jisr's Neo4j, found as `jisr seed` finds it, with the constraints in place. */
async function onNeo4j<T>(output: KeysOutput, work: (core: JisrCore) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const endpoint = await resolveNeo4j(config, { reuseRunningLocal: true, log: output.err });
  try {
    const core = await openJisr(connectionOf(config, endpoint.uri), config.neo4j.connectTimeoutMs);
    try {
      // The unique id and name constraints must exist before the first key is written.
      await applySchema(core.executor);
      return await work(core);
    } finally {
      await core.close();
    }
  } finally {
    await endpoint.local?.stop();
  }
}

export async function keys(args: readonly string[], usageError: (message: string) => Error, output: KeysOutput = processOutput): Promise<void> {
  const command = parseKeysArgs(args, usageError);
  await onNeo4j(output, async ({ uri, repositories }) => {
    const ctx = { operation: `jisr keys ${command.action}` };
    switch (command.action) {
      case 'create': {
        const { key, secret } = await createApiKey({ name: command.name, role: command.role }, null, repositories.apiKeys, ctx);
        output.err(`created the ${key.role} key "${key.name}" (id ${key.id}) in ${uri}. Its secret, on stdout, is shown this once: store it now.`);
        output.out(secret);
        return;
      }
      case 'list': {
        const all = await listApiKeys(repositories.apiKeys, ctx);
        if (all.length === 0) output.err(`no API keys in ${uri} yet; create the first admin key with: jisr keys create --name <you> --role admin`);
        else for (const line of formatKeyTable(all)) output.out(line);
        return;
      }
      case 'revoke': {
        const revokedAt = new Date();
        const key = await revokeApiKey(command.reference, { byName: true, revokedBy: null }, repositories.apiKeys, ctx, revokedAt);
        output.err(key.revokedAt === revokedAt.toISOString()
          ? `revoked the ${key.role} key "${key.name}" (id ${key.id}) in ${uri}: it is refused from the next request on.`
          : `the ${key.role} key "${key.name}" (id ${key.id}) was revoked already, at ${key.revokedAt}.`);
        return;
      }
      default: {
        const unreachable: never = command;
        throw new Error(`Unhandled keys action ${JSON.stringify(unreachable)}`);
      }
    }
  });
}
