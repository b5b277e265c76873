#!/usr/bin/env node
import 'reflect-metadata';
import path from 'node:path';
import { connectionOf, openJisr, resolveNeo4j } from '../composition';
import { loadConfig } from '../config';
import { readValidatedSeeds, writeSeedGraph } from '../loading/seed-loader';
import { applySchema } from '../neo4j/schema-setup';
import { DUMP_USAGE, dump } from './dump.command';
import { EXPORT_USAGE, exportGraph } from './export.command';
import { IMPORT_USAGE, importArticle } from './import.command';
import { KEYS_USAGE, keys } from './keys.command';
import { terminalProgress } from './progress';

const USAGE = `Usage: jisr <command> [options]

Commands:
  seed [--reset] [--dir <folder>]   Validate the curated seed files, then load them in one transaction.
                                    --reset deletes every Jisr node first (in the same transaction).
                                    --dir defaults to SEEDS_DIR (seeds/).
${DUMP_USAGE}
${EXPORT_USAGE}
${IMPORT_USAGE}
${KEYS_USAGE}
  help                              Show this help.

Neo4j: NEO4J_URI when set; otherwise a local Neo4j already running on NEO4J_LOCAL_PORT (e.g. by
npm start), or else one this command starts and stops.`;

class UsageError extends Error {}

function parseSeedArgs(args: string[]): { reset: boolean; dir: string | undefined } {
  let reset = false;
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--reset') reset = true;
    else if (arg === '--dir' && args[i + 1]) dir = args[++i];
    else throw new UsageError(`Unknown option for seed: ${JSON.stringify(arg)}`);
  }
  return { reset, dir };
}

async function seed(args: string[]): Promise<void> {
  const options = parseSeedArgs(args);
  const config = loadConfig();
  const seedsDir = options.dir ? path.resolve(options.dir) : config.seedsDir;
  // Validate before touching any database: a curator's mistake is reported in a second, not after a Neo4j start.
  const { graph, sources } = readValidatedSeeds(seedsDir);
  console.error(`validated ${path.relative(process.cwd(), seedsDir) || '.'}: ${sources.length} sources, ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${graph.evidence.length} quotes`);

  const endpoint = await resolveNeo4j(config, { reuseRunningLocal: true, log: (line) => console.error(line) });
  try {
    const core = await openJisr(connectionOf(config, endpoint.uri), config.neo4j.connectTimeoutMs);
    try {
      await applySchema(core.executor);
      const summary = await writeSeedGraph(core.executor, core.repositories, graph, sources, { reset: options.reset, onProgress: terminalProgress() });
      console.error(`${options.reset ? 'reset and loaded' : 'loaded'} into ${core.uri}: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.evidence} quotes, ${summary.sources} sources`);
    } finally {
      await core.close();
    }
  } finally {
    await endpoint.local?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'seed':
        await seed(rest);
        return 0;
      case 'dump':
        return await dump(rest, (message) => new UsageError(message));
      case 'export':
        return await exportGraph(rest, (message) => new UsageError(message));
      case 'import':
        return await importArticle(rest, (message) => new UsageError(message));
      case 'keys':
        await keys(rest, (message) => new UsageError(message));
        return 0;
      case 'help':
      case '--help':
      case '-h':
      case undefined:
        console.log(USAGE);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`Unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
