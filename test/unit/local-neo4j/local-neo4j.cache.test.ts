import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  clearPreparedLauncher,
  computeCacheKey,
  neo4jVersionOf,
  readPreparedLauncher,
  writePreparedLauncher,
} from '../../../src/local-neo4j/local-neo4j.cache';
import { launcherPaths, type LauncherPaths } from '../../../src/local-neo4j/local-neo4j.paths';

/** A throwaway repository with the shape the launcher cache expects. */
function fakeRepository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'jisr-local-neo4j-unit-'));
  mkdirSync(path.join(root, 'neo4j-local', 'src', 'main', 'java', 'org', 'jisr'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), '{}');
  writeFileSync(path.join(root, 'neo4j-local', 'pom.xml'), '<project><neo4j.version>5.26.30</neo4j.version></project>');
  writeFileSync(path.join(root, 'neo4j-local', 'src', 'main', 'java', 'org', 'jisr', 'Launcher.java'), 'class Launcher {}');
  return root;
}

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15';

const repositories: string[] = [];
function repository(): string {
  const root = fakeRepository();
  repositories.push(root);
  return root;
}
afterAll(() => repositories.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the classpath cache key', () => {
  it('stays the same while nothing Maven reads has changed', async () => {
    const paths = launcherPaths(repository());
    expect(await computeCacheKey(paths, JAVA_17)).toBe(await computeCacheKey(paths, JAVA_17));
  });

  it('changes when the pom changes, so a Neo4j upgrade re-prepares', async () => {
    const paths = launcherPaths(repository());
    const before = await computeCacheKey(paths, JAVA_17);
    writeFileSync(paths.pom, '<project><neo4j.version>5.26.31</neo4j.version></project>');
    expect(await computeCacheKey(paths, JAVA_17)).not.toBe(before);
  });

  it('changes when Java is upgraded, since the class-data archive fits one JVM build only', async () => {
    const paths = launcherPaths(repository());
    expect(await computeCacheKey(paths, 'openjdk version "17.0.16" 2025-07-15')).not.toBe(await computeCacheKey(paths, JAVA_17));
  });

  it('changes when a launcher source is edited or added', async () => {
    const paths = launcherPaths(repository());
    const source = path.join(paths.sourcesDir, 'main', 'java', 'org', 'jisr', 'Launcher.java');
    const original = await computeCacheKey(paths, JAVA_17);
    writeFileSync(source, 'class Launcher { int port; }');
    const edited = await computeCacheKey(paths, JAVA_17);
    writeFileSync(path.join(path.dirname(source), 'Helper.java'), 'class Helper {}');
    const added = await computeCacheKey(paths, JAVA_17);

    expect(new Set([original, edited, added]).size).toBe(3);
  });

  it('ignores hidden files and editor backups, which Maven builds nothing from', async () => {
    const paths = launcherPaths(repository());
    const sources = path.join(paths.sourcesDir, 'main', 'java', 'org', 'jisr');
    const before = await computeCacheKey(paths, JAVA_17);
    writeFileSync(path.join(sources, '.Launcher.java.swp'), 'swap');
    writeFileSync(path.join(sources, 'Launcher.java~'), 'backup');
    writeFileSync(path.join(sources, '#Launcher.java#'), 'autosave');
    mkdirSync(path.join(paths.sourcesDir, '.idea'));
    writeFileSync(path.join(paths.sourcesDir, '.idea', 'workspace.xml'), '<project/>');

    expect(await computeCacheKey(paths, JAVA_17)).toBe(before);
  });
});

