/**
 * Curation writes, measured as an editor through Jisr's own GraphQL path in the bench's process: the schema,
 * Apollo, a request context with an editor viewer, `applyChanges` and `revertBatch`. A write high in the place
 * tree (moving a large place) is what failed at a million nodes, so every size the bench opens gets the same
 * three scenarios, each chosen from the graph itself so that it exists at every size, the seed graph included:
 * 1. move the largest governorate: the place directly LOCATED_IN a country with the most places, actors and
 *    events beneath it is moved to another country (its LOCATED_IN removed, a GAZETTEER one added);
 * 2. add an event to a hub: a new event held in that place, ORGANIZED by the organiser with the most ORGANIZED
 *    edges, PART_OF a program of the funder with the most FUNDED edges;
 * 3. rename an organisation: that organiser's English name changed.
 * Each round applies each scenario and reverts its batch at once; apply and revert are timed apart (wall clock
 * around executeOperation). Every quote is an existing one (the moved place's own LOCATED_IN evidence), so no
 * new Evidence is made. The facts of every node touched (properties, versions aside, and relationships) are
 * digested before the first round and after the last: the bench's kept graphs must stay as they were, apart
 * from the history the writes and their reverts record.
 */
import { createHash } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer';
import { createContext, type JisrContext, type Repositories } from '../context/context';
import { ApplyChangesDocument, type ChangeInput, RevertBatchDocument } from '../generated/operations';
import { createLogger } from '../logger';
import type { CypherName } from '../neo4j/cypher-registry';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { createApollo } from '../server/server';
import { percentiles } from './bench-run';

/** The editor the bench writes as; recorded as the author of every change in history. */
export const BENCH_EDITOR: Viewer = { keyId: 'key-editor-bench', name: 'bench', role: 'editor' };

export const WRITE_SCENARIOS = ['move the largest governorate', 'add an event to a hub', 'rename an organisation'] as const;
export type WriteScenarioName = (typeof WRITE_SCENARIOS)[number];

export interface WriteTiming {
  readonly n: number;
  readonly p50: number;
  readonly max: number;
  /** Every sample, in round order (ms). */
  readonly samples: number[];
}

export interface WriteScenarioResult {
  readonly name: WriteScenarioName;
  /** What was written, in words: the ids chosen from the graph. */
  readonly subject: string;
  /** Null when no apply succeeded. */
  readonly apply: WriteTiming | null;
  readonly revert: WriteTiming | null;
  /** Changes recorded by one apply (a derived REPORTED_BY adds its own). */
  readonly changes: number;
  /** `CODE: message` of the first write (apply or revert) that answered errors; its scenario then stops. */
  readonly error: string | null;
}

/** Nodes and relationships of the touched ids, and a SHA-256 of their properties (versions aside). */
export interface FactsDigest {
  readonly nodes: number;
  readonly relationships: number;
  readonly sha256: string;
}

export interface WritesReport {
  readonly rounds: number;
  readonly scenarios: WriteScenarioResult[];
  /** Set when the scenarios could not be chosen from the graph or its facts read (nothing was written then). */
  readonly error: string | null;
  /** The touched facts before the first round and after the last; null when nothing was chosen. */
  readonly facts: { readonly ids: string[]; readonly before: FactsDigest; readonly after: FactsDigest; readonly restored: boolean } | null;
}

export interface WriteTarget {
  readonly executor: Neo4jExecutor;
  readonly repositories: Repositories;
}

interface Picks {
  readonly place: { id: string; beneath: number };
  readonly located: { from: string; to: string };
  readonly evidence: { sourceId: string; quote: string; start: number };
  readonly organiser: { id: string; organized: number; nameEn: string };
  readonly funder: { id: string; funded: number; programId: string };
}

const CTX: QueryContext = { operation: 'bench-writes' };

function rows<R>(target: WriteTarget, name: CypherName, params: Record<string, unknown> = {}): Promise<R[]> {
  return target.executor.read<R>(name, params, CTX);
}

async function one<R>(target: WriteTarget, name: CypherName, params: Record<string, unknown>, what: string): Promise<R> {
  const [row] = await rows<R>(target, name, params);
  if (!row) throw new Error(`The graph has no ${what}.`);
  return row;
}

async function pick(target: WriteTarget): Promise<Picks> {
  type Quote = { sourceId: string; quote: string; start: number };
  const largest = await one<{ placeId: string; countryId: string; beneath: number; evidence: Quote | null }>(target, 'bench/largest-place', {}, 'place in a country');
  const other = await one<{ id: string }>(target, 'bench/other-country', { countryId: largest.countryId }, 'second country');
  const evidence = largest.evidence ?? (await one<{ evidence: Quote }>(target, 'bench/any-evidence', {}, 'quote')).evidence;
  const organiser = await one<{ id: string; organized: number; nameEn: string }>(target, 'bench/hub-organiser', {}, 'organisation');
  const funder = await one<{ id: string; funded: number; programId: string }>(target, 'bench/hub-funder', {}, 'funder of a program');
  return {
    place: { id: largest.placeId, beneath: largest.beneath },
    located: { from: largest.countryId, to: other.id },
    evidence: { sourceId: evidence.sourceId, quote: evidence.quote, start: evidence.start },
    organiser,
    funder,
  };
}

