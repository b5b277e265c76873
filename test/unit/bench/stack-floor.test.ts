import { buildSchema, graphql, parse, print } from 'graphql';
import { STACK_FLOOR_QUERY, type StackFloor, startStackFloor, startTypedStackFloor, withTypenames } from '../../../src/bench/stack-floor';

// The stack's floor stands for the least the required stack (Apollo Server, graphql-js, type-graphql) costs a
// question: it must answer a question's rows as the floor does, and a question it has no statements for as an error.
describe('the bench\'s stack floor', () => {
  let server: StackFloor;
  beforeAll(async () => {
    server = await startStackFloor(async (name) => {
      if (name !== 'event jenin') throw new Error(`No captured statements for the question ${JSON.stringify(name)}`);
      return [[{ id: 'event:1', title: 'لقاء مفتوح', count: 3, organizers: [{ id: 'org:a' }] }]];
    });
  });
  afterAll(async () => server.stop());

  const ask = async (name: string) => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: STACK_FLOOR_QUERY, variables: { name } }) });
    return { status: response.status, body: await response.json() as { data?: { answer: unknown }; errors?: { message: string }[] } };
  };

  it('answers a question\'s rows through Apollo as they came, and counts the request', async () => {
    const { status, body } = await ask('event jenin');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { answer: [[{ id: 'event:1', title: 'لقاء مفتوح', count: 3, organizers: [{ id: 'org:a' }] }]] } });
    expect(server.counts()).toEqual({ requests: 1, inFlight: 0 });
  });

  it('answers a question whose statements fail with 500 and the error, as the floor does, so that the bench counts a failure', async () => {
    const { status, body } = await ask('no such question');
    expect(status).toBe(500);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.message).toContain('No captured statements for the question "no such question"');
  });
});

// The typed stack's floor stands for the least any server answering Jisr's schema on the required stack costs: it must
// answer Jisr's very answer to Jisr's query (aliases, interfaces, enums and all), after the question's statements.
describe('the bench\'s typed stack floor', () => {
  const sdl = `
    interface Node { id: ID! }
    enum Kind { NGO POLICE }
    type Organization implements Node { id: ID! name: String! kind: Kind! partners(first: Int): [Organization!]! }
    type Event implements Node { id: ID! title: String! organizers: [Organization!]! }
    type Query { node(id: ID!): Node  count: Int! }`;
  const query = `query Card($id: ID!) {
    card: node(id: $id) { id ... on Event { title hosts: organizers { name kind few: partners(first: 1) { id } } } }
    other: node(id: "org:b") { __typename id }
    count
  }`;
  const org = (id: string, name: string, kind: string, partners: object[] = []) => ({ __typename: 'Organization', id, name, kind, partners });
  // What Jisr would have captured: its answer to the query with every object's __typename added.
  const resolvers = {
    node: ({ id }: { id: string }) => (id === 'org:b'
      ? org('org:b', 'ب', 'POLICE')
      : { __typename: 'Event', id, title: 'لقاء مفتوح', organizers: [org('org:a', 'أ', 'NGO', [org('org:b', 'ب', 'POLICE')])] }),
    count: () => 2,
  };
  let server: StackFloor;
  let expected: unknown;
  const ran: string[] = [];
  beforeAll(async () => {
    const schema = buildSchema(sdl);
    const variableValues = { id: 'event:1' };
    expected = (await graphql({ schema, source: query, rootValue: resolvers, variableValues })).data;
    const typed = await graphql({ schema, source: print(withTypenames(parse(query))), rootValue: resolvers, variableValues });
    server = await startTypedStackFloor(sdl, new Map([['event card', typed.data as Record<string, unknown>]]), async (name) => {
      ran.push(name);
      return [];
    });
  });
  afterAll(async () => server.stop());

  const ask = async (name: string) => {
    const response = await fetch(`${server.url}/${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id: 'event:1' } }) });
    return { status: response.status, body: await response.json() as { data?: unknown; errors?: { message: string }[] } };
  };

  it('answers the captured answer to the same query field by field, aliases and abstract types included, after running the question\'s statements once', async () => {
    ran.length = 0;
    const { status, body } = await ask('event card');
    expect(status).toBe(200);
    expect(JSON.stringify(body.data)).toBe(JSON.stringify(expected));
    expect((body.data as { card: { hosts: { few: unknown[] }[] } }).card.hosts[0].few).toEqual([{ id: 'org:b' }]);
    // Three root fields, one run of the statements.
    expect(ran).toEqual(['event card']);
  });

  it('answers a question it has no captured answer for with 500, so that the bench counts a failure', async () => {
    const { status, body } = await ask('no such question');
    expect(status).toBe(500);
    expect(body.errors?.[0]?.message).toContain('No captured answer for the question "no such question"');
  });
});
