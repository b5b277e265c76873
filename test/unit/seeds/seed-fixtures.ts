/**
 * Helpers for the seed tests: the real seed files read once, and broken variants of them built in
 * memory (the real files are never edited by a test).
 */
import * as path from 'node:path';
import { type SeedFileSet, readSeedFiles } from '../../../src/seeds/seed.read';
import { validateSeedFiles } from '../../../src/seeds/seed.validate';
import { type SeedError, formatSeedError } from '../../../src/seeds/seed.model';

export const SEEDS_DIR = 'seeds';

export const GRAPH_FILES = {
  radfan: 'seeds/graph/000_2afb7b945ed686bc.yaml',
  casablanca: 'seeds/graph/001_639097f22e724e9d.yaml',
  jordan: 'seeds/graph/002_c203e310aaacb586.yaml',
  marib: 'seeds/graph/003_519500e86f7a6d5c.yaml',
  jenin: 'seeds/graph/004_a119cfdbeb6871cd.yaml',
} as const;

export function realSeedFiles(): SeedFileSet {
  return readSeedFiles(SEEDS_DIR);
}

/** Replaces `search` (which must match exactly once) in one graph file of a fresh copy of the seed files. */
export function seedFilesWithEdit(file: string, search: string | RegExp, replacement: string): SeedFileSet {
  const files = realSeedFiles();
  const target = files.graphs.find((graph) => path.normalize(graph.path) === path.normalize(file));
  if (!target) throw new Error(`No graph file ${file}`);
  const count = typeof search === 'string'
    ? target.content.split(search).length - 1
    : (target.content.match(new RegExp(search.source, `${search.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`Expected ${String(search)} once in ${file}, found ${count} times`);
  target.content = target.content.replace(search, replacement);
  return files;
}

/** The formatted errors of validating `files`; fails the test if they validate. */
export function errorsOf(files: SeedFileSet): string[] {
  const result = validateSeedFiles(files);
  if (result.ok) throw new Error('Expected validation errors, but the files validated');
  return result.errors.map((error: SeedError) => formatSeedError(error));
}
