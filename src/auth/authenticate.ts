import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { JisrContext } from '../context/context';
import { ErrorCode, JisrError } from '../errors';
import type { ApiKeyRepository } from './api-key.repository';
import { viewerOf } from './api-key.service';
import { requireRole, type Viewer } from './viewer';

/**
 * Authentication at the HTTP door. The viewer is resolved before the rate limiter, so that the limiter
 * counts a client by its *verified* key (a made-up key id cannot buy a fresh allowance) and a failed
 * attempt by its address; the refusal comes after the limiter, so a client guessing keys is slowed too.
 */

/** The challenge RFC 6750 asks a 401 to carry. */
export const BEARER_CHALLENGE = 'Bearer realm="jisr"';

export interface AuthLocals {
  viewer?: Viewer | null;
  authFailure?: JisrError;
}

/** The verified viewer of the request (null without a key), once identifyViewer has run. */
export function viewerOfResponse(res: Response): Viewer | null {
  return (res.locals as AuthLocals).viewer ?? null;
}

/**
 * The viewer of an Authorization header (null without one), or the Jisr error that refuses the request
 * (UNAUTHENTICATED; DATABASE_UNAVAILABLE when Neo4j cannot say). Any other error is thrown.
 */
export async function identify(authorization: string | undefined, keys: ApiKeyRepository, requestId: string | undefined): Promise<AuthLocals> {
  try {
    return { viewer: await viewerOf(authorization, keys, { operation: 'authenticate', requestId }) };
  } catch (error) {
    if (!(error instanceof JisrError)) throw error;
    return { viewer: null, authFailure: error };
  }
}

/** Resolves the Authorization header into res.locals (identify's answer). Never answers itself. */
export function identifyViewer(keys: ApiKeyRepository): RequestHandler {
  return async (req, res, next) => {
    try {
      Object.assign(res.locals, await identify(req.get('authorization'), keys, res.locals.requestId as string | undefined));
    } catch (error) {
      next(error);
      return;
    }
    next();
  };
}

/** Answers a request whose key identifyViewer refused, through `refuse`; lets the others through. */
export function refuseUnauthenticated(refuse: (req: Request, res: Response, error: JisrError) => void): RequestHandler {
  return (req, res, next) => {
    const failure = (res.locals as AuthLocals).authFailure;
    if (!failure) {
      next();
      return;
    }
    challenge(res, failure);
    refuse(req, res, failure);
  };
}

/** The WWW-Authenticate header RFC 6750 asks a refused key's answer to carry; none for any other refusal. */
export function challenge(res: ServerResponse, failure: JisrError): void {
  if (failure.code === ErrorCode.UNAUTHENTICATED) res.setHeader('www-authenticate', `${BEARER_CHALLENGE}, error="invalid_token"`);
}

/**
 * READS_REQUIRE_KEY: every query needs at least a reader key, answered 401 before any resolver runs.
 * Mutations are not this plugin's concern: each one names the role it needs.
 */
export function readAccessPlugin(readsRequireKey: boolean): ApolloServerPlugin<JisrContext> {
  return {
    async requestDidStart() {
      if (!readsRequireKey) return;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') return;
          if (contextValue.viewer) return;
          // requireRole's message; the status and challenge are what a client expects of a missing key.
          try {
            requireRole(contextValue.viewer, 'reader', 'read the graph');
          } catch (error) {
            if (!(error instanceof JisrError)) throw error;
            throw new JisrError(error.code, error.message, {
              ...error.extensions,
              http: { status: 401, headers: new Map([['www-authenticate', BEARER_CHALLENGE]]) },
            });
          }
        },
      };
    },
  };
}
