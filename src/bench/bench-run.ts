/**
 * How the bench measures, on one Neo4j and one data set:
 * 1. capture: each question runs once through Jisr (its own executor over a capturing driver) and once through
 *    @neo4j/graphql; the statements each sent are kept with their parameters and waves;
 * 2. PROFILE: each captured statement is profiled; db hits are summed and the plan's leaf operators kept;
 * 3. latency: after warm-up rounds, interleaved rounds (every question, every target, the target order rotating
 *    from round to round so that no target always follows another), one request at a time; p50 and p99;
 * 4. throughput: autocannon at each concurrency, target after target per question, with each target's own
 *    event-loop delay and CPU over the run.
 * Times are wall-clock on a shared machine: compare ratios within one run, never absolute numbers across runs.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import autocannon from 'autocannon';
import { graphql, type GraphQLSchema, parse, print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { cypherRegistry } from '../composition';
import { REPO_ROOT } from '../config';
import { createContext, createRepositories, type JisrContext } from '../context/context';
import { Neo4jExecutor } from '../neo4j/executor';
import { createApollo } from '../server/server';
import type { Question } from './questions';
import { type TargetKind, type TargetStats, type Waves, runWaves } from './bench-targets';
import { STACK_FLOOR_QUERY, withTypenames } from './stack-floor';
import { buildNeo4jGraphqlSchema } from './neo4j-graphql-schema';
import { type CapturedStatement, capturingDriver, decodeParams, encodeParams, wavesOf } from './statement-capture';

/** The four ways a question is answered: the driver in the bench's own process, and the three servers. */
export type Way = 'driver' | TargetKind;
export const WAYS: readonly Way[] = ['driver', 'floor', 'stack-floor', 'typed-stack-floor', 'jisr', 'neo4j-graphql'];

export interface PlanSummary {
  /** Set when the statement failed under PROFILE (say, out of transaction memory); the rest is then empty. */
  readonly error?: string;
  readonly dbHits: number;
  /**
   * The most memory Neo4j charged the statement at any one time (PROFILE's GlobalMemory): what counts against
   * the transaction memory limit, which a statement can pass at a million nodes with few db hits.
   */
  readonly memoryBytes: number;
  readonly rows: number;
  /** Operators that read from the store without a seek: label, all-nodes and relationship-type scans, index scans. */
  readonly scans: { operator: string; rows: number }[];
}

export interface Capture {
  readonly question: Question;
  readonly jisr: {
    waves: CapturedStatement[][]; error: string | null; bytes: number; plans: PlanSummary[];
    /** Jisr's answer (`data`), and the same with every object's `__typename`, which the typed stack's floor answers from. */
    data: unknown; typed: Record<string, unknown> | null;
  };
  readonly neo4jGraphql: { statements: CapturedStatement[]; error: string | null; bytes: number; plans: PlanSummary[] } | null;
}

export interface Percentiles { readonly n: number; readonly p50: number; readonly p99: number; readonly mean: number }

export interface ThroughputResult {
  readonly requestsPerSecond: number;
  readonly latencyP50: number;
  readonly latencyP99: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly target: TargetStats | null;
}

export interface QuestionResult {
  readonly name: string;
  readonly bounded: boolean;
  readonly jisrStatements: number;
  readonly jisrWaves: number;
  readonly jisrDbHits: number;
  /** The most memory Neo4j charged one of Jisr's statements (PlanSummary.memoryBytes); absent from reports before it was measured. */
  readonly jisrMemoryBytes?: number;
  readonly jisrScans: PlanSummary['scans'];
  readonly jisrError: string | null;
  readonly jisrBytes: number;
  readonly neo4jGraphqlStatements: number | null;
  readonly neo4jGraphqlDbHits: number | null;
  readonly neo4jGraphqlError: string | null;
  readonly latency: Partial<Record<Way, Percentiles>>;
  /** By concurrency ("10", "50"), then by target. */
  readonly throughput: Record<string, Partial<Record<TargetKind, ThroughputResult>>>;
  /** Requests that failed, by way (the floor answers 500 when a statement fails; Jisr answers 200 with errors). */
  readonly failures: Partial<Record<Way, number>>;
  /** Statements per request as each server counted them during the latency rounds. */
  readonly statementsPerRequest: Partial<Record<TargetKind, number>>;
}