/** JSON with every object's keys in order, and without version counters (a revert restores values, not versions). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'version') return undefined;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
  });
}

/** The facts of the nodes with these ids (an absent id counts nothing): what every revert must bring back. */
export async function touchedFacts(target: WriteTarget, ids: readonly string[]): Promise<FactsDigest> {
  const found = await rows<{ id: string; labels: string[]; properties: Record<string, unknown>; relationships: unknown[] }>(target, 'bench/touched-facts', { ids: [...new Set(ids)].sort() });
  const entries = found
    .map((row) => canonical([row.id, [...row.labels].sort(), row.properties, row.relationships.map(canonical).sort()]))
    .sort();
  return {
    nodes: found.length,
    relationships: found.reduce((n, row) => n + row.relationships.length, 0),
    sha256: createHash('sha256').update(entries.join('\n')).digest('hex'),
  };
}

interface Outcome<T> { readonly ms: number; readonly data: T | null; readonly error: string | null }

/** The first error of a response as `CODE: message` (with the first of BAD_USER_INPUT's problems). */
function errorText(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): string {
  const [first] = errors;
  const problems = first.extensions?.problems as { message?: string }[] | undefined;
  const detail = problems?.[0]?.message ? ` (${problems[0].message})` : '';
  return `${String(first.extensions?.code ?? 'ERROR')}: ${first.message}${detail}`.slice(0, 400);
}

/** What a scenario sends in one round, with the versions read just before. */
function changesOf(name: WriteScenarioName, picks: Picks, round: { eventId: string; locatedIn: { id: string; version: number }; organiserVersion: number }, tag: string): ChangeInput[] {
  const evidence = [picks.evidence];
  switch (name) {
    case 'move the largest governorate':
      return [
        { removeRelationship: { id: round.locatedIn.id, version: round.locatedIn.version } },
        { addRelationship: { type: 'LOCATED_IN', from: picks.place.id, to: picks.located.to, basis: 'GAZETTEER', evidence } },
      ];
    case 'add an event to a hub':
      return [
        { createEvent: { id: round.eventId, kind: 'WORKSHOP', titleAr: 'ورشة قياس', titleEn: `Bench write ${tag}`, date: '2024-06-15', datePrecision: 'DAY', evidence } },
        { addRelationship: { type: 'HELD_IN', from: round.eventId, to: picks.place.id, evidence } },
        { addRelationship: { type: 'ORGANIZED', from: picks.organiser.id, to: round.eventId, role: 'lead', evidence } },
        { addRelationship: { type: 'PART_OF', from: round.eventId, to: picks.funder.programId, evidence } },
      ];
    case 'rename an organisation':
      return [{ updateOrganization: { id: picks.organiser.id, version: round.organiserVersion, nameEn: `${picks.organiser.nameEn} (bench ${tag})` } }];
  }
}

