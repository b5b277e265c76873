import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, Neo4jError, type SessionMode } from 'neo4j-driver';
import { ErrorCode, JisrError } from '../errors';
import type { CypherName, CypherRegistry } from './cypher-registry';
import { DEFAULT_MAX_RETRY_TIME_MS } from './driver';
import type { StatementLimiter } from './statement-limiter';
import type { StatementRecorder } from './statement-recorder';

/** Who is asking: names the GraphQL operation in transaction metadata, and counts statements for tests. */
export interface QueryContext {
  readonly operation: string;
  readonly requestId?: string;
  readonly recorder?: StatementRecorder;
  /** Caps how many statements of this request run at once (one GraphQL request must not take the whole pool). */
  readonly limiter?: StatementLimiter;
  /** A tighter client-side deadline than the executor's, for probes such as /readyz. */
  readonly deadlineMs?: number;
  /** A longer server-side timeout than an API request's, for bulk work such as loading the seed graph. */
  readonly timeoutMs?: number;
  /**
   * When the request began (epoch ms). A GraphQL request runs its statements in waves (a node, then its links);
   * with a start time the deadline holds for the whole request, not afresh for every wave.
   */
  readonly startedAt?: number;
}

export type CypherParams = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named statements inside one open transaction (for multi-statement writes such as the seed loader). */
export type StatementRunner = <R = Row>(name: CypherName, params?: CypherParams) => Promise<R[]>;

export interface ExecutorOptions {
  readonly database: string;
  /** The server-side timeout of a read transaction, and of a write's unless writeTransactionTimeoutMs is given. */
  readonly transactionTimeoutMs: number;
  /**
   * The server-side timeout of a write transaction. Writes are an editor's, an import's or an admin's, never an
   * anonymous reader's, and each keeps the derived entries beneath what it changed right in its own transaction:
   * it may need longer than a read should ever take.
   */
  readonly writeTransactionTimeoutMs?: number;
  /**
   * How long past the server-side timeout the client waits before giving up on its own. The server enforces
   * transactionTimeoutMs only while it runs; a frozen or partitioned server enforces nothing, so without a
   * client deadline a request would hang for as long as the freeze lasts. Default 1000.
   */
  readonly deadlineMarginMs?: number;
  /**
   * Whether the driver routes (a neo4j:// URI, routesReads): only then can a read land on a server that has not yet
   * seen a write, and only then does the executor carry bookmarks from one transaction to the next. Default false.
   */
  readonly routing?: boolean;
  /**
   * How long a read keeps retrying on errors the driver calls retryable (the server gone, a leader switch, a
   * transient error), as the driver's maxTransactionRetryTime bounds a write's. Default DEFAULT_MAX_RETRY_TIME_MS.
   */
  readonly maxRetryTimeMs?: number;
}

/** The driver's first wait before a retry, doubled each time, as its transaction functions wait (±20 %). */
const FIRST_RETRY_DELAY_MS = 1_000;

/** Whether a URI's driver routes reads to followers (neo4j://, neo4j+s://, neo4j+ssc://), rather than talking to one server (bolt://). */
export function routesReads(uri: string): boolean {
  return /^neo4j(\+s|\+ssc)?:\/\//i.test(uri);
}

/**
 * The one owner of sessions and transactions. A read is one statement in an auto-commit query; writes run in
 * managed transaction functions (atomic, and retried by the driver on transient errors). Both are retried on
 * the driver's retryable errors, run on a named database with metadata naming the operation, and every driver
 * error is translated here into a Jisr error.
 */