describe('reading the cached launcher', () => {
  function writeStamp(paths: LauncherPaths, cacheKey: string, jars: string[]): void {
    mkdirSync(paths.targetDir, { recursive: true });
    writeFileSync(paths.launcherJar, '');
    writeFileSync(paths.stampFile, JSON.stringify({ format: 3, cacheKey, neo4jVersion: '5.26.30', classpath: [paths.launcherJar, ...jars] }));
  }

  it('says the launcher was never prepared when there is no stamp', async () => {
    const paths = launcherPaths(repository());
    expect(await readPreparedLauncher(paths, await computeCacheKey(paths, JAVA_17))).toBe('never prepared');
  });

  it('uses the cache when the key matches and every file is present', async () => {
    const paths = launcherPaths(repository());
    const jar = path.join(paths.targetDir, 'neo4j-5.26.30.jar');
    const key = await computeCacheKey(paths, JAVA_17);
    writeStamp(paths, key, [jar]);
    writeFileSync(jar, '');

    expect(await readPreparedLauncher(paths, key)).toEqual({
      classpath: [paths.launcherJar, jar],
      neo4jVersion: '5.26.30',
      classDataArchive: paths.classDataArchive,
      classDataArchiveReady: false,
    });
  });

  it('offers the class-data archive once one was recorded', async () => {
    const paths = launcherPaths(repository());
    const key = await computeCacheKey(paths, JAVA_17);
    writeStamp(paths, key, []);
    writeFileSync(paths.classDataArchive, '');

    expect(await readPreparedLauncher(paths, key)).toMatchObject({ classDataArchive: paths.classDataArchive, classDataArchiveReady: true });
  });

  it('drops a class-data archive recorded before the launcher jar was rebuilt', async () => {
    const paths = launcherPaths(repository());
    const key = await computeCacheKey(paths, JAVA_17);
    writeStamp(paths, key, []);
    writeFileSync(paths.classDataArchive, '');
    const later = new Date(Date.now() + 60_000);
    utimesSync(paths.launcherJar, later, later);

    expect(await readPreparedLauncher(paths, key)).toMatchObject({ classDataArchiveReady: false });
  });

  it('re-prepares when the sources changed since the stamp was written', async () => {
    const paths = launcherPaths(repository());
    writeStamp(paths, 'an older key', []);
    expect(await readPreparedLauncher(paths, await computeCacheKey(paths, JAVA_17))).toBe('pom.xml, launcher sources or Java changed');
  });

  it('re-prepares when a cached jar has been deleted from the Maven repository', async () => {
    const paths = launcherPaths(repository());
    const key = await computeCacheKey(paths, JAVA_17);
    writeStamp(paths, key, [path.join(paths.targetDir, 'gone.jar')]);
    expect(await readPreparedLauncher(paths, key)).toBe('cached files are missing');
  });
});

describe('recording a preparation', () => {
  it('reads back what it recorded', async () => {
    const paths = launcherPaths(repository());
    const key = await computeCacheKey(paths, JAVA_17);
    mkdirSync(paths.targetDir, { recursive: true });
    writeFileSync(paths.launcherJar, '');

    await writePreparedLauncher(paths, key, { classpath: [paths.launcherJar], neo4jVersion: '5.26.30' });

    expect(await readPreparedLauncher(paths, key)).toMatchObject({ classpath: [paths.launcherJar], neo4jVersion: '5.26.30' });
  });

  it('starts a preparation from nothing, so no stamp outlives a run that fails halfway', async () => {
    const paths = launcherPaths(repository());
    const key = await computeCacheKey(paths, JAVA_17);
    mkdirSync(paths.classesDir, { recursive: true });
    for (const file of [paths.launcherJar, paths.mavenClasspathFile, paths.classDataArchive]) writeFileSync(file, '');
    await writePreparedLauncher(paths, key, { classpath: [paths.launcherJar], neo4jVersion: '5.26.30' });

    await clearPreparedLauncher(paths);

    expect(await readPreparedLauncher(paths, key)).toBe('never prepared');
    expect(readdirSync(paths.targetDir)).toEqual([]);
  });

  it('reads the Neo4j version from the resolved classpath', () => {
    expect(neo4jVersionOf([
      '/home/dev/.m2/repository/org/neo4j/annotations/5.26.30/annotations-5.26.30.jar',
      '/home/dev/.m2/repository/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.jar',
    ])).toBe('5.26.30');
    expect(neo4jVersionOf(['/elsewhere/neo4j-kernel.jar'])).toBe('unknown');
  });
});
