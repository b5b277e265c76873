import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { lastLines, LocalNeo4jError, LocalNeo4jErrorCode, USE_EXISTING_NEO4J } from './local-neo4j.error';
import type { LauncherPaths } from './local-neo4j.paths';

export interface MavenBuildOptions {
  readonly log?: (line: string) => void;
  /** The Maven executable; default `mvn` on PATH (tests pass a fake). */
  readonly command?: string;
}

/**
 * Maven's local repository remembers which remote repository each file came from (`_remote.repositories`)
 * and, online, refuses a file that came from a repository this build does not list: jars copied from
 * another machine, or fetched through a mirror with another id, are then downloaded again, all ~460 of
 * them. The offline attempt names a tracking file that does not exist, so any jar that is present is
 * used whatever recorded it; coordinates fix a release's content, so this is the same jar.
 */
const IGNORE_REPOSITORY_TRACKING = '-Daether.enhancedLocalRepository.trackingFilename=.jisr-offline-no-tracking';

/** Failures that a download cannot fix, so an online retry would only repeat them. */
const LOCAL_FAILURE = /No compiler is provided in this environment|COMPILATION ERROR/;

interface MavenRun {
  readonly command: string;
  readonly args: readonly string[];
  readonly code: number | null;
  /** stdout and stderr, interleaved, without colour codes. */
  readonly output: string;
}

/**
 * Runs the pom's `process-classes`: compiles and jars the launcher and writes the runtime classpath,
 * resolving to the classpath's jars. Offline first: when every jar is already in the local Maven
 * repository this takes seconds and touches no network. Only when something is missing (a first run,
 * a Neo4j upgrade) does Maven run again online, downloading what is missing.
 */
export async function buildLauncherWithMaven(paths: LauncherPaths, options: MavenBuildOptions = {}): Promise<readonly string[]> {
  const { log = () => undefined, command = 'mvn' } = options;
  const common = ['-B', '-q', '-Dstyle.color=never', '-f', paths.pom, 'process-classes'];
  const offline = await runMaven(command, paths.projectDir, ['-o', IGNORE_REPOSITORY_TRACKING, ...common]);
  if (offline.code !== 0) {
    if (LOCAL_FAILURE.test(offline.output)) throw mavenFailure(paths, offline);
    log('some jars are not in the local Maven repository yet: resolving them from Maven Central (once)…');
    const online = await runMaven(command, paths.projectDir, common);
    if (online.code !== 0) throw mavenFailure(paths, online);
  }

  const jars = existsSync(paths.mavenClasspathFile)
    ? (await fs.readFile(paths.mavenClasspathFile, 'utf8')).trim().split(path.delimiter).filter(Boolean)
    : [];
  if (!existsSync(paths.launcherJar) || jars.length === 0) {
    throw new LocalNeo4jError(
      LocalNeo4jErrorCode.PREPARE_FAILED,
      `Maven finished but did not produce ${paths.launcherJar} and a classpath in ${paths.mavenClasspathFile}. Delete ${paths.targetDir} and run \`npm run neo4j:prepare\` again.`,
    );
  }
  return jars;
}

/** Runs Maven quietly, keeping its output for the error message: when it fails, that output is the diagnosis. */
function runMaven(command: string, cwd: string, args: readonly string[]): Promise<MavenRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT'
        ? new LocalNeo4jError(
            LocalNeo4jErrorCode.MAVEN_NOT_FOUND,
            `Maven 3.8+ is required once, to download the local Neo4j's jars, but \`${command}\` was not found on PATH. Install it (Debian: apt-get install maven) and run \`npm run neo4j:prepare\`, ${USE_EXISTING_NEO4J}.`,
          )
        : error);
    });
    child.once('close', (code) => {
      resolve({ command, args, code, output: Buffer.concat(output).toString('utf8').replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

function mavenFailure(paths: LauncherPaths, run: MavenRun): LocalNeo4jError {
  return new LocalNeo4jError(
    LocalNeo4jErrorCode.PREPARE_FAILED,
    `Maven failed (exit code ${run.code}) preparing the local Neo4j: \`${run.command} ${run.args.join(' ')}\` in ${paths.projectDir}. ${mavenHint(run.output)}\n${lastLines(run.output, 40)}`,
  );
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
