/**
 * `npm run neo4j`: the local Neo4j in the foreground until Ctrl-C.
 * `npm run neo4j:prepare` (--prepare-only): download and cache its classpath, then exit (CI runs
 * this up front so that Maven's time is not charged to the first test's timeout).
 *
 * Environment (read here only; the library takes options):
 *   NEO4J_LOCAL_PORT      Bolt port on 127.0.0.1, default 7687 (0 = any free port)
 *   NEO4J_LOCAL_DATA_DIR  data directory, default .neo4j/data under the repository root
 *   NEO4J_LOCAL_HEAP_MB   JVM heap in MiB, default 768
 */
import path from 'node:path';
import { findProjectRoot, LocalNeo4jError, prepareLocalNeo4j, startLocalNeo4j } from './local-neo4j';

const log = (line: string) => process.stdout.write(`[neo4j] ${line}\n`);

function integerFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LocalNeo4jCliError(`Expected ${name} to be an integer from ${min} to ${max}, but got "${raw}".`);
  }
  return value;
}

class LocalNeo4jCliError extends Error {}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--prepare-only')) {
    const started = Date.now();
    await prepareLocalNeo4j(log);
    log(`classpath is cached under neo4j-local/target/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return;
  }

  const port = integerFromEnv('NEO4J_LOCAL_PORT', 7687, 0, 65_535);
  const heapMb = integerFromEnv('NEO4J_LOCAL_HEAP_MB', 768, 128, 1_048_576);
  const dataDir = path.resolve(process.env.NEO4J_LOCAL_DATA_DIR || path.join(findProjectRoot(), '.neo4j', 'data'));

  const neo4j = await startLocalNeo4j({ port, dataDir, heapMb, log });
  log(`no authentication; connect with NEO4J_URI=${neo4j.uri} (pid ${neo4j.pid}). Ctrl-C stops it.`);

  // Signal listeners do not keep Node alive, the JVM does: if it dies on its own, the event loop
  // empties and this fires, so the command fails instead of exiting 0 as if stopped on purpose.
  process.once('beforeExit', () => {
    process.stderr.write('[neo4j] the local Neo4j is no longer running\n');
    process.exitCode = 1;
  });
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log(`${signal}: stopping local Neo4j…`);
  await neo4j.stop();
  log('stopped');
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    // Our own errors already say what to do; a stack trace would bury that sentence.
    if (error instanceof LocalNeo4jError || error instanceof LocalNeo4jCliError || error instanceof RangeError) {
      process.stderr.write(`[neo4j] ${error.message}\n`);
    } else {
      process.stderr.write(`[neo4j] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  },
);
