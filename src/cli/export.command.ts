import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { connectionOf, openJisr, resolveNeo4j } from '../composition';
import { loadConfig } from '../config';
import { DEFAULT_EXPORT_DEPTH, EXPORT_FORMAT_NAMES, type ExportFormat, FUNDER_FORMAT_NAMES, isExportFormat } from '../export/export.formats';
import { ExportRepository } from '../export/export.repository';
import { DEFAULT_EXPORT_LIMIT, type ExportScope, prepareExport } from '../export/export.service';
import { terminalProgress } from './progress';

/**
 * `jisr export --format <format> [--center <id> [--depth <n>] | --funder <id>] [--out <file>]`: the whole graph,
 * a neighbourhood or a funder's flows as a file, to stdout unless --out names one. Reads page by page and writes
 * as it reads; a file named by --out appears only once it is complete.
 */

export const EXPORT_USAGE = `  export --format <format> [--center <id> [--depth <n>] [--limit <n>] | --funder <id>] [--out <file>]
                                    Write the whole graph, the neighbourhood of --center (depth 1-3, default 1) or the
                                    funding flows of --funder to --out, or to stdout. Formats: gexf (Gephi), graphml
                                    (Cytoscape desktop, yEd), json (graphology), cytoscape (Cytoscape.js), csv
                                    (relationships; for --funder one row per flow), nodes-csv (graph only).`;

export interface ExportArgs {
  readonly format: ExportFormat;
  readonly scope: ExportScope;
  readonly out: string | undefined;
}

function wholeNumber(option: string, value: string, usageError: (message: string) => Error): number {
  if (!/^\d{1,6}$/.test(value)) throw usageError(`${option} expects a whole number, but got ${JSON.stringify(value)}`);
  return Number(value);
}

/** The options the arguments ask for; `usageError` builds what the caller reports as a usage mistake. */
export function parseExportArgs(args: readonly string[], usageError: (message: string) => Error): ExportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const option = args[i]!;
    const value = args[i + 1];
    if (!['--format', '--center', '--depth', '--limit', '--funder', '--out'].includes(option)) throw usageError(`Unknown option for export: ${JSON.stringify(option)}`);
    if (value === undefined || value.startsWith('--')) throw usageError(`${option} needs a value`);
    if (values.has(option)) throw usageError(`${option} is given twice`);
    values.set(option, value);
    i++;
  }
  const format = values.get('--format');
  if (format === undefined) throw usageError(`export needs --format <format>: one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  if (!isExportFormat(format)) throw usageError(`Unknown export format ${JSON.stringify(format)}: use one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  const center = values.get('--center');
  const funder = values.get('--funder');
  const depth = values.get('--depth');
  const limit = values.get('--limit');
  if (center !== undefined && funder !== undefined) throw usageError('Give --center or --funder, not both');
  if (center === undefined && (depth !== undefined || limit !== undefined)) throw usageError('--depth and --limit need --center <id>');
  if (funder !== undefined && !FUNDER_FORMAT_NAMES.includes(format)) throw usageError(`A funder's flows export as ${FUNDER_FORMAT_NAMES.join(', ')}, not ${format}`);
  const scope: ExportScope = center !== undefined
    ? {
      kind: 'neighbourhood', centerId: center,
      depth: depth === undefined ? DEFAULT_EXPORT_DEPTH : wholeNumber('--depth', depth, usageError),
      limit: limit === undefined ? DEFAULT_EXPORT_LIMIT : wholeNumber('--limit', limit, usageError),
    }
    : funder !== undefined ? { kind: 'funder', funderId: funder } : { kind: 'graph' };
  return { format, scope, out: values.get('--out') };
}

/** Runs `jisr export`; resolves to the exit code. */
export async function exportGraph(args: readonly string[], usageError: (message: string) => Error): Promise<number> {
  const options = parseExportArgs(args, usageError);
  const outFile = options.out === undefined ? undefined : path.resolve(options.out);
  // Before any database is looked for: a wrong folder is reported in a moment, not after a Neo4j start.
  if (outFile && !(existsSync(path.dirname(outFile)) && statSync(path.dirname(outFile)).isDirectory())) {
    throw usageError(`--out ${options.out}: the folder ${path.dirname(outFile)} does not exist`);
  }
  // The bar goes to stderr, and only when the file does not go to the same terminal.
  const onProgress = outFile || !process.stdout.isTTY ? terminalProgress() : undefined;

  const config = loadConfig();
  const endpoint = await resolveNeo4j(config, { reuseRunningLocal: true, log: (line) => console.error(line) });
  try {
    const core = await openJisr(connectionOf(config, endpoint.uri), config.neo4j.connectTimeoutMs);
    try {
      const prepared = await prepareExport(options.format, options.scope, {
        repositories: core.repositories, exports: new ExportRepository(core.executor),
      }, { query: { operation: 'export', timeoutMs: 120_000 }, onProgress });
      // Written beside the target and renamed when complete, so that a failed export leaves no partial file behind.
      const partial = outFile ? `${outFile}.partial-${process.pid}` : undefined;
      const destination: Writable = partial ? createWriteStream(partial) : process.stdout;
      try {
        await pipeline(Readable.from(prepared.chunks(), { objectMode: false }), destination, { end: partial !== undefined });
        if (partial && outFile) renameSync(partial, outFile);
        // Let stdout hand everything on before the CLI exits.
        else if (process.stdout.writableNeedDrain) await new Promise((resolve) => process.stdout.once('drain', resolve));
      } catch (error) {
        if (partial) rmSync(partial, { force: true });
        // A reader that stops early (`jisr export … | head`) is not a failure of the export.
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
        throw error;
      }
      const { nodes, edges, rows } = prepared.counts;
      const what = options.format === 'csv' && options.scope.kind === 'funder' ? `${rows} funding flows` : `${nodes} nodes, ${edges} relationships`;
      console.error(`exported ${what} as ${options.format} to ${outFile ? path.relative(process.cwd(), outFile) || outFile : 'stdout'}`);
      return 0;
    } finally {
      await core.close();
    }
  } finally {
    await endpoint.local?.stop();
  }
}
