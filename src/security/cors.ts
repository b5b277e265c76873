import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS for browser front-ends on other origins. Only the listed origins (or every origin with `*`)
 * get Access-Control-Allow-Origin; any other origin's preflight is still answered (204), without it,
 * so the browser refuses the request. No credentials: Jisr has no cookies. This does not replace
 * Apollo's CSRF prevention, which still refuses "simple" requests (a GET without a preflight header,
 * a form POST) that a browser would send cross-origin without asking first.
 */
export function corsFor(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST'],
    // authorization: a front-end that edits sends its API key (Bearer); no cookies, so no credentials mode.
    allowedHeaders: ['content-type', 'accept', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    exposedHeaders: ['retry-after', 'ratelimit', 'ratelimit-policy', 'www-authenticate', 'x-request-id'],
    maxAge: 600,
  });
}
