import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type SessionMode } from 'neo4j-driver';
import { ErrorCode, JisrError } from '../errors';
import type { CypherName, CypherRegistry } from './cypher-registry';
import type { StatementRecorder } from './statement-recorder';

/** Who is asking: names the GraphQL operation in transaction metadata, and counts statements for tests. */
export interface QueryContext {
  readonly operation: string;
  readonly requestId?: string;
  readonly recorder?: StatementRecorder;
}

export type CypherParams = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named statements inside one open transaction (for multi-statement writes such as the seed loader). */
export type StatementRunner = <R = Row>(name: CypherName, params?: CypherParams) => Promise<R[]>;

export interface ExecutorOptions {
  readonly database: string;
  readonly transactionTimeoutMs: number;
}

/**
 * The one owner of sessions and transactions. Every statement runs in a managed transaction function
 * (atomic and retried on transient errors), on a named database, with metadata naming the operation,
 * and every driver error is translated here into a Jisr error.
 */
export class Neo4jExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly cypher: CypherRegistry,
    private readonly options: ExecutorOptions,
  ) {}

  /** One read statement, routed to a follower when the server is a cluster. */
  read<R = Row>(name: CypherName, params: CypherParams, ctx: QueryContext): Promise<R[]> {
    return this.transaction(neo4j.session.READ, ctx, (run) => run<R>(name, params));
  }

  /** One write statement in its own transaction. */
  write<R = Row>(name: CypherName, params: CypherParams, ctx: QueryContext): Promise<R[]> {
    return this.transaction(neo4j.session.WRITE, ctx, (run) => run<R>(name, params));
  }

  /** Several statements in one write transaction: all of them land, or none does. */
  writeTransaction<T>(ctx: QueryContext, work: (run: StatementRunner) => Promise<T>): Promise<T> {
    return this.transaction(neo4j.session.WRITE, ctx, work);
  }

  /** Fails with DATABASE_UNAVAILABLE unless the server answers on the configured database. */
  async ping(ctx: QueryContext): Promise<void> {
    await this.read('health/ping', {}, ctx);
  }

  private async transaction<T>(mode: SessionMode, ctx: QueryContext, work: (run: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = {
      timeout: this.options.transactionTimeoutMs,
      metadata: { app: 'jisr', operation: ctx.operation, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) },
    };
    const body = (tx: ManagedTransaction) => {
      const run: StatementRunner = async <R,>(name: CypherName, params: CypherParams = {}) => {
        ctx.recorder?.record({ name, mode: mode === neo4j.session.READ ? 'READ' : 'WRITE' });
        const result = await tx.run(this.cypher.get(name), params);
        return result.records.map((record) => record.toObject() as R);
      };
      return work(run);
    };
    try {
      return mode === neo4j.session.READ ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Maps what the driver throws to the error a client should see; anything unexpected passes on to be masked. */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof JisrError || !(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new JisrError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');
  }
  if (error.code.includes('TransactionTimedOut')) {
    return new JisrError(ErrorCode.DATABASE_TIMEOUT, 'The query took longer than the server allows; narrow it (smaller first, depth or limit).');
  }
  return error;
}
