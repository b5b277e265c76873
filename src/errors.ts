import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Stable error codes a client may branch on. Anything else reaches clients as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  /** The operation is measured before it runs and is over a limit: depth, aliases, tokens or cost. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The answer is larger than MAX_RESPONSE_BYTES; it is dropped, not sent. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** The HTTP request is not a GraphQL request: malformed JSON, no query, an unknown path. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is larger than MAX_BODY_BYTES. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The body is not JSON (content type) or not UTF-8 (charset). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The client sent more requests than RATE_LIMIT_MAX in RATE_LIMIT_WINDOW_MS. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** No API key, or one that is unknown or revoked, where one is needed. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid API key whose role does not allow the operation. */
  FORBIDDEN: 'FORBIDDEN',
  /** An update named a version that is no longer current; the error carries the current one. */
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  DATABASE_TIMEOUT: 504,
  QUERY_TOO_COMPLEX: 400,
  RESPONSE_TOO_LARGE: 400,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

/** An error meant for the client: its message states the contract, the value received and the fix. */
export class JisrError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'JisrError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badUserInput = (message: string, extensions?: Record<string, unknown>) =>
  new JisrError(ErrorCode.BAD_USER_INPUT, message, extensions);

/** Codes produced by graphql-js, Apollo or Jisr that are safe to show as they are. */
const SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/**
 * The Jisr error behind an error, if any. Apollo re-codes errors raised while validating (a limit
 * reported by a validation rule arrives as GRAPHQL_VALIDATION_FAILED wrapping it), so the chain of
 * original errors is followed to give the client the code Jisr chose.
 */
function jisrErrorBehind(error: unknown): JisrError | undefined {
  let current: unknown = error;
  for (let hops = 0; current instanceof Error && hops < 4; hops++) {
    if (current instanceof JisrError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The one translation point from anything thrown to what a client sees.
 * Unknown errors are masked so that neither Cypher nor stack traces leave the server; the caller logs them.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (original: unknown) => void,
): GraphQLFormattedError {
  const jisr = jisrErrorBehind(error);
  if (jisr) {
    // `http` tells Apollo the status and is never shown; `stacktrace` never leaves the server.
    const { http: _status, stacktrace: _trace, ...extensions } = jisr.extensions;
    return { message: jisr.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code: jisr.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && SAFE_CODES.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  onUnexpected(unwrapResolverError(error));
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
