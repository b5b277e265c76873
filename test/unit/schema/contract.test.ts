import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/config';

describe('contract (../shared/contract.graphql)', () => {
  it('holds the whole contract with 0 breaking changes, as the shared checker judges it', () => {
    // The shared tool exits non-zero and lists each breaking change when the schema drifts from the contract.
    const output = execFileSync(process.execPath, [path.join(REPO_ROOT, '..', 'shared', 'tools', 'check-contract.mjs'), 'schema/schema.graphql'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(output.trim().split('\n').at(-1)).toBe('contract: 0 breaking change(s) against contract.graphql');
  });
});
