import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4jErrorCode } from '../../../src/local-neo4j/local-neo4j.error';
import { buildLauncherWithMaven, mavenHint } from '../../../src/local-neo4j/local-neo4j.maven';
import { launcherPaths, type LauncherPaths } from '../../../src/local-neo4j/local-neo4j.paths';

const NEO4J_JAR = '/home/dev/.m2/repository/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.jar';
const BOLT_JAR = '/home/dev/.m2/repository/org/neo4j/neo4j-bolt/5.26.30/neo4j-bolt-5.26.30.jar';

const OFFLINE_MISSING = '[ERROR] Failed to execute goal on project neo4j-local: Could not resolve dependencies for project org.jisr:neo4j-local:jar:0.1.0: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact org.neo4j:neo4j:jar:5.26.30 has not been downloaded from it before.';
const NO_JDK = '[ERROR] No compiler is provided in this environment. Perhaps you are running on a JRE rather than a JDK?';
const NO_NETWORK = '[ERROR] Could not transfer artifact org.neo4j:neo4j:pom:5.26.30 from/to central (https://repo.maven.apache.org/maven2): Unknown host repo.maven.apache.org';

/**
 * A stand-in for `mvn` that appends its arguments to calls.log and then, offline (`-o`) and online,
 * either prints the given error and fails or writes what the pom's process-classes writes.
 */
function fakeMaven(dir: string, behaviour: { offline: string | 'ok'; online: string | 'ok' }): string {
  const script = path.join(dir, 'mvn');
  const outcome = (result: string) => result === 'ok'
    ? `mkdir -p target && printf '%s' '${NEO4J_JAR}:${BOLT_JAR}' > target/classpath.txt && : > target/jisr-neo4j-local.jar && exit 0`
    : `echo '${result}' && exit 1`;
  writeFileSync(script, [
    '#!/bin/sh',
    `echo "$*" >> '${path.join(dir, 'calls.log')}'`,
    'case " $* " in',
    `  *" -o "*) ${outcome(behaviour.offline)} ;;`,
    `  *) ${outcome(behaviour.online)} ;;`,
    'esac',
    '',
  ].join('\n'));
  chmodSync(script, 0o755);
  return script;
}

describe('building the launcher with Maven', () => {
  let root: string;
  let paths: LauncherPaths;
  let lines: string[];
  const log = (line: string) => lines.push(line);
  const calls = () => readFileSync(path.join(root, 'calls.log'), 'utf8').trim().split('\n');

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'jisr-fake-maven-'));
    mkdirSync(path.join(root, 'neo4j-local'));
    writeFileSync(path.join(root, 'neo4j-local', 'pom.xml'), '<project/>');
    paths = launcherPaths(root);
    lines = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('uses the jars already in the local Maven repository without going online', async () => {
    const mvn = fakeMaven(root, { offline: 'ok', online: NO_NETWORK });

    expect(await buildLauncherWithMaven(paths, { command: mvn, log })).toEqual([NEO4J_JAR, BOLT_JAR]);
    expect(calls()).toHaveLength(1);
    expect(calls()[0]).toMatch(/^-o -Daether\.enhancedLocalRepository\.trackingFilename=\S+ -B -q .*process-classes$/);
    expect(lines).toEqual([]);
  });

  it('goes online once when a jar is missing, and says why', async () => {
    const mvn = fakeMaven(root, { offline: OFFLINE_MISSING, online: 'ok' });

    expect(await buildLauncherWithMaven(paths, { command: mvn, log })).toEqual([NEO4J_JAR, BOLT_JAR]);
    expect(calls()).toEqual([expect.stringMatching(/^-o /), `-B -q -Dstyle.color=never -f ${paths.pom} process-classes`]);
    expect(lines).toEqual(['some jars are not in the local Maven repository yet: resolving them from Maven Central (once)…']);
  });

  it('reports the online failure, with the fix, when the jars cannot be downloaded either', async () => {
    const mvn = fakeMaven(root, { offline: OFFLINE_MISSING, online: NO_NETWORK });

    await expect(buildLauncherWithMaven(paths, { command: mvn, log })).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.PREPARE_FAILED,
      message: `Maven failed (exit code 1) preparing the local Neo4j: \`${mvn} -B -q -Dstyle.color=never -f ${paths.pom} process-classes\` in ${paths.projectDir}. Maven could not download from Maven Central: check the network or proxy settings (~/.m2/settings.xml), then run \`npm run neo4j:prepare\` again.\n${NO_NETWORK}`,
    });
  });

  it('does not retry online what a download cannot fix: a JRE without a compiler', async () => {
    const mvn = fakeMaven(root, { offline: NO_JDK, online: 'ok' });

    await expect(buildLauncherWithMaven(paths, { command: mvn, log })).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.PREPARE_FAILED,
      message: expect.stringContaining('needs a JDK rather than a JRE'),
    });
    expect(calls()).toHaveLength(1);
  });

  it('says how to install Maven when there is none', async () => {
    const missing = path.join(root, 'no-such-mvn');
    await expect(buildLauncherWithMaven(paths, { command: missing, log })).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.MAVEN_NOT_FOUND,
      message: `Maven 3.8+ is required once, to download the local Neo4j's jars, but \`${missing}\` was not found on PATH. Install it (Debian: apt-get install maven) and run \`npm run neo4j:prepare\`, or set NEO4J_URI to use an existing Neo4j.`,
    });
  });
});

describe('explaining what Maven did', () => {
  it('tells a JRE user that compiling the launcher needs a JDK', () => {
    expect(mavenHint(NO_JDK)).toMatch(/needs a JDK.*openjdk-17-jdk-headless/);
  });

  it('points at the network when Maven Central cannot be reached', () => {
    expect(mavenHint('[ERROR] Could not transfer artifact org.neo4j:neo4j:pom:5.26.30 from/to central')).toMatch(/could not download from Maven Central/);
  });
});
