import type { Repositories } from '../context/context';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { readSourceFiles } from './source-files';

export interface SeedSummary {
  readonly sources: number;
}

const CTX: QueryContext = { operation: 'seed' };

/** True when the database holds no Jisr node at all (other applications' data is not counted). */
export async function isGraphEmpty(executor: Neo4jExecutor): Promise<boolean> {
  const [row] = await executor.read<{ nodes: number }>('seed/count-jisr-nodes', {}, CTX);
  return (row?.nodes ?? 0) === 0;
}

/**
 * Validates every seed file first, then writes everything in one transaction with MERGE on ids:
 * a bad file writes nothing, and loading twice leaves the graph as it was.
 */
export async function loadSeeds(executor: Neo4jExecutor, repositories: Repositories, seedsDir: string): Promise<SeedSummary> {
  const sources = readSourceFiles(seedsDir);
  await executor.writeTransaction(CTX, async (run) => {
    await repositories.sources.merge(run, sources);
  });
  return { sources: sources.length };
}
