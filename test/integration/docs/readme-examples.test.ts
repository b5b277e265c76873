import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { REPO_ROOT } from '../../../src/config';
import { createContext } from '../../../src/context/context';
import { createGraphQLTestClient, type GraphQLTestClient } from '../../helpers/graphql';

/** Every ```graphql block of the README, with its operation name. */
const examples = [...readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, query]) => {
  const definition = parse(query!).definitions[0];
  return { name: definition && 'name' in definition && definition.name ? definition.name.value : '(anonymous)', query: query! };
});

let client: GraphQLTestClient;
beforeAll(async () => {
  client = await createGraphQLTestClient();
});
afterAll(() => client.close());

describe('README examples', () => {
  it('has at least one example per network query', () => {
    const all = examples.map((e) => e.query).join('\n');
    for (const field of ['fundingFlows', 'funderReach', 'network(', 'paths(', 'search(', 'node(', 'actors(', 'events(', 'partners(', 'interlocks(', 'brokers(', 'timeline(', 'whoWorksWhere(']) expect(all).toContain(field);
  });

  it.each(examples)('runs $name against the seed graph and returns data without errors', async ({ query }) => {
    const response = await client.apollo.executeOperation({ query }, { contextValue: createContext(client.repositories) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    const data = response.body.singleResult.data as Record<string, unknown>;
    for (const value of Object.values(data)) expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
  });
});
