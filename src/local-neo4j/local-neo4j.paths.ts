import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the launcher's Maven project and everything prepared from it live, under neo4j-local/. */
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
