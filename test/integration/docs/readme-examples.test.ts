import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { REPO_ROOT } from '../../../src/config';
import { useGraphQLTestClient } from '../../helpers/graphql';

/** Every ```graphql block of the README, with its operation name. */
const examples = [...readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, query]) => {
  const definition = parse(query!).definitions[0];
  return { name: definition && 'name' in definition && definition.name ? definition.name.value : '(anonymous)', query: query! };
});

const client = useGraphQLTestClient();

describe('README examples', () => {
  it('has at least one example per network query', () => {
    const all = examples.map((e) => e.query).join('\n');
    for (const field of ['fundingFlows', 'funderReach', 'network(', 'paths(', 'search(', 'node(', 'actors(', 'events(', 'partners(', 'interlocks(', 'brokers(', 'timeline(', 'whoWorksWhere(', 'places(', 'funders(']) expect(all).toContain(field);
  });

  it.each(examples)('runs $name against the seed graph and returns data without errors', async ({ query }) => {
    const { result } = await client.run(query);
    expect(result.errors).toBeUndefined();
    for (const value of Object.values(result.data!)) expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
  });
});
