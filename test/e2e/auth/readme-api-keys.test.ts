import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseKeysArgs } from '../../../src/cli/keys.command';
import { REPO_ROOT } from '../../../src/config';
import { uniqueKeyName, useOwnKeys } from '../../helpers/auth/own-keys';
import { postGraphQL, startHardeningServer, type HardeningServer } from '../hardening/hardening-server';

// README's "API keys" section, run as written: its curl calls against the real server with a real admin key
// in place of $JISR_KEY, and its `jisr keys` lines through the CLI's own argument parser.

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const section = /\n### API keys\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const shell = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, block]) => block!.replace(/\\\n\s*/g, '')).join('\n');
const curls = [...shell.matchAll(/^curl -s localhost:4000\/graphql (.*) -d '(.*)'$/gm)].map(([, headers, body]) => ({ headers: headers!, body: body! }));
const cliLines = [...shell.matchAll(/npm run -s jisr -- (keys [^)#\n]*)/g)].map(([, args]) => args!.trim().split(/\s+/).slice(1));

const keys = useOwnKeys();
let server: HardeningServer;
beforeAll(async () => {
  server = await startHardeningServer();
});
afterAll(() => server.stop());

describe('README: API keys', () => {
  it('has curl calls with the key in the Authorization header, and keys create, list and revoke lines', () => {
    expect(curls.length).toBeGreaterThanOrEqual(2);
    for (const { headers } of curls) expect(headers).toContain('-H "Authorization: Bearer $JISR_KEY"');
    expect(cliLines.map((args) => args[0])).toEqual(['create', 'list', 'revoke']);
  });

  it('has `jisr keys` lines the CLI accepts', () => {
    for (const args of cliLines) expect(() => parseKeysArgs(args, (message) => new Error(message))).not.toThrow();
  });

  it.each(curls.map((curl, index) => [index + 1, curl] as const))('runs curl call %i with an admin key and gets data without errors', async (_index, { body }) => {
    const admin = await keys.create('admin');
    // The example's key name, made unique to this run, so that the key it makes is this test's to remove.
    const request = JSON.parse(body.replace('\\"etl-bot\\"', `\\"${uniqueKeyName('readme')}\\"`)) as unknown;
    const response = await postGraphQL(server.url, request, { authorization: `Bearer ${admin.secret}` });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(result.errors).toBeUndefined();
    for (const value of Object.values(result.data ?? {})) expect(value).toBeTruthy();
  });
});
