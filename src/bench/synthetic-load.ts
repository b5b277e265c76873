import type { Repositories } from '../context/context';
import { refreshAllActorCountries } from '../actors/actor-country';
import { refreshAllEventCountries } from '../events/event-country';
import { rebuildEventCounts } from '../events/event-count';
import { rebuildFunderTotals } from '../funding/funder-total';
import { refreshAllFunderEvents } from '../funding/funder-event';
import { refreshAllPartnerPairs } from '../analysis/partner-pairs';
import { refreshAllActorFunders } from '../analysis/actor-funders';
import { refreshAllActorPeople } from '../analysis/actor-people';
import { type LoadProgress, SeedLoadError, readValidatedSeeds, writeSeedGraph } from '../loading/seed-loader';
import type { CypherName } from '../neo4j/cypher-registry';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { applySchema } from '../neo4j/schema-setup';
import { type SyntheticGraph, generateSyntheticGraph } from './synthetic-graph';

export interface GeneratedSummary {
  readonly requestedNodes: number;
  readonly seed: number;
  /** What was written, seed graph included. */
  readonly sources: number;
  readonly entities: number;
  readonly evidence: number;
  readonly relationships: number;
  /** Every Neo4j node Jisr wrote: entities, sources and evidence. */
  readonly totalNodes: number;
  readonly generateMs: number;
  readonly loadMs: number;
}

/** A bulk load gets the seed loader's room per statement; each chunk is its own transaction. */
const CTX: QueryContext = { operation: 'bench-generate', timeoutMs: 300_000 };
/** Rows per statement, as the seed loader's; sources carry whole articles, so fewer of them. */
const CHUNK = 1_000;
const SOURCE_CHUNK = 200;
/** The first synthetic source: its presence means this database was generated into already. */
const FIRST_SYNTHETIC_ID = 'source:syn-000000';

/** Whether a synthetic graph was generated into this database already. */
export async function holdsSyntheticGraph(executor: Neo4jExecutor): Promise<boolean> {
  return (await executor.read('graph/nodes-by-ids', { ids: [FIRST_SYNTHETIC_ID] }, CTX)).length > 0;
}

/**
 * Generates a synthetic graph and writes it, after the schema and the seed graph, through the seed loader's
 * own statements (cypher/seed, cypher/sources): UNWIND chunks, each chunk a transaction of its own, so a
 * million nodes never sit in one transaction's memory. Refuses a database that already holds a synthetic graph.
 */
export async function generateInto(
  executor: Neo4jExecutor,
  repositories: Repositories,
  options: { nodes: number; seed: number; seedsDir: string; onProgress?: (p: LoadProgress) => void },
): Promise<GeneratedSummary> {
  const progress = options.onProgress ?? (() => undefined);
  if (await holdsSyntheticGraph(executor)) {
    throw new SeedLoadError('This database already holds a synthetic graph; generate into an empty one (a new --data-dir, or another --uri).');
  }
  await applySchema(executor);
  const { graph: seedGraph, sources: seedSources } = readValidatedSeeds(options.seedsDir);
  await writeSeedGraph(executor, repositories, seedGraph, seedSources);

  const started = Date.now();
  const synthetic = generateSyntheticGraph({ nodes: options.nodes, seed: options.seed });
  const generateMs = Date.now() - started;
  const loadStarted = Date.now();
  await writeSynthetic(executor, repositories, synthetic, progress);
  const { graph, sources } = synthetic;
  const entities = graph.nodes.length + seedGraph.nodes.length;
  const evidence = graph.evidence.length + seedGraph.evidence.length;
  const sourceCount = sources.length + seedSources.length;
  return {
    requestedNodes: options.nodes,
    seed: options.seed,
    sources: sourceCount,
    entities,
    evidence,
    relationships: graph.relationships.length + seedGraph.relationships.length,
    totalNodes: entities + evidence + sourceCount,
    generateMs,
    loadMs: Date.now() - loadStarted,
  };
}

async function writeSynthetic(executor: Neo4jExecutor, repositories: Repositories, synthetic: SyntheticGraph, progress: (p: LoadProgress) => void): Promise<void> {
  const { sources, graph } = synthetic;
  for (let i = 0; i < sources.length; i += SOURCE_CHUNK) {
    const chunk = sources.slice(i, i + SOURCE_CHUNK);
    await executor.writeTransaction(CTX, (run) => repositories.sources.merge(run, chunk));
    progress({ step: 'sources', done: Math.min(i + SOURCE_CHUNK, sources.length), total: sources.length });
  }
  await inChunks(executor, 'seed/merge-evidence', 'evidence', graph.evidence, progress);
  await inChunks(executor, 'seed/merge-nodes', 'nodes', graph.nodes, progress);
  await inChunks(executor, 'seed/merge-relationships', 'rels', graph.relationships, progress);
  // Each chunk was a transaction of its own, none of which could see a whole place chain: the derived country
  // of every event (and the derived entries that read it) is written after the last one, page by page.
  await refreshAllEventCountries(executor);
  // The events' counts, keyed by their countries, recounted in one pass.
  await rebuildEventCounts(executor);
  // Then every actor's countries, which read the events'.
  await refreshAllActorCountries(executor);
  await refreshAllFunderEvents(executor);
  // Then every funder's totals, which add up its entries.
  await rebuildFunderTotals(executor);
  await refreshAllPartnerPairs(executor);
  // After the funders' entries, which an actor's funders read.
  await refreshAllActorFunders(executor);
  await refreshAllActorPeople(executor);
}

async function inChunks(
  executor: Neo4jExecutor,
  name: CypherName,
  param: string,
  rows: readonly unknown[],
  progress: (p: LoadProgress) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const [result] = await executor.write<{ merged: number }>(name, { [param]: chunk }, CTX);
    // As in the seed loader: a relationship whose end is missing merges nothing, silently.
    if ((result?.merged ?? 0) !== chunk.length) {
      throw new SeedLoadError(`${name}: wrote ${result?.merged ?? 0} of ${chunk.length} records at row ${i}; a relationship names a node that is not in the graph.`);
    }
    progress({ step: param, done: Math.min(i + CHUNK, rows.length), total: rows.length });
  }
}