/** The versions an editor would read now: the moved place's LOCATED_IN (a revert advances it) and the organiser's. */
async function versionsNow(target: WriteTarget, picks: Picks): Promise<{ locatedIn: { id: string; version: number }; organiserVersion: number }> {
  const locatedIn = await one<{ id: string; version: number }>(target, 'bench/located-in-version', { from: picks.place.id, to: picks.located.from }, `LOCATED_IN from ${picks.place.id} to ${picks.located.from}`);
  const organiser = await one<{ version: number }>(target, 'bench/node-version', { id: picks.organiser.id }, picks.organiser.id);
  return { locatedIn, organiserVersion: organiser.version };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function subjectOf(name: WriteScenarioName, picks: Picks): string {
  switch (name) {
    case 'move the largest governorate':
      return `${picks.place.id} (${picks.place.beneath.toLocaleString('en')} beneath) from ${picks.located.from} to ${picks.located.to}`;
    case 'add an event to a hub':
      return `held in ${picks.place.id}, organised by ${picks.organiser.id} (${picks.organiser.organized.toLocaleString('en')} ORGANIZED), part of ${picks.funder.programId} of ${picks.funder.id} (${picks.funder.funded.toLocaleString('en')} FUNDED)`;
    case 'rename an organisation':
      return `${picks.organiser.id}'s nameEn`;
  }
}

function timing(samples: number[]): WriteTiming | null {
  return samples.length === 0 ? null : { n: samples.length, p50: percentiles(samples).p50, max: Math.max(...samples), samples };
}

/**
 * Runs the write scenarios `rounds` times on the target's graph, each apply reverted at once. GraphQL errors
 * are recorded, never thrown: a scenario whose apply fails stops; a failed revert stops every scenario, since
 * the graph is then no longer the one measured (the facts digest says what stayed changed).
 */
export async function measureWrites(
  target: WriteTarget,
  schema: GraphQLSchema,
  options: { rounds: number; log: (line: string) => void },
): Promise<WritesReport> {
  const tag = Date.now().toString(36);
  const eventIds = Array.from({ length: options.rounds }, (_, round) => `event:2024-06-15-bench-write-${tag}-${round + 1}`);
  let picks: Picks;
  let ids: string[];
  let before: FactsDigest;
  try {
    picks = await pick(target);
    ids = [picks.place.id, picks.located.from, picks.located.to, picks.organiser.id, picks.funder.id, picks.funder.programId, picks.evidence.sourceId, ...eventIds];
    before = await touchedFacts(target, ids);
  } catch (error) {
    return { rounds: options.rounds, scenarios: [], error: messageOf(error), facts: null };
  }

  const apollo: ApolloServer<JisrContext> = createApollo({ schema, repositories: target.repositories, logger: createLogger('silent'), introspection: false });
  await apollo.start();
  const run = async <T>(query: typeof ApplyChangesDocument | typeof RevertBatchDocument, variables: Record<string, unknown>): Promise<Outcome<T>> => {
    const contextValue = createContext(target.repositories, undefined, undefined, BENCH_EDITOR);
    const started = performance.now();
    try {
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      const ms = performance.now() - started;
      const single = response.body.kind === 'single' ? response.body.singleResult : null;
      if (!single) return { ms, data: null, error: 'INCREMENTAL: expected a single result' };
      return { ms, data: (single.data ?? null) as T | null, error: single.errors?.length ? errorText(single.errors) : null };
    } catch (error) {
      return { ms: performance.now() - started, data: null, error: `THROWN: ${messageOf(error)}` };
    }
  };

  const state = new Map(WRITE_SCENARIOS.map((name) => [name, { apply: [] as number[], revert: [] as number[], changes: 0, error: null as string | null }]));
  try {
    let reverted = true;
    for (let round = 0; round < options.rounds && reverted; round++) {
      for (const name of WRITE_SCENARIOS) {
        const s = state.get(name)!;
        if (s.error) continue;
        let changes: ChangeInput[];
        try {
          changes = changesOf(name, picks, { eventId: eventIds[round], ...(await versionsNow(target, picks)) }, `${tag}-${round + 1}`);
        } catch (error) {
          s.error = `reading the versions: ${messageOf(error)}`;
          options.log(`   writes: ${name} failed: ${s.error}`);
          continue;
        }
        const applied = await run<{ applyChanges: { batchId: string; changes: unknown[] } }>(ApplyChangesDocument, { changes });
        const batchId = applied.data?.applyChanges?.batchId;
        if (applied.error || !batchId) {
          s.error = `apply: ${applied.error ?? 'no batch id'}`;
          options.log(`   writes: ${name} failed: ${s.error}`);
          continue;
        }
        s.apply.push(applied.ms);
        s.changes = applied.data!.applyChanges.changes.length;
        const undone = await run<{ revertBatch: { batchId: string } }>(RevertBatchDocument, { batchId });
        if (undone.error) {
          s.error = `revert of ${batchId}: ${undone.error}`;
          options.log(`   writes: ${name} was applied but not reverted (batch ${batchId}): ${undone.error}`);
          reverted = false;
          break;
        }
        s.revert.push(undone.ms);
      }
      options.log(`writes round ${round + 1}/${options.rounds}`);
    }
  } finally {
    await apollo.stop();
  }

  const after = await touchedFacts(target, ids);
  const restored = after.sha256 === before.sha256 && after.nodes === before.nodes && after.relationships === before.relationships;
  if (!restored) options.log(`   writes: the touched facts are NOT as before (${before.nodes} nodes, ${before.relationships} relationships, then ${after.nodes} and ${after.relationships})`);
  return {
    rounds: options.rounds,
    error: null,
    facts: { ids, before, after, restored },
    scenarios: WRITE_SCENARIOS.map((name) => {
      const s = state.get(name)!;
      return { name, subject: subjectOf(name, picks), apply: timing(s.apply), revert: timing(s.revert), changes: s.changes, error: s.error };
    }),
  };
}

/** What went wrong in a size's writes, one line each; empty when every write and revert answered and the facts came back. */
export function writeProblems(label: string, writes: WritesReport | undefined): string[] {
  if (!writes) return [];
  const problems = writes.error ? [`${label}: the write scenarios could not be prepared: ${writes.error}`] : [];
  for (const s of writes.scenarios) if (s.error) problems.push(`${label}: ${s.name}: ${s.error}`);
  if (writes.facts && !writes.facts.restored) problems.push(`${label}: the touched facts were not restored (${writes.facts.ids.join(', ')})`);
  return problems;
}
