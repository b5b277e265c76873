/**
 * Validating the curated seed files and building the SeedGraph the loader consumes.
 *
 * Every file is checked before anything is built, and every problem is reported at once with the
 * file, the record, the field, the value and the fix, so a curator corrects all of them in one pass
 * and a loader never writes half a graph. One module a step: read (seed.sources.ts, seed.read.ts),
 * check each file (seed.check.ts), merge the files (seed.merge.ts), shape for Neo4j (seed.shape.ts);
 * the rules a single record obeys are seed.rules.ts.
 */
import { type SeedError, type SeedGraph } from './seed.model';
import { checkGraphFile } from './seed.check';
import { mergeGraphFiles } from './seed.merge';
import { type SeedFileSet, parseGraphFiles } from './seed.read';
import { shapeSeedGraph } from './seed.shape';
import { readSources } from './seed.sources';

export type SeedValidationResult = { ok: true; graph: SeedGraph } | { ok: false; errors: SeedError[] };

/** Validates every file, then builds the merged SeedGraph, or returns every error found. */
export function validateSeedFiles(files: SeedFileSet): SeedValidationResult {
  const { sources, errors } = readSources(files.sources, files.articles);
  const parsed = parseGraphFiles(files.graphs, sources);
  errors.push(...parsed.errors, ...parsed.files.flatMap(checkGraphFile));
  const merged = mergeGraphFiles(parsed.files, [...sources.keys()]);
  errors.push(...merged.errors);
  if (errors.length === 0) return { ok: true, graph: shapeSeedGraph(merged.graph, [...sources.values()].map((entry) => entry.source)) };
  // Grouped by file (a stable sort keeps each file's errors in the order they were found).
  const fileOrder = [files.sources.path, ...files.graphs.map((file) => file.path)];
  const rank = (file: string): number => (fileOrder.indexOf(file) === -1 ? fileOrder.length : fileOrder.indexOf(file));
  return { ok: false, errors: [...errors].sort((a, b) => rank(a.file) - rank(b.file)) };
}
