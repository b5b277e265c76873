/**
 * The servers the bench compares, each started in a process of its own (src/bench/target-process.ts, compiled) so
 * that its event loop is measured alone, and the load generator's work is not counted against it:
 * - `jisr`: the real server (`createServer` over the composition root), as `npm start` runs it;
 * - `floor`: a bare `node:http` server that runs the very statements Jisr sends for a question, in the same
 *   waves (parallel within a wave, one session each), and answers the rows as JSON: no GraphQL at all;
 * - `stack-floor`: the stack Jisr is built on (Apollo Server, graphql-js, type-graphql) running the floor's statements
 *   in one field, and nothing of Jisr's (src/bench/stack-floor.ts): what the required stack costs at the least;
 * - `typed-stack-floor`: Apollo Server and graphql-js serving Jisr's schema and query, completing Jisr's captured
 *   answer field by field after the same statements (src/bench/stack-floor.ts): the least any server answering
 *   Jisr's schema on the required stack costs;
 * - `neo4j-graphql`: @neo4j/graphql over typeDefs of the same graph, served by Apollo Server.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { printSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { composeJisr } from '../composition';
import { createServer } from '../server/server';
import { buildJisrSchema } from '../schema/build-schema';
import { buildNeo4jGraphqlSchema } from './neo4j-graphql-schema';
import { type CapturedStatement, capturingDriver, decodeParams, recordsToJson } from './statement-capture';

export type TargetKind = 'jisr' | 'floor' | 'stack-floor' | 'typed-stack-floor' | 'neo4j-graphql';
export const TARGET_KINDS: readonly TargetKind[] = ['floor', 'stack-floor', 'typed-stack-floor', 'jisr', 'neo4j-graphql'];
/**
 * The targets of a run that names none: those issue 12's targets are set against. The stack's floors only explain a
 * floor ratio (which part of it is the required stack's); asked for by name, each adds a quarter to a run's time.
 */
export const DEFAULT_TARGET_KINDS: readonly TargetKind[] = ['floor', 'jisr', 'neo4j-graphql'];

export interface TargetOptions {
  readonly kind: TargetKind;
  readonly uri: string;
  readonly database: string;
  /** floor and stack-floor: the waves of each question, by question name (JSON written by the bench). */
  readonly wavesFile?: string;
  /** typed-stack-floor: Jisr's answers with their type names, by question name (JSON written by the bench). */
  readonly answersFile?: string;
}

/** What a target reports between measurements; each report starts a new measurement window. */
export interface TargetStats {
  /** Event-loop delay over the window, ms. */
  readonly eventLoop: { p50: number; p99: number; max: number; mean: number };
  readonly requests: number;
  readonly statements: number;
  /** Requests still being answered now (a load run's clients may have gone; their statements still run). */
  readonly inFlight: number;
  /** CPU time of the process over the window, ms. */
  readonly cpuMs: number;
}

export interface RunningTarget {
  readonly url: string;
  stats(): TargetStats;
  stop(): Promise<void>;
}

export type Waves = Record<string, { text: string; params: unknown }[][]>;

const NEO4J_AUTH = () => ({ user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || '' });

/** Event-loop delay, CPU and counters since the last call. */
function windowedStats(counts: () => { requests: number; statements: number; inFlight: number }, reset: () => void): () => TargetStats {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
    const stats: TargetStats = {
      eventLoop: { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), mean: ms(histogram.mean) },
      ...counts(),
      cpuMs: (used.user + used.system) / 1000,
    };
    histogram.reset();
    reset();
    return stats;
  };
}

export async function startTarget(options: TargetOptions): Promise<RunningTarget> {
  switch (options.kind) {
    case 'jisr': return startJisr(options);
    case 'floor': return startFloor(options);
    case 'stack-floor':
    case 'typed-stack-floor': return startStackFloorTarget(options);
    case 'neo4j-graphql': return startNeo4jGraphql(options);
    default: {
      const unreachable: never = options.kind;
      throw new Error(`Unknown bench target ${String(unreachable)}`);
    }
  }
}

async function startJisr(options: TargetOptions): Promise<RunningTarget> {
  const core = composeJisr({ uri: options.uri, ...NEO4J_AUTH(), database: options.database, transactionTimeoutMs: 120_000 });
  let requests = 0;
  let statements = 0;
  let started = 0;
  let answered = 0;
  // Jisr logs one line per request with its statement count, at info as `npm start` does; the bench reads
  // the count from there instead of writing the lines to a terminal.
  const logLines = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.includes('"graphql request"')) continue;
        requests++;
        answered++;
        statements += (JSON.parse(line) as { statements: number }).statements;
      }
      done();
    },
  });
  const logger = pino({ level: 'info', base: { service: 'jisr' } }, logLines);
  const server = await createServer({
    schema: await buildJisrSchema(), executor: core.executor, repositories: core.repositories, logger,
    introspection: false, maxBodyBytes: 1_000_000,
  });
  server.httpServer.on('request', () => { started++; });
  const url = await server.start(0, '127.0.0.1');
  return {
    url: `${url}/graphql`,
    stats: windowedStats(() => ({ requests, statements, inFlight: started - answered }), () => { requests = 0; statements = 0; }),
    stop: async () => {
      await server.stop();
      await core.close();
    },
  };
}

