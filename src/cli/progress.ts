import type { LoadProgress } from '../loading/seed-loader';

/**
 * A one-line progress display on an interactive terminal; nothing at all in CI or when output is
 * piped, where carriage-return redraws would only litter the log.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): ((p: LoadProgress) => void) | undefined {
  if (!stream.isTTY || env.CI) return undefined;
  return ({ step, done, total }) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    stream.write(`\r${step.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}
