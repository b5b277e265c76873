import { type CollaborationLink, rankBrokers } from '../../../src/analysis/brokers/brokers.betweenness';

/** Links that join each consecutive pair of actors through an event of their own: a path a – b – c … */
const path = (...actors: string[]): CollaborationLink[] =>
  actors.slice(1).flatMap((actor, i) => [[actors[i]!, `event:${i}`], [actor, `event:${i}`]] as CollaborationLink[]);

const ranked = (links: readonly CollaborationLink[], max = 1_000) => {
  const result = rankBrokers(links, max);
  if (result.kind !== 'ranked') throw new Error('expected a ranking');
  return result;
};

describe('rankBrokers', () => {
  it('scores the middle of a path as the only broker: every path between the ends passes through it', () => {
    const result = ranked(path('a', 'b', 'c'));
    expect(result.ranking).toEqual([
      { actorId: 'b', score: 1, degree: 2 },
      { actorId: 'a', score: 0, degree: 1 },
      { actorId: 'c', score: 0, degree: 1 },
    ]);
    expect(result).toMatchObject({ actorCount: 3, collaborationCount: 2 });
  });

  it('normalises by the pairs of other actors, so a longer path gives its inner actors shares below 1', () => {
    // a – b – c – d – e: b lies on the paths a–c, a–d, a–e (3 of the 6 pairs without b), c on 4 of 6.
    const scores = Object.fromEntries(ranked(path('a', 'b', 'c', 'd', 'e')).ranking.map((b) => [b.actorId, b.score]));
    expect(scores).toEqual({ a: 0, b: 0.5, c: 0.666666667, d: 0.5, e: 0 });
  });

  it('joins every pair of actors of one event once, however many events they share', () => {
    const result = ranked([['a', 'event:1'], ['b', 'event:1'], ['c', 'event:1'], ['a', 'event:2'], ['b', 'event:2']]);
    expect(result).toMatchObject({ actorCount: 3, collaborationCount: 3 });
    expect(result.ranking.every((b) => b.score === 0 && b.degree === 2)).toBe(true);
  });

  it('splits the credit between two brokers in symmetric positions, who then tie and sort by id', () => {
    // x and y both join {a} to {z}: each carries half of the a–z paths.
    const result = ranked([['a', 'p'], ['x', 'p'], ['y', 'p'], ['x', 'q'], ['y', 'q'], ['z', 'q']]);
    expect(result.ranking.slice(0, 2).map((b) => [b.actorId, b.degree])).toEqual([['x', 3], ['y', 3]]);
    expect(result.ranking[0]!.score).toBe(result.ranking[1]!.score);
  });

  it('keeps an actor whose activity nobody else shares, as an isolate ranked last', () => {
    const result = ranked([...path('a', 'b', 'c'), ['loner', 'event:alone']]);
    expect(result.actorCount).toBe(4);
    expect(result.ranking.at(-1)).toEqual({ actorId: 'loner', score: 0, degree: 0 });
  });

  it('breaks equal scores by degree before id', () => {
    // Nobody brokers in a pair and a triangle; the triangle's actors have more collaborators, so they come first.
    const result = ranked([['a1', 'pair'], ['a2', 'pair'], ['z1', 'triangle'], ['z2', 'triangle'], ['z3', 'triangle']]);
    expect(result.ranking.map((b) => [b.actorId, b.score, b.degree])).toEqual([['z1', 0, 2], ['z2', 0, 2], ['z3', 0, 2], ['a1', 0, 1], ['a2', 0, 1]]);
  });

  it('refuses a projection beyond the cap before computing anything', () => {
    const crowd: CollaborationLink[] = Array.from({ length: 10 }, (_, i) => [`actor:${i}`, 'event:crowded']);
    expect(rankBrokers(crowd, 44)).toEqual({ kind: 'too-large', maxCollaborations: 44 });
    expect(rankBrokers(crowd, 45)).toMatchObject({ kind: 'ranked', collaborationCount: 45 });
  });

  it('answers an empty ranking for no links', () => {
    expect(rankBrokers([], 10)).toEqual({ kind: 'ranked', actorCount: 0, collaborationCount: 0, ranking: [] });
  });
});
