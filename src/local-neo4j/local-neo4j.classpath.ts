import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError, LocalNeo4jErrorCode, USE_EXISTING_NEO4J } from './local-neo4j.error';

/** The launcher's main class, compiled from neo4j-local/src/main/java. */
export const LAUNCHER_MAIN_CLASS = 'org.jisr.neo4jlocal.LocalNeo4jLauncher';

/** Bump when the stamp's shape or the way it is produced changes, so old stamps are ignored. */
const STAMP_FORMAT = 3;

/** A cold Maven run downloads ~120 MB of jars; waiting on another process doing so can take long. */
const PREPARE_LOCK_WAIT_MS = 20 * 60_000;

/** Everything needed to run the launcher with plain `java`, cached under neo4j-local/target/. */
export interface PreparedLauncher {
  /** Classpath entries: the launcher's jar, then every runtime jar. */
  readonly classpath: readonly string[];
  readonly neo4jVersion: string;
  /** The JVM's class-data sharing archive for this classpath, when one could be built. */
  readonly classDataArchive?: string;
}

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

interface LauncherStamp {
  readonly format: number;
  readonly cacheKey: string;
  readonly neo4jVersion: string;
  readonly classpath: readonly string[];
}

export interface LauncherPaths {
  readonly projectDir: string;
  readonly pom: string;
  readonly sourcesDir: string;
  readonly targetDir: string;
  readonly classesDir: string;
  /** Built by the pom's jar execution; a jar because class-data sharing rejects class directories. */
  readonly launcherJar: string;
  readonly classDataArchive: string;
  /** Written by the pom's dependency:build-classpath execution. */
  readonly mavenClasspathFile: string;
  readonly stampFile: string;
  readonly lockFile: string;
}

/**
 * The repository root: the nearest ancestor holding package.json and neo4j-local/pom.xml.
 * Walking up (rather than a fixed `../..`) makes the same code work from src/ under ts-node or
 * jest and from dist/src/ after `tsc`; requiring the pom skips a package.json that a build
 * may copy into dist/.
 */
export function findProjectRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'neo4j-local', 'pom.xml'))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`Expected a directory containing package.json and neo4j-local/pom.xml above ${from}, but found none.`);
    }
  }
}

export function launcherPaths(projectRoot: string): LauncherPaths {
  const projectDir = path.join(projectRoot, 'neo4j-local');
  const targetDir = path.join(projectDir, 'target');
  return {
    projectDir,
    pom: path.join(projectDir, 'pom.xml'),
    sourcesDir: path.join(projectDir, 'src'),
    targetDir,
    classesDir: path.join(targetDir, 'classes'),
    launcherJar: path.join(targetDir, 'jisr-neo4j-local.jar'),
    classDataArchive: path.join(targetDir, 'jisr-neo4j-local.jsa'),
    mavenClasspathFile: path.join(targetDir, 'classpath.txt'),
    stampFile: path.join(targetDir, 'jisr-launcher.json'),
    lockFile: path.join(targetDir, 'jisr-launcher.lock'),
  };
}

/**
 * A hash of what the prepared files depend on: the pom, every file under src/, and the JVM build.
 * Editing the pom or a source, or upgrading Java, re-prepares on the next start; nothing else does.
 */
export async function computeCacheKey(paths: LauncherPaths, javaVersion: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format ${STAMP_FORMAT}\n${javaVersion}\n`);
  hash.update(await fs.readFile(paths.pom));
  for (const file of await listFiles(paths.sourcesDir)) {
    // The path is part of the key so that moving a class (a different package) also counts as a change.
    hash.update(`\n${path.relative(paths.projectDir, file).split(path.sep).join('/')}\n`);
    hash.update(await fs.readFile(file));
  }
  return hash.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
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

/** Why the cache cannot be used as it is; each gets its own progress line. */
export type StaleReason = 'never prepared' | 'pom.xml, launcher sources or Java changed' | 'cached files are missing';

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
  const archived = await isArchiveCurrent(paths);
  return { classpath: stamp.classpath, neo4jVersion: stamp.neo4jVersion, ...(archived && { classDataArchive: paths.classDataArchive }) };
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

const preparing = new Map<string, Promise<PreparedLauncher>>();

/**
 * The cached launcher, running Maven first when the cache is missing or stale. Concurrent calls
 * share one preparation: in-process through `preparing`, across processes (jest's global setup
 * and a test, two terminals) through a lock file, since two Mavens writing target/ would clash.
 */
export async function ensurePreparedLauncher(options: PrepareOptions): Promise<PreparedLauncher> {
  const { log = () => undefined } = options;
  const paths = launcherPaths(findProjectRoot());
  const cacheKey = await computeCacheKey(paths, options.javaVersion);
  const cached = await readPreparedLauncher(paths, cacheKey);
  if (typeof cached !== 'string') return cached;

  let pending = preparing.get(cacheKey);
  if (!pending) {
    pending = withPrepareLock(paths, log, async () => {
      // Another process may have prepared while we waited for the lock.
      const current = await readPreparedLauncher(paths, cacheKey);
      if (typeof current !== 'string') return current;
      log(`preparing local Neo4j classpath (${current === 'never prepared' ? 'first run' : current}, Maven)…`);
      const started = Date.now();
      const prepared = await prepareWithMaven(paths, cacheKey, options.buildClassDataArchive);
      log(`local Neo4j classpath prepared in ${((Date.now() - started) / 1000).toFixed(1)} s (Neo4j ${prepared.neo4jVersion}, ${prepared.classpath.length - 1} jars${prepared.classDataArchive ? '' : ', no class-data archive: starts will be slower'})`);
      return prepared;
    }).finally(() => preparing.delete(cacheKey));
    preparing.set(cacheKey, pending);
  }
  return pending;
}

async function prepareWithMaven(
  paths: LauncherPaths,
  cacheKey: string,
  buildClassDataArchive: PrepareOptions['buildClassDataArchive'],
): Promise<PreparedLauncher> {
  // Start from nothing: classes of a deleted source would otherwise linger in the jar, and
  // a stamp or archive from before must not outlive a run that fails halfway.
  for (const stale of [paths.stampFile, paths.classesDir, paths.launcherJar, paths.mavenClasspathFile, paths.classDataArchive]) {
    await fs.rm(stale, { recursive: true, force: true });
  }

  await runMaven(paths, ['-B', '-q', '-Dstyle.color=never', '-f', paths.pom, 'process-classes']);

  const jars = (await fs.readFile(paths.mavenClasspathFile, 'utf8')).trim().split(path.delimiter).filter(Boolean);
  if (!existsSync(paths.launcherJar) || jars.length === 0) {
    throw new LocalNeo4jError(
      LocalNeo4jErrorCode.PREPARE_FAILED,
      `Maven finished but did not produce ${paths.launcherJar} and a classpath in ${paths.mavenClasspathFile}. Delete ${paths.targetDir} and run \`npm run neo4j:prepare\` again.`,
    );
  }
  const classpath = [paths.launcherJar, ...jars];
  const archived = (await buildClassDataArchive?.(classpath, paths.classDataArchive)) ?? false;
  const stamp: LauncherStamp = {
    format: STAMP_FORMAT,
    cacheKey,
    neo4jVersion: neo4jVersionOf(jars),
    classpath,
  };
  // Written last and atomically: a stamp on disk always describes a complete preparation.
  const temporary = `${paths.stampFile}.${process.pid}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify(stamp, null, 2)}\n`);
  await fs.rename(temporary, paths.stampFile);
  return { classpath, neo4jVersion: stamp.neo4jVersion, ...(archived && { classDataArchive: paths.classDataArchive }) };
}

