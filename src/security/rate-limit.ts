import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Logger } from '../logger';
import type { RateLimitOptions } from './limits';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (what Node reports on a dual-stack socket). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return ipv4.startsWith('127.') || address === '::1';
}

/**
 * Whether the limiter leaves a client uncounted: rate limiting is off, or the client is on loopback and
 * RATE_LIMIT_LOOPBACK is not set. `address` is the socket's peer (Express's req.ip without 'trust proxy').
 */
export function exemptFromRateLimit(options: RateLimitOptions, address: string | undefined): boolean {
  return options.max === 0 || (!options.includeLoopback && isLoopback(address));
}

/** What the limiter tells the caller once a client is over its limit; the caller writes the answer. */
export interface RateLimitRefusal {
  readonly limit: number;
  readonly windowMs: number;
  /** Seconds until the client's window starts again (also sent as the Retry-After header). */
  readonly retryAfterSeconds: number;
}

/**
 * Counts requests per client in fixed windows (express-rate-limit's memory store: one process, one
 * count; a cluster of Jisr processes would need a shared store). A client is its verified API key when
 * `verifiedKeyIdOf` names one (the key's holders share one allowance wherever they call from, and
 * several keys behind one address get one each), else its address (an IPv6 client by its /56, which
 * one household or host usually holds). Only a verified key counts: a key id taken from the header
 * unchecked would let a client buy a fresh allowance with every made-up id. Standard RateLimit
 * headers tell well-behaved clients how much is left. Returns undefined when `max` is 0 (rate limiting off).
 */
export function rateLimiter(
  options: RateLimitOptions,
  logger: Logger,
  refuse: (req: Request, res: Response, refusal: RateLimitRefusal) => void,
  verifiedKeyIdOf: (res: Response) => string | undefined = () => undefined,
): RequestHandler | undefined {
  if (options.max === 0) return undefined;
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => exemptFromRateLimit(options, req.ip),
    // Prefixed, so that no key id can ever collide with an address.
    keyGenerator: (req, res) => {
      const keyId = verifiedKeyIdOf(res);
      return keyId === undefined ? `address:${ipKeyGenerator(req.ip ?? '')}` : `key:${keyId}`;
    },
    handler: (req, res) => refuse(req, res, {
      limit: options.max,
      windowMs: options.windowMs,
      retryAfterSeconds: Number(res.getHeader('retry-after') ?? Math.ceil(options.windowMs / 1000)),
    }),
    // The library's configuration warnings go to the JSON log, one line each, not to the console.
    logger: {
      error: (error, message) => logger.error({ err: error }, message ?? 'rate limiter error'),
      warn: (error, message) => logger.warn({ err: error }, message ?? 'rate limiter warning'),
    },
  });
}
