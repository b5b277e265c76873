import 'reflect-metadata';
import { BrokersRepository, type CollaborationNetwork } from '../../../src/analysis/brokers/brokers.repository';
import { BETWEENNESS_LIMITS, findBrokers, MAX_COLLABORATION_LINKS } from '../../../src/analysis/brokers/brokers.service';
import { composeJisr } from '../../../src/composition';
import { createContext } from '../../../src/context/context';
import { toNode } from '../../../src/graph/node-mapper';

/** The real wiring over a Neo4j nobody listens on: the driver connects lazily, and the service must ask only the repository below. */
const core = composeJisr({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused', database: 'neo4j', transactionTimeoutMs: 1_000 });
afterAll(() => core.close());

/** A brokers repository that answers with the given network, whatever the place. */
class FixedNetwork extends BrokersRepository {
  constructor(private readonly network: CollaborationNetwork) {
    super(core.executor);
  }

  override async collaborationNetwork(): Promise<CollaborationNetwork> {
    return this.network;
  }

  override async graphVersion(): Promise<string> {
    return 'unchanged';
  }
}

const brokersIn = (countryId: string | null, first: number, network: CollaborationNetwork) =>
  findBrokers(countryId, first, new FixedNetwork(network), createContext(core.repositories));

const org = (id: string) => toNode('ORGANIZATION', { id, kind: 'NGO', name: id });

describe('brokers caps', () => {
  it('refuses, rather than cuts, a subgraph with more actor–activity links than the cap', async () => {
    const links = Array.from({ length: MAX_COLLABORATION_LINKS + 1 }, (_, i) => [`org:a${i}`, `event:e${i}`] as const);
    await expect(brokersIn('place:ye', 10, { placeFound: true, links, actors: [] })).rejects.toMatchObject({
      message: `Expected a collaboration network of at most ${MAX_COLLABORATION_LINKS} actor–activity links, the most brokers analyses in one request, but the network in "place:ye" is larger. Pass a smaller place (a governorate) as countryId.`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'countryId' },
    });
  });

  it('refuses a subgraph whose projection passes the cap on collaborating pairs', async () => {
    // 1,100 actors at one event make 604,450 pairs.
    const links = Array.from({ length: 1_100 }, (_, i) => [`org:a${i}`, 'event:crowded'] as const);
    await expect(brokersIn(null, 10, { placeFound: true, links, actors: [] })).rejects.toMatchObject({
      message: `Expected a collaboration network of at most ${BETWEENNESS_LIMITS.maxSize} actors and collaborating pairs together, the most brokers analyses in one request, but the network of the whole graph is larger. Pass a country as countryId.`,
    });
  });

  it('ranks a subgraph within the caps with the actors the statement returned', async () => {
    const links = [['org:a', 'event:1'], ['org:b', 'event:1'], ['org:b', 'event:2'], ['org:c', 'event:2']] as const;
    const result = await brokersIn(null, 1, { placeFound: true, links, actors: ['org:a', 'org:b', 'org:c'].map(org) });
    expect(result).toMatchObject({ actorCount: 3, collaborationCount: 2, exact: true, sourceCount: 3, ranking: [{ actor: { id: 'org:b' }, score: 1, degree: 2 }] });
  });

  it('takes the ranking\'s actors from the request\'s node loader when the statement did not bring them along', async () => {
    const links = [['org:a', 'event:1'], ['org:b', 'event:1'], ['org:b', 'event:2'], ['org:c', 'event:2']] as const;
    const scope = createContext(core.repositories);
    // As the node loader's own statement would have read them: the network came without its actors.
    scope.loaders.prime(['org:a', 'org:b', 'org:c'].map(org));
    const result = await findBrokers(null, 2, new FixedNetwork({ placeFound: true, links, actors: [] }), scope);
    expect(result.ranking.map((b) => [b.actor.id, b.score])).toEqual([['org:b', 1], ['org:a', 0]]);
  });

  it('reads and ranks one network at a time: a second request waits until the first is ranked', async () => {
    const steps: string[] = [];
    const links = [['org:a', 'event:1'], ['org:b', 'event:1']] as const;
    /** Records when it is asked and answers once `answer` settles. */
    class Watched extends BrokersRepository {
      constructor(private readonly name: string, private readonly answer: Promise<void>) {
        super(core.executor);
      }

      override async collaborationNetwork(): Promise<CollaborationNetwork> {
        steps.push(`${this.name} asked`);
        await this.answer;
        return { placeFound: true, links, actors: ['org:a', 'org:b'].map(org) };
      }

      override async graphVersion(): Promise<string> {
        return 'unchanged';
      }
    }
    let release!: () => void;
    const first = findBrokers(null, 1, new Watched('first', new Promise<void>((resolve) => { release = resolve; })), createContext(core.repositories));
    const second = findBrokers(null, 1, new Watched('second', Promise.resolve()), createContext(core.repositories));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toEqual(['first asked']);
    release();
    await Promise.all([first, second]);
    expect(steps).toEqual(['first asked', 'second asked']);
  });
});
