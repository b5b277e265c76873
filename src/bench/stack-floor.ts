/**
 * The stack's floor: the GraphQL stack Jisr is built on (Apollo Server, graphql-js, a type-graphql resolver) serving
 * one field that runs a question's captured statements, in the same waves as the floor, and answers their rows.
 * Nothing of Jisr's own is in it: no door (CORS, keys, limits), no plugins, no repositories, no domain objects.
 *
 * Why: the floor (a bare `node:http` server) measures what the statements cost; this one measures what serving them
 * through the required stack costs at the least. Jisr ÷ floor is then the product of the two quotients, the stack's
 * (stack floor ÷ floor), which no code of Jisr's can lower, and Jisr's own (Jisr ÷ stack floor).
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { type DocumentNode, type GraphQLFieldResolver, GraphQLScalarType, Kind, type SelectionSetNode, buildSchema as buildSchemaFromSdl, visit } from 'graphql';
import { Arg, buildSchema, Query, Resolver } from 'type-graphql';

/** The rows of a question's statements, as they came: Apollo serialises them as the floor's JSON.stringify does. */
const Rows = new GraphQLScalarType({ name: 'Rows', serialize: (value) => value });

type RunQuestion = (name: string) => Promise<unknown[][]>;

export interface StackFloor {
  readonly url: string;
  readonly counts: () => { requests: number; inFlight: number };
  stop(): Promise<void>;
}

/** The GraphQL request a bench question is asked of the stack's floor with. */
export const STACK_FLOOR_QUERY = 'query Answer($name: String!) { answer(name: $name) }';

/** Serves `answer(name)` on a free port of 127.0.0.1, each answer the rows `run` gives for that question. */
export async function startStackFloor(run: RunQuestion): Promise<StackFloor> {
  @Resolver()
  class AnswerResolver {
    @Query(() => Rows)
    answer(@Arg('name') name: string): Promise<unknown[][]> {
      return run(name);
    }
  }
  const schema = await buildSchema({ resolvers: [AnswerResolver], validate: false });
  return serveApollo(new ApolloServer({ schema, introspection: false, stopOnTerminationSignals: false }), () => ({}));
}

/** Jisr's answer to a question (its `data`), each object with its `__typename`: what the typed stack's floor answers. */
export type TypedAnswers = ReadonlyMap<string, Record<string, unknown>>;

interface TypedContext extends BaseContext {
  readonly name: string;
  statements?: Promise<unknown>;
}

/**
 * The typed stack's floor: Apollo Server and graphql-js serving Jisr's own schema (its SDL, so every field has
 * graphql-js's default resolution, none of Jisr's resolvers) to Jisr's own query, completing field by field the very
 * answer Jisr gave for the question, once the question's captured statements have run in their waves.
 *
 * Why, beside the stack's floor: that one answers the rows as one scalar, so it leaves out what any server answering
 * Jisr's schema must do, complete every field of the answer. Jisr ÷ this one is Jisr's own work alone (its door,
 * plugins, repositories, domain objects and resolvers); this one ÷ the stack's floor is graphql-js's completion.
 *
 * A request names its question in the path (`/<name>`), as the floor's do, and sends Jisr's query and variables.
 */
export async function startTypedStackFloor(sdl: string, answers: TypedAnswers, run: RunQuestion): Promise<StackFloor> {
  const schema = buildSchemaFromSdl(sdl);
  // Every value is read by its response key (the captured answer is keyed by aliases); the query's root fields wait
  // for the question's statements, run once per request whatever the number of root fields.
  const fieldResolver: GraphQLFieldResolver<Record<string, unknown> | undefined, TypedContext> = (source, _args, context, info) => {
    const key = info.path.key as string;
    if (info.path.prev !== undefined) return source?.[key];
    const answer = answers.get(context.name);
    if (!answer) throw new Error(`No captured answer for the question ${JSON.stringify(context.name)}`);
    context.statements ??= run(context.name);
    return context.statements.then(() => answer[key]);
  };
  const apollo = new ApolloServer<TypedContext>({ schema, fieldResolver, introspection: false, stopOnTerminationSignals: false });
  return serveApollo(apollo, (req) => ({ name: decodeURIComponent((req.url ?? '/').slice(1)) }));
}

/**
 * `__typename` added to every selection set: the answer captured with it can be completed by graphql-js's default
 * type resolution, which reads it, for the interfaces and unions of Jisr's schema.
 */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode): SelectionSetNode {
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)) return node;
        return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
      },
    },
  });
}

/** Node's HTTP to Apollo in the fewest steps: the body read and parsed, Apollo's answer written as it comes. */
async function serveApollo<TContext extends BaseContext>(apollo: ApolloServer<TContext>, contextOf: (req: http.IncomingMessage) => TContext): Promise<StackFloor> {
  await apollo.start();
  let requests = 0;
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests++;
      inFlight++;
      const headers = new HeaderMap([['content-type', 'application/json']]);
      void apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown },
        context: async () => contextOf(req),
      }).then((response) => {
        const body = response.body.kind === 'complete' ? response.body.string : '';
        // A failed statement answers 500, as the floor's does, so that the bench counts it as a failure (Apollo
        // answers 200 with `errors` first, which no answer of rows begins with).
        res.writeHead(body.startsWith('{"errors"') ? 500 : response.status ?? 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      }, (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }).finally(() => { inFlight--; });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ requests, inFlight }),
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
