import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';
import type { ApiKeyRepository } from '../auth/api-key.repository';
import { challenge, identify, identifyViewer, refuseUnauthenticated, viewerOfResponse } from '../auth/authenticate';
import { httpStatusOf, type JisrError } from '../errors';
import type { Logger } from '../logger';
import { corsFor } from '../security/cors';
import { exemptFromRateLimit } from '../security/rate-limit';
import type { RateLimitOptions } from '../security/limits';
import type { GraphQLHandler, ParsedRequest } from './graphql-http';
import { answerTransportError, sendGraphQLError } from './transport-errors';

/**
 * The way into /graphql, in two forms that answer alike.
 *
 * - `chain`: Express's middleware for /graphql (request id, CORS, key, rate limit, refusal, JSON body, GraphQL).
 * - `direct`: the same steps for a POST to /graphql, taken by the HTTP server before Express sees the request.
 *
 * Why two: a GraphQL request is the service's most frequent by far, and Express's request set-up, router and
 * limiter are a third of what the smallest questions cost beyond a bare server running their statement. At 100k
 * nodes an organisation took 1.02 ms through Express and 0.94 ms through the door, in one process beside such a
 * floor at 0.77 ms (docs/benchmarks.md, seventeenth round). The direct form calls the very functions the chain
 * does (cors, body-parser, identify, the handler), without Express's req/res helpers.
 *
 * Only the rate limiter is Express's alone (express-rate-limit reads Express's request): a client the limiter
 * counts goes through the chain. So do every other method (the preflight, GET) and path (`/graphql/`).
 */
export interface GraphQLDoor {
  readonly chain: RequestHandler[];
  /** Answers the request and returns true when it can be taken past Express; false leaves it to the app. */
  readonly direct: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface GraphQLDoorOptions {
  readonly handler: GraphQLHandler;
  readonly keys: ApiKeyRepository;
  readonly corsOrigins: readonly string[];
  readonly rateLimit: RateLimitOptions;
  /** The limiter shared with /export (undefined when rate limiting is off). */
  readonly limiter: RequestHandler | undefined;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

/** A client's request id, cut to a length that keeps log lines short; a fresh one when it sends none. */
export function requestIdFrom(given: string | string[] | undefined): string {
  return typeof given === 'string' && given !== '' && given.length <= 128 ? given : randomUUID();
}

/** Express's middleware that sets res.locals.requestId (the chains of /graphql and /export). */
export const requestIdOf: RequestHandler = (req, res, next) => {
  res.locals.requestId = requestIdFrom(req.headers['x-request-id']);
  next();
};

/** Runs a connect-style middleware on Node's request and response: resolves when it calls next, rejects with its error. */
function step(middleware: RequestHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    // The middlewares run here (cors, body-parser) read only Node's own request and response.
    void middleware(req as express.Request, res as express.Response, (error?: unknown) => (error ? reject(error) : resolve()));
  });
}

export function graphqlDoor(options: GraphQLDoorOptions): GraphQLDoor {
  const { handler, keys, logger } = options;
  const cors = corsFor(options.corsOrigins);
  const json = express.json({ limit: options.maxBodyBytes });

  /** A refused key, logged with the client's address and answered (its challenge header is set before, by `challenge`). */
  const refuse = (req: IncomingMessage, res: ServerResponse, error: JisrError, requestId: unknown, ip: string | undefined) => {
    logger.info({ requestId, ip, status: httpStatusOf(error.code), code: error.code }, 'request refused');
    sendGraphQLError(req, res, error);
  };

  const chain: RequestHandler[] = [
    requestIdOf,
    // CORS first, so that a preflight is answered before anything counts it and a refusal
    // (429, 413) still carries the headers a browser needs to read it.
    cors,
    // The key is checked before the limiter, which counts a verified key as one client and anything
    // else by its address; a refused key is answered after it, so that guessing keys is limited too.
    identifyViewer(keys),
    ...(options.limiter ? [options.limiter] : []),
    refuseUnauthenticated((req, res, error) => refuse(req, res, error, res.locals.requestId, req.ip)),
    json,
    (req, res) => handler(req, res, { requestId: res.locals.requestId as string, viewer: viewerOfResponse(res) }),
  ];

  const serve = async (req: ParsedRequest, res: ServerResponse): Promise<void> => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    await step(cors, req, res);
    const { viewer, authFailure } = await identify(req.headers.authorization, keys, requestId);
    if (authFailure) {
      challenge(res, authFailure);
      refuse(req, res, authFailure, requestId, req.socket.remoteAddress);
      return;
    }
    await step(json, req, res);
    await handler(req, res, { requestId, viewer: viewer ?? null });
  };

  const direct = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'POST' || req.url !== '/graphql' || !exemptFromRateLimit(options.rateLimit, req.socket.remoteAddress)) return false;
    serve(req, res).catch((error: unknown) => answerTransportError(logger, error, req, res));
    return true;
  };

  return { chain, direct };
}