/** The captured waves of every question, their parameters decoded, as the floors run them. */
function readWaves(options: TargetOptions): Map<string, { text: string; params: Record<string, unknown> }[][]> {
  const waves = JSON.parse(readFileSync(options.wavesFile!, 'utf8')) as Waves;
  return new Map(Object.entries(waves).map(([name, list]) => [name, list.map((wave) => wave.map((s) => ({ text: s.text, params: decodeParams(s.params) as Record<string, unknown> })))]));
}

async function startFloor(options: TargetOptions): Promise<RunningTarget> {
  const neo4jDriver = (await import('neo4j-driver')).default;
  const { user, password } = NEO4J_AUTH();
  const driver = neo4jDriver.driver(options.uri, neo4jDriver.auth.basic(user, password), { disableLosslessIntegers: false });
  const decoded = readWaves(options);
  let requests = 0;
  let statements = 0;
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    const question = decoded.get(name);
    req.resume();
    req.on('end', () => {
      if (!question) {
        res.writeHead(404).end();
        return;
      }
      requests++;
      inFlight++;
      void runWaves(driver, options.database, question).finally(() => { inFlight--; }).then((rows) => {
        statements += question.reduce((n, wave) => n + wave.length, 0);
        const body = recordsToJson(rows);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      }, (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: windowedStats(() => ({ requests, statements, inFlight }), () => { requests = 0; statements = 0; }),
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

/** The statements of one request, wave after wave, each an auto-commit query of its own (as Jisr's executor runs a read). */
export async function runWaves(
  driver: Driver,
  database: string,
  waves: readonly (readonly { text: string; params: Record<string, unknown> }[])[],
): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (const wave of waves) {
    const results = await Promise.all(wave.map(async (statement) => {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        const result = await session.run(statement.text, statement.params);
        return result.records.map((record) => record.toObject());
      } finally {
        await session.close();
      }
    }));
    rows.push(...results);
  }
  return rows;
}

/** Either stack's floor: the rows as one scalar (`stack-floor`) or Jisr's answer completed field by field (`typed-stack-floor`). */
async function startStackFloorTarget(options: TargetOptions): Promise<RunningTarget> {
  const neo4jDriver = (await import('neo4j-driver')).default;
  const { startStackFloor, startTypedStackFloor } = await import('./stack-floor');
  const { user, password } = NEO4J_AUTH();
  // Plain numbers, as Jisr's driver gives: the rows are answered as they come.
  const driver = neo4jDriver.driver(options.uri, neo4jDriver.auth.basic(user, password), { disableLosslessIntegers: true });
  const decoded = readWaves(options);
  let statements = 0;
  const run = async (name: string) => {
    const question = decoded.get(name);
    if (!question) throw new Error(`No captured statements for the question ${JSON.stringify(name)}`);
    const rows = await runWaves(driver, options.database, question);
    statements += question.reduce((n, wave) => n + wave.length, 0);
    return rows;
  };
  const server = options.kind === 'typed-stack-floor'
    ? await startTypedStackFloor(
      printSchema(await buildJisrSchema()),
      new Map(Object.entries(JSON.parse(readFileSync(options.answersFile!, 'utf8')) as Record<string, Record<string, unknown>>)),
      run,
    )
    : await startStackFloor(run);
  let base = 0;
  return {
    url: server.url,
    stats: windowedStats(() => {
      const { requests, inFlight } = server.counts();
      return { requests: requests - base, inFlight, statements };
    }, () => { base = server.counts().requests; statements = 0; }),
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

async function startNeo4jGraphql(options: TargetOptions): Promise<RunningTarget> {
  const neo4jDriver = (await import('neo4j-driver')).default;
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { user, password } = NEO4J_AUTH();
  const driver = neo4jDriver.driver(options.uri, neo4jDriver.auth.basic(user, password));
  let requests = 0;
  let statements = 0;
  let inFlight = 0;
  // Counts the statements the library sends (one per root field, by its design).
  const counted: CapturedStatement[] = [];
  const schema = await buildNeo4jGraphqlSchema(capturingDriver(driver, () => counted));
  const apollo = new ApolloServer({
    schema,
    introspection: false,
    plugins: [{
      async requestDidStart() {
        inFlight++;
        return { async willSendResponse() { inFlight--; } };
      },
    }],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => {
      requests++;
      return { sessionConfig: { database: options.database } };
    },
  });
  return {
    url,
    stats: windowedStats(() => {
      statements = counted.length;
      return { requests, statements, inFlight };
    }, () => { requests = 0; counted.length = 0; }),
    stop: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
