import 'reflect-metadata';
import { Loaders } from '../../../src/context/loaders';
import type { EvidenceWithSource, GraphRepository } from '../../../src/graph/graph.repository';
import { evidenceWithSource } from '../../../src/graph/graph.repository';

/*
 * A statement that lists facts with their evidence (a page of flows, a network) hands the records to the request's
 * loaders. The `evidence` fields of those facts then answer at once, not one promise per fact and per quote's
 * source; what they answer must be what the evidence loader would have answered. The repository here is a
 * recording stand-in: these tests are about the loaders' cache, not about Neo4j (the integration suites answer
 * the same questions with the lookahead on and off, byte for byte).
 */
const record = (id: string, quote: string): EvidenceWithSource =>
  evidenceWithSource([id, 'source:s-1', quote, 0, quote.length, ['source:s-1', 1, 'عنوان', null, null, null, 'ar', null]]);

function loadersOver(stored: Map<string, EvidenceWithSource>) {
  const asked: string[][] = [];
  const graph = {
    evidenceWithSources: async (ids: readonly string[]) => {
      asked.push([...ids]);
      return new Map(ids.flatMap((id) => (stored.has(id) ? [[id, stored.get(id)!] as const] : [])));
    },
  } as unknown as GraphRepository;
  return { loaders: new Loaders(graph, { operation: 'test' }), asked };
}

describe('evidence read with what a statement lists', () => {
  it('answers a fact\'s evidence at once, in its ids\' order, skipping ids without a record', () => {
    const { loaders, asked } = loadersOver(new Map());
    const a = record('evidence:a', 'أ'), b = record('evidence:b', 'ب');
    loaders.primeEvidence({ ids: ['evidence:a', 'evidence:b', 'evidence:gone'], records: [a, b] });
    const answer = loaders.evidenceOf(['evidence:b', 'evidence:gone', 'evidence:a']);
    expect(answer).toEqual([b.evidence, a.evidence]);
    expect(asked).toEqual([]);
  });

  it('gives each record the source it was read with, and leaves other records to the loader', () => {
    const { loaders } = loadersOver(new Map());
    const a = record('evidence:a', 'أ');
    loaders.primeEvidence({ ids: ['evidence:a'], records: [a] });
    expect(loaders.sourceReadWith(a.evidence)).toBe(a.source);
    expect(loaders.sourceReadWith(record('evidence:a', 'أ').evidence)).toBeUndefined();
  });

  it('loads a fact whose records were not all read, in one batch', async () => {
    const c = record('evidence:c', 'ج');
    const { loaders, asked } = loadersOver(new Map([['evidence:c', c]]));
    const a = record('evidence:a', 'أ');
    loaders.primeEvidence({ ids: ['evidence:a'], records: [a] });
    const answer = loaders.evidenceOf(['evidence:a', 'evidence:c']);
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual([a.evidence, c.evidence]);
    expect(asked).toEqual([['evidence:c']]);
  });

  it('keeps the loader\'s record for an id it was asked first, as its cache does', async () => {
    const loaded = record('evidence:a', 'من المحمّل');
    const { loaders } = loadersOver(new Map([['evidence:a', loaded]]));
    const first = await loaders.evidenceOf(['evidence:a']);
    loaders.primeEvidence({ ids: ['evidence:a'], records: [record('evidence:a', 'من الصفحة')] });
    expect(await loaders.evidenceOf(['evidence:a'])).toEqual(first);
    expect(first[0]!.quote).toBe('من المحمّل');
  });

  it('forgets what it read when a mutation has written', async () => {
    const { loaders } = loadersOver(new Map());
    const a = record('evidence:a', 'أ');
    loaders.primeEvidence({ ids: ['evidence:a'], records: [a] });
    loaders.forgetAll();
    expect(loaders.sourceReadWith(a.evidence)).toBeUndefined();
    const answer = loaders.evidenceOf(['evidence:a']);
    expect(answer).toBeInstanceOf(Promise);
    await answer;
  });
});
