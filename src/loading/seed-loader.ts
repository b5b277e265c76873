import type { Repositories } from '../context/context';
import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';
import { type SeedGraph, SeedValidationError } from '../seeds/seed.model';
import { refreshActorCountries } from '../actors/actor-country';
import { refreshEventCountries } from '../events/event-country';
import { type EventTally, addEventCounts, tallyEvents } from '../events/event-count';
import { refreshFunderEvents } from '../funding/funder-event';
import { refreshFunderTotals } from '../funding/funder-total';
import { refreshPartnerPairs } from '../analysis/partner-pairs';
import { refreshActorFunders } from '../analysis/actor-funders';
import { refreshActorPeople } from '../analysis/actor-people';
import { deleteRetired } from '../neo4j/derived-migration';
import { NODE_LABELS, type NodeType, RELATION_TYPES, nodeTypeOfLabels } from '../model/vocabulary';
import { readSeedFiles } from '../seeds/seed.read';
import { validateSeedFiles } from '../seeds/seed.validate';
import type { SourceRecord } from '../sources/source.repository';

export interface SeedSummary {
  readonly sources: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly evidence: number;
}

export interface LoadProgress {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

export interface LoadOptions {
  /** Delete every Jisr node first, inside the same transaction. */
  readonly reset?: boolean;
  readonly onProgress?: (progress: LoadProgress) => void;
}

// A seed load is one transaction over the whole graph; it gets more room than an API request.
const CTX: QueryContext = { operation: 'seed', timeoutMs: 300_000 };
/** Rows per statement: large enough to be fast, small enough to keep each statement's memory bounded. */
const CHUNK = 1_000;

export class SeedLoadError extends Error {
  override readonly name = 'SeedLoadError';
}

/** True when the database holds no Jisr node at all (other applications' data is not counted). */
export async function isGraphEmpty(executor: Neo4jExecutor): Promise<boolean> {
  const [row] = await executor.read<{ nodes: number }>('seed/count-jisr-nodes', {}, CTX);
  return (row?.nodes ?? 0) === 0;
}

/** Reads and validates every seed file; throws one SeedValidationError listing every problem. */
export function readValidatedSeeds(seedsDir: string): { graph: SeedGraph; sources: SourceRecord[] } {
  const files = readSeedFiles(seedsDir);
  const result = validateSeedFiles(files);
  if (!result.ok) throw new SeedValidationError(result.errors);
  const textOf = new Map(files.articles.map((a) => [a.path.split(/[\\/]/).pop(), a.content]));
  const sources = result.graph.sources.map((s) => ({
    id: s.id, title: s.title, outlet: s.outlet, publishedOn: s.publishedOn, publishedOnText: s.publishedOnText,
    language: s.language, url: s.url, file: s.file, text: textOf.get(s.file) ?? '',
  }));
  return { graph: result.graph, sources };
}

/**
 * Validates every seed file first, then writes everything in one transaction with MERGE on ids:
 * a bad file writes nothing, and loading twice leaves the graph as it was.
 */
export async function loadSeeds(executor: Neo4jExecutor, repositories: Repositories, seedsDir: string, options: LoadOptions = {}): Promise<SeedSummary> {
  const { graph, sources } = readValidatedSeeds(seedsDir);
  return writeSeedGraph(executor, repositories, graph, sources, options);
}

/** Writes a validated seed graph in one transaction; any failure rolls the whole load back. */
export async function writeSeedGraph(
  executor: Neo4jExecutor,
  repositories: Repositories,
  graph: SeedGraph,
  sources: readonly SourceRecord[],
  options: LoadOptions = {},
): Promise<SeedSummary> {
  checkVocabulary(graph);
  const progress = options.onProgress ?? (() => undefined);
  await executor.writeTransaction(CTX, async (run) => {
    if (options.reset) await run('seed/reset');
    const nodes = graph.nodes.map((node) => ({ id: node.id, type: nodeTypeOfLabels(node.labels) }));
    await writingDerivedOf(run, nodes, async () => {
      await repositories.sources.merge(run, sources);
      await inChunks(run, 'seed/merge-evidence', 'evidence', graph.evidence, progress);
      await inChunks(run, 'seed/merge-nodes', 'nodes', graph.nodes, progress);
      await inChunks(run, 'seed/merge-relationships', 'rels', graph.relationships, progress);
    });
  });
  return { sources: sources.length, nodes: graph.nodes.length, relationships: graph.relationships.length, evidence: graph.evidence.length };
}

/**
 * Runs `write`, which writes (loads, or creates or deletes by id) the given nodes in bulk, and brings the derived
 * entries under them up to date, all in the caller's transaction. The events' counts are tallied before the write
 * (locking those events) and after it, and move by the difference (src/events/event-count.ts).
 */
export async function writingDerivedOf(run: StatementRunner, nodes: readonly LoadedNode[], write: () => Promise<void>): Promise<void> {
  // The events a reload replaces leave their counts before it writes (after a reset, none).
  const countedBefore = await tallyEvents(run, countedOf(nodes), true);
  await write();
  await refreshDerivedOf(run, nodes, countedBefore);
}

/**
 * Brings the derived entries under nodes just written in bulk up to date. Merging a node replaced its
 * properties, the derived country of an event too: every event written, and every event held beneath a place
 * written (its chain may have changed), gets it back; then the countries' event counts move by the difference
 * between `countedBefore` and what those events are now; then the countries of every actor written, of the
 * actors beneath every organisation and place written, and of the actors of every event written; then the
 * funders (and stored country) of every event written and of every event beneath a program or a place written;
 * then the totals of those funders, of every actor written and of the funders above every program written; then
 * the partners of every actor written.
 */
async function refreshDerivedOf(run: StatementRunner, nodes: readonly LoadedNode[], countedBefore: readonly EventTally[]): Promise<void> {
  const idsOf = (...types: NodeType[]) => idsOfTypes(nodes, types);
  await refreshEventCountries(run, idsOf('EVENT', 'PLACE'));
  await addEventCounts(run, countedBefore, countedOf(nodes));
  await refreshActorCountries(run, { actorIds: idsOf('ORGANIZATION', 'PERSON'), chainIds: idsOf('ORGANIZATION', 'PLACE'), eventIds: idsOf('EVENT') });
  const { funderIds, areaFunderIds } = await refreshFunderEvents(run, { eventIds: idsOf('EVENT'), anchorIds: idsOf('PROGRAM'), chainIds: idsOf('PLACE') });
  // A loaded link joins loaded nodes: a funder's FUNDED edges are the actors', a chain's or an organiser's link the programs'.
  // A loaded place may also hold events loaded before, whose funders' countries follow it.
  await refreshFunderTotals(run, { funderIds: [...funderIds, ...idsOf('ORGANIZATION', 'PERSON')], programIds: idsOf('PROGRAM'), countryFunderIds: areaFunderIds });
  // A loaded link joins loaded nodes, so the actors loaded are the ends of every link loaded.
  await refreshPartnerPairs(run, idsOf('ORGANIZATION', 'PERSON'));
  // After the funders' entries, which an actor's funders read: every actor loaded whole, and the actors of every
  // activity below a program loaded (a loaded FUNDED or PART_OF may reach activities loaded before).
  await refreshActorFunders(run, { actorIds: idsOf('ORGANIZATION', 'PERSON'), links: [], anchorIds: idsOf('PROGRAM') });
  await refreshActorPeople(run, { actorIds: idsOf('ORGANIZATION', 'PERSON'), links: [], positions: [] });
  await deleteRetired(run);
}

export interface LoadedNode {
  readonly id: string;
  readonly type: NodeType | undefined;
}

function idsOfTypes(nodes: readonly LoadedNode[], types: readonly NodeType[]): string[] {
  return nodes.filter((node) => node.type !== undefined && types.includes(node.type)).map((node) => node.id);
}

/** The loaded nodes under which an event's count may move: the events, and the places (their chains). */
function countedOf(nodes: readonly LoadedNode[]): string[] {
  return idsOfTypes(nodes, ['EVENT', 'PLACE']);
}

async function inChunks(run: StatementRunner, name: 'seed/merge-evidence' | 'seed/merge-nodes' | 'seed/merge-relationships', param: string, rows: readonly unknown[], progress: (p: LoadProgress) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const [result] = await run<{ merged: number }>(name, { [param]: chunk });
    // A relationship whose end is missing merges nothing, silently; a count check turns that into a rollback.
    if ((result?.merged ?? 0) !== chunk.length) {
      throw new SeedLoadError(`${name}: wrote ${result?.merged ?? 0} of ${chunk.length} records; nothing was loaded. A relationship names a node that is not in the graph.`);
    }
    progress({ step: param, done: Math.min(i + CHUNK, rows.length), total: rows.length });
  }
}

const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);
const LABELS = new Set<string>(NODE_LABELS);

/** Labels and relationship types reach Cypher only from the fixed enums, never from file text. */
function checkVocabulary(graph: SeedGraph): void {
  for (const node of graph.nodes) {
    const bad = node.labels.find((l) => !LABELS.has(l));
    if (bad) throw new SeedLoadError(`Node ${node.id} has the label "${bad}", which is not one of ${[...LABELS].join(', ')}.`);
  }
  for (const rel of graph.relationships) {
    if (!RELATION_TYPE_SET.has(rel.type)) throw new SeedLoadError(`Relationship ${rel.id} has the type "${rel.type}", which is not one of ${RELATION_TYPES.join(', ')}.`);
  }
}
