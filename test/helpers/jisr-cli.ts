import { spawn } from 'node:child_process';
import { REPO_ROOT } from '../../src/config';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the jisr CLI from source (as `npm run jisr --` does after its build), without blocking the test
 * process, so several runs can go side by side. CI=true keeps progress bars out of the output.
 */
export function runJisrCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/jisr.ts', ...args], {
    cwd: REPO_ROOT, env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
