import 'reflect-metadata';
import { BrokersRepository, type CollaborationNetwork } from '../../../src/analysis/brokers/brokers.repository';
import { findBrokers, MAX_COLLABORATION_LINKS } from '../../../src/analysis/brokers/brokers.service';
import { composeJisr } from '../../../src/composition';
import { createContext } from '../../../src/context/context';
import { toNode } from '../../../src/graph/node-mapper';

/** The real wiring over a Neo4j nobody listens on: the service must ask only the repository below. */
const core = composeJisr({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused', database: 'neo4j', transactionTimeoutMs: 1_000 });
afterAll(() => core.close());

const org = (id: string) => toNode('ORGANIZATION', { id, kind: 'NGO', name: id });

/** a – event:1 – b – event:2 – c: b brokers between a and c. */
const CHAIN: CollaborationNetwork = {
  placeFound: true,
  links: [['org:a', 'event:1'], ['org:b', 'event:1'], ['org:b', 'event:2'], ['org:c', 'event:2']],
  actors: ['org:a', 'org:b', 'org:c'].map(org),
};

/** A graph whose version and network the test sets, counting the networks read. */
class Graph extends BrokersRepository {
  version = 'v1';
  network: CollaborationNetwork = CHAIN;
  readonly reads: (string | null)[] = [];

  constructor() {
    super(core.executor);
  }

  override async collaborationNetwork(placeId: string | null): Promise<CollaborationNetwork> {
    this.reads.push(placeId);
    // A network takes a while to read, so that requests overlap as they do in a server.
    await new Promise((resolve) => setTimeout(resolve, 10));
    return this.network;
  }

  override async graphVersion(): Promise<string> {
    return this.version;
  }
}

const ask = (graph: Graph, countryId: string | null = 'place:ye', first = 10) => findBrokers(countryId, first, graph, createContext(core.repositories));
const ranked = (answer: Awaited<ReturnType<typeof ask>>) => answer.ranking.map((b) => [b.actor.id, b.score]);

describe('brokers kept until the graph changes', () => {
  it('answers a second request for the same place from the kept ranking while the graph version holds', async () => {
    const graph = new Graph();
    const first = await ask(graph);
    const second = await ask(graph);
    expect(graph.reads).toEqual(['place:ye']);
    expect(second).toEqual(first);
    expect(ranked(second)).toEqual([['org:b', 1], ['org:a', 0], ['org:c', 0]]);
  });

  it('cuts the kept ranking to each request\'s own first', async () => {
    const graph = new Graph();
    expect(ranked(await ask(graph, 'place:ye', 3))).toHaveLength(3);
    expect(ranked(await ask(graph, 'place:ye', 1))).toEqual([['org:b', 1]]);
    expect(ranked(await ask(graph, 'place:ye', 2))).toEqual([['org:b', 1], ['org:a', 0]]);
    expect(graph.reads).toHaveLength(1);
  });

  it('ranks again once a write has changed the version, and answers the network as it is now', async () => {
    const graph = new Graph();
    await ask(graph);
    // c joins event:1 as well: a and c now meet without b.
    graph.network = { ...CHAIN, links: [...CHAIN.links, ['org:c', 'event:1']] };
    graph.version = 'v2';
    expect(ranked(await ask(graph))).toEqual([['org:a', 0], ['org:b', 0], ['org:c', 0]]);
    expect(graph.reads).toEqual(['place:ye', 'place:ye']);
  });

  it('ranks a network once for the requests that waited while it was ranked', async () => {
    const graph = new Graph();
    const answers = await Promise.all(Array.from({ length: 5 }, () => ask(graph)));
    expect(graph.reads).toEqual(['place:ye']);
    expect(new Set(answers.map((a) => JSON.stringify(ranked(a)))).size).toBe(1);
  });

  it('keeps each place, and the whole graph, apart', async () => {
    const graph = new Graph();
    await ask(graph, 'place:ye');
    await ask(graph, 'place:ma');
    await ask(graph, null);
    await ask(graph, 'place:ma');
    expect(graph.reads).toEqual(['place:ye', 'place:ma', null]);
  });

  it('keeps a refusal until the version changes: the network past the caps is not read again', async () => {
    const graph = new Graph();
    graph.network = { placeFound: true, links: Array.from({ length: MAX_COLLABORATION_LINKS + 1 }, (_, i) => [`org:a${i}`, `event:e${i}`] as const), actors: [] };
    const refusal = { extensions: { code: 'BAD_USER_INPUT', argument: 'countryId' }, message: expect.stringContaining('actor–activity links') };
    await expect(ask(graph, null)).rejects.toMatchObject(refusal);
    await expect(ask(graph, null)).rejects.toMatchObject(refusal);
    expect(graph.reads).toEqual([null]);
    graph.version = 'v2';
    graph.network = CHAIN;
    expect(ranked(await ask(graph, null))[0]).toEqual(['org:b', 1]);
  });

  it('does not keep an unknown place: it is looked up again', async () => {
    const graph = new Graph();
    graph.network = { placeFound: false, links: [], actors: [] };
    await expect(ask(graph, 'place:atlantis')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(ask(graph, 'place:atlantis')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(graph.reads).toEqual(['place:atlantis', 'place:atlantis']);
  });

  it('keeps nothing when the server names no version', async () => {
    const graph = new Graph();
    graph.version = '';
    await ask(graph);
    await ask(graph);
    expect(graph.reads).toEqual(['place:ye', 'place:ye']);
  });
});
