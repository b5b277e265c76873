import { BrokersDocument } from '../../../src/generated/operations';
import { searchKeysOf } from '../../../src/text/arabic-normalize';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { createOwnGraph, type OwnGraph, type OwnRelationship, uniqueId } from '../../helpers/own-data';

const client = useGraphQLTestClient();

const brokersIn = async (countryId?: string, first?: number) => {
  const { result, context } = await client.run(BrokersDocument, { countryId, first });
  expect(result.errors).toBeUndefined();
  return { brokers: result.data!.brokers, statements: context.recorder.names() };
};

describe('brokers', () => {
  it('finds Musa\'ala and SADA brokering in Yemen, between the Marib speakers and the police and Saferworld of the Saned project', async () => {
    const { brokers } = await brokersIn('place:ye');
    // Ten actors: the Al-Habilayn session's four, and Marib's six (two organisers, two speakers, the police, Saferworld).
    expect(brokers.actorCount).toBe(10);
    expect(brokers.collaborationCount).toBe(17);
    // Small enough for every actor to be a source: the scores are exact.
    expect(brokers).toMatchObject({ exact: true, sourceCount: 10 });
    const [first, second, third] = brokers.ranking;
    expect([first, second].map((b) => [b!.actor.id, b!.degree])).toEqual([['org:musaala', 5], ['org:sada', 5]]);
    // Each of the two carries half of the 4 shortest paths between {Halis, Jadie} and {police, Saferworld}:
    // 2 of the 36 pairs of the other nine actors.
    expect(first!.score).toBeCloseTo(2 / 36, 8);
    expect(second!.score).toBe(first!.score);
    expect(third!.score).toBe(0);
  });

  it('ranks UNDP first across the whole graph: the only link between the PSD\'s Community Police and everyone else in Jordan', async () => {
    const { brokers } = await brokersIn(undefined, 4);
    expect(brokers.ranking.map((b) => b.actor.id)).toEqual(['org:undp', 'org:jordan-psd', 'org:musaala', 'org:sada']);
    // The seed graph's 28 actors, and whatever actors other data adds in networks of their own.
    expect(brokers.actorCount).toBeGreaterThanOrEqual(28);
    // 6 pairs (Community Police and each of six others) only through UNDP, half of 4 Japan–speaker pairs: 8 of
    // the (n-1)(n-2)/2 pairs of the other actors (351 for the seed graph alone).
    const pairs = ((brokers.actorCount - 1) * (brokers.actorCount - 2)) / 2;
    expect(brokers.ranking[0]!.score).toBeCloseTo(8 / pairs, 8);
  });

  it('breaks ties by degree then id, and keeps isolated actors in the network with degree 0', async () => {
    const { brokers } = await brokersIn('place:ma', 100);
    // In Morocco each zone organised its own meeting alone and the DGSN alone implements the strategy.
    expect(brokers.ranking.map((b) => [b.actor.id, b.score, b.degree])).toEqual([
      ['org:dgsn', 0, 0],
      ['org:dgsn-hay-hassani-security-zone', 0, 0],
      ['org:dgsn-sidi-bernoussi-security-zone', 0, 0],
    ]);
    expect(brokers.collaborationCount).toBe(0);
  });

  it('answers an empty ranking for a place where no event was held', async () => {
    const { brokers } = await brokersIn('place:ye-lahj-habil-jabr');
    expect(brokers).toEqual({ actorCount: 0, collaborationCount: 0, exact: true, sourceCount: 0, ranking: [] });
  });

  it('costs the graph version and one statement to rank a network, then the version alone while no write commits', async () => {
    // Other files write into the shared test Neo4j meanwhile: a try counts only when the version held around it.
    for (let tries = 0; tries < 10; tries++) {
      const before = await client.executor.graphVersion({ operation: 'test' });
      const first = await brokersIn('place:ye');
      const second = await brokersIn('place:ye');
      if (await client.executor.graphVersion({ operation: 'test' }) !== before) continue;
      // The first either ranked the network (the subgraph, then the betweenness in process) or found it kept by an earlier test.
      expect([['health/ping', 'analysis/collaboration-links'], ['health/ping']]).toContainEqual(first.statements);
      expect(second.statements).toEqual(['health/ping']);
      expect(second.brokers).toEqual(first.brokers);
      return;
    }
    throw new Error('The graph changed around every one of 10 tries.');
  });

  it('ranks a place again after a write has changed its network, and answers the network as it is now', async () => {
    const ids = {
      place: uniqueId('PLACE', 'brokers-land'), first: uniqueId('EVENT', 'brokers-meeting'), second: uniqueId('EVENT', 'brokers-meeting'),
      a: uniqueId('ORGANIZATION', 'brokers-a'), b: uniqueId('ORGANIZATION', 'brokers-b'), c: uniqueId('ORGANIZATION', 'brokers-c'),
    };
    const named = (name: string) => ({ name, nameEn: name, aliases: [], searchKeys: searchKeysOf([name]) });
    const organised = (org: string, event: string): OwnRelationship => ({ type: 'ORGANIZED', from: org, to: event, properties: { basis: 'article' } });
    const graph = (relationships: OwnRelationship[]): OwnGraph => ({
      nodes: [
        { type: 'PLACE', id: ids.place, properties: { kind: 'COUNTRY', basis: 'article', ...named(ids.place) } },
        ...[ids.first, ids.second].map((id) => ({
          type: 'EVENT' as const, id,
          properties: { kind: 'WORKSHOP', title: id, titleEn: id, date: '2021-05-04', datePrecision: 'DAY', dateStart: '2021-05-04', dateEnd: '2021-05-04', searchKeys: searchKeysOf([id]) },
        })),
        ...[ids.a, ids.b, ids.c].map((id) => ({ type: 'ORGANIZATION' as const, id, properties: { kind: 'NGO', ...named(id) } })),
      ],
      relationships: [
        { type: 'HELD_IN', from: ids.first, to: ids.place, properties: { basis: 'article' } },
        { type: 'HELD_IN', from: ids.second, to: ids.place, properties: { basis: 'article' } },
        ...relationships,
      ],
    });
    const ranking = (answer: Awaited<ReturnType<typeof brokersIn>>) => answer.brokers.ranking.map((b) => [b.actor.id, b.score]);

    // a and b organised the first meeting, b and c the second: b is on the one path between a and c.
    const chain = await createOwnGraph(client.driver, graph([organised(ids.a, ids.first), organised(ids.b, ids.first), organised(ids.b, ids.second), organised(ids.c, ids.second)]));
    try {
      expect(ranking(await brokersIn(ids.place))).toEqual([[ids.b, 1], [ids.a, 0], [ids.c, 0]]);
    } finally {
      await chain.remove();
    }
    // The same place, now with c among the first meeting's organisers too: a and c meet without b.
    const triangle = await createOwnGraph(client.driver, graph([
      organised(ids.a, ids.first), organised(ids.b, ids.first), organised(ids.c, ids.first), organised(ids.b, ids.second), organised(ids.c, ids.second),
    ]));
    try {
      const again = await brokersIn(ids.place);
      expect(again.statements).toEqual(['health/ping', 'analysis/collaboration-links']);
      expect(ranking(again)).toEqual([[ids.a, 0], [ids.b, 0], [ids.c, 0]]);
      expect(again.brokers.collaborationCount).toBe(3);
    } finally {
      await triangle.remove();
    }
  });

  it('rejects an unknown place with NOT_FOUND, and an id of the wrong type or a first out of range with BAD_USER_INPUT', async () => {
    const error = async (vars: { countryId?: string; first?: number }) => (await client.run(BrokersDocument, vars)).result.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await error({ countryId: 'place:atlantis' })).toEqual([['NOT_FOUND', 'Expected countryId to be the id of a place in the graph, but none has the id "place:atlantis". Look ids up with search(text:).']]);
    expect(await error({ countryId: 'org:undp' })).toEqual([['BAD_USER_INPUT', 'Expected countryId to be the id of a place, but got "org:undp", the id of an organization.']]);
    expect(await error({ first: 0 })).toEqual([['BAD_USER_INPUT', 'Expected first to be between 1 and 100, but got 0. The ranking stops at the first 100 actors; narrow it with countryId.']]);
  });
});
