import path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_OPERATION_LIMITS,
  DEFAULT_RATE_LIMIT,
  type OperationLimits,
  type RateLimitOptions,
} from './security/limits';

/**
 * Every setting of Jisr, read once at start-up from the environment and validated.
 * Each key names its environment variable and default; a bad value stops start-up with the variable's name.
 * Library modules take the pieces they need as options and never read process.env themselves.
 */
export interface JisrConfig {
  /** HOST — interface the HTTP server binds to. Default 127.0.0.1 (use 0.0.0.0 in a container). */
  readonly host: string;
  /** PORT — HTTP port of /graphql, /healthz, /readyz. Default 4000; 0 picks a free port. */
  readonly port: number;
  readonly neo4j: {
    /** NEO4J_URI — bolt://, neo4j://, bolt+s://, neo4j+s:// … of an existing Neo4j. Unset: start the local Neo4j. */
    readonly uri: string | undefined;
    /** NEO4J_USER — default neo4j. */
    readonly user: string;
    /** NEO4J_PASSWORD — default empty (the local Neo4j runs without auth on loopback). */
    readonly password: string;
    /** NEO4J_DATABASE — default neo4j. Always named so that no request pays for home-database resolution. */
    readonly database: string;
    /** NEO4J_TX_TIMEOUT_MS — server-side timeout of every read transaction (and of a write's by default). Default 10000. */
    readonly transactionTimeoutMs: number;
    /**
     * NEO4J_WRITE_TX_TIMEOUT_MS — server-side timeout of a write transaction (an editor's batch, an import, a key).
     * Default 60000: a write keeps the derived entries beneath what it changes right in its own transaction, and
     * moving a governorate at a million nodes takes 20–30 s; reads, which anyone may send, keep the shorter one.
     */
    readonly writeTransactionTimeoutMs: number;
    /** NEO4J_CONNECT_TIMEOUT_MS — how long start-up waits for Neo4j to answer. Default 30000. */
    readonly connectTimeoutMs: number;
  };
  readonly localNeo4j: {
    /** NEO4J_LOCAL_PORT — Bolt port of the local Neo4j. Default 7687. */
    readonly port: number;
    /** NEO4J_LOCAL_DATA_DIR — where the local Neo4j keeps its data. Default .neo4j/data (git-ignored). */
    readonly dataDir: string;
    /** NEO4J_LOCAL_HEAP_MB — Java heap of the local Neo4j. Default 768. */
    readonly heapMb: number;
    /** NEO4J_LOCAL_PAGECACHE_MB — the local Neo4j's page cache (the store kept in memory, off the heap). Default 96. */
    readonly pageCacheMb: number;
  };
  /** SEED_WHEN_EMPTY — load the seed graph when the database holds no Jisr data. Default true. */
  readonly seedWhenEmpty: boolean;
  /** SEEDS_DIR — folder of the curated seeds. Default seeds/ of the repository. */
  readonly seedsDir: string;
  /**
   * PLAN_WARMUP — as Jisr starts, have Neo4j plan every read statement, so that the first questions do not wait for
   * its planner (src/neo4j/plan-warmup.ts). Jisr serves meanwhile; /readyz answers 503 until the last plan.
   * Default true.
   */
  readonly planWarmup: boolean;
  /** GRAPHQL_INTROSPECTION — allow schema introspection. Default true (the schema is public). */
  readonly introspection: boolean;
  /** MAX_BODY_BYTES — largest accepted request body. Default 102400. */
  readonly maxBodyBytes: number;
  /**
   * Limits every operation is measured against before it runs: MAX_QUERY_DEPTH (default 12),
   * MAX_QUERY_ALIASES (30), MAX_QUERY_TOKENS (2000), MAX_QUERY_COST (500000).
   */
  readonly operationLimits: OperationLimits;
  /** MAX_RESPONSE_BYTES — largest answer sent; a larger one becomes RESPONSE_TOO_LARGE. Default 5242880 (5 MiB). */
  readonly maxResponseBytes: number;
  /** CORS_ORIGINS — comma-separated origins allowed to call /graphql from a browser, or *. Default none (same origin only). */
  readonly corsOrigins: readonly string[];
  /**
   * Requests per client address on /graphql: RATE_LIMIT_MAX (default 600; 0 turns it off) every
   * RATE_LIMIT_WINDOW_MS (60000); RATE_LIMIT_LOOPBACK=true counts loopback clients too (default false).
   */
  readonly rateLimit: RateLimitOptions;
  /**
   * READS_REQUIRE_KEY — every query needs an API key of role reader or above. Default false: reads are
   * open and only mutations and key management need keys (a malformed or revoked key is refused either way).
   */
  readonly readsRequireKey: boolean;
  /** LOG_LEVEL — fatal, error, warn, info, debug, trace or silent. Default info. */
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** The repository root: the config's defaults are relative to it, from src/ (ts-node, jest) and from dist/src/. */
export const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

const integer = (min: number, max: number) =>
  z.string().trim().regex(/^\d+$/, `expected a whole number from ${min} to ${max}`).transform(Number)
    .pipe(z.number().min(min, `expected at least ${min}`).max(max, `expected at most ${max}`));

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no'], 'expected true or false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** The local Neo4j's variables: part of the whole configuration, and all that `npm run neo4j` reads. */
const localNeo4jEnvSchema = z.object({
  NEO4J_LOCAL_PORT: integer(1, 65535).default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().trim().min(1).default('.neo4j/data'),
  NEO4J_LOCAL_HEAP_MB: integer(256, 16_384).default(768),
  NEO4J_LOCAL_PAGECACHE_MB: integer(8, 1_048_576).default(96),
});

const envSchema = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: integer(0, 65535).default(4000),
  NEO4J_URI: z.string().trim().optional().refine(
    (v) => v === undefined || v === '' || NEO4J_SCHEMES.includes(v.split('://')[0] ?? ''),
    `expected a URI starting with ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'expected a Neo4j database name').default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: integer(100, 600_000).default(10_000),
  NEO4J_WRITE_TX_TIMEOUT_MS: integer(100, 600_000).default(60_000),
  NEO4J_CONNECT_TIMEOUT_MS: integer(100, 600_000).default(30_000),
  ...localNeo4jEnvSchema.shape,
  SEED_WHEN_EMPTY: bool.default(true),
  SEEDS_DIR: z.string().trim().min(1).default('seeds'),
  PLAN_WARMUP: bool.default(true),
  GRAPHQL_INTROSPECTION: bool.default(true),
  MAX_BODY_BYTES: integer(1024, 10_485_760).default(102_400),
  MAX_QUERY_DEPTH: integer(2, 1_000).default(DEFAULT_OPERATION_LIMITS.maxDepth),
  MAX_QUERY_ALIASES: integer(0, 100_000).default(DEFAULT_OPERATION_LIMITS.maxAliases),
  MAX_QUERY_TOKENS: integer(100, 1_000_000).default(DEFAULT_OPERATION_LIMITS.maxTokens),
  MAX_QUERY_COST: integer(1, 1_000_000_000).default(DEFAULT_OPERATION_LIMITS.maxCost),
  MAX_RESPONSE_BYTES: integer(1024, 1_073_741_824).default(DEFAULT_MAX_RESPONSE_BYTES),
  CORS_ORIGINS: z.string()
    .transform((v) => v.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
    .refine(
      (origins) => origins.every((origin) => origin === '*' || /^https?:\/\/[^/\s?#]+$/.test(origin)),
      'expected comma-separated origins such as https://app.example.org,http://localhost:5173 (scheme, host and port, no path), or *',
    )
    .default([]),
  RATE_LIMIT_MAX: integer(0, 1_000_000).default(DEFAULT_RATE_LIMIT.max),
  RATE_LIMIT_WINDOW_MS: integer(1_000, 86_400_000).default(DEFAULT_RATE_LIMIT.windowMs),
  RATE_LIMIT_LOOPBACK: bool.default(DEFAULT_RATE_LIMIT.includeLoopback),
  READS_REQUIRE_KEY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validates `env` against `schema`; throws one ConfigError naming every bad variable. */
function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.output<T> {
  // An empty variable means "use the default", as with most twelve-factor services.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

function localNeo4jConfigOf(e: z.output<typeof localNeo4jEnvSchema>): JisrConfig['localNeo4j'] {
  return {
    port: e.NEO4J_LOCAL_PORT,
    dataDir: path.resolve(REPO_ROOT, e.NEO4J_LOCAL_DATA_DIR),
    heapMb: e.NEO4J_LOCAL_HEAP_MB,
    pageCacheMb: e.NEO4J_LOCAL_PAGECACHE_MB,
  };
}

/**
 * Only the local Neo4j's part of the configuration (NEO4J_LOCAL_*), for `npm run neo4j`, which must not
 * fail over a variable it does not use. Same bounds and defaults as `loadConfig().localNeo4j`.
 */
export function loadLocalNeo4jConfig(env: Record<string, string | undefined> = process.env): JisrConfig['localNeo4j'] {
  return localNeo4jConfigOf(parseEnv(localNeo4jEnvSchema, env));
}

/** Reads and validates the configuration; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): JisrConfig {
  const e = parseEnv(envSchema, env);
  return {
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI || undefined,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      writeTransactionTimeoutMs: e.NEO4J_WRITE_TX_TIMEOUT_MS,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    },
    localNeo4j: localNeo4jConfigOf(e),
    seedWhenEmpty: e.SEED_WHEN_EMPTY,
    seedsDir: path.resolve(REPO_ROOT, e.SEEDS_DIR),
    planWarmup: e.PLAN_WARMUP,
    introspection: e.GRAPHQL_INTROSPECTION,
    maxBodyBytes: e.MAX_BODY_BYTES,
    operationLimits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_QUERY_ALIASES,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxCost: e.MAX_QUERY_COST,
    },
    maxResponseBytes: e.MAX_RESPONSE_BYTES,
    corsOrigins: e.CORS_ORIGINS,
    rateLimit: {
      max: e.RATE_LIMIT_MAX,
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      includeLoopback: e.RATE_LIMIT_LOOPBACK,
    },
    readsRequireKey: e.READS_REQUIRE_KEY,
    logLevel: e.LOG_LEVEL,
  };
}
