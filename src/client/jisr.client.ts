import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql/language/printer';
import { DEFAULT_EXPORT_DEPTH, EXPORT_FORMATS, type ExportFormat } from '../export/export.formats';
import { type JisrClientErrorCode, JisrClientError, type JisrGraphQLError } from './client.errors';

/**
 * A small typed client for Jisr's GraphQL API: send a typed document (src/generated/operations.ts), get its typed
 * data back, or a JisrClientError with a typed code. It only needs `fetch`, so it runs in Node 20 and in browsers
 * alike; nothing here imports a Node module.
 */

export interface JisrClientOptions {
  /** The GraphQL endpoint: `http://localhost:4000/graphql`, or `/graphql` in a page Jisr serves. */
  readonly url: string;
  /** An API key, sent as `Authorization: Bearer <key>` (needed for changes, and for reads with READS_REQUIRE_KEY). */
  readonly apiKey?: string;
  /** More headers for every request (an `x-request-id`, say). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The fetch to use; the global one by default. */
  readonly fetch?: typeof fetch;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

/** Variables may be left out only when the operation needs none. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

/** What part of the graph an export download holds (see the README, "Exports"). */
export type ExportTarget =
  | { readonly format: ExportFormat; readonly centerId?: undefined }
  | { readonly format: ExportFormat; readonly centerId: string; readonly depth?: number; readonly limit?: number }
  | { readonly format: Exclude<ExportFormat, 'nodes-csv'>; readonly funderId: string };

export interface JisrClient {
  /** Runs a query or mutation; resolves with its data, or rejects with a JisrClientError. */
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>, ...rest: VariablesArgument<TVariables>
  ): Promise<TData>;
  /** The address of an export download (for a link when reads need no key). */
  exportUrl(target: ExportTarget): string;
  /** Fetches an export with the client's key; rejects with a JisrClientError when the server refuses it. */
  fetchExport(target: ExportTarget, options?: RequestOptions): Promise<Response>;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: JisrGraphQLError[];
}

// Printing a document costs a walk over it; each is printed once.
const printed = new WeakMap<DocumentNode, string>();
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** The first error's code when it is a string, as the server sent it; INTERNAL_SERVER_ERROR when it sent none. */
function codeOf(errors: readonly JisrGraphQLError[]): JisrClientErrorCode {
  const code = errors[0]?.extensions?.code;
  return (typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR') as JisrClientErrorCode;
}

function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

export function createJisrClient(options: JisrClientOptions): JisrClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const auth: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};
  // The export routes sit beside /graphql: http://host/graphql → http://host/export/…
  const exportBase = options.url.replace(/\/graphql\/?$/, '');

  const send = async (input: string, init: RequestInit): Promise<Response> => {
    try {
      return await doFetch(input, init);
    } catch (error) {
      throw new JisrClientError('NETWORK_ERROR', `No answer from ${input}: ${error instanceof Error ? error.message : String(error)}`, null, [], null, { cause: error });
    }
  };

  const exportUrl = (target: ExportTarget): string => {
    const { extension } = EXPORT_FORMATS[target.format];
    if ('funderId' in target) return `${exportBase}/export/funders/${encodeURIComponent(target.funderId)}/flows.${extension}`;
    if (target.centerId === undefined) return `${exportBase}/export/graph.${extension}`;
    const query = new URLSearchParams({ centerId: target.centerId, depth: String(target.depth ?? DEFAULT_EXPORT_DEPTH) });
    if (target.limit !== undefined) query.set('limit', String(target.limit));
    return `${exportBase}/export/graph.${extension}?${query}`;
  };

  return {
    async request<TData, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TData, TVariables>, ...[variables, requestOptions]: VariablesArgument<TVariables>
    ): Promise<TData> {
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options.headers, ...auth },
        body: JSON.stringify({ query: queryText(document), variables: variables ?? {}, operationName: operationNameOf(document) }),
        signal: requestOptions?.signal,
      });
      let body: GraphQLResponseBody;
      try {
        body = (await response.json()) as GraphQLResponseBody;
      } catch (error) {
        throw new JisrClientError('INVALID_RESPONSE', `The answer from ${options.url} (HTTP ${response.status}) is not JSON.`, response.status, [], null, { cause: error });
      }
      const errors = Array.isArray(body?.errors) ? body.errors : [];
      if (errors.length > 0) throw new JisrClientError(codeOf(errors), errors[0]!.message, response.status, errors, body.data ?? null);
      if (!response.ok || body?.data === undefined || body.data === null) {
        throw new JisrClientError('INVALID_RESPONSE', `The answer from ${options.url} (HTTP ${response.status}) holds neither data nor errors.`, response.status);
      }
      return body.data as TData;
    },

    exportUrl,

    async fetchExport(target, requestOptions) {
      const url = exportUrl(target);
      const response = await send(url, { headers: { ...options.headers, ...auth }, signal: requestOptions?.signal });
      if (response.ok) return response;
      let errors: JisrGraphQLError[] = [];
      try {
        errors = ((await response.json()) as GraphQLResponseBody).errors ?? [];
      } catch {
        // Not Jisr's JSON: reported below as INVALID_RESPONSE.
      }
      if (errors.length > 0) throw new JisrClientError(codeOf(errors), errors[0]!.message, response.status, errors);
      throw new JisrClientError('INVALID_RESPONSE', `The export at ${url} answered HTTP ${response.status}.`, response.status);
    },
  };
}
