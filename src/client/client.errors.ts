import type { ErrorCode } from '../errors';

/**
 * The codes a Jisr server answers with, as one type: Jisr's own (src/errors.ts, imported as a type only, so the
 * union follows the server's list and adds nothing to a browser bundle), the graphql-js and Apollo codes the server
 * passes on unchanged, and two of the client's own for answers that never were GraphQL.
 */

/** Codes of graphql-js and Apollo that the server shows as they are (src/errors.ts lets these through). */
export const GRAPHQL_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;

/** Every code a Jisr server may put in `errors[].extensions.code`. */
export type JisrErrorCode = ErrorCode | (typeof GRAPHQL_ERROR_CODES)[number];

/**
 * The client's own: NETWORK_ERROR when no answer came (the server is down, the address is wrong, the request was
 * aborted); INVALID_RESPONSE when the answer is not a GraphQL response (a proxy's HTML error page, say).
 */
export const CLIENT_ERROR_CODES = ['NETWORK_ERROR', 'INVALID_RESPONSE'] as const;

export type JisrClientErrorCode = JisrErrorCode | (typeof CLIENT_ERROR_CODES)[number];

/** One entry of a GraphQL response's `errors`, as the server formats it. */
export interface JisrGraphQLError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

/** Why a request failed: the first error's code and message, and everything else the answer held. */
export class JisrClientError extends Error {
  override readonly name = 'JisrClientError';

  constructor(
    readonly code: JisrClientErrorCode,
    message: string,
    /** The HTTP status, when an answer came. */
    readonly status: number | null = null,
    /** Every error of the GraphQL response (the first one gave `code` and the message). */
    readonly errors: readonly JisrGraphQLError[] = [],
    /** The partial data that came with the errors, if any. */
    readonly data: unknown = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
