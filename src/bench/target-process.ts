/**
 * One bench target in a process of its own, forked by the bench (src/bench/bench-run.ts) with an IPC channel,
 * compiled (dist/src/bench/target-process.js) as `npm start` runs Jisr:
 * argv[2] is the JSON of its TargetOptions. It answers `{ type: 'ready', url }` once listening, a
 * `{ type: 'stats' }` message with its TargetStats, and `{ type: 'stop' }` by stopping and exiting.
 */
// First, as in src/index.ts: every server runs as deployed, graphql-js in production mode (src/production-mode.ts).
import '../production-mode';
import 'reflect-metadata';
import { startTarget, type TargetOptions } from './bench-targets';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as TargetOptions;
  const target = await startTarget(options);
  process.on('message', (message: { type: string; id?: number }) => {
    if (message.type === 'stats') process.send?.({ type: 'stats', id: message.id, stats: target.stats() });
    if (message.type === 'stop') {
      void target.stop().finally(() => process.exit(0));
    }
  });
  // The bench died without stopping this process: do not outlive it.
  process.on('disconnect', () => {
    void target.stop().finally(() => process.exit(0));
  });
  process.send?.({ type: 'ready', url: target.url });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