export class Neo4jExecutor {
  /**
   * Read-your-writes across requests. On a cluster (neo4j+s:// routing) a read goes to a follower, which may
   * not yet hold a write that the leader has just committed: an editor's mutation, then their next request's
   * read, could miss it. Every session of this executor shares one bookmark manager, which collects the
   * bookmark of each committed transaction and hands the latest ones to the next session, so the server that
   * runs that session's reads first catches up with them. It holds bookmarks only (no data, nothing a second
   * process needs): another replica of the service reads through its own manager, and a write it has not
   * seen yet is at most as far behind as the cluster's replication. A single server (bolt://) has committed a
   * write before it answers, so there it keeps none: they cost each transaction 0.13 ms of the client's CPU and
   * 0.25 ms of latency (1.00 → 1.26 ms for a lookup by id on the seed graph, 2,000 interleaved runs).
   */
  private readonly bookmarks: BookmarkManager | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly cypher: CypherRegistry,
    private readonly options: ExecutorOptions,
  ) {
    this.bookmarks = options.routing ? neo4j.bookmarkManager() : undefined;
  }

  /** One read statement, routed to a follower when the server is a cluster. */
  read<R = Row>(name: CypherName, params: CypherParams, ctx: QueryContext): Promise<R[]> {
    return this.limited(neo4j.session.READ, ctx, async (attempt) => (await this.runRead<R>(name, params, ctx, attempt)).rows);
  }

  /**
   * Which committed state of the database a read sees now: the bookmark Neo4j returns for a trivial read, which
   * names the last transaction committed before it. Two equal versions mean no write committed between them,
   * whoever wrote (an editor through Jisr, another process, Cypher typed by hand); a write that changes nothing
   * keeps the version. What is computed from a read can be kept under the version read before it (brokers):
   * a later request that reads the same version sees nothing newer. Empty when the server returns no bookmark:
   * then nothing can be kept.
   */
  async graphVersion(ctx: QueryContext): Promise<string> {
    return (await this.limited(neo4j.session.READ, ctx, (attempt) => this.runRead('health/ping', {}, ctx, attempt, true))).version;
  }

  /** One write statement in its own transaction. */
  write<R = Row>(name: CypherName, params: CypherParams, ctx: QueryContext): Promise<R[]> {
    return this.transaction(ctx, (run) => run<R>(name, params));
  }

  /** Several statements in one write transaction: all of them land, or none does. */
  writeTransaction<T>(ctx: QueryContext, work: (run: StatementRunner) => Promise<T>): Promise<T> {
    return this.transaction(ctx, work);
  }

  /**
   * Runs the read `name` once with every value null, for its plan alone: Neo4j plans it and keeps the plan for the
   * requests to come (src/neo4j/plan-warmup.ts). Its answer is of no use; a Neo4j error past planning (a null
   * where a number is needed) leaves the plan cached all the same and is not one here. Fails only as a read fails
   * on the way to Neo4j (DATABASE_UNAVAILABLE, DATABASE_TIMEOUT).
   */
  async plan(name: CypherName, ctx: QueryContext): Promise<void> {
    await this.read(name, this.cypher.nullValuesOf(name), ctx).catch((error: unknown) => {
      if (error instanceof JisrError) throw error;
    });
  }

  /** Fails with DATABASE_UNAVAILABLE unless the server answers on the configured database. */
  async ping(ctx: QueryContext): Promise<void> {
    await this.read('health/ping', {}, ctx);
  }

  /** A write transaction: the statements the work runs, all of them or none. */
  private transaction<T>(ctx: QueryContext, work: (run: StatementRunner) => Promise<T>): Promise<T> {
    return this.limited(neo4j.session.WRITE, ctx, (attempt) => this.runTransaction(ctx, work, attempt));
  }

  /** Work within the request's share of statements and its deadline. */
  private limited<T>(mode: SessionMode, ctx: QueryContext, work: (attempt: Attempt) => Promise<T>): Promise<T> {
    // Only a write's commit is worth waiting for past the deadline: a read's outcome changes nothing.
    const attempt = () => withDeadline(this.deadlineOf(mode, ctx), mode === neo4j.session.WRITE, work);
    return ctx.limiter ? ctx.limiter.run(attempt) : attempt();
  }

  private sessionOf(mode: SessionMode) {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
  }

  private configOf(mode: SessionMode, ctx: QueryContext) {
    return {
      timeout: this.timeoutOf(mode, ctx),
      metadata: { app: 'jisr', operation: ctx.operation, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) },
    };
  }

  /**
   * A read is one statement, so it runs as an auto-commit query: RUN and PULL in one round trip, where a
   * transaction function takes three, each awaited (BEGIN, RUN and PULL, COMMIT). That is a fifth of Jisr's CPU
   * and a sixth of the latency for an organisation, an event or a search at 100k nodes (docs/benchmarks.md,
   * eleventh round). The driver does not retry an auto-commit query; a read changes nothing, so it is retried
   * here on the errors the driver would retry a transaction function on, with its backoff, for at most
   * maxRetryTimeMs and never past the deadline.
   */
  private async runRead<R>(
    name: CypherName, params: CypherParams, ctx: QueryContext, attempt: Attempt, withVersion = false,
  ): Promise<{ rows: R[]; version: string }> {
    const text = this.cypher.get(name);
    const sent = this.cypher.paramsOf(name, params);
    const config = this.configOf(neo4j.session.READ, ctx);
    const retryUntil = Date.now() + (this.options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS);
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      if (attempt.abandoned) throw abandoned();
      ctx.recorder?.record({ name, mode: 'READ' });
      const session = this.sessionOf(neo4j.session.READ);
      try {
        const result = await session.run(text, sent, config);
        return { rows: result.records.map((record) => record.toObject() as R), version: withVersion ? session.lastBookmarks().join(' ') : '' };
      } catch (error) {
        // Running out of transaction memory is transient to Neo4j, but the same read fails the same way again.
        const retry = neo4j.isRetryableError(error) && !isOutOfMemory(error) && Date.now() + delay < retryUntil;
        if (!retry) throw translateDriverError(error);
      } finally {
        await session.close().catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + 0.4 * Math.random())));
    }
  }

  /** The server-side timeout of a transaction: the context's own, else the one of its mode. */
  private timeoutOf(mode: SessionMode, ctx: QueryContext): number {
    const ofMode = mode === neo4j.session.WRITE ? this.options.writeTransactionTimeoutMs : undefined;
    return ctx.timeoutMs ?? ofMode ?? this.options.transactionTimeoutMs;
  }

  private deadlineOf(mode: SessionMode, ctx: QueryContext): number {
    const full = this.timeoutOf(mode, ctx) + (this.options.deadlineMarginMs ?? 1_000);
    const left = ctx.startedAt === undefined ? full : ctx.startedAt + full - Date.now();
    return Math.max(0, Math.min(ctx.deadlineMs ?? full, full, left));
  }

  private async runTransaction<T>(ctx: QueryContext, work: (run: StatementRunner) => Promise<T>, attempt: Attempt): Promise<T> {
    const mode = neo4j.session.WRITE;
    const session = this.sessionOf(mode);
    const config = this.configOf(mode, ctx);
    const body = async (tx: ManagedTransaction) => {
      // The driver calls this again when a transient error retries the transaction: a new attempt, not committing yet.
      attempt.committing = false;
      const run: StatementRunner = async <R,>(name: CypherName, params: CypherParams = {}) => {
        // Past the deadline the client has been told the request failed: nothing more runs, and the transaction
        // rolls back (a JisrError is never retried).
        if (attempt.abandoned) throw abandoned();
        ctx.recorder?.record({ name, mode: 'WRITE' });
        try {
          const result = await tx.run(this.cypher.get(name), this.cypher.paramsOf(name, params));
          return result.records.map((record) => record.toObject() as R);
        } catch (error) {
          // Neo4j calls running out of transaction memory transient, so the driver would retry the same
          // statement four times; it would fail the same way each time. A JisrError is never retried.
          if (isOutOfMemory(error)) throw tooMuchMemory();
          throw error;
        }
      };
      if (attempt.abandoned) throw abandoned();
      const result = await work(run);
      // A write whose work ends after the deadline must not commit what the client was told had failed (a move of
      // a whole country at a million nodes did: its first attempt timed out on the server, and the driver's retry,
      // nobody waiting for it any more, committed).
      if (attempt.abandoned) throw abandoned();
      attempt.committing = true;
      return result;
    };
    try {
      return await session.executeWrite(body, config);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      // A frozen server never answers the close either; the deadline has already answered the client.
      await session.close().catch(() => undefined);
    }
  }
}