export interface RunSettings {
  readonly warmupRounds: number;
  readonly rounds: number;
  /**
   * Requests per question and way in each round, interleaved way after way: one sample per round made p99 the
   * largest of as many samples as rounds (10 rounds: the maximum). Questions slower than SLOW_FOR_SAMPLES_MS
   * take one per round, so a slow analysis does not hold the run for minutes.
   */
  readonly samplesPerRound?: number;
  readonly connections: readonly number[];
  readonly durationSeconds: number;
  readonly targets: readonly TargetKind[];
  readonly log: (line: string) => void;
}

const silentLogger = pino({ level: 'silent' });

/**
 * Runs every question once through Jisr and @neo4j/graphql with capturing drivers; then PROFILEs what they sent. With
 * `typed`, Jisr answers each question once more with its type names, for the typed stack's floor: a second answer that
 * a run without that target would compute for nothing (Yemen's 3W matrix takes a second at a million nodes).
 */
export async function captureQuestions(
  driver: Driver, database: string, jisrSchema: GraphQLSchema, questions: readonly Question[], options: { typed?: boolean } = {},
): Promise<Capture[]> {
  let sink: CapturedStatement[] | undefined;
  const capturing = capturingDriver(driver, () => sink);
  const executor = new Neo4jExecutor(capturing, cypherRegistry(), { database, transactionTimeoutMs: 300_000 });
  const repositories = createRepositories(executor);
  const apollo: ApolloServer<JisrContext> = createApollo({ schema: jisrSchema, repositories, logger: silentLogger, introspection: false });
  await apollo.start();
  const neo4jGraphqlSchema = await buildNeo4jGraphqlSchema(capturing);
  // The library checks the database's version and edition on its first request; that is not a request's cost.
  await graphql({ schema: neo4jGraphqlSchema, source: '{ sources(limit: 1) { id } }', contextValue: { sessionConfig: { database } } });
  const captures: Capture[] = [];
  try {
    for (const question of questions) {
      sink = [];
      const response = await apollo.executeOperation({ query: question.jisr, variables: question.variables as Record<string, unknown> }, { contextValue: createContext(repositories) });
      const single = response.body.kind === 'single' ? response.body.singleResult : null;
      const jisrStatements = sink;
      const jisr = {
        waves: wavesOf(jisrStatements),
        error: single?.errors?.length ? `${String(single.errors[0].extensions?.code)}: ${single.errors[0].message}` : null,
        bytes: JSON.stringify(single?.data ?? null).length,
        plans: [] as PlanSummary[],
        data: single?.data ?? null,
        typed: null as Record<string, unknown> | null,
      };
      let neo4jGraphql: Capture['neo4jGraphql'] = null;
      if (question.neo4jGraphql) {
        sink = [];
        const result = await graphql({ schema: neo4jGraphqlSchema, source: question.neo4jGraphql, contextValue: { sessionConfig: { database } } });
        neo4jGraphql = {
          statements: sink,
          error: result.errors?.length ? result.errors[0].message : null,
          bytes: JSON.stringify(result.data ?? null).length,
          plans: [],
        };
      }
      sink = undefined;
      if (options.typed) {
        const typed = await apollo.executeOperation({ query: print(withTypenames(parse(question.jisr))), variables: question.variables as Record<string, unknown> }, { contextValue: createContext(repositories) });
        jisr.typed = typed.body.kind === 'single' ? (typed.body.singleResult.data ?? null) : null;
      }
      for (const statement of jisrStatements) jisr.plans.push(await profile(driver, database, statement));
      if (neo4jGraphql) for (const statement of neo4jGraphql.statements) neo4jGraphql.plans.push(await profile(driver, database, statement));
      captures.push({ question, jisr, neo4jGraphql });
    }
  } finally {
    await apollo.stop();
  }
  return captures;
}

interface PlanNode { operatorType: string; dbHits?: unknown; rows?: unknown; arguments?: { GlobalMemory?: unknown }; children: PlanNode[] }

const SCAN = /AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|RelationshipTypeScan|NodeIndexScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan/;

