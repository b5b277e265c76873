import { ArticleText } from '../../../src/import/article.text';
import { findCounts, numberFromWords } from '../../../src/import/counts';

const counts = (text: string) => findCounts(new ArticleText(text)).map((c) => ({ count: c.count, text: c.text.quote, approximate: c.approximate }));

describe('participant counts', () => {
  it('reads a count in brackets', () => {
    expect(counts('وشارك في حلقة النقاش (20) من القيادات المجتمعية الذين ناقشوا')[0]).toEqual({ count: 20, text: '(20) من القيادات المجتمعية', approximate: false });
  });

  it('reads digits before the people or bodies counted, in Western or Eastern digits', () => {
    expect(counts('بحضور النسيج الجمعوي الممثل في 46 جمعية ناشطة')[0]?.count).toBe(46);
    expect(counts('بمشاركة ٣٢ مشاركا من القضاة')[0]?.count).toBe(32);
  });

  it('reads a count after «بمشاركة» and marks «ما يقارب» approximate', () => {
    expect(counts('بمشاركة ما يقارب 40 متدرب ومتدربة')[0]).toMatchObject({ count: 40, approximate: true });
  });

  it('reads counts in words', () => {
    expect(counts('شارك فيها عشرين مشاركا')[0]?.count).toBe(20);
    expect(numberFromWords('خمسة وعشرين')).toBe(25);
    expect(numberFromWords('أحد عشر')).toBe(11);
    expect(numberFromWords('مئة وخمسين')).toBe(150);
  });

  it('keeps «العشرات» as text with no number', () => {
    expect(counts('بحضور العشرات من كوادر حركة فتح الفتيات والشباب')[0]).toMatchObject({ count: null, text: expect.stringContaining('العشرات') });
  });

  it('does not count a target («يستهدف 200 مشارك»)', () => {
    expect(counts('لافتًا إلى أنه يستهدف 200 مشارك من محافظتي المهرة وحضرموت').filter((c) => c.count !== null)).toEqual([]);
  });
});
