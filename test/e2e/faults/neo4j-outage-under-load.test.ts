import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { startJisr, type RunningJisr } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { freePort } from '../../helpers/free-port';

/**
 * The fault drill of issue 8: a bounded load on 127.0.0.1 (20 connections, 20 s) while the local Neo4j that
 * Jisr supervises is frozen for 5 s and then killed. Jisr must not crash or answer 5xx; every failed request
 * carries DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; no request waits past the deadline (transaction timeout
 * + 1 s margin) by more than a second; the supervisor restarts Neo4j on the same data and service resumes
 * by itself, with the graph as it was. It runs its own Jisr and Neo4j: nothing else is touched.
 */

const TX_TIMEOUT_MS = 3_000;
const DEADLINE_MS = TX_TIMEOUT_MS + 1_000;
const QUERY = JSON.stringify({
  query: '{ node(id: "event:2009-06-18-jenin-open-meeting") { id ... on Event { title organizers { id } place { name } evidence { quote } } } }',
});

let jisr: RunningJisr;
let dataDir: string;
let logs: string[] = [];
const fatal: Error[] = [];

async function fingerprint(driver: Driver): Promise<string> {
  const session = driver.session();
  try {
    const nodes = await session.run('MATCH (n) WHERE n:Node OR n:Evidence RETURN n.id AS id, properties(n) AS p ORDER BY id');
    const rels = await session.run('MATCH (a:Node)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b, r.id');
    return JSON.stringify([nodes.records.map((r) => r.toObject()), rels.records.map((r) => r.toObject())]);
  } finally {
    await session.close();
  }
}

type Answer = { data?: { node?: { id: string } | null }; errors?: { extensions?: { code?: string } }[] };

/** The drill's question, asked once outside the load. */
async function askQuestion(): Promise<{ status: number; body: Answer }> {
  const answer = await fetch(`${jisr.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  return { status: answer.status, body: (await answer.json()) as Answer };
}

async function waitUntil(predicate: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await predicate().catch(() => false)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jisr-outage-'));
  const logger = createLogger('warn');
  // Collect warnings and errors (the supervisor's) instead of printing them.
  logs = [];
  const collecting = Object.assign(Object.create(logger), {
    warn: (obj: unknown, msg?: string) => logs.push(`warn ${msg ?? String(obj)}`),
    error: (obj: unknown, msg?: string) => logs.push(`error ${msg ?? String(obj)}`),
    info: () => undefined,
  });
  jisr = await startJisr(loadConfig({
    PORT: '0',
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_HEAP_MB: '512',
    NEO4J_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS),
    LOG_LEVEL: 'silent',
    // The load is the test's own: no background planning of its statements beside it.
    PLAN_WARMUP: 'false',
  }), collecting, { onFatal: (error) => fatal.push(error) });
}, 180_000);

afterAll(async () => {
  await jisr?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a Neo4j outage under load', () => {
  it('answers every request with data or a coded database error in time, never 5xx, and resumes with the graph intact', async () => {
    const driver = neo4j.driver(jisr.neo4jUri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
    try {
      const before = await fingerprint(driver);
      // One answer before the load. The Neo4j is fresh and the warm-up is off, so the question's statement is not
      // planned yet; twenty requests planning it at once, each under the 3 s timeout, all timed out for 15 s once
      // in a full run on a busy machine, before any outage. The drill is about the outage, not a cold planner.
      await waitUntil(async () => !(await askQuestion()).body.errors, 60_000);
      const pid = jisr.localNeo4jPid() ?? 0;
      expect(pid).toBeGreaterThan(0);

      const statuses = new Map<number, number>();
      const codes = new Map<string, number>();
      let answered = 0;
      // Jisr, its deadlines' timers and autocannon share this process's event loop. On a machine busy with the
      // rest of the suite the loop itself runs late, and every timer with it: what the deadline is judged by is
      // how late the answers were beyond that lag (up to a second of it). A full run once measured a request at
      // 5,242 ms against the 5,000 ms bound.
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const load = autocannon({
        url: jisr.url,
        connections: 20,
        duration: 20,
        timeout: 30,
        requests: [{
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: QUERY,
          onResponse: (status: number, body: string) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            const parsed = JSON.parse(body) as { data?: { node?: unknown }; errors?: { extensions?: { code?: string } }[] };
            if (!parsed.errors && parsed.data?.node) answered++;
            for (const error of parsed.errors ?? []) {
              const code = error.extensions?.code ?? 'NONE';
              codes.set(code, (codes.get(code) ?? 0) + 1);
            }
          },
        }],
      });

      // Freeze once the load is being answered (on a busy machine the first answers can take seconds).
      await waitUntil(async () => answered > 0, 15_000);
      await new Promise((r) => setTimeout(r, 1_000));
      process.kill(pid, 'SIGSTOP');
      await new Promise((r) => setTimeout(r, 5_000));
      process.kill(pid, 'SIGKILL');
      const result = await load;
      loopDelay.disable();
      const loopLagMs = Math.min(1_000, loopDelay.max / 1e6);

      const failedCodes = [...codes.keys()];
      if (process.env.JISR_FAULT_REPORT) console.log({ statuses, codes, answered, latency: result.latency, requests: result.requests.total, loopLagMs });
      // Every answer is a 200 (GraphQL errors travel in the body); the only errors are the coded database ones.
      expect([...statuses.keys()]).toEqual([200]);
      expect(failedCodes.filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'DATABASE_TIMEOUT')).toEqual([]);
      expect(codes.size).toBeGreaterThan(0);
      expect(answered).toBeGreaterThan(0);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.latency.max).toBeLessThanOrEqual(DEADLINE_MS + 1_000 + loopLagMs);

      // Service resumes by itself (the supervisor restarts Neo4j on the same data) within 60 s of the kill. The
      // restarted Neo4j is cold: on a loaded machine its first plans can outlast the 3 s transaction timeout, so
      // the first requests may still fail, but only with a coded database error, until one answers.
      await waitUntil(async () => (await fetch(`${jisr.url}/readyz`)).status === 200, 60_000);
      const whileCold: string[] = [];
      await waitUntil(async () => {
        const { status, body } = await askQuestion();
        whileCold.push(...(body.errors ?? []).map((error) => String(error.extensions?.code)));
        return status === 200 && !body.errors && body.data?.node?.id === 'event:2009-06-18-jenin-open-meeting';
      }, 30_000);
      expect(whileCold.filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'DATABASE_TIMEOUT')).toEqual([]);
      expect(await fingerprint(driver)).toBe(before);
      expect(fatal).toEqual([]);
      expect(logs.some((line) => line.startsWith('warn the local Neo4j exited unexpectedly'))).toBe(true);
    } finally {
      await driver.close();
    }
  }, 180_000);
});
