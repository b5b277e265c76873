import path from 'node:path';
import { connectionOf, openJisr, resolveNeo4j } from '../composition';
import { loadConfig } from '../config';
import { DumpRepository } from '../dump/dump.repository';
import { DumpTargetError, checkDumpTarget, dumpGraph } from '../dump/dump.service';
import { terminalProgress } from './progress';

/**
 * `jisr dump --out <folder>`: the whole graph, curated edits included, as seed files that
 * `jisr seed --reset --dir <folder>` loads back. The backup, the migration path, and the way to review
 * edits in git. Exits 1 when the files would not load back into the same graph, listing why.
 */

export const DUMP_USAGE = `  dump --out <folder> [--force]     Write the whole graph as curated seed files (articles/, graph/), then
                                    check that jisr seed --reset --dir <folder> loads them back unchanged.
                                    --force writes into a folder that is not empty, replacing its seed files.`;

/** How many lines of each list to print; the rest are counted. */
const SHOWN = 20;

export interface DumpArgs {
  readonly out: string;
  readonly force: boolean;
}

/** The options the arguments ask for; `usageError` builds what the caller reports as a usage mistake. */
export function parseDumpArgs(args: readonly string[], usageError: (message: string) => Error): DumpArgs {
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--out' && value !== undefined) [out, i] = [value, i + 1];
    else if (arg === '--force') force = true;
    else throw usageError(`Unknown option for dump: ${JSON.stringify(arg)}`);
  }
  if (out === undefined) throw usageError('dump needs --out <folder>: where to write the seed files');
  return { out, force };
}

/** Runs `jisr dump`; resolves to the exit code. */
export async function dump(args: readonly string[], usageError: (message: string) => Error): Promise<number> {
  const options = parseDumpArgs(args, usageError);
  const outDir = path.resolve(options.out);
  const shownDir = path.relative(process.cwd(), outDir) || '.';
  // Before any database is looked for: a wrong folder is reported in a moment, not after a Neo4j start.
  try {
    checkDumpTarget(outDir, options.force);
  } catch (error) {
    if (error instanceof DumpTargetError) throw usageError(error.message);
    throw error;
  }

  const config = loadConfig();
  const endpoint = await resolveNeo4j(config, { reuseRunningLocal: true, log: (line) => console.error(line) });
  try {
    const core = await openJisr(connectionOf(config, endpoint.uri), config.neo4j.connectTimeoutMs);
    try {
      const summary = await dumpGraph(new DumpRepository(core.executor), {
        outDir, force: options.force, origin: { uri: core.uri, database: config.neo4j.database }, onProgress: terminalProgress(),
      });
      const { count } = summary;
      if (summary.ignored.length > 0) printList(`left out on purpose (${summary.ignored.length}):`, summary.ignored);
      if (summary.problems.length > 0) printList(`would not load back as it is (${summary.problems.length}):`, summary.problems);
      console.error(`dumped ${core.uri} into ${shownDir}: ${count.sources} sources, ${count.nodes} nodes, ${count.relationships} relationships, ${count.evidence} quotes (${summary.files} files)`);
      if (summary.problems.length === 0) return 0;
      console.error(`The dump in ${shownDir} would not load back into the same graph (${summary.problems.length} problem${summary.problems.length === 1 ? '' : 's'} above).`);
      return 1;
    } finally {
      await core.close();
    }
  } finally {
    await endpoint.local?.stop();
  }
}

function printList(title: string, lines: readonly string[]): void {
  console.error(title);
  for (const line of lines.slice(0, SHOWN)) console.error(`  ${line}`);
  if (lines.length > SHOWN) console.error(`  … and ${lines.length - SHOWN} more`);
}
