import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { type BetweennessLimits, type CollaborationLink, rankBrokers } from '../../../src/analysis/brokers/brokers.betweenness';
import { Random } from '../../../src/common/random';

/** Enough for every actor of these small networks to be a source: exact scores. */
const EXACT: BetweennessLimits = { steps: 1e12, minSources: 1, maxSize: 1e9 };

/** Links that join each consecutive pair of actors through an event of their own: a path a – b – c … */
const path = (...actors: string[]): CollaborationLink[] =>
  actors.slice(1).flatMap((actor, i) => [[actors[i]!, `event:${i}`], [actor, `event:${i}`]] as CollaborationLink[]);

const ranked = async (links: readonly CollaborationLink[], limits = EXACT) => {
  const result = await rankBrokers(links, limits);
  if (result.kind !== 'ranked') throw new Error('expected a ranking');
  return result;
};

/** A random collaboration network: `actors` actors, each linked to two of `activities` activities. */
const randomNetwork = (seed: number, actors: number, activities: number): CollaborationLink[] => {
  const random = new Random(seed);
  return Array.from({ length: actors }, (_, i) => [0, 1].map(() => [`actor:${i}`, `event:${random.int(activities)}`] as CollaborationLink)).flat();
};

/** The one-mode projection, built as a reader would from the rule the module states. */
const projection = (links: readonly CollaborationLink[]) => {
  const graph = new UndirectedGraph();
  const byActivity = new Map<string, string[]>();
  for (const [actor, activity] of links) {
    graph.mergeNode(actor);
    byActivity.set(activity, [...(byActivity.get(activity) ?? []), actor]);
  }
  for (const actors of byActivity.values()) {
    for (const a of actors) for (const b of actors) if (a < b) graph.mergeEdge(a, b);
  }
  return graph;
};

