import 'reflect-metadata';
import { checkKeyName } from '../../../src/auth/api-key.service';
import { formatKeyTable, parseKeysArgs } from '../../../src/cli/keys.command';

class Usage extends Error {}
const parse = (...args: string[]) => parseKeysArgs(args, (message) => new Usage(message));

describe('jisr keys arguments', () => {
  it('reads create, list and revoke', () => {
    expect(parse('create', '--name', 'amal', '--role', 'editor')).toEqual({ action: 'create', name: 'amal', role: 'editor' });
    expect(parse('create', '--role', 'admin', '--name', 'ops team')).toEqual({ action: 'create', name: 'ops team', role: 'admin' });
    expect(parse('list')).toEqual({ action: 'list' });
    expect(parse('revoke', 'amal')).toEqual({ action: 'revoke', reference: 'amal' });
  });

  it.each([
    [[], 'keys needs an action: create, list or revoke'],
    [['rotate'], 'Unknown keys action "rotate"'],
    [['create', '--name', 'amal'], 'keys create needs --name <name> and --role <role>'],
    [['create', '--name', 'amal', '--role', 'owner'], 'Expected --role to be one of reader, editor, admin, but got "owner"'],
    [['create', '--name', 'amal', '--role', 'editor', '--force'], 'Unknown option for keys create: "--force"'],
    [['list', '--all'], 'keys list takes no arguments, but got "--all"'],
    [['revoke'], 'keys revoke needs exactly one key id or name'],
    [['revoke', 'a', 'b'], 'keys revoke needs exactly one key id or name'],
  ])('refuses %j as a usage error: %s', (args, message) => {
    expect(() => parse(...args)).toThrow(new Usage(message));
  });

  it('lists keys as aligned columns, revoked or not', () => {
    expect(formatKeyTable([
      { id: '0123456789abcdef', name: 'amal', role: 'admin', createdAt: '2026-01-02T03:04:05.000Z', createdBy: null, revokedAt: null, revokedBy: null },
      { id: 'fedcba9876543210', name: 'etl-bot', role: 'editor', createdAt: '2026-01-03T00:00:00.000Z', createdBy: 'amal', revokedAt: '2026-02-01T00:00:00.000Z', revokedBy: 'amal' },
    ])).toEqual([
      'ID                NAME     ROLE    CREATED                   REVOKED',
      '0123456789abcdef  amal     admin   2026-01-02T03:04:05.000Z  -',
      'fedcba9876543210  etl-bot  editor  2026-01-03T00:00:00.000Z  2026-02-01T00:00:00.000Z',
    ]);
  });
});

describe('key names', () => {
  it.each(['amal', 'etl-bot', 'newsroom.ye', 'amal@saferworld', 'فريق التحرير', '  padded  '])('accepts %j', (name) => {
    expect(checkKeyName(name)).toBe(name.trim());
  });

  it.each([
    ['', '""'],
    ['-leading-dash', '"-leading-dash"'],
    ['new\nline', '"new\\nline"'],
    ['x'.repeat(101), `"${'x'.repeat(40)}"… (101 characters)`],
  ])('refuses %j with BAD_USER_INPUT saying what a name may be', (name, shown) => {
    expect(() => checkKeyName(name)).toThrow(
      `Expected a key name of 1 to 100 letters, digits, spaces and . _ @ - (starting with a letter or digit), such as "amal", "etl-bot" or "newsroom.ye", but got ${shown}.`,
    );
  });
});