/** Runs Maven quietly; its output is shown only when it fails, since then it is the diagnosis. */
function runMaven(paths: LauncherPaths, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: paths.projectDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT'
        ? new LocalNeo4jError(
            LocalNeo4jErrorCode.MAVEN_NOT_FOUND,
            `Maven 3.8+ is required once, to download the local Neo4j's jars, but \`mvn\` was not found on PATH. Install it (Debian: apt-get install maven) and run \`npm run neo4j:prepare\`, ${USE_EXISTING_NEO4J}.`,
          )
        : error);
    });
    child.once('close', (code) => {
      if (code === 0) {
        resolve();
        return;
      }
      const text = Buffer.concat(output).toString('utf8').replace(/\x1b\[[0-9;]*m/g, '');
      reject(new LocalNeo4jError(
        LocalNeo4jErrorCode.PREPARE_FAILED,
        `Maven failed (exit code ${code}) preparing the local Neo4j: \`mvn ${args.join(' ')}\` in ${paths.projectDir}. ${mavenHint(text)}\n${lastLines(text, 40)}`,
      ));
    });
  });
}

/** The fix for the failures we have seen, keyed on what Maven prints for them. */
export function mavenHint(mavenOutput: string): string {
  if (/No compiler is provided in this environment/.test(mavenOutput)) {
    return 'The launcher is compiled once, which needs a JDK rather than a JRE: install one (Debian: apt-get install openjdk-17-jdk-headless).';
  }
  if (/Could not (transfer|resolve)|Unknown host|Connection (refused|timed out)/i.test(mavenOutput)) {
    return 'Maven could not download from Maven Central: check the network or proxy settings (~/.m2/settings.xml), then run `npm run neo4j:prepare` again.';
  }
  return 'Its output follows.';
}

export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

async function withPrepareLock<T>(paths: LauncherPaths, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  await fs.mkdir(paths.targetDir, { recursive: true });
  const deadline = Date.now() + PREPARE_LOCK_WAIT_MS;
  let toldWaiting = false;
  for (;;) {
    try {
      await fs.writeFile(paths.lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await lockHolder(paths.lockFile);
    if (holder === 'stale') {
      await fs.rm(paths.lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        LocalNeo4jErrorCode.PREPARE_FAILED,
        `Another process (pid ${holder}) has been preparing the local Neo4j classpath for over ${PREPARE_LOCK_WAIT_MS / 60_000} minutes. If no Maven is running, delete ${paths.lockFile} and try again.`,
      );
    }
    if (!toldWaiting) {
      log(`waiting for another process (pid ${holder}) that is preparing the local Neo4j classpath…`);
      toldWaiting = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    return await work();
  } finally {
    await fs.rm(paths.lockFile, { force: true });
  }
}

/** The pid holding the lock, or 'stale' when that process is gone (killed mid-Maven, say). */
async function lockHolder(lockFile: string): Promise<number | 'stale'> {
  let content: string;
  let ageMs: number;
  try {
    content = await fs.readFile(lockFile, 'utf8');
    ageMs = Date.now() - (await fs.stat(lockFile)).mtimeMs;
  } catch {
    return 'stale'; // removed between our attempt and this read: just try again
  }
  const pid = Number(content);
  // An empty file is usually a lock being written this instant; only an old one was abandoned.
  if (content === '') return ageMs > 10_000 ? 'stale' : 0;
  if (!Number.isInteger(pid) || pid <= 0) return 'stale';
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : 'stale';
  }
}
