import { findDateline } from '../../../src/import/dateline';
import { type PublicationDate, findDateMentions, resolveDate } from '../../../src/import/dates';
import { ArticleText } from '../../../src/import/article.text';
import { findArabicDates } from '../../../src/text/arabic-dates';
import { foldArabicLetters } from '../../../src/text/arabic-normalize';

const dated = (date: string): PublicationDate => ({ date, precision: 'DAY', from: 'dateline' });
const resolve = (text: string, published: PublicationDate | null) => {
  const [mention] = findDateMentions(new ArticleText(text));
  if (!mention) throw new Error(`no date in ${text}`);
  return resolveDate(mention, published);
};

describe('absolute dates in the three month-name systems', () => {
  it.each([
    ['standard', 'يوم 26 نوفمبر 2022', '2022-11-26'],
    ['Levantine', 'في 18 حزيران 2009', '2009-06-18'],
    ['Levantine, two words', 'في 3 تشرين الثاني 2015', '2015-11-03'],
    ['Maghrebi', 'يومه 07 غشت 2014', '2014-08-07'],
    ['Maghrebi شتنبر', 'بتاريخ 16 شتنبر 2019', '2019-09-16'],
    ['both names', 'في 5 حزيران/يونيو 2010', '2010-06-05'],
    ['Eastern digits', 'يوم ١٥ مارس ٢٠٢٣', '2023-03-15'],
    ['numeric', 'بتاريخ 15/6/2005', '2005-06-15'],
  ])('reads a %s date', (_system, text, date) => {
    expect(resolve(text, null)).toMatchObject({ date, precision: 'DAY' });
  });

  it('finds a day range and keeps its last day', () => {
    const [found] = findArabicDates(foldArabicLetters('بتاريخ 24 و25 نوفمبر 2021 في نابلس'));
    expect(found).toMatchObject({ year: 2021, month: 11, day: 24, endDay: 25, precision: 'DAY' });
  });

  it('completes a day without its year from the dateline, and says so', () => {
    expect(resolve('انعقد يومه 07 غشت', dated('2014-08-09'))).toMatchObject({ date: '2014-08-07', precision: 'DAY', reason: expect.stringContaining('2014') });
  });

  it('keeps a day without a year and without a dateline unknown, with the reason', () => {
    expect(resolve('بتاريخ 24 و25 نوفمبر', null)).toMatchObject({ date: null, precision: 'UNKNOWN', reason: expect.stringContaining('--published') });
  });

  it('lowers a date whose weekday contradicts it to its month', () => {
    expect(resolve('يوم الخميس 26 نوفمبر 2022', null)).toMatchObject({ date: '2022-11', precision: 'MONTH' });
  });
});

describe('relative dates', () => {
  it('reads «اليوم» as the publication day', () => {
    expect(resolve('نظمت المؤسسة اليوم لقاء', dated('2009-06-18'))).toMatchObject({ date: '2009-06-18', precision: 'DAY' });
  });

  it('reads «أمس» as the day before', () => {
    expect(resolve('عقد أمس لقاء', dated('2023-03-10'))).toMatchObject({ date: '2023-03-09', precision: 'DAY' });
  });

  it('keeps «يوم أمس السبت» under a Saturday dateline to the month both readings share', () => {
    expect(resolve('يوم أمس السبت، لقاءً تشاورياً', dated('2022-11-26'))).toMatchObject({ date: '2022-11', precision: 'MONTH', reason: expect.stringContaining('السبت') });
  });

  it('reads «الخميس الماضي» as this week’s or last week’s Thursday: the month when both fall in it', () => {
    expect(resolve('يوم الخميس الماضي', dated('2022-11-26'))).toMatchObject({ date: '2022-11', precision: 'MONTH' });
    expect(resolve('يوم الخميس الماضي', dated('2022-11-05'))).toMatchObject({ date: '2022', precision: 'YEAR' });
  });

  it('reads a weekday alone as the last one on or before the dateline', () => {
    expect(resolve('صباح الاثنين في مدينة الغيضة', dated('2024-02-07'))).toMatchObject({ date: '2024-02-05', precision: 'DAY' });
  });

  it('reads «بعد عام من انطلاقها» and «العام الماضي» as the year before', () => {
    expect(resolve('بعد عام من انطلاقها في محافظة جنين', dated('2009-06-18'))).toMatchObject({ date: '2008', precision: 'YEAR' });
    expect(resolve('خلال العام الماضي', dated('2020-01-01'))).toMatchObject({ date: '2019', precision: 'YEAR' });
  });

  it('leaves «اليوم السبت» unknown without a publication date, with the reason', () => {
    expect(resolve('اليوم السبت', null)).toMatchObject({ date: null, precision: 'UNKNOWN', reason: expect.stringContaining('publication date') });
  });

  it('does not read «اليوم العالمي» as a date', () => {
    expect(findDateMentions(new ArticleText('بمناسبة اليوم العالمي للتطوع'))).toEqual([]);
  });
});

describe('the dateline', () => {
  it('reads the date after «نشر بتاريخ» and ignores a site clock «بتوقيت …»', () => {
    const article = new ArticleText('الأربعاء: 29/05/2024 بتوقيت القدس الشريف\n\nعنوان\n\nنشر بتاريخ: 18/06/2009 ( آخر تحديث: 18/06/2009 الساعة: 14:32 )\nنص');
    expect(findDateline(article, findDateMentions(article))?.published).toMatchObject({ date: '2009-06-18', precision: 'DAY', from: 'dateline' });
  });

  it('reads a header line that holds only a date', () => {
    const body = 'نظمت منظمة مساءلة لحقوق الانسان لقاء تشاوريا '.repeat(5);
    const article = new ArticleText(`عنوان الخبر\n\nالسبت 26 نوفمبر 2022\n\n${body}`);
    expect(findDateline(article, findDateMentions(article))?.published.date).toBe('2022-11-26');
  });

  it('finds none in an article without one', () => {
    const article = new ArticleText('نفذت مؤسسة رواد التنمية اليوم السبت حلقة نقاش');
    expect(findDateline(article, findDateMentions(article))).toBeNull();
  });
});
