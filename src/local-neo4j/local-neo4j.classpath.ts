import { clearPreparedLauncher, computeCacheKey, neo4jVersionOf, readPreparedLauncher, writePreparedLauncher, type PreparedLauncher } from './local-neo4j.cache';
import { withPrepareLock } from './local-neo4j.lock';
import { buildLauncherWithMaven } from './local-neo4j.maven';
import { findProjectRoot, launcherPaths, type LauncherPaths } from './local-neo4j.paths';

export type { PreparedLauncher } from './local-neo4j.cache';

/** The launcher's main class, compiled from neo4j-local/src/main/java. */
export const LAUNCHER_MAIN_CLASS = 'org.jisr.neo4jlocal.LocalNeo4jLauncher';

export interface PrepareOptions {
  readonly log?: (line: string) => void;
  /** `java -version`'s version line: part of the cache key, since the archive is only valid for one JVM build. */
  readonly javaVersion: string;
  /**
   * Runs the launcher once with `-XX:ArchiveClassesAtExit=<archiveFile>`, resolving to whether the
   * archive was written. Optional: without an archive every start is just slower.
   */
  readonly buildClassDataArchive?: (classpath: readonly string[], archiveFile: string) => Promise<boolean>;
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
      const prepared = await prepare(paths, cacheKey, log, options.buildClassDataArchive);
      log(`local Neo4j classpath prepared in ${seconds(started)} s (Neo4j ${prepared.neo4jVersion}, ${prepared.classpath.length - 1} jars${prepared.classDataArchive ? '' : ', no class-data archive: starts will be slower'})`);
      return prepared;
    }).finally(() => preparing.delete(cacheKey));
    preparing.set(cacheKey, pending);
  }
  return pending;
}

async function prepare(
  paths: LauncherPaths,
  cacheKey: string,
  log: (line: string) => void,
  buildClassDataArchive: PrepareOptions['buildClassDataArchive'],
): Promise<PreparedLauncher> {
  await clearPreparedLauncher(paths);
  const mavenStarted = Date.now();
  const jars = await buildLauncherWithMaven(paths, { log });
  const classpath = [paths.launcherJar, ...jars];
  const neo4jVersion = neo4jVersionOf(jars);
  log(`Maven built the launcher and resolved ${jars.length} jars in ${seconds(mavenStarted)} s`);
  if (buildClassDataArchive) log('recording a class-data archive from one start and stop of Neo4j, so that later starts load faster…');
  const archived = (await buildClassDataArchive?.(classpath, paths.classDataArchive)) ?? false;
  await writePreparedLauncher(paths, cacheKey, { classpath, neo4jVersion });
  return { classpath, neo4jVersion, ...(archived && { classDataArchive: paths.classDataArchive }) };
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
