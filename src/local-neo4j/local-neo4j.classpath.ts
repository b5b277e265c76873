import { clearPreparedLauncher, computeCacheKey, neo4jVersionOf, readPreparedLauncher, writePreparedLauncher, type PreparedLauncher } from './local-neo4j.cache';
import { withPrepareLock } from './local-neo4j.lock';
import { buildLauncherWithMaven } from './local-neo4j.maven';
import { findProjectRoot, launcherPaths, type LauncherPaths } from './local-neo4j.paths';

export type { PreparedLauncher } from './local-neo4j.cache';

/** The launcher's main class, compiled from neo4j-local/src/main/java. */
export const LAUNCHER_MAIN_CLASS = 'org.jisr.neo4jlocal.LocalNeo4jLauncher';

export interface PrepareOptions {
  readonly log?: (line: string) => void;
  /** `java -version`'s version line: part of the cache key, since the class-data archive is only valid for one JVM build. */
  readonly javaVersion: string;
}

const preparing = new Map<string, Promise<PreparedLauncher>>();

/**
 * The cached launcher, running Maven first when the cache is missing or stale. Concurrent calls
 * share one preparation: in-process through `preparing`, across processes through the lock file.
 */
export async function ensurePreparedLauncher(options: PrepareOptions): Promise<PreparedLauncher> {
  const { log = () => undefined } = options;
  const paths = launcherPaths(findProjectRoot());
  const cacheKey = await computeCacheKey(paths, options.javaVersion);
  const cached = await readPreparedLauncher(paths, cacheKey);
  if (typeof cached !== 'string') return cached;

  let pending = preparing.get(cacheKey);
  if (!pending) {
    pending = withPrepareLock(paths.lockFile, { log }, async () => {
      // Another process may have prepared while we waited for the lock.
      const current = await readPreparedLauncher(paths, cacheKey);
      if (typeof current !== 'string') return current;
      log(`preparing local Neo4j classpath (${current === 'never prepared' ? 'first run' : current}, Maven)…`);
      const started = Date.now();
      const prepared = await prepare(paths, cacheKey, log);
      log(`local Neo4j classpath prepared in ${seconds(started)} s (Neo4j ${prepared.neo4jVersion}, ${prepared.classpath.length - 1} jars)`);
      return prepared;
    }).finally(() => preparing.delete(cacheKey));
    preparing.set(cacheKey, pending);
  }
  return pending;
}

async function prepare(paths: LauncherPaths, cacheKey: string, log: (line: string) => void): Promise<PreparedLauncher> {
  await clearPreparedLauncher(paths);
  const jars = await buildLauncherWithMaven(paths, { log });
  const classpath = [paths.launcherJar, ...jars];
  const neo4jVersion = neo4jVersionOf(jars);
  await writePreparedLauncher(paths, cacheKey, { classpath, neo4jVersion });
  return { classpath, neo4jVersion, classDataArchive: paths.classDataArchive, classDataArchiveReady: false };
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
