import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { connect, SEEDS_DIR, testNeo4jUri } from '../helpers/test-database';

/** Runs the jisr CLI from source, as `npm run jisr --` does after its build step. */
function jisr(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/jisr.ts', ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: testNeo4jUri(), CI: 'true', ...env }, timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const { driver } = connect();
afterAll(() => driver.close());

describe('jisr seed', () => {
  it('validates, then loads the seed graph; loading again with --reset changes nothing', async () => {
    const before = await graphFingerprint(driver);
    const run = jisr(['seed', '--reset']);
    expect(run.stderr).toContain('validated seeds: 5 sources, 71 nodes, 117 relationships, 135 quotes');
    expect(run.stderr).toMatch(/reset and loaded into bolt:\/\/.*: 71 nodes, 117 relationships, 135 quotes, 5 sources/);
    expect(run.code).toBe(0);
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('stays quiet in CI: no progress bar redraws in the output', () => {
    expect(jisr(['seed']).stderr).not.toContain('\r');
  });

  it('exits 1 naming the file, record and field of every error in a broken seed folder, and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-cli-seeds-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const file = path.join(dir, 'graph', '003_519500e86f7a6d5c.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('from: org:saferworld\n', 'from: org:saferwrold\n'));
      const run = jisr(['seed', '--reset', '--dir', dir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/003_519500e86f7a6d5c\.yaml: relationships\[\d+\] \(FUNDED org:saferwrold → program:saned-community-peace\): field "from": unknown id "org:saferwrold"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('exits 2 with the usage on an unknown command or option', () => {
    const run = jisr(['sed']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command "sed"');
    expect(run.stderr).toContain('Usage: jisr <command>');
    expect(jisr(['seed', '--force']).code).toBe(2);
  });
});
