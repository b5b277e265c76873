import { viewerOf } from '../../../src/auth/api-key.service';
import { uniqueKeyName, useOwnKeys } from '../../helpers/auth/own-keys';
import { testNeo4jUri } from '../../helpers/test-database';
import { type CliRun, runJisrCli } from '../../helpers/jisr-cli';

// `jisr keys` against the test Neo4j (NEO4J_URI), as an operator runs it: the CLI from source, its stdout
// and stderr apart. Only keys named by uniqueKeyName() are made, and they are deleted after the last test.

function jisrKeys(...args: string[]): Promise<CliRun> {
  return runJisrCli(['keys', ...args], { NEO4J_URI: testNeo4jUri(), LOG_LEVEL: 'silent' });
}

/** Each run loads the CLI through ts-node: several seconds on a busy two-core machine. */
const CLI_RUNS_MS = 180_000;

const keys = useOwnKeys();
const asViewer = (secret: string) => viewerOf(`Bearer ${secret}`, keys.core.repositories.apiKeys, { operation: 'test' });

describe('jisr keys', () => {
  it('creates a key and prints its secret alone on stdout, once; lists it without the secret; revokes it by name', async () => {
    const name = uniqueKeyName('cli');
    const created = await jisrKeys('create', '--name', name, '--role', 'editor');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^jisr_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\n$/);
    const secret = created.stdout.trim();
    const id = secret.split('_')[1]!;
    expect(created.stderr).toContain(`created the editor key "${name}" (id ${id}) in ${testNeo4jUri()}. Its secret, on stdout, is shown this once: store it now.`);
    expect(created.stderr).not.toContain(secret);
    expect(await asViewer(secret)).toEqual({ keyId: id, name, role: 'editor' });

    const listed = await jisrKeys('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[0]).toMatch(/^ID +NAME +ROLE +CREATED +REVOKED$/);
    expect(listed.stdout).toMatch(new RegExp(`^${id}  ${name} +editor  \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z  -$`, 'm'));
    expect(listed.stdout + listed.stderr).not.toContain(secret.slice(-43));

    const revoked = await jisrKeys('revoke', name);
    expect(revoked.code).toBe(0);
    expect(revoked.stderr).toContain(`revoked the editor key "${name}" (id ${id}) in ${testNeo4jUri()}: it is refused from the next request on.`);
    await expect(asViewer(secret)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const again = await jisrKeys('revoke', id);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`the editor key "${name}" \\(id ${id}\\) was revoked already, at \\d{4}-`));
  }, CLI_RUNS_MS);

  it('exits 1 with the reason for a taken name and an unknown key, and creates nothing', async () => {
    const taken = await keys.create('reader');
    const duplicate = await jisrKeys('create', '--name', taken.key.name, '--role', 'admin');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stdout).toBe('');
    expect(duplicate.stderr).toContain(`A key named "${taken.key.name}" exists already`);
    const named = (await keys.core.repositories.apiKeys.list({ operation: 'test' })).filter((k) => k.name === taken.key.name);
    expect(named.map((k) => k.role)).toEqual(['reader']);

    const unknown = uniqueKeyName('never-made');
    const missing = await jisrKeys('revoke', unknown);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`No API key has the id or name "${unknown}". List the keys with \`jisr keys list\`.`);
  }, CLI_RUNS_MS);

  it('exits 2 with the usage on a wrong role or a missing argument, before looking for Neo4j', async () => {
    const wrongRole = await jisrKeys('create', '--name', 'x', '--role', 'owner');
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toContain('Expected --role to be one of reader, editor, admin, but got "owner"');
    expect(wrongRole.stderr).toContain('keys create --name <name> --role <reader|editor|admin>');
    expect((await jisrKeys('revoke')).code).toBe(2);
  }, CLI_RUNS_MS);
});
