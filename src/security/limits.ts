/**
 * The limits that protect Jisr from hostile and heavy requests, with their defaults. Types and
 * numbers only: config.ts reads its defaults from here without loading the server's machinery.
 * README "Limits and failures" lists each with its variable and the error a client sees.
 */

/** What every operation is measured against before it runs (src/security/operation-limits.ts). */
export interface OperationLimits {
  /** MAX_QUERY_DEPTH — most nested field levels (fragments add none; introspection is not counted). */
  readonly maxDepth: number;
  /** MAX_QUERY_ALIASES — most aliased fields in one operation, fragments included. */
  readonly maxAliases: number;
  /** MAX_QUERY_TOKENS — most lexical tokens in the document (names, punctuation, values). */
  readonly maxTokens: number;
  /** MAX_QUERY_COST — highest estimated cost (src/security/operation-cost.ts). */
  readonly maxCost: number;
}

/**
 * Every operation in README and operations/ passes at its largest page sizes (`partners(first: 100)`
 * with the evidence of every shared link costs about 360,000; `network(depth: 3, limit: 2000)` with
 * evidence on every edge about 144,000; README's examples at most 36,000), except the timeline, which pages:
 * its largest page (1,000 periods of 100 events, with their titles and dates) is refused. The probes of issue 8 (a document nesting 28 list
 * levels; 500 aliased networks) are refused in milliseconds.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2_000,
  maxCost: 500_000,
};

/**
 * Most fields answering to one name in one selection set, fragments included. Fixed: a client never
 * needs more (each is the same field, answered once), and graphql-js's validation compares every pair.
 */
export const MAX_FIELD_REPEATS = 20;

/** MAX_RESPONSE_BYTES — an answer larger than this is dropped for a RESPONSE_TOO_LARGE error. 5 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

/** Requests per client address on /graphql (src/security/rate-limit.ts). */
export interface RateLimitOptions {
  /** RATE_LIMIT_MAX — requests allowed per window and client; 0 turns rate limiting off. */
  readonly max: number;
  /** RATE_LIMIT_WINDOW_MS — length of the window. */
  readonly windowMs: number;
  /** RATE_LIMIT_LOOPBACK — count clients on 127.0.0.0/8 and ::1 too (off: local scripts and tests are never limited). */
  readonly includeLoopback: boolean;
}

/** Ten requests a second per address, sustained for a minute: generous for a notebook, not for a flood. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000, includeLoopback: false };