describe('rankBrokers', () => {
  it('scores the middle of a path as the only broker: every path between the ends passes through it', async () => {
    const result = await ranked(path('a', 'b', 'c'));
    expect(result.ranking).toEqual([
      { actorId: 'b', score: 1, degree: 2 },
      { actorId: 'a', score: 0, degree: 1 },
      { actorId: 'c', score: 0, degree: 1 },
    ]);
    expect(result).toMatchObject({ actorCount: 3, collaborationCount: 2, sourceCount: 3 });
  });

  it('normalises by the pairs of other actors, so a longer path gives its inner actors shares below 1', async () => {
    // a – b – c – d – e: b lies on the paths a–c, a–d, a–e (3 of the 6 pairs without b), c on 4 of 6.
    const scores = Object.fromEntries((await ranked(path('a', 'b', 'c', 'd', 'e'))).ranking.map((b) => [b.actorId, b.score]));
    expect(scores).toEqual({ a: 0, b: 0.5, c: 0.666666667, d: 0.5, e: 0 });
  });

  it('joins every pair of actors of one event once, however many events they share', async () => {
    const result = await ranked([['a', 'event:1'], ['b', 'event:1'], ['c', 'event:1'], ['a', 'event:2'], ['b', 'event:2']]);
    expect(result).toMatchObject({ actorCount: 3, collaborationCount: 3 });
    expect(result.ranking.every((b) => b.score === 0 && b.degree === 2)).toBe(true);
  });

  it('splits the credit between two brokers in symmetric positions, who then tie and sort by id', async () => {
    // x and y both join {a} to {z}: each carries half of the a–z paths.
    const result = await ranked([['a', 'p'], ['x', 'p'], ['y', 'p'], ['x', 'q'], ['y', 'q'], ['z', 'q']]);
    expect(result.ranking.slice(0, 2).map((b) => [b.actorId, b.degree])).toEqual([['x', 3], ['y', 3]]);
    expect(result.ranking[0]!.score).toBe(result.ranking[1]!.score);
  });

  it('keeps an actor whose activity nobody else shares, as an isolate ranked last', async () => {
    const result = await ranked([...path('a', 'b', 'c'), ['loner', 'event:alone']]);
    expect(result.actorCount).toBe(4);
    expect(result.ranking.at(-1)).toEqual({ actorId: 'loner', score: 0, degree: 0 });
  });

  it('breaks equal scores by degree before id', async () => {
    // Nobody brokers in a pair and a triangle; the triangle's actors have more collaborators, so they come first.
    const result = await ranked([['a1', 'pair'], ['a2', 'pair'], ['z1', 'triangle'], ['z2', 'triangle'], ['z3', 'triangle']]);
    expect(result.ranking.map((b) => [b.actorId, b.score, b.degree])).toEqual([['z1', 0, 2], ['z2', 0, 2], ['z3', 0, 2], ['a1', 0, 1], ['a2', 0, 1]]);
  });

  it('gives the same exact scores as graphology-metrics\' betweenness on random networks, to the last rounded digit', async () => {
    for (const seed of [1, 2, 3]) {
      const links = randomNetwork(seed, 300, 400);
      const expected = betweennessCentrality(projection(links), { getEdgeWeight: null, normalized: true });
      const result = await ranked(links);
      expect(result.sourceCount).toBe(result.actorCount);
      for (const { actorId, score } of result.ranking) expect(score).toBeCloseTo(expected[actorId]!, 9);
    }
  });

  it('estimates from as many source actors as the steps allow when every actor does not fit, and names how many', async () => {
    const links = randomNetwork(4, 400, 500);
    const exact = await ranked(links);
    const size = exact.actorCount + exact.collaborationCount;
    const estimate = await ranked(links, { steps: size * 150, minSources: 100, maxSize: 1e9 });
    expect(estimate.sourceCount).toBe(150);
    expect(estimate).toMatchObject({ actorCount: exact.actorCount, collaborationCount: exact.collaborationCount });
    // An estimate ranks the strongest brokers as the exact scores do: 9 of the exact top 10 are in its top 10 here.
    const top = (ranking: typeof exact.ranking, n: number) => ranking.slice(0, n).map((b) => b.actorId);
    expect(top(estimate.ranking, 10).filter((id) => top(exact.ranking, 10).includes(id)).length).toBeGreaterThanOrEqual(8);
  });

  it('draws the same sources for the same network, whatever order its links come in', async () => {
    const links = randomNetwork(5, 400, 500);
    const limits = { steps: 100_000, minSources: 50, maxSize: 1e9 };
    const first = await ranked(links, limits);
    const again = await ranked([...links].reverse(), limits);
    expect(first.sourceCount).toBeLessThan(first.actorCount);
    expect(again.ranking).toEqual(first.ranking);
  });

  it('finds the actors between two communities from a sample of sources, as the exact scores do', async () => {
    // Two groups of 60 actors, each group's members meeting in pairs along a ring; "bridge" meets a0 and b0,
    // so every path from one group to the other passes a0, bridge and b0.
    const ring = (group: string) => Array.from({ length: 60 }, (_, i) => [[`${group}${i}`, `${group}-meeting-${i}`], [`${group}${(i + 1) % 60}`, `${group}-meeting-${i}`]] as CollaborationLink[]).flat();
    const links = [...ring('a'), ...ring('b'), ['a0', 'summit'], ['bridge', 'summit'], ['bridge', 'forum'], ['b0', 'forum']] as CollaborationLink[];
    const estimate = await ranked(links, { steps: 40 * 243, minSources: 10, maxSize: 1e9 });
    expect(estimate.sourceCount).toBe(40);
    const topThree = (result: typeof estimate) => result.ranking.slice(0, 3).map((b) => b.actorId).sort();
    expect(topThree(estimate)).toEqual(['a0', 'b0', 'bridge']);
    expect(topThree(await ranked(links))).toEqual(['a0', 'b0', 'bridge']);
  });

  it('gives the event loop back during a long ranking, so that other requests are served meanwhile', async () => {
    let timerRan = false;
    setTimeout(() => { timerRan = true; }, 0);
    const result = await ranked(randomNetwork(6, 1_500, 1_000));
    expect(result.sourceCount).toBe(1_500);
    expect(timerRan).toBe(true);
  });

  it('never estimates from fewer than the fewest sources, even past the steps', async () => {
    const links = randomNetwork(7, 400, 500);
    expect(await ranked(links, { steps: 1, minSources: 30, maxSize: 1e9 })).toMatchObject({ sourceCount: 30 });
  });

  it('refuses a network larger than the largest size, in actors and pairs together, before computing anything', async () => {
    // 10 actors at one event: 10 actors and 45 pairs.
    const crowd: CollaborationLink[] = Array.from({ length: 10 }, (_, i) => [`actor:${i}`, 'event:crowded']);
    expect(await rankBrokers(crowd, { ...EXACT, maxSize: 54 })).toEqual({ kind: 'too-large', maxSize: 54 });
    expect(await rankBrokers(crowd, { ...EXACT, maxSize: 55 })).toMatchObject({ kind: 'ranked', collaborationCount: 45, sourceCount: 10 });
  });

  it('answers an empty ranking for no links', async () => {
    expect(await rankBrokers([], EXACT)).toEqual({ kind: 'ranked', actorCount: 0, collaborationCount: 0, sourceCount: 0, ranking: [] });
  });
});
