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
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLScalarType } from 'graphql';
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
  const apollo = new ApolloServer({ schema, introspection: false, stopOnTerminationSignals: false });
  await apollo.start();
  let requests = 0;
  let inFlight = 0;

  // Node's HTTP to Apollo in the fewest steps: the body read and parsed, Apollo's answer written as it comes.
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests++;
      inFlight++;
      const headers = new HeaderMap([['content-type', 'application/json']]);
      void apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown },
        context: async () => ({}),
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
