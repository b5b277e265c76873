/**
 * `jisr dump`: the whole graph as curated seed files, checked by loading them back.
 *
 * Read (the repository, page by page), write (the pure writer), then prove: the folder is read with the
 * seed loader's own validation and the graph it would load is compared with the graph that was read. A
 * dump that would not load back, or would load back different, says so fact by fact.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readValidatedSeeds } from '../loading/seed-loader';
import { SeedValidationError, formatSeedError } from '../seeds/seed.model';
import type { StoredEvidence, StoredGraph, StoredNode, StoredRelationship, StoredSource } from './dump.model';
import { reloadDifferences } from './dump.compare';
import type { DumpRepository } from './dump.repository';
import { ARTICLES_DIR, type DumpCount, type DumpFile, type DumpOrigin, GRAPH_DIR, SOURCES_FILE, writeSeedDump } from './dump.writer';

export interface DumpProgress {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

export interface DumpOptions {
  readonly outDir: string;
  /** Write into a folder that is not empty, replacing the seed files in it. */
  readonly force?: boolean;
  /** The server and database read, for the files' headers. */
  readonly origin: Omit<DumpOrigin, 'at'>;
  /** When the dump is taken; default now. */
  readonly at?: Date;
  readonly onProgress?: (progress: DumpProgress) => void;
}

export interface DumpSummary {
  readonly count: DumpCount;
  readonly files: number;
  /** Why the dump would not load back into the same graph, one line a fact; empty for a faithful dump. */
  readonly problems: readonly string[];
  /** What the dump leaves out on purpose (labels and types Jisr does not know, quotes no fact cites). */
  readonly ignored: readonly string[];
}

/** The dump folder cannot be used as asked: it is not empty (without force), or it is not a folder. */
export class DumpTargetError extends Error {
  override readonly name = 'DumpTargetError';
}

/**
 * Refuses a target that would mix the dump with other files: a non-empty folder unless `force`, or a path
 * that is a file. Cheap, so the CLI calls it before it looks for a database.
 */
export function checkDumpTarget(outDir: string, force = false): void {
  let entries: string[];
  try {
    if (!statSync(outDir).isDirectory()) throw new DumpTargetError(`--out ${outDir} is a file; give a folder (a new or an empty one).`);
    entries = readdirSync(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length > 0 && !force) {
    const shown = entries.sort().slice(0, 5).join(', ') + (entries.length > 5 ? ', …' : '');
    throw new DumpTargetError(
      `--out ${outDir} is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}: ${shown}); dump into a new or empty folder, ` +
      'or pass --force to replace the seed files in it (articles/sources.yaml, articles/*.txt, graph/*.yaml; other files are left alone).',
    );
  }
}

/** Dumps the graph into `options.outDir` and checks that the files load back into the same graph. */
export async function dumpGraph(repository: DumpRepository, options: DumpOptions): Promise<DumpSummary> {
  checkDumpTarget(options.outDir, options.force);
  const graph = await readStoredGraph(repository, options.onProgress ?? (() => undefined));
  const dump = writeSeedDump(graph, { ...options.origin, at: options.at ?? new Date() });
  writeDumpFiles(options.outDir, dump.files);
  let problems: string[];
  try {
    const reloaded = readValidatedSeeds(options.outDir);
    problems = [...dump.problems, ...reloadDifferences(graph, dump.written, reloaded)];
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    problems = [...dump.problems, ...error.errors.map(formatSeedError)];
  }
  return { count: dump.count, files: dump.files.length, problems, ignored: dump.ignored };
}

/** The whole graph, read page by page. */
export async function readStoredGraph(repository: DumpRepository, onProgress: (progress: DumpProgress) => void): Promise<StoredGraph> {
  const expected = await repository.counts();
  const sources: StoredSource[] = [];
  const nodes: StoredNode[] = [];
  const relationships: StoredRelationship[] = [];
  const evidence: StoredEvidence[] = [];
  await collect('sources', expected.sources, repository.sourcePages(), (page) => {
    sources.push(...page);
    return page.length;
  }, onProgress);
  await collect('nodes', expected.nodes, repository.nodePages(), (page) => {
    nodes.push(...page.nodes);
    relationships.push(...page.relationships);
    return page.nodes.length;
  }, onProgress);
  await collect('quotes', expected.evidence, repository.evidencePages(), (page) => {
    evidence.push(...page);
    return page.length;
  }, onProgress);
  return { sources, nodes, relationships, evidence };
}

/**
 * Takes every page (`take` keeps it and says how many items it held), reporting progress; the expected
 * total is a count taken before, which writes may have changed since.
 */
async function collect<Page>(
  step: string,
  expected: number,
  pages: AsyncIterable<Page>,
  take: (page: Page) => number,
  onProgress: (progress: DumpProgress) => void,
): Promise<void> {
  let done = 0;
  let reported = { done: -1, total: -1 };
  for await (const page of pages) {
    done += take(page);
    reported = { done, total: Math.max(expected, done) };
    onProgress({ step, ...reported });
  }
  if (reported.done !== reported.total) onProgress({ step, done, total: done });
}

/**
 * Writes the files, and removes the seed files of an earlier dump that this one does not hold (a source
 * that is gone), so that the folder loads exactly what was dumped. Nothing else in the folder is touched.
 */
function writeDumpFiles(outDir: string, files: readonly DumpFile[]): void {
  const written = new Set(files.map((file) => path.join(outDir, file.path)));
  const stale = (folder: string, pattern: RegExp): string[] => {
    try {
      return readdirSync(path.join(outDir, folder)).filter((name) => pattern.test(name)).map((name) => path.join(outDir, folder, name));
    } catch {
      return [];
    }
  };
  for (const file of [...stale(ARTICLES_DIR, /\.txt$/), ...stale(GRAPH_DIR, /\.ya?ml$/), path.join(outDir, SOURCES_FILE)]) {
    if (!written.has(file)) rmSync(file, { force: true });
  }
  for (const file of files) {
    const target = path.join(outDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}