/** PROFILE of one statement with its own parameters: total db hits, rows out, and every scan with its rows. */
export async function profile(driver: Driver, database: string, statement: Pick<CapturedStatement, 'text' | 'params'>): Promise<PlanSummary> {
  // A leading `CYPHER 5` (as @neo4j/graphql writes) must stay first; PROFILE follows it.
  const match = /^(\s*CYPHER\s+\d+\s+)/i.exec(statement.text);
  const text = match ? `${match[1]}PROFILE ${statement.text.slice(match[1].length)}` : `PROFILE ${statement.text}`;
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(text, statement.params).catch((error: unknown) => error as Error);
    if (result instanceof Error) return { error: result.message.slice(0, 200), dbHits: 0, memoryBytes: 0, rows: 0, scans: [] };
    const root = result.summary.profile as unknown as PlanNode;
    const summary = { dbHits: 0, memoryBytes: Number(root.arguments?.GlobalMemory ?? 0), rows: Number(root.rows ?? 0), scans: [] as PlanSummary['scans'] };
    const walk = (node: PlanNode) => {
      summary.dbHits += Number(node.dbHits ?? 0);
      const operator = node.operatorType.replace(/@.*/, '');
      if (SCAN.test(operator)) summary.scans.push({ operator, rows: Number(node.rows ?? 0) });
      node.children.forEach(walk);
    };
    walk(root);
    return summary;
  } finally {
    await session.close();
  }
}

/** The captured waves, as the floor target reads them (parameters with their integers marked). */
export function writeWaves(captures: readonly Capture[], file: string): void {
  const waves: Waves = Object.fromEntries(captures.map((c) => [c.question.name, c.jisr.waves.map((wave) => wave.map((s) => ({ text: s.text, params: encodeParams(s.params) })))]));
  writeFileSync(file, JSON.stringify(waves));
}

/** Jisr's answers with their type names, as the typed stack's floor reads them. */
export function writeAnswers(captures: readonly Capture[], file: string): void {
  writeFileSync(file, JSON.stringify(Object.fromEntries(captures.filter((c) => c.jisr.typed).map((c) => [c.question.name, c.jisr.typed]))));
}

/**
 * Asks the typed stack's floor every question once and throws unless it answers Jisr's very `data`: its times stand
 * for the completion of Jisr's answers only as long as those are what it completes.
 */
export async function checkTypedAnswers(target: TargetProcess, captures: readonly Capture[]): Promise<void> {
  for (const capture of captures) {
    if (!capture.jisr.typed) continue;
    const request = requestOf(target, capture.question);
    const response = await fetch(request.url, { method: 'POST', headers: HEADERS, body: request.body });
    const body = await response.json() as { data?: unknown };
    if (JSON.stringify(body.data) !== JSON.stringify(capture.jisr.data)) {
      throw new Error(`The typed stack's floor did not answer Jisr's answer to ${JSON.stringify(capture.question.name)} (status ${response.status}): ${JSON.stringify(body).slice(0, 300)}`);
    }
  }
}

export interface TargetProcess {
  readonly kind: TargetKind;
  readonly url: string;
  stats(): Promise<TargetStats>;
  stop(): Promise<void>;
}

/**
 * Compiles the server as `npm start` does (tsc -b tsconfig.build.json: only what changed), so that the targets run
 * the JavaScript production runs. Under ts-node, source-map-support maps every stack the driver captures (two per
 * transaction) back to the TypeScript, a cost production does not pay.
 */
export function buildTargets(): void {
  const built = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`Building the bench's targets failed (tsc -b tsconfig.build.json):\n${built.stdout}${built.stderr}`);
}

