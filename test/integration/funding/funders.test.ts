import { FunderReachPagesDocument, FundersDocument, type FundersQuery, type FundersQueryVariables } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { type OwnNode, type OwnRelationship, uniqueId, withOwnGraph } from '../../helpers/own-data';

// Funders of this file's own, of known sizes: one reaching three events, two reaching two each (one directly,
// one through a program it funds), one funding a program with no event yet; and an organiser that funds nothing.
// Other files add and remove funders of their own at the same time, so every assertion is about these, or about
// the order of whatever else is listed, never about how many funders the graph holds.
const ids = {
  big: uniqueId('ORGANIZATION', 'funders-big'),
  twinA: uniqueId('ORGANIZATION', 'funders-twin-a'),
  twinB: uniqueId('ORGANIZATION', 'funders-twin-b'),
  programOnly: uniqueId('ORGANIZATION', 'funders-program-only'),
  organiser: uniqueId('ORGANIZATION', 'funders-organiser'),
  program: uniqueId('PROGRAM', 'funders-program'),
  emptyProgram: uniqueId('PROGRAM', 'funders-empty-program'),
};
const events = Array.from({ length: 7 }, (_, i) => uniqueId('EVENT', `funders-event-${i}`));

const named = (name: string) => ({ name, nameEn: name, aliases: [], searchKeys: [name.toLowerCase()] });
const organisation = (id: string, name: string): OwnNode => ({ type: 'ORGANIZATION', id, properties: { kind: 'FOREIGN_GOVERNMENT', ...named(name) } });
const rel = (type: OwnRelationship['type'], from: string, to: string): OwnRelationship => ({ type, from, to, properties: { basis: 'article' } });

withOwnGraph({
  nodes: [
    organisation(ids.big, 'Funders test big'),
    organisation(ids.twinA, 'Funders test twin A'),
    organisation(ids.twinB, 'Funders test twin B'),
    organisation(ids.programOnly, 'Funders test program only'),
    organisation(ids.organiser, 'Funders test organiser'),
    { type: 'PROGRAM', id: ids.program, properties: named('Funders test program') },
    { type: 'PROGRAM', id: ids.emptyProgram, properties: named('Funders test empty program') },
    ...events.map((id, i): OwnNode => ({ type: 'EVENT', id, properties: { kind: 'WORKSHOP', title: `Funders test event ${i}`, searchKeys: [], datePrecision: 'UNKNOWN' } })),
  ],
  relationships: [
    ...events.slice(0, 3).map((event) => rel('FUNDED', ids.big, event)),
    rel('FUNDED', ids.twinA, ids.program), rel('PART_OF', events[3]!, ids.program), rel('PART_OF', events[4]!, ids.program),
    rel('FUNDED', ids.twinB, events[5]!), rel('FUNDED', ids.twinB, events[6]!),
    rel('FUNDED', ids.programOnly, ids.emptyProgram),
    rel('ORGANIZED', ids.organiser, events[0]!),
  ],
});

const client = useGraphQLTestClient();
type Funders = FundersQuery['funders'];
type FunderEdge = Funders['edges'][number];

async function funders(variables: FundersQueryVariables): Promise<Funders> {
  const { result } = await client.run(FundersDocument, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.funders;
}

/** Every page, following endCursor, with the totalCount each page gave. */
async function everyFunder(first: number): Promise<{ edges: FunderEdge[]; counts: number[] }> {
  const edges: FunderEdge[] = [];
  const counts: number[] = [];
  for (let after: string | null = null; ;) {
    const page = await funders({ first, after });
    edges.push(...page.edges);
    counts.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { edges, counts };
    after = page.pageInfo.endCursor;
  }
}

describe('funders', () => {
  it('lists every funder once, largest first by the events its support reached, ties by id descending', async () => {
    const { edges, counts } = await everyFunder(2);
    const listed = edges.map((edge) => edge.node.id);
    expect(new Set(listed).size).toBe(listed.length);

    const ours = edges.filter((edge) => Object.values(ids).includes(edge.node.id));
    const [higher, lower] = [ids.twinA, ids.twinB].sort().reverse();
    expect(ours.map((edge) => [edge.node.id, edge.eventCount, edge.programCount])).toEqual([
      [ids.big, 3, 0],
      [higher, 2, higher === ids.twinA ? 1 : 0],
      [lower, 2, lower === ids.twinA ? 1 : 0],
      [ids.programOnly, 0, 1],
    ]);
    // An organiser that funds nothing is no funder.
    expect(listed).not.toContain(ids.organiser);
    // Whatever else the graph holds comes in the same order.
    for (const [before, after] of edges.slice(1).map((edge, i) => [edges[i]!, edge] as const)) {
      expect(before.eventCount > after.eventCount || (before.eventCount === after.eventCount && before.node.id > after.node.id)).toBe(true);
    }
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(ours.length);
    expect(ours[0]!.node).toMatchObject({ name: 'Funders test big', kind: 'FOREIGN_GOVERNMENT' });
  });

  it('counts each funder\'s events and programs as its funderReach does', async () => {
    const { edges } = await everyFunder(100);
    for (const id of [ids.big, ids.twinA, ids.twinB, ids.programOnly]) {
      const { result } = await client.run(FunderReachPagesDocument, { funderId: id, first: 1 });
      expect(result.errors).toBeUndefined();
      const reach = result.data!.funderReach!;
      expect(edges.find((edge) => edge.node.id === id)).toMatchObject({ eventCount: reach.eventCount, programCount: reach.programCount });
    }
  });

  it('gives each funder once across pages of any size', async () => {
    const ours = (list: FunderEdge[]) => list.map((edge) => edge.node.id).filter((id) => Object.values(ids).includes(id));
    const byOne = await everyFunder(1);
    const byHundred = await everyFunder(100);
    expect(ours(byOne.edges)).toEqual(ours(byHundred.edges));
    expect(ours(byOne.edges)).toHaveLength(4);
  });

  it('refuses a page size out of range and a cursor of another list, naming the argument', async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }, { after: Buffer.from(JSON.stringify(['place', 'place:ye'])).toString('base64url') }]) {
      const { result } = await client.run(FundersDocument, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' in variables ? 'first' : 'after' });
    }
    // A cursor shaped like a funder's but holding the wrong values is refused too, not read as the first page.
    for (const key of [['three', 7], [2.5, 'org:x']]) {
      const wrong = Buffer.from(JSON.stringify(['funder', ...key])).toString('base64url');
      const { result } = await client.run(FundersDocument, { after: wrong });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });
});
