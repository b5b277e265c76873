import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { Viewer } from '../auth/viewer';
import { ErrorCode, JisrError } from '../errors';
import type { Logger } from '../logger';
import { echo, GRAPHQL_RESPONSE_JSON, publicError, responseMediaType, sendBody, sendGraphQLError, urlParts } from './transport-errors';

/**
 * Codes of a well-formed GraphQL-over-HTTP request that failed as GraphQL: the document does not
 * parse or validate, a variable does not coerce, the operation is not there, or it is over a limit.
 * With application/json the spec asks for 200 for these (the errors are in the body), with
 * application/graphql-response+json for 4xx. Anything else keeps Apollo's status: a body that is
 * not a GraphQL request (BAD_REQUEST) is 400 for both.
 */
const GRAPHQL_REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.RESPONSE_TOO_LARGE,
]);

function isGraphQLRequestFailure(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    return parsed.data === undefined
      && Array.isArray(parsed.errors) && parsed.errors.length > 0
      && parsed.errors.every((error) => GRAPHQL_REQUEST_ERROR_CODES.has(String(error.extensions?.code)));
  } catch {
    return false;
  }
}

/** The status the spec asks for, given the media type Apollo chose for the answer. */
export function statusFor(status: number, contentType: string, body: string): number {
  const isPlainJson = contentType.startsWith('application/json');
  return status === 400 && isPlainJson && isGraphQLRequestFailure(body) ? 200 : status;
}

export function responseTooLarge(bytes: number, limit: number): JisrError {
  return new JisrError(
    ErrorCode.RESPONSE_TOO_LARGE,
    `The answer has ${bytes} bytes; the limit is ${limit}. Ask for fewer items (a smaller first or limit) or fewer fields, and page through the rest.`,
    { bytes, limit },
  );
}

/** What the door learnt of a request before GraphQL: its id, and the verified key's viewer (null without a key). */
export interface DoorRequest {
  readonly requestId: string;
  readonly viewer: Viewer | null;
}

/** A request whose body the JSON parser has read (body-parser sets `body`; a GET has none). */
export type ParsedRequest = IncomingMessage & { body?: unknown };

/** Answers one GraphQL request over HTTP: Node's request and response, so that Express is optional. */
export type GraphQLHandler = (req: ParsedRequest, res: ServerResponse, door: DoorRequest) => Promise<void>;

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly context: (door: DoorRequest) => Promise<TContext>;
  /** MAX_RESPONSE_BYTES. */
  readonly maxResponseBytes: number;
  /** Measures a document before Apollo sees it; the errors of the limits it is over, if any. */
  readonly measure: (query: string) => readonly JisrError[];
  readonly logger: Logger;
}

/**
 * Node's HTTP → Apollo, as @as-integrations/express5 does it for Express, plus what that adapter cannot do because
 * it hands the request straight in and Apollo's answer straight out: a POST that is not JSON is
 * refused with 415 (the body parser would leave it unread), the document is measured before Apollo
 * parses and validates it, an answer larger than MAX_RESPONSE_BYTES is replaced by a
 * RESPONSE_TOO_LARGE error, and GraphQL request errors answer 200 to application/json clients, as
 * the GraphQL-over-HTTP spec asks (Apollo answers 400 to both media types).
 */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>): GraphQLHandler {
  const { apollo, logger, maxResponseBytes } = options;
  return async (req, res, door) => {
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (req.method === 'POST' && mediaType !== 'application/json') {
      const got = mediaType === '' ? 'no content-type' : `content-type ${JSON.stringify(echo(mediaType, 60))}`;
      sendGraphQLError(req, res, new JisrError(
        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        `Expected a JSON body with content-type: application/json, but got ${got}. Send {"query": "…", "variables": {…}} as JSON.`,
      ));
      return;
    }

    const { search } = urlParts(req);
    const query: unknown = req.method === 'POST' ? (req.body as { query?: unknown } | undefined)?.query : new URLSearchParams(search).get('query');
    if (typeof query === 'string') {
      const refusals = options.measure(query);
      if (refusals.length > 0) {
        logger.info({ requestId: door.requestId, codes: [ErrorCode.QUERY_TOO_COMPLEX], measures: refusals.map((e) => e.extensions.measure) }, 'graphql request refused');
        // A GraphQL request error: 200 with application/json, 400 with graphql-response+json, as Apollo's own are answered.
        const mediaType = responseMediaType(req);
        sendBody(res, mediaType === GRAPHQL_RESPONSE_JSON ? 400 : 200, `${mediaType}; charset=utf-8`, JSON.stringify({ errors: refusals.map(publicError) }));
        return;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body: req.body },
      context: () => options.context(door),
    });

    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'chunked') {
      // Incremental delivery (@defer) needs graphql 17; kept so that the adapter stays complete.
      res.statusCode = response.status ?? 200;
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }

    let body = response.body.string;
    let status = response.status ?? 200;
    // The size guard counts the bytes of the body Apollo has already serialised; nothing is serialised twice.
    let bytes = Buffer.byteLength(body);
    if (bytes > maxResponseBytes) {
      logger.warn({ requestId: door.requestId, bytes, limit: maxResponseBytes }, 'answer dropped: larger than MAX_RESPONSE_BYTES');
      body = JSON.stringify({ errors: [publicError(responseTooLarge(bytes, maxResponseBytes))] });
      bytes = Buffer.byteLength(body);
      status = 400;
    }
    const contentType = response.headers.get('content-type') ?? GRAPHQL_RESPONSE_JSON;
    sendBody(res, statusFor(status, contentType, body), contentType, body, bytes);
  };
}