/** Forks the compiled target process (src/bench/target-process.ts; buildTargets first) and waits until it listens. */
export async function forkTarget(kind: TargetKind, uri: string, database: string, files: { waves: string; answers: string }): Promise<TargetProcess> {
  const child: ChildProcess = fork(path.join(REPO_ROOT, 'dist/src/bench/target-process.js'), [JSON.stringify({ kind, uri, database, wavesFile: files.waves, answersFile: files.answers })], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${kind} target exited with ${String(code)} before it listened`)));
    child.on('message', (message: { type: string; url?: string }) => {
      if (message.type === 'ready') resolve(message.url!);
    });
  });
  child.removeAllListeners('exit');
  let nextId = 0;
  return {
    kind,
    url,
    stats: () => new Promise((resolve) => {
      const id = nextId++;
      const onMessage = (message: { type: string; id?: number; stats?: TargetStats }) => {
        if (message.type === 'stats' && message.id === id) {
          child.off('message', onMessage);
          resolve(message.stats!);
        }
      };
      child.on('message', onMessage);
      child.send({ type: 'stats', id });
    }),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.send({ type: 'stop' });
    }),
  };
}

/** What one HTTP request to a target for a question looks like. */
export function requestOf(target: TargetProcess, question: Question): { url: string; body: string } {
  if (target.kind === 'floor') return { url: `${target.url}/${encodeURIComponent(question.name)}`, body: '{}' };
  if (target.kind === 'stack-floor') return { url: target.url, body: JSON.stringify({ query: STACK_FLOOR_QUERY, variables: { name: question.name } }) };
  if (target.kind === 'typed-stack-floor') return { url: `${target.url}/${encodeURIComponent(question.name)}`, body: JSON.stringify({ query: question.jisr, variables: question.variables ?? {} }) };
  const query = target.kind === 'neo4j-graphql' ? question.neo4jGraphql! : question.jisr;
  return { url: target.url, body: JSON.stringify({ query, variables: question.variables ?? {} }) };
}

const HEADERS = { 'content-type': 'application/json' };

/** The time of one request; a failed one (the floor's statement ran out of memory, say) is timed all the same. */
async function timeRequest(request: { url: string; body: string }): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(request.url, { method: 'POST', headers: HEADERS, body: request.body });
  await response.arrayBuffer();
  return { ms: performance.now() - started, ok: response.status === 200 };
}

/** Questions slower than this at p50 get no load runs. */
/** A question whose statements took longer than this through the driver last time is sampled once per round. */
const SLOW_FOR_SAMPLES_MS = 250;
const SLOW_FOR_LOAD_MS = 1_000;

/** Waits (at most a minute) until the target has answered every request a load run left in flight. */
async function drained(target: TargetProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until && (await target.stats()).inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 200));
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  return { n: sorted.length, p50: at(50), p99: at(99), mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1) };
}

/** Latency and throughput of every question on every target and the in-process driver. */
export async function measure(
  driver: Driver,
  database: string,
  captures: readonly Capture[],
  targets: readonly TargetProcess[],
  settings: RunSettings,
): Promise<QuestionResult[]> {
  const samples = new Map<string, Partial<Record<Way, number[]>>>(captures.map((c) => [c.question.name, {}]));
  const decodedWaves = new Map(captures.map((c) => [c.question.name, c.jisr.waves.map((wave) => wave.map((s) => ({ text: s.text, params: decodeParams(encodeParams(s.params)) as Record<string, unknown> })))]));
  const ways = (capture: Capture): Way[] => ['driver' as Way, ...targets.map((t) => t.kind)].filter((way) => way !== 'neo4j-graphql' || capture.neo4jGraphql !== null);
  const failures = new Map<string, Partial<Record<Way, number>>>();
  const once = async (capture: Capture, way: Way): Promise<number> => {
    let outcome: { ms: number; ok: boolean };
    if (way === 'driver') {
      const started = performance.now();
      const ok = await runWaves(driver, database, decodedWaves.get(capture.question.name)!).then(() => true, () => false);
      outcome = { ms: performance.now() - started, ok };
    } else {
      outcome = await timeRequest(requestOf(targets.find((t) => t.kind === way)!, capture.question));
    }
    if (!outcome.ok) {
      const counts = failures.get(capture.question.name) ?? {};
      counts[way] = (counts[way] ?? 0) + 1;
      failures.set(capture.question.name, counts);
    }
    return outcome.ms;
  };

  const totalRounds = settings.warmupRounds + settings.rounds;
  // Each question's last time through the driver (its statements alone): a warm round's, once past the first,
  // so that a cold first request does not make a fast question look slow.
  const lastDriverMs = new Map<string, number>();
  for (const target of targets) await target.stats();
  const perRequest = new Map<string, Partial<Record<TargetKind, { requests: number; statements: number }>>>();
  for (let round = 0; round < totalRounds; round++) {
    const measuring = round >= settings.warmupRounds;
    for (const [q, capture] of captures.entries()) {
      const list = ways(capture);
      const repeats = (lastDriverMs.get(capture.question.name) ?? 0) > SLOW_FOR_SAMPLES_MS ? 1 : Math.max(1, settings.samplesPerRound ?? 1);
      for (let sample = 0; sample < repeats; sample++) {
        for (let k = 0; k < list.length; k++) {
          const way = list[(k + round + q + sample) % list.length];
          const ms = await once(capture, way);
          if (way === 'driver') lastDriverMs.set(capture.question.name, ms);
          if (measuring) (samples.get(capture.question.name)![way] ??= []).push(ms);
        }
      }
      // Statement counts per request, as each server counted them, from the questions' own requests.
      for (const target of targets) {
        const stats = await target.stats();
        const entry = (perRequest.get(capture.question.name) ?? {})[target.kind] ?? { requests: 0, statements: 0 };
        entry.requests += stats.requests;
        entry.statements += stats.statements;
        perRequest.set(capture.question.name, { ...perRequest.get(capture.question.name), [target.kind]: entry });
      }
    }
    settings.log(`round ${round + 1}/${totalRounds}${measuring ? '' : ' (warm-up)'}`);
  }

  const throughput = new Map<string, Record<string, Partial<Record<TargetKind, ThroughputResult>>>>();
  if (settings.durationSeconds > 0) {
    for (const [q, capture] of captures.entries()) {
      // A load run of a few seconds says nothing of a question that takes a second or more to answer; and the
      // statements its clients leave running would load the next run.
      const slowest = Math.max(...Object.values(samples.get(capture.question.name)!).map((list) => percentiles(list).p50));
      if (slowest > SLOW_FOR_LOAD_MS) {
        settings.log(`throughput ${q + 1}/${captures.length}: ${capture.question.name} skipped (p50 ${slowest.toFixed(0)} ms)`);
        continue;
      }
      const byConnections: Record<string, Partial<Record<TargetKind, ThroughputResult>>> = {};
      for (const connections of settings.connections) {
        const list = targets.filter((t) => t.kind !== 'neo4j-graphql' || capture.neo4jGraphql !== null);
        const row: Partial<Record<TargetKind, ThroughputResult>> = {};
        for (let k = 0; k < list.length; k++) {
          const target = list[(k + q) % list.length];
          await target.stats();
          const request = requestOf(target, capture.question);
          const result = await autocannon({
            url: request.url, method: 'POST', headers: HEADERS, body: request.body, connections, duration: settings.durationSeconds,
          });
          row[target.kind] = {
            requestsPerSecond: result.requests.average,
            latencyP50: result.latency.p50,
            latencyP99: result.latency.p99,
            errors: result.errors + result.timeouts,
            non2xx: result.non2xx,
            target: await target.stats(),
          };
          await drained(target);
        }
        byConnections[String(connections)] = row;
      }
      throughput.set(capture.question.name, byConnections);
      settings.log(`throughput ${q + 1}/${captures.length}: ${capture.question.name}`);
    }
  }

  return captures.map((capture) => {
    const name = capture.question.name;
    const latency = Object.fromEntries(Object.entries(samples.get(name)!).map(([way, list]) => [way, percentiles(list)]));
    const counted = perRequest.get(name) ?? {};
    return {
      name,
      bounded: capture.question.bounded,
      jisrStatements: capture.jisr.waves.flat().length,
      jisrWaves: capture.jisr.waves.length,
      jisrDbHits: capture.jisr.plans.reduce((n, p) => n + p.dbHits, 0),
      jisrMemoryBytes: Math.max(0, ...capture.jisr.plans.map((p) => p.memoryBytes)),
      jisrScans: capture.jisr.plans.flatMap((p) => p.scans),
      jisrError: capture.jisr.error ?? capture.jisr.plans.find((p) => p.error)?.error ?? null,
      jisrBytes: capture.jisr.bytes,
      neo4jGraphqlStatements: capture.neo4jGraphql?.statements.length ?? null,
      neo4jGraphqlDbHits: capture.neo4jGraphql ? capture.neo4jGraphql.plans.reduce((n, p) => n + p.dbHits, 0) : null,
      neo4jGraphqlError: capture.neo4jGraphql?.error ?? null,
      latency,
      failures: failures.get(name) ?? {},
      throughput: throughput.get(name) ?? {},
      statementsPerRequest: Object.fromEntries(Object.entries(counted).filter(([, c]) => c.requests > 0).map(([kind, c]) => [kind, c.statements / c.requests])),
    };
  });
}
