import { ErrorCode, JisrError } from '../errors';
import type { CypherName, CypherRegistry } from './cypher-registry';
import type { Neo4jExecutor } from './executor';

/**
 * Neo4j plans a statement the first time it runs, then keeps the plan (one per statement: its parameters travel
 * in one map, src/neo4j/cypher-text.ts). Jisr's pages are large statements: on a freshly started Neo4j the events
 * page took 4–6 s to plan, the funding flows 2 s, and a fresh `npm start`'s first question timed out at 10 s on a
 * loaded machine. The warm-up plans every read once as the service starts: it serves meanwhile, but /readyz and
 * the "Jisr is ready" line wait for the warm-up (src/app.ts), so that people's first questions find their plans.
 *
 * Reads only: a statement that may write is never run for its plan. Bench-only statements are left out.
 */
export interface PlanWarmup {
  /** Settles when every read has been planned, or the warm-up stopped; never rejects. */
  readonly done: Promise<PlanWarmupResult>;
  /** Plans nothing more (the statement in flight ends on its own). */
  stop(): void;
}

export interface PlanWarmupResult {
  readonly planned: number;
  readonly of: number;
  readonly ms: number;
  /** Why it ended before the last statement: the service stopped, or Neo4j did not answer. */
  readonly stoppedBy?: string;
}

/** Per statement: room for a cold plan (6 s seen) and for a null run's work at a million nodes. */
const PLAN_TIMEOUT_MS = 60_000;

/**
 * Statements planned at once. Neo4j plans each on one thread; on a 2-core machine, right after a fresh start, the
 * 57 reads took 29.2 s one at a time, 24.2 s two at a time and 26.6 s three at a time.
 */
const PLANNED_AT_ONCE = 2;

/** `stoppedBy` when the service stopped the warm-up. */
export const STOPPED = 'the service stopped';

/** The statements the warm-up plans, in the registry's order (the node, the pages and the lookahead come first). */
export function statementsToWarm(cypher: CypherRegistry): CypherName[] {
  return cypher.readNames().filter((name) => !name.startsWith('schema/') && !name.startsWith('bench/'));
}

export function startPlanWarmup(executor: Neo4jExecutor, names: readonly CypherName[]): PlanWarmup {
  let stoppedBy: string | undefined;
  let planned = 0;
  const queue = [...names];
  const worker = async (): Promise<void> => {
    for (let name = queue.shift(); name !== undefined && stoppedBy === undefined; name = queue.shift()) {
      try {
        await executor.plan(name, { operation: 'plan-warmup', timeoutMs: PLAN_TIMEOUT_MS });
        planned++;
      } catch (error) {
        // Neo4j is away: the requests will plan what they need when it is back. A statement whose null run took
        // too long was planned before it ran; the next one is tried.
        if (error instanceof JisrError && error.code === ErrorCode.DATABASE_UNAVAILABLE) stoppedBy ??= `${name}: ${error.message}`;
      }
    }
  };
  const started = Date.now();
  const done = Promise.all(Array.from({ length: PLANNED_AT_ONCE }, worker))
    .then(() => ({ planned, of: names.length, ms: Date.now() - started, ...(stoppedBy === undefined ? {} : { stoppedBy }) }));
  return { done, stop: () => { stoppedBy ??= STOPPED; } };
}
