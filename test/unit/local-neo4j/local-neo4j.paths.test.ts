import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProjectRoot, launcherPaths } from '../../../src/local-neo4j/local-neo4j.paths';

describe('finding the repository from the module', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'jisr-local-neo4j-root-'));
    mkdirSync(path.join(root, 'neo4j-local'));
    writeFileSync(path.join(root, 'package.json'), '{}');
    writeFileSync(path.join(root, 'neo4j-local', 'pom.xml'), '<project/>');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the repository root from the TypeScript sources', () => {
    expect(findProjectRoot()).toBe(path.resolve(__dirname, '../../..'));
  });

  it('finds it from the compiled output too, skipping a package.json copied into dist/', () => {
    const compiledDir = path.join(root, 'dist', 'src', 'local-neo4j');
    mkdirSync(compiledDir, { recursive: true });
    writeFileSync(path.join(root, 'dist', 'package.json'), '{}');

    expect(findProjectRoot(compiledDir)).toBe(root);
  });

  it('says what it looked for when there is no repository above', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'jisr-no-repo-'));
    try {
      expect(() => findProjectRoot(outside)).toThrow(`Expected a directory containing package.json and neo4j-local/pom.xml above ${outside}, but found none.`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('keeps everything it prepares under neo4j-local/target/', () => {
    const paths = launcherPaths(root);
    const target = path.join(root, 'neo4j-local', 'target');
    expect(paths.pom).toBe(path.join(root, 'neo4j-local', 'pom.xml'));
    for (const file of [paths.launcherJar, paths.classDataArchive, paths.mavenClasspathFile, paths.stampFile, paths.lockFile, paths.classesDir]) {
      expect(path.dirname(file)).toBe(target);
    }
  });
});
