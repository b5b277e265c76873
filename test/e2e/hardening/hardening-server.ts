import pino from 'pino';
import { buildJisrSchema } from '../../../src/schema/build-schema';
import { createServer, type ServerOptions } from '../../../src/server/server';
import { connect } from '../../helpers/test-database';

/** The real HTTP server over the test Neo4j on a free port, its log lines kept for the test to read. */
export interface HardeningServer {
  readonly url: string;
  /** Every line the server logged, as written (each must be one JSON object). */
  readonly logLines: string[];
  stop(): Promise<void>;
}

export async function startHardeningServer(overrides: Partial<Omit<ServerOptions, 'executor' | 'repositories' | 'logger'>> = {}): Promise<HardeningServer> {
  const { executor, repositories, close } = connect();
  const logLines: string[] = [];
  const logger = pino({ level: 'info', base: { service: 'jisr' } }, {
    write: (chunk: string) => {
      logLines.push(...chunk.split('\n').filter((line) => line !== ''));
    },
  });
  const server = await createServer({
    schema: await buildJisrSchema(),
    executor,
    repositories,
    logger,
    introspection: true,
    maxBodyBytes: 102_400,
    ...overrides,
  });
  const url = await server.start(0, '127.0.0.1');
  return {
    url,
    logLines,
    stop: async () => {
      await server.stop();
      await close();
    },
  };
}

/** How many Cypher statements the server ran so far, from its request log. */
export const statementsRun = (server: HardeningServer) => server.logLines
  .map((line) => JSON.parse(line) as { statements?: number })
  .reduce((sum, line) => sum + (line.statements ?? 0), 0);

export const postGraphQL = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** Milliseconds one call takes. */
export async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await call();
  return { value, ms: performance.now() - started };
}

/** The median of a few /healthz round trips on an idle server: the baseline another client's latency is held to. */
export async function healthzBaseline(url: string, samples = 9): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push((await timed(() => fetch(`${url}/healthz`).then((r) => r.text()))).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * Runs `load` while another client polls /healthz, and returns the median /healthz latency seen. The median,
 * not the slowest: on a shared machine one poll can wait for the scheduler, while a load that starves the
 * event loop (a probe answered after seconds of work) slows most polls. Generous bound for the caller: a
 * median slower than ten times the baseline plus 250 ms means the load starved it.
 */
export async function medianHealthzDuring(url: string, load: () => Promise<unknown>): Promise<number> {
  let done = false;
  const times: number[] = [];
  const poller = (async () => {
    while (!done) {
      times.push((await timed(() => fetch(`${url}/healthz`).then((r) => r.text()))).ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    await load();
  } finally {
    done = true;
    await poller;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export const starvationBound = (baselineMs: number) => 10 * baselineMs + 250;
