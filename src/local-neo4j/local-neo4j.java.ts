import { execFile } from 'node:child_process';
import { LocalNeo4jError, LocalNeo4jErrorCode, USE_EXISTING_NEO4J } from './local-neo4j.error';

/** Neo4j 5.26 is compiled for Java 17 and refuses to load on anything older. */
export const MIN_JAVA_MAJOR = 17;

const INSTALL_JAVA = 'Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)';

/**
 * The major version in `java -version` output: `openjdk version "17.0.15"` → 17, and the
 * pre-Java-9 scheme `java version "1.8.0_392"` → 8. Undefined when no version is found.
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The `java` on PATH, as far as the local Neo4j cares. */
export interface JavaRuntime {
  readonly major: number;
  /** The first line of `java -version`, e.g. `openjdk version "17.0.15" 2025-04-15`. */
  readonly version: string;
}

let javaCheck: Promise<JavaRuntime> | undefined;

/**
 * Resolves to the `java` on PATH when it is recent enough, or rejects with a LocalNeo4jError
 * saying how to get a suitable one. Checked once per process: PATH does not change under us.
 */
export function checkJava(): Promise<JavaRuntime> {
  javaCheck ??= checkJavaCommand('java').catch((error: unknown) => {
    javaCheck = undefined; // let a later call retry, e.g. after the user installs Java
    throw error;
  });
  return javaCheck;
}

/** The uncached check, for a given command; tests point it at fake `java` scripts. */
export function checkJavaCommand(command: string): Promise<JavaRuntime> {
  return new Promise((resolve, reject) => {
    execFile(command, ['-version'], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new LocalNeo4jError(
          LocalNeo4jErrorCode.JAVA_NOT_FOUND,
          `Java ${MIN_JAVA_MAJOR}+ is required to run the local Neo4j but \`java\` was not found on PATH. ${INSTALL_JAVA} ${USE_EXISTING_NEO4J}.`,
        ));
        return;
      }
      // `java -version` writes to stderr; some launchers (and wrappers such as jenv) use stdout.
      const output = `${stderr}\n${stdout}`;
      const major = parseJavaMajorVersion(output);
      const firstLine = output.split('\n').find((line) => /version "/.test(line)) ?? output.trim().split('\n')[0] ?? '';
      if (major === undefined) {
        reject(new LocalNeo4jError(
          LocalNeo4jErrorCode.JAVA_NOT_FOUND,
          `Expected \`java -version\` to print a version like 'openjdk version "17.0.15"', but got "${firstLine}". ${INSTALL_JAVA} ${USE_EXISTING_NEO4J}.`,
        ));
        return;
      }
      if (major < MIN_JAVA_MAJOR) {
        reject(new LocalNeo4jError(
          LocalNeo4jErrorCode.JAVA_TOO_OLD,
          `Java ${MIN_JAVA_MAJOR}+ is required to run the local Neo4j but \`java\` on PATH is Java ${major}. ${INSTALL_JAVA} and put it first on PATH, ${USE_EXISTING_NEO4J}.`,
        ));
        return;
      }
      resolve({ major, version: firstLine.trim() });
    });
  });
}
