import 'reflect-metadata';
import { hasRole, requireRole, ROLES, type Viewer } from '../../../src/auth/viewer';
import { ApiKeyRole } from '../../../src/auth/api-key.type';
import { loadConfig } from '../../../src/config';
import { type JisrError } from '../../../src/errors';

const viewer = (role: Viewer['role']): Viewer => ({ keyId: '0123456789abcdef', name: `a ${role}`, role });

describe('roles', () => {
  it('grow in power: reader < editor < admin', () => {
    expect(ROLES).toEqual(['reader', 'editor', 'admin']);
    const allowed = ROLES.map((held) => ROLES.filter((needed) => hasRole(viewer(held), needed)));
    expect(allowed).toEqual([['reader'], ['reader', 'editor'], ['reader', 'editor', 'admin']]);
  });

  it('grant nothing without a viewer', () => {
    for (const needed of ROLES) expect(hasRole(null, needed)).toBe(false);
  });

  it('are refused with UNAUTHENTICATED without a key and FORBIDDEN with too weak a one', () => {
    const codeOf = (call: () => unknown) => {
      try {
        call();
        return 'allowed';
      } catch (error) {
        return (error as JisrError).code;
      }
    };
    expect(codeOf(() => requireRole(null, 'admin', 'manage API keys'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole(viewer('editor'), 'admin', 'manage API keys'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireRole(viewer('admin'), 'admin', 'manage API keys'))).toBe('allowed');
  });

  it('are named in GraphQL in capitals, standing for the same roles', () => {
    expect(ApiKeyRole).toEqual({ READER: 'reader', EDITOR: 'editor', ADMIN: 'admin' });
  });
});

describe('READS_REQUIRE_KEY', () => {
  it('is off by default: reads are open', () => {
    expect(loadConfig({}).readsRequireKey).toBe(false);
  });

  it('turns on with true, 1 or yes and names itself when wrong', () => {
    for (const value of ['true', '1', 'yes']) expect(loadConfig({ READS_REQUIRE_KEY: value }).readsRequireKey).toBe(true);
    expect(() => loadConfig({ READS_REQUIRE_KEY: 'sometimes' })).toThrow('READS_REQUIRE_KEY="sometimes": expected true or false');
  });
});
