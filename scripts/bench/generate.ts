/**
 * `npm run bench:generate -- --nodes 10k|100k|1m [--seed N] [--uri bolt://…] [--data-dir DIR] [--heap-mb N]`
 *
 * Writes a synthetic graph of the seed graph's shape (src/bench/synthetic-graph.ts) into a Neo4j: the one at
 * --uri (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE apply), or else a local one of its own on a free port whose
 * data folder (default <tmp>/jisr-bench/<nodes>-seed<seed>) `npm run bench` then reuses. Never the user's
 * `.neo4j/data`.
 */
import 'reflect-metadata';
import { terminalProgress } from '../../src/cli/progress';
import { openBenchNeo4j } from '../../src/bench/bench-neo4j';
import { parseSize } from '../../src/bench/synthetic-graph';

export interface GenerateArgs {
  nodes: number;
  seed: number;
  uri?: string;
  dataDir?: string;
  heapMb?: number;
}

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  const args: Partial<GenerateArgs> = { seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--nodes': args.nodes = parseSize(value ?? ''); i++; break;
      case '--seed': args.seed = Number(value); i++; break;
      case '--uri': args.uri = value; i++; break;
      case '--data-dir': args.dataDir = value; i++; break;
      case '--heap-mb': args.heapMb = Number(value); i++; break;
      default: throw new Error(`Unknown option ${JSON.stringify(argv[i])}. Usage: npm run bench:generate -- --nodes 10k|100k|1m [--seed N] [--uri bolt://…] [--data-dir DIR] [--heap-mb N]`);
    }
  }
  if (args.nodes === undefined) throw new Error('Expected --nodes, like --nodes 100k.');
  if (!Number.isInteger(args.seed)) throw new Error(`Expected --seed to be an integer, but got ${JSON.stringify(args.seed)}.`);
  return args as GenerateArgs;
}

async function main(): Promise<void> {
  const args = parseGenerateArgs(process.argv.slice(2));
  const log = (line: string) => console.error(line);
  const started = Date.now();
  const neo4j = await openBenchNeo4j({ ...args, log, onProgress: terminalProgress() });
  try {
    const s = neo4j.summary;
    if (s) {
      log(`${neo4j.uri}: ${s.totalNodes} nodes (${s.entities} entities, ${s.sources} sources, ${s.evidence} quotes), ${s.relationships} relationships; `
        + `generated in ${(s.generateMs / 1000).toFixed(1)} s, loaded in ${(s.loadMs / 1000).toFixed(1)} s`);
    }
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await neo4j.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
