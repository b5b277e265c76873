import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4jErrorCode } from '../../../src/local-neo4j/local-neo4j.error';
import { checkJava, checkJavaCommand, parseJavaMajorVersion } from '../../../src/local-neo4j/local-neo4j.java';

describe('reading the Java version', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment', 8],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss4m\nopenjdk version "11.0.22" 2024-01-16', 11],
  ])('reads the major version from %j', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('reports no version when the output has none', () => {
    expect(parseJavaMajorVersion('Error: could not find libjava.so')).toBeUndefined();
  });
});

describe('checking the Java on PATH', () => {
  let binDir: string;

  beforeEach(() => {
    binDir = mkdtempSync(path.join(os.tmpdir(), 'jisr-fake-java-'));
  });
  afterEach(() => {
    rmSync(binDir, { recursive: true, force: true });
  });

  it('accepts the Java 17+ this machine has', async () => {
    const java = await checkJava();
    expect(java.major).toBeGreaterThanOrEqual(17);
    expect(java.version).toMatch(/version "/);
  });

  it('says how to install Java when there is none on PATH', async () => {
    await expect(checkJavaCommand(path.join(binDir, 'java'))).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.JAVA_NOT_FOUND,
      message:
        'Java 17+ is required to run the local Neo4j but `java` was not found on PATH. Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use an existing Neo4j.',
    });
  });

  it('refuses a Java older than 17, naming the version it found', async () => {
    const fakeJava = path.join(binDir, 'java');
    writeFileSync(fakeJava, '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    chmodSync(fakeJava, 0o755);

    await expect(checkJavaCommand(fakeJava)).rejects.toMatchObject({
      code: LocalNeo4jErrorCode.JAVA_TOO_OLD,
      message: expect.stringContaining('Java 17+ is required to run the local Neo4j but `java` on PATH is Java 11.'),
    });
  });
});
