import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLIENT_ERROR_CODES, GRAPHQL_ERROR_CODES } from '../../../src/client/client.errors';
import { REPO_ROOT } from '../../../src/config';
import { ErrorCode, maskError } from '../../../src/errors';

describe('the client package', () => {
  it('is exported as jisr/client: built JavaScript and types from src/client/index.ts', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
    expect(pkg.exports['./client']).toEqual({ types: './dist/src/client/index.d.ts', default: './dist/src/client/index.js' });
    // tsc -b tsconfig.build.json emits src/… into dist/src/…: the source of both is here.
    expect(existsSync(path.join(REPO_ROOT, 'src/client/index.ts'))).toBe(true);
    const build = readFileSync(path.join(REPO_ROOT, 'tsconfig.build.json'), 'utf8');
    expect(build).toMatch(/"include":\s*\["src"\]/);
    expect(build).toMatch(/"declaration":\s*true/);
  });

  it('compiles against the DOM\'s types with no Node types: nothing in it needs Node', async () => {
    const tsc = path.join(REPO_ROOT, 'node_modules/.bin/tsc');
    await expect(promisify(execFile)(tsc, ['-p', 'src/client/tsconfig.json'], { cwd: REPO_ROOT })).resolves.toMatchObject({ stdout: '' });
  }, 60_000);
});

describe('the client\'s error codes', () => {
  const formatted = (code: string) => ({ message: 'm', extensions: { code } });
  const shownAs = (code: string) => maskError(formatted(code), new Error('original'), () => undefined).extensions?.code;

  it('are codes the server shows as they are: every graphql-js code the client lists passes the mask', () => {
    for (const code of GRAPHQL_ERROR_CODES) expect(shownAs(code)).toBe(code);
    for (const code of Object.values(ErrorCode)) expect(shownAs(code)).toBe(code);
  });

  it('keep the client\'s own apart from the server\'s', () => {
    for (const code of CLIENT_ERROR_CODES) {
      expect(Object.values(ErrorCode)).not.toContain(code);
      expect(shownAs(code)).toBe('INTERNAL_SERVER_ERROR');
    }
  });
});
