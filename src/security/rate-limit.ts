import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from '../logger';
import type { RateLimitOptions } from './limits';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (what Node reports on a dual-stack socket). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return ipv4.startsWith('127.') || address === '::1';
}

/** What the limiter tells the caller once a client is over its limit; the caller writes the answer. */
export interface RateLimitRefusal {
  readonly limit: number;
  readonly windowMs: number;
  /** Seconds until the client's window starts again (also sent as the Retry-After header). */
  readonly retryAfterSeconds: number;
}

/**
 * Counts requests per client address in fixed windows (express-rate-limit's memory store: one
 * process, one count; a cluster of Jisr processes would need a shared store). The key is the address
 * (an IPv6 client by its /56, which one household or host usually holds); an API key will take its
 * place once keys exist. Standard RateLimit headers tell well-behaved clients how much is left.
 * Returns undefined when `max` is 0 (rate limiting off).
 */
export function rateLimiter(
  options: RateLimitOptions,
  logger: Logger,
  refuse: (req: Request, res: Response, refusal: RateLimitRefusal) => void,
): RequestHandler | undefined {
  if (options.max === 0) return undefined;
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => !options.includeLoopback && isLoopback(req.ip),
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
