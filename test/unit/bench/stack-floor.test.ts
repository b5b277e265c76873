import { STACK_FLOOR_QUERY, type StackFloor, startStackFloor } from '../../../src/bench/stack-floor';

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
