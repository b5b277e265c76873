/**
 * The explorer's one way to ask Jisr: POST /graphql on this origin with a named operation from web/operations/.
 * A JSON body makes the request non-simple, which is what Apollo's CSRF prevention asks of browsers.
 */

/** A GraphQL error as Jisr sends it: a message and a stable code (NOT_FOUND, BAD_USER_INPUT, …). */
export class JisrRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'JisrRequestError';
  }
}

interface GraphQLResponse<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

export async function runOperation<TData, TVariables extends object = Record<string, never>>(
  document: string,
  operationName: string,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document, operationName, variables }),
    signal,
  });
  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new JisrRequestError(`Jisr answered ${operationName} with HTTP ${response.status} and no JSON.`, 'INTERNAL_SERVER_ERROR', response.status);
  }
  const [first] = body.errors ?? [];
  if (first) throw new JisrRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', response.status);
  if (body.data === undefined || body.data === null) {
    throw new JisrRequestError(`Jisr answered ${operationName} without data.`, 'INTERNAL_SERVER_ERROR', response.status);
  }
  return body.data;
}
