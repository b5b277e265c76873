import type { IncomingMessage, ServerResponse } from 'node:http';
import accepts from 'accepts';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, httpStatusOf, JisrError } from '../errors';
import type { Logger } from '../logger';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The media type of an answer: application/graphql-response+json when the client prefers it,
 * application/json otherwise, also when it names neither (the GraphQL-over-HTTP default).
 */
export function responseMediaType(req: IncomingMessage): string {
  return accepts(req).type(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : 'application/json';
}

/** Cuts what a client sent before echoing it: an error must not become a way to inflate answers or logs. */
export function echo(value: string, max = 100): string {
  return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
}

/** The error as a client sees it: message and extensions, never `http`, a stack or a path. */
export function publicError(error: JisrError): { message: string; extensions: Record<string, unknown> } {
  const { http: _status, ...extensions } = error.extensions;
  return { message: error.message, extensions };
}

/**
 * Writes a whole answer. Node's own calls, not Express's res.send: the /graphql door answers without Express
 * (src/server/graphql-door.ts), and no answer of Jisr's is worth an ETag (none is ever revalidated).
 */
export function sendBody(res: ServerResponse, status: number, contentType: string, body: string, bytes = Buffer.byteLength(body)): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('content-length', bytes);
  res.end(body);
}

/** Answers a request that never reached GraphQL with a GraphQL-shaped error: {"errors":[{message, extensions:{code}}]}. */
export function sendGraphQLError(req: IncomingMessage, res: ServerResponse, error: JisrError, status = httpStatusOf(error.code)): void {
  sendBody(res, status, `${responseMediaType(req)}; charset=utf-8`, JSON.stringify({ errors: [publicError(error)] }));
}

/** What body-parser and http-errors attach to the errors they raise. */
interface HttpErrorFields {
  readonly status?: number;
  readonly statusCode?: number;
  readonly type?: string;
  readonly length?: number;
  readonly limit?: number;
  readonly charset?: string;
  readonly encoding?: string;
}

const EXAMPLE_BODY = '{"query": "{ __typename }"}';

/** The client error behind a failure to read the request, or undefined for a server fault. */
function clientErrorOf(error: unknown): { error: JisrError; status: number } | undefined {
  if (!(error instanceof Error)) return undefined;
  const fields = error as Error & HttpErrorFields;
  const status = fields.status ?? fields.statusCode;
  switch (fields.type) {
    case 'entity.parse.failed':
      return {
        status: 400,
        error: new JisrError(ErrorCode.BAD_REQUEST, `The request body is not valid JSON (${echo(error.message)}). Send a JSON object such as ${EXAMPLE_BODY}.`),
      };
    case 'entity.too.large': {
      const size = fields.length === undefined ? `more than ${fields.limit} bytes` : `${fields.length} bytes`;
      return {
        status: 413,
        error: new JisrError(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The request body has ${size}; the limit is ${fields.limit} bytes. Send a shorter document and fewer or smaller variables.`,
          { limit: fields.limit },
        ),
      };
    }
    case 'charset.unsupported':
      return {
        status: 415,
        error: new JisrError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `The request body's charset is "${echo(fields.charset ?? '', 40)}"; only UTF-8 is accepted. Send content-type: application/json; charset=utf-8.`),
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        error: new JisrError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `The request body's content-encoding "${echo(fields.encoding ?? '', 40)}" is not supported. Send it uncompressed, or as gzip, deflate or br.`),
      };
    default:
      if (status !== undefined && status >= 400 && status < 500) {
        return { status, error: new JisrError(ErrorCode.BAD_REQUEST, `The request could not be read: ${echo(error.message)}.`) };
      }
      return undefined;
  }
}

/**
 * The last middleware: whatever went wrong before GraphQL (a body that is not JSON, too large, in
 * another charset) becomes a GraphQL-shaped JSON error with a code, and anything else an
 * INTERNAL_SERVER_ERROR. Express's own handler would answer an HTML page with the stack and paths,
 * and print the stack on several lines between the JSON log lines.
 */
export function transportErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => answerTransportError(logger, error, req, res);
}

/** What transportErrorHandler answers, for the /graphql door that reads its requests without Express. */
export function answerTransportError(logger: Logger, error: unknown, req: IncomingMessage, res: ServerResponse): void {
  const refused = clientErrorOf(error);
  const path = echo(urlParts(req).path);
  if (refused) {
    logger.info({ method: req.method, path, status: refused.status, code: refused.error.code }, 'request refused');
  } else {
    logger.error({ err: error, method: req.method, path }, 'unexpected error outside GraphQL');
  }
  if (res.headersSent) {
    // Part of an answer is out: the only honest end is to cut the connection.
    req.socket.destroy();
    return;
  }
  if (refused) {
    sendGraphQLError(req, res, refused.error, refused.status);
  } else {
    sendGraphQLError(req, res, new JisrError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
  }
}

/** A request's path (as Express's req.path gives it) and its query string from the `?` on ('' without one). */
export function urlParts(req: IncomingMessage): { path: string; search: string } {
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  return queryStart >= 0 ? { path: url.slice(0, queryStart), search: url.slice(queryStart) } : { path: url, search: '' };
}

/** Any path Jisr does not serve: a JSON 404 naming the paths it does. */
export function notFoundHandler(logger: Logger): RequestHandler {
  return (req, res) => {
    logger.info({ method: req.method, path: echo(req.path), status: 404, code: ErrorCode.NOT_FOUND }, 'request refused');
    sendGraphQLError(req, res, new JisrError(
      ErrorCode.NOT_FOUND,
      `Nothing is served at ${req.method} ${echo(req.path)}. Jisr serves /graphql (POST, or GET with an apollo-require-preflight header), the explorer at / and /graphiql, downloads under /export/, GET /healthz and GET /readyz.`,
    ));
  };
}
