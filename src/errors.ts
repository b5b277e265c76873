import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Stable error codes a client may branch on. Anything else reaches clients as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  DATABASE_TIMEOUT: 504,
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
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
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
