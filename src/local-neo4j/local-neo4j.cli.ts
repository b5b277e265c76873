/**
 * `npm run neo4j`: the local Neo4j in the foreground until Ctrl-C.
 * `npm run neo4j:prepare` (--prepare-only): download and cache its classpath, then exit (CI runs
 * this up front so that Maven's time is not charged to the first test's timeout).
 *
 * Reads NEO4J_LOCAL_PORT, NEO4J_LOCAL_DATA_DIR, NEO4J_LOCAL_HEAP_MB and NEO4J_LOCAL_PAGECACHE_MB through the one config module,
 * so the bounds and defaults are those of `npm start` (see the README's configuration table).
 */
import { ConfigError, loadLocalNeo4jConfig } from '../config';
import { LocalNeo4jError, prepareLocalNeo4j, startLocalNeo4j } from './local-neo4j';

const log = (line: string) => process.stdout.write(`[neo4j] ${line}\n`);

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--prepare-only')) {
    const started = Date.now();
    await prepareLocalNeo4j(log);
    log(`classpath is cached under neo4j-local/target/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return;
  }

  const { port, dataDir, heapMb, pageCacheMb } = loadLocalNeo4jConfig();
  const neo4j = await startLocalNeo4j({ port, dataDir, heapMb, pageCacheMb, log });
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
    if (error instanceof LocalNeo4jError || error instanceof ConfigError || error instanceof RangeError) {
      process.stderr.write(`[neo4j] ${error.message}\n`);
    } else {
      process.stderr.write(`[neo4j] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  },
);