/** What a transaction's attempt and its deadline tell each other. */
interface Attempt {
  /** The deadline passed before the work ended: the client has its error, and the work must not commit. */
  abandoned: boolean;
  /** The work has ended and the driver is committing it: its outcome is awaited, not abandoned. */
  committing: boolean;
}

const abandoned = () => new JisrError(ErrorCode.DATABASE_TIMEOUT, 'The request ran out of time; nothing of this part of it was kept.');

/** How long a commit under way at the deadline is awaited before its outcome is given up as unknown. */
const COMMIT_GRACE_MS = 10_000;

/**
 * Resolves or rejects as the work does, or rejects with DATABASE_TIMEOUT once the deadline passes; the work is then
 * abandoned, so that it neither runs another statement nor commits. With `awaitCommit` (a write), a commit already
 * under way at the deadline is awaited (for COMMIT_GRACE_MS more), since its outcome is the answer: a write the
 * client is told failed must not have landed.
 */
async function withDeadline<T>(ms: number, awaitCommit: boolean, work: (attempt: Attempt) => Promise<T>): Promise<T> {
  // The request has spent its time already (earlier waves took it all): no new transaction is started.
  if (ms <= 0) throw new JisrError(ErrorCode.DATABASE_TIMEOUT, 'The request ran out of time before this part of it could be read; try again shortly, or ask for less.');
  const attempt: Attempt = { abandoned: false, committing: false };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // No statement and no retry starts from now on; a commit under way goes on, and decides the answer.
      attempt.abandoned = true;
      if (!awaitCommit || !attempt.committing) {
        reject(new JisrError(ErrorCode.DATABASE_TIMEOUT, `The graph database did not answer within ${ms} ms (a write is rolled back); try again shortly, or ask for less.`));
        return;
      }
      timer = setTimeout(() => reject(new JisrError(
        ErrorCode.DATABASE_TIMEOUT,
        `The graph database did not confirm a commit within ${ms + COMMIT_GRACE_MS} ms; whether it landed is unknown: read the graph before trying again.`,
      )), COMMIT_GRACE_MS);
    }, ms);
  });
  const running = work(attempt);
  // The abandoned attempt may still fail later (its session is closed when the server wakes up); that
  // rejection has nobody to report to, and must not crash the process as an unhandled one.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.includes('MemoryPoolOutOfMemoryError');
}

function tooMuchMemory(): JisrError {
  return new JisrError(
    ErrorCode.DATABASE_TIMEOUT,
    'The query needs more memory than the graph database allows for one transaction; narrow it (smaller first, depth or limit, or a filter).',
  );
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
  // The pool's own error has no Neo4j code; every connection is busy (or the server stopped answering).
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new JisrError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is busy; try again shortly.');
  }
  if (error.code.includes('MemoryPoolOutOfMemoryError')) return tooMuchMemory();
  if (error.code.includes('TransactionTimedOut')) {
    return new JisrError(ErrorCode.DATABASE_TIMEOUT, 'The query took longer than the server allows; narrow it (smaller first, depth or limit).');
  }
  return error;
}
