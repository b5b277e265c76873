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

/*
 * What the driver sends is chunked in a buffer of 64 KB since patches/ (one socket write per request where it
 * took one per 1,400 bytes). A statement whose values are larger than that buffer goes out in several chunks of
 * the largest size Bolt allows.
 */
describe('a statement larger than the driver\'s send buffer', () => {
  it('reaches Neo4j intact, Arabic values and all', async () => {
    const quote = 'قالت المنظمة إن الحوار التشاوري جمع الشرطة والمجتمع المدني — '.repeat(2_000);
    expect(Buffer.byteLength(quote)).toBeGreaterThan(3 * 65_536);
    const [row] = await rawCypher<{ same: boolean; length: number }>(db, 'RETURN $quote = $expected AS same, size($quote) AS length', { quote, expected: quote });
    expect(row).toEqual({ same: true, length: quote.length });
  });
});

/*
 * The driver is patched (patches/) to keep the Error it makes for each query and format its stack only when the
 * query fails. A failure must still say where in Jisr the query was sent from, as it did unpatched.
 */
describe('a query that fails', () => {
  it('carries the stack of the code that sent it, not only the driver\'s', async () => {
    async function askForADivisionByZero(): Promise<unknown> {
      return rawCypher(db, 'RETURN 1 / toInteger($zero) AS never', { zero: 0 });
    }
    const error = await askForADivisionByZero().then(() => undefined, (caught: unknown) => caught as Error);
    expect(error?.message).toMatch(/by zero/i);
    expect(error?.stack).toContain('askForADivisionByZero');
  });
});
