import 'reflect-metadata';
import type { AnalysisRepository, CollaborationLinksRow } from '../../../src/analysis/analysis.repository';
import { findBrokers, MAX_COLLABORATION_LINKS, MAX_COLLABORATIONS } from '../../../src/analysis/brokers.service';
import { createContext, type Repositories } from '../../../src/context/context';

/** A context whose analysis repository answers with the given subgraph, whatever the place. */
const contextWith = (row: CollaborationLinksRow) => {
  const analysis = { collaborationLinks: async () => row } as unknown as AnalysisRepository;
  return createContext({ analysis } as unknown as Repositories);
};

const org = (id: string) => ({ id, kind: 'NGO', name: id });

describe('brokers caps', () => {
  it('refuses, rather than cuts, a subgraph with more actor–activity links than the cap', async () => {
    const links = Array.from({ length: MAX_COLLABORATION_LINKS + 1 }, (_, i) => [`org:a${i}`, `event:e${i}`] as const);
    const ctx = contextWith({ placeFound: true, links, actors: [], actorLabels: [] });
    await expect(findBrokers('place:ye', 10, ctx)).rejects.toMatchObject({
      message: `Expected a collaboration network of at most ${MAX_COLLABORATION_LINKS} actor–activity links, the most brokers analyses in one request, but the network in "place:ye" is larger. Pass a smaller place (a governorate) as countryId.`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'countryId' },
    });
  });

  it('refuses a subgraph whose projection passes the cap on collaborating pairs', async () => {
    // 150 actors at one event make 11,175 pairs.
    const links = Array.from({ length: 150 }, (_, i) => [`org:a${i}`, 'event:crowded'] as const);
    const ctx = contextWith({ placeFound: true, links, actors: [], actorLabels: [] });
    await expect(findBrokers(null, 10, ctx)).rejects.toMatchObject({
      message: `Expected a collaboration network of at most ${MAX_COLLABORATIONS} collaborating pairs, the most brokers analyses in one request, but the network of the whole graph is larger. Pass a country as countryId.`,
    });
  });

  it('ranks a subgraph within the caps with the actors the statement returned', async () => {
    const links = [['org:a', 'event:1'], ['org:b', 'event:1'], ['org:b', 'event:2'], ['org:c', 'event:2']] as const;
    const ctx = contextWith({ placeFound: true, links, actors: ['org:a', 'org:b', 'org:c'].map(org), actorLabels: [['Node', 'Actor', 'Organization'], ['Node', 'Actor', 'Organization'], ['Node', 'Actor', 'Organization']] });
    const result = await findBrokers(null, 1, ctx);
    expect(result).toMatchObject({ actorCount: 3, collaborationCount: 2, ranking: [{ actor: { id: 'org:b' }, score: 1, degree: 2 }] });
  });
});
