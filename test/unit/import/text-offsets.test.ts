import { ArticleText } from '../../../src/import/article.text';
import { quoteExactness } from '../../../src/import/evaluation';
import { proposeImport } from '../../../src/import/importer';
import { knownNameIndex } from '../../../src/import/known-names';
import { foldWithOffsets, originalSpan } from '../../../src/text/arabic-normalize';

describe('folding with offsets', () => {
  it('drops harakat and tatweel from the folded text but maps every folded letter back to its original', () => {
    const text = 'مـؤسَّسة رواد';
    const folding = foldWithOffsets(text);
    expect(folding.folded).toBe('موسسه رواد');
    expect(folding.starts).toHaveLength(folding.folded.length);
    const { start, end } = originalSpan(folding, 0, 5);
    expect(text.slice(start, end)).toBe('مـؤسَّسة');
  });

  it('keeps a tanween written after the last letter inside the quote («معاً»)', () => {
    const text = 'مشروع " معاً نحمي حقوقنا "';
    const article = new ArticleText(text);
    const at = article.folded.indexOf('معا');
    const quote = article.quote(at, at + 3);
    expect(quote.quote).toBe('معاً');
    expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
  });

  it('reads Eastern Arabic digits as ASCII digits at the same offsets', () => {
    const text = 'يوم ٢٦ نوفمبر ٢٠٢٢';
    const folding = foldWithOffsets(text);
    expect(folding.folded).toBe('يوم 26 نوفمبر 2022');
    const { start, end } = originalSpan(folding, 4, 6);
    expect(text.slice(start, end)).toBe('٢٦');
  });

  it('composes a hamza written as a combining mark before folding it', () => {
    const text = 'ا\u0654من';
    expect(foldWithOffsets(text).folded).toBe('امن');
  });

  it('splits words glued across scripts («الإنمائيUNDP») into two tokens', () => {
    const article = new ArticleText('برنامج الأمم المتحدة الإنمائيUNDP))');
    expect(article.tokens.map((t) => t.folded)).toEqual(['برنامج', 'الامم', 'المتحده', 'الانمايي', 'undp']);
  });
});

describe('every quote of a proposal is verbatim', () => {
  it('holds with diacritics, tatweel and Eastern digits in the names, dates and counts', () => {
    const text = 'نَظَّمَت مـؤسَّسة الأمـل للتنميـة يوم ٢٦ نوفمبر ٢٠٢٢ بمدينة عدن وَرشة عمل بمشاركة (٣٠) من الشباب بدعم من الاتحاد الأوروبي.';
    const proposal = proposeImport(text, knownNameIndex([]), {});
    const q = quoteExactness(proposal, text);
    expect(q.total).toBeGreaterThan(5);
    expect(q.exact).toBe(q.total);
    const event = proposal.entities.find((e) => e.type === 'EVENT');
    expect(event?.resolution === 'new' && event.proposed.section === 'events' && event.proposed.record).toMatchObject({ kind: 'WORKSHOP', date: '2022-11-26', datePrecision: 'DAY', participantCount: 30 });
  });
});
