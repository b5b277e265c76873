import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LauncherPaths } from './local-neo4j.paths';

/** Bump when the stamp's shape or the way it is produced changes, so old stamps are ignored. */
const STAMP_FORMAT = 3;

/** Everything needed to run the launcher with plain `java`, cached under neo4j-local/target/. */
export interface PreparedLauncher {
  /** Classpath entries: the launcher's jar, then every runtime jar. */
  readonly classpath: readonly string[];
  readonly neo4jVersion: string;
  /** Where this classpath's class-data sharing archive is kept (see local-neo4j.archive.ts). */
  readonly classDataArchive: string;
  /** Whether that archive exists and is current; while it is not, a start records one. */
  readonly classDataArchiveReady: boolean;
}

/** What target/jisr-launcher.json records: a complete preparation, for the inputs hashed into `cacheKey`. */
interface LauncherStamp {
  readonly format: number;
  readonly cacheKey: string;
  readonly neo4jVersion: string;
  readonly classpath: readonly string[];
}

/** Why the cache cannot be used as it is; each gets its own progress line. */
export type StaleReason = 'never prepared' | 'pom.xml, launcher sources or Java changed' | 'cached files are missing';

/**
 * A hash of what the prepared files depend on: the pom, every file under src/, and the JVM build.
 * Editing the pom or a source, or upgrading Java, re-prepares on the next start; nothing else does.
 */
export async function computeCacheKey(paths: LauncherPaths, javaVersion: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format ${STAMP_FORMAT}\n${javaVersion}\n`);
  hash.update(await fs.readFile(paths.pom));
  for (const file of await listSourceFiles(paths.sourcesDir)) {
    // The path is part of the key so that moving a class (a different package) also counts as a change.
    hash.update(`\n${path.relative(paths.projectDir, file).split(path.sep).join('/')}\n`);
    hash.update(await fs.readFile(file));
  }
  return hash.digest('hex');
}

/**
 * Hidden files (.DS_Store, an editor's .Launcher.java.swp) and backups (Launcher.java~, #Launcher.java#)
 * are left out: Maven builds nothing from them, and an open editor must not cost a re-prepare.
 */
function isBuildInput(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith('~') && !/^#.*#$/.test(name);
}

async function listSourceFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (!isBuildInput(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listSourceFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files.sort();
}

/** The Neo4j version from a classpath entry such as `.../org/neo4j/neo4j/5.26.30/neo4j-5.26.30.jar`. */
export function neo4jVersionOf(classpath: readonly string[]): string {
  for (const entry of classpath) {
    const match = /[\\/]org[\\/]neo4j[\\/]neo4j[\\/]([^\\/]+)[\\/]neo4j-\1\.jar$/.exec(entry);
    if (match) return match[1];
  }
  return 'unknown';
}

/** The cached launcher when its stamp matches `cacheKey` and every file it names still exists. */
export async function readPreparedLauncher(paths: LauncherPaths, cacheKey: string): Promise<PreparedLauncher | StaleReason> {
  let stamp: LauncherStamp;
  try {
    stamp = JSON.parse(await fs.readFile(paths.stampFile, 'utf8')) as LauncherStamp;
  } catch {
    return 'never prepared';
  }
  if (stamp.format !== STAMP_FORMAT || stamp.cacheKey !== cacheKey || !Array.isArray(stamp.classpath)) {
    return 'pom.xml, launcher sources or Java changed';
  }
  // Jars live in ~/.m2, which can be cleaned independently of target/; a stale stamp would make
  // java fail with NoClassDefFoundError deep in Neo4j's start-up instead of re-preparing here.
  const present = await Promise.all(stamp.classpath.map((file) => exists(file)));
  if (present.includes(false)) return 'cached files are missing';
  return {
    classpath: stamp.classpath,
    neo4jVersion: stamp.neo4jVersion,
    classDataArchive: paths.classDataArchive,
    classDataArchiveReady: await isArchiveCurrent(paths),
  };
}

/**
 * Removes every prepared file. A preparation starts from nothing: classes of a deleted source would
 * otherwise linger in the jar, and a stamp or archive from before must not outlive a run that fails halfway.
 */
export async function clearPreparedLauncher(paths: LauncherPaths): Promise<void> {
  for (const stale of [paths.stampFile, paths.classesDir, paths.launcherJar, paths.mavenClasspathFile, paths.classDataArchive]) {
    await fs.rm(stale, { recursive: true, force: true });
  }
}

/**
 * Records a complete preparation. Written last and atomically (a rename), so a stamp on disk always
 * describes a preparation that finished.
 */
export async function writePreparedLauncher(
  paths: LauncherPaths,
  cacheKey: string,
  prepared: Pick<PreparedLauncher, 'classpath' | 'neo4jVersion'>,
): Promise<void> {
  const stamp: LauncherStamp = { format: STAMP_FORMAT, cacheKey, neo4jVersion: prepared.neo4jVersion, classpath: prepared.classpath };
  const temporary = `${paths.stampFile}.${process.pid}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify(stamp, null, 2)}\n`);
  await fs.rename(temporary, paths.stampFile);
}

/**
 * The JVM silently ignores an archive whose jars changed after it was recorded, and every start
 * would be slow without saying why. A launcher jar newer than the archive (a manual `mvn package`,
 * say) is the change we can see coming.
 */
async function isArchiveCurrent(paths: LauncherPaths): Promise<boolean> {
  try {
    const [archive, jar] = await Promise.all([fs.stat(paths.classDataArchive), fs.stat(paths.launcherJar)]);
    return archive.mtimeMs >= jar.mtimeMs;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
