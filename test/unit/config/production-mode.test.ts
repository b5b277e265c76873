import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/config';
import { defaultToProduction } from '../../../src/production-mode';

describe('production mode of the service', () => {
  it('runs as production when NODE_ENV is unset or empty, and keeps a mode the environment names', () => {
    const unset: NodeJS.ProcessEnv = {};
    defaultToProduction(unset);
    expect(unset.NODE_ENV).toBe('production');
    const empty: NodeJS.ProcessEnv = { NODE_ENV: '' };
    defaultToProduction(empty);
    expect(empty.NODE_ENV).toBe('production');
    const named: NodeJS.ProcessEnv = { NODE_ENV: 'development' };
    defaultToProduction(named);
    expect(named.NODE_ENV).toBe('development');
  });

  it('puts graphql-js in production mode when loaded before it (no second-copy check on every instanceof)', () => {
    const env = { ...process.env };
    delete env.NODE_ENV;
    const script = `
      require(${JSON.stringify(path.join(REPO_ROOT, 'src/production-mode.ts'))});
      const { instanceOf } = require('graphql/jsutils/instanceOf');
      class Copy {}
      Object.defineProperty(Copy.prototype, Symbol.toStringTag, { get: () => 'GraphQLList' });
      const { GraphQLList } = require('graphql');
      // Outside production graphql-js throws on a value that looks like its own class from another copy of it.
      let threw = false;
      try { instanceOf(new Copy(), GraphQLList); } catch { threw = true; }
      process.stdout.write(JSON.stringify({ mode: process.env.NODE_ENV, threw }));`;
    const child = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: REPO_ROOT, env, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ mode: 'production', threw: false });
  });

  it.each(['src/index.ts', 'src/bench/target-process.ts'])('%s loads production-mode before any other module', (entry) => {
    const imports = [...readFileSync(path.join(REPO_ROOT, entry), 'utf8').matchAll(/^import .*?['"]([^'"]+)['"];$/gm)].map(([, from]) => from);
    expect(imports[0]).toMatch(/(^|\/)production-mode$/);
  });
});
