#!/usr/bin/env node
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig, REPO_ROOT } from '../config';
import { createRepositories } from '../context/context';
import { startLocalNeo4j, type LocalNeo4j } from '../local-neo4j/local-neo4j';
import { readValidatedSeeds, writeSeedGraph } from '../loading/seed-loader';
import { CypherRegistry } from '../neo4j/cypher-registry';
import { createDriver, waitForConnectivity } from '../neo4j/driver';
import { Neo4jExecutor } from '../neo4j/executor';
import { applySchema } from '../neo4j/schema-setup';
import { terminalProgress } from './progress';

const USAGE = `Usage: jisr <command> [options]

Commands:
  seed [--reset] [--dir <folder>]   Validate the curated seed files, then load them in one transaction.
                                    --reset deletes every Jisr node first (in the same transaction).
                                    --dir defaults to SEEDS_DIR (seeds/).
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

  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.localNeo4j.port}`;
  let driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password, maxRetryTimeMs: 1_000 });
  try {
    try {
      await waitForConnectivity(driver, config.neo4j.database, config.neo4j.uri ? config.neo4j.connectTimeoutMs : 1_000);
    } catch (error) {
      if (config.neo4j.uri) throw error;
      await driver.close();
      console.error('no local Neo4j running; starting one for this command');
      local = await startLocalNeo4j({ port: config.localNeo4j.port, dataDir: config.localNeo4j.dataDir, heapMb: config.localNeo4j.heapMb, log: (l: string) => console.error(l) });
      uri = local.uri;
      driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
      await waitForConnectivity(driver, config.neo4j.database, config.neo4j.connectTimeoutMs);
    }
    const executor = new Neo4jExecutor(driver, CypherRegistry.load(path.join(REPO_ROOT, 'cypher')), {
      database: config.neo4j.database,
      // A seed load is one transaction over the whole graph; give it more room than an API request.
      transactionTimeoutMs: Math.max(config.neo4j.transactionTimeoutMs, 300_000),
    });
    await applySchema(executor);
    const summary = await writeSeedGraph(executor, createRepositories(executor), graph, sources, { reset: options.reset, onProgress: terminalProgress() });
    console.error(`${options.reset ? 'reset and loaded' : 'loaded'} into ${uri}: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.evidence} quotes, ${summary.sources} sources`);
  } finally {
    await driver.close();
    await local?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'seed':
        await seed(rest);
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
