import { rawCypher, useTestDatabase } from '../../helpers/test-database';

/*
 * Jisr's answers are one record each (a page with its evidence, a network, a timeline): tens or hundreds of KB,
 * which Neo4j sends in many chunks. The driver is patched (patches/) to decode such a record from one contiguous
 * buffer; these check, over Bolt, that what comes out is exactly what the statement built.
 */
const db = useTestDatabase();

describe('one record larger than many Bolt chunks', () => {
  it('arrives intact, Arabic strings and all, however the chunks cut the characters', async () => {
    const [row] = await rawCypher<{ words: string[]; maps: { id: string; quote: string; n: number }[] }>(db,
      `RETURN [i IN range(1, $n) | 'جسر ' + toString(i) + ' — حوار تشاوري'] AS words,
              [i IN range(1, $n) | {id: 'evidence:' + toString(i), quote: 'اقتباس رقم ' + toString(i), n: i}] AS maps`,
      { n: 4_000 });
    const expected = Array.from({ length: 4_000 }, (_, k) => k + 1);
    expect(row!.words).toEqual(expected.map((i) => `جسر ${i} — حوار تشاوري`));
    expect(row!.maps).toEqual(expected.map((i) => ({ id: `evidence:${i}`, quote: `اقتباس رقم ${i}`, n: i })));
  });
});
