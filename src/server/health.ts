import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Neo4jExecutor } from '../neo4j/executor';
import { isSchemaInPlace } from '../neo4j/schema-setup';

/** How long /readyz waits for Neo4j before answering 503. */
export const READYZ_DEADLINE_MS = 2_000;

/**
 * /healthz answers while the process lives (a liveness probe must not depend on the database, or a
 * database outage would restart every replica); /readyz answers 200 only when Neo4j answers, the
 * schema is in place and Neo4j has planned the reads (src/neo4j/plan-warmup.ts), so a load balancer sends
 * no traffic before that.
 */
export function healthRouter(executor: Neo4jExecutor, warming: () => boolean = () => false): Router {
  const router = express.Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'alive' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    // A frozen Neo4j must turn /readyz to 503 within seconds, not after the transaction timeout.
    const ctx = { operation: 'readyz', deadlineMs: READYZ_DEADLINE_MS };
    if (warming()) {
      res.status(503).json({ status: 'not-ready', reason: 'Neo4j is still planning the read statements (PLAN_WARMUP)' });
      return;
    }
    try {
      await executor.ping(ctx);
      if (!(await isSchemaInPlace(executor, ctx))) {
        res.status(503).json({ status: 'not-ready', reason: 'schema constraints and indexes are not in place yet' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'not-ready', reason: 'Neo4j is not reachable' });
    }
  });
  return router;
}
