import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startJisr, type RunningJisr } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../../../src/local-neo4j/local-neo4j';
import { createLogger } from '../../../src/logger';

// This suite freezes a Neo4j: it starts its own, so that no other suite's database is touched.
const TX_TIMEOUT_MS = 3_000;
const MARGIN_MS = 1_000;

let neo4j: LocalNeo4j;
let jisr: RunningJisr;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jisr-freeze-'));
  neo4j = await startLocalNeo4j({ port: 0, dataDir, heapMb: 512, log: () => undefined });
  jisr = await startJisr(loadConfig({
    NEO4J_URI: neo4j.uri, PORT: '0', NEO4J_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS), LOG_LEVEL: 'silent', PLAN_WARMUP: 'false',
  }), createLogger('silent'));
}, 120_000);

afterAll(async () => {
  if (neo4j) process.kill(neo4j.pid, 'SIGCONT');
  await jisr?.stop();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const query = (q: string) => fetch(`${jisr.url}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }),
}).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } }));

const EVENT = '{ node(id: "event:2009-06-18-jenin-open-meeting") { id ... on Event { organizers { id } evidence { quote } } } }';

describe('when Neo4j freezes', () => {
  it('answers /readyz 503 within a couple of seconds, and every query with a coded error within the deadline, then recovers', async () => {
    expect((await fetch(`${jisr.url}/readyz`)).status).toBe(200);
    expect((await query(EVENT)).body.data).toBeTruthy();

    process.kill(neo4j.pid, 'SIGSTOP');
    try {
      const [readyz, graphql, healthz] = await Promise.all([
        timed(() => fetch(`${jisr.url}/readyz`)),
        timed(() => query(EVENT)),
        timed(() => fetch(`${jisr.url}/healthz`)),
      ]);
      expect(readyz.value.status).toBe(503);
      expect(readyz.ms).toBeLessThan(2_000 + 1_500);
      expect(graphql.value.body.errors?.[0]?.extensions?.code).toMatch(/^DATABASE_(TIMEOUT|UNAVAILABLE)$/);
      // No request outlives the transaction timeout by more than the margin (plus slack for a shared machine).
      expect(graphql.ms).toBeLessThan(TX_TIMEOUT_MS + MARGIN_MS + 1_500);
      // Liveness never waits on the database.
      expect(healthz.value.status).toBe(200);
      expect(healthz.ms).toBeLessThan(1_000);
    } finally {
      process.kill(neo4j.pid, 'SIGCONT');
    }

    // Service resumes by itself once Neo4j answers again.
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${jisr.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await query(EVENT)).body.data).toEqual({
      node: expect.objectContaining({ id: 'event:2009-06-18-jenin-open-meeting' }),
    });
  }, 90_000);
});
