import {
  dateBounds, parseArabicDate, precisionOfDate, saysToday, weekdayNamedIn, weekdayOf,
} from '../../../src/text/arabic-dates';

describe('parseArabicDate', () => {
  describe('the articles’ own phrases', () => {
    it('reads the Maghrebi «يومه 07 غشت 2014» (Casablanca) as 7 August 2014', () => {
      expect(parseArabicDate('يومه 07 غشت 2014')).toEqual({ date: '2014-08-07', precision: 'DAY' });
    });

    it('reads a date followed by the hour: «يومه 07 غشت 2014 على الساعة التاسعة والنصف صباحا»', () => {
      expect(parseArabicDate('يومه 07 غشت 2014 على الساعة التاسعة والنصف صباحا')).toEqual({ date: '2014-08-07', precision: 'DAY' });
    });

    it('reads the Marib dateline «السبت 26 نوفمبر 2022» with its weekday', () => {
      expect(parseArabicDate('السبت 26 نوفمبر 2022')).toEqual({ date: '2022-11-26', precision: 'DAY', weekday: 6 });
    });

    it('reads the Jenin «نشر بتاريخ: 18/06/2009» as day/month/year', () => {
      expect(parseArabicDate('نشر بتاريخ: 18/06/2009')).toEqual({ date: '2009-06-18', precision: 'DAY' });
    });

    it('reads the crawl header «الأربعاء: 29/05/2024» (a Wednesday)', () => {
      expect(parseArabicDate('الأربعاء: 29/05/2024 بتوقيت القدس الشريف')).toEqual({ date: '2024-05-29', precision: 'DAY', weekday: 3 });
    });

    it('finds no absolute date in relative phrases («اليوم السبت», «يوم أمس السبت», «يوم الخميس الماضي»)', () => {
      expect(parseArabicDate('اليوم السبت')).toBeNull();
      expect(parseArabicDate('يوم أمس السبت')).toBeNull();
      expect(parseArabicDate('يوم الخميس الماضي')).toBeNull();
      expect(parseArabicDate('بعد عام من انطلاقها')).toBeNull();
    });
  });

  describe('the three month-name systems', () => {
    it.each([
      ['18 حزيران 2009', '2009-06-18'],
      ['1 كانون الثاني 2010', '2010-01-01'],
      ['1 كانون ثاني 2010', '2010-01-01'],
      ['31 كانون الأول 2010', '2010-12-31'],
      ['5 تشرين الأول 2015', '2015-10-05'],
      ['5 تشرين الثاني 2015', '2015-11-05'],
      ['28 شباط 2012', '2012-02-28'],
      ['3 آذار 2012', '2012-03-03'],
      ['3 نيسان 2012', '2012-04-03'],
      ['3 أيار 2012', '2012-05-03'],
      ['3 تموز 2012', '2012-07-03'],
      ['3 آب 2012', '2012-08-03'],
      ['3 أيلول 2012', '2012-09-03'],
    ])('reads the Levantine «%s» as %s', (text, date) => {
      expect(parseArabicDate(text)).toEqual({ date, precision: 'DAY' });
    });

    it.each([
      ['2 ماي 2014', '2014-05-02'], ['2 مايو 2014', '2014-05-02'],
      ['2 يونيو 2014', '2014-06-02'], ['2 يونيه 2014', '2014-06-02'],
      ['2 يوليو 2014', '2014-07-02'], ['2 يوليوز 2014', '2014-07-02'],
      ['2 أغسطس 2014', '2014-08-02'], ['2 اغسطس 2014', '2014-08-02'], ['2 غشت 2014', '2014-08-02'],
      ['2 سبتمبر 2014', '2014-09-02'], ['2 شتنبر 2014', '2014-09-02'],
      ['2 نوفمبر 2014', '2014-11-02'], ['2 نونبر 2014', '2014-11-02'],
      ['2 ديسمبر 2014', '2014-12-02'], ['2 دجنبر 2014', '2014-12-02'],
      ['2 يناير 2014', '2014-01-02'], ['2 فبراير 2014', '2014-02-02'], ['2 مارس 2014', '2014-03-02'],
      ['2 أبريل 2014', '2014-04-02'], ['2 إبريل 2014', '2014-04-02'], ['2 أكتوبر 2014', '2014-10-02'],
    ])('reads the standard or Maghrebi «%s» as %s', (text, date) => {
      expect(parseArabicDate(text)).toEqual({ date, precision: 'DAY' });
    });

    it('accepts a second name for the same month: «18 حزيران (يونيو) 2009», «18 حزيران/يونيو 2009»', () => {
      expect(parseArabicDate('18 حزيران (يونيو) 2009')).toEqual({ date: '2009-06-18', precision: 'DAY' });
      expect(parseArabicDate('18 حزيران/يونيو 2009')).toEqual({ date: '2009-06-18', precision: 'DAY' });
    });

    it('refuses two names that disagree: «18 حزيران (يوليو) 2009»', () => {
      expect(parseArabicDate('18 حزيران (يوليو) 2009')).toBeNull();
    });
  });

  describe('precision', () => {
    it('reads a month and year as MONTH: «نوفمبر 2022», «شهر حزيران من عام 2009»', () => {
      expect(parseArabicDate('نوفمبر 2022')).toEqual({ date: '2022-11', precision: 'MONTH' });
      expect(parseArabicDate('شهر حزيران من عام 2009')).toEqual({ date: '2009-06', precision: 'MONTH' });
    });

    it('reads a year as YEAR: «عام 2009», «2009م»', () => {
      expect(parseArabicDate('عام 2009')).toEqual({ date: '2009', precision: 'YEAR' });
      expect(parseArabicDate('2009م')).toEqual({ date: '2009', precision: 'YEAR' });
    });

    it('reads Arabic-Indic digits: «٧ غشت ٢٠١٤»', () => {
      expect(parseArabicDate('٧ غشت ٢٠١٤')).toEqual({ date: '2014-08-07', precision: 'DAY' });
    });

    it('rejects days that are not in the calendar: «31/06/2009», «30 شباط 2012»', () => {
      expect(parseArabicDate('31/06/2009')).toBeNull();
      expect(parseArabicDate('30 شباط 2012')).toBeNull();
    });
  });
});

describe('weekdays and «اليوم»', () => {
  it('names the weekday a phrase gives, with or without «يوم»', () => {
    expect(weekdayNamedIn('اليوم السبت')).toBe(6);
    expect(weekdayNamedIn('يوم الخميس الماضي')).toBe(4);
    expect(weekdayNamedIn('يوم الاثنين')).toBe(1);
    expect(weekdayNamedIn('يومه 07 غشت 2014')).toBeUndefined();
  });

  it('knows the weekday of an ISO day', () => {
    expect(weekdayOf('2022-11-26')).toBe(6);
    expect(weekdayOf('2014-08-07')).toBe(4);
  });

  it('tells when a phrase says «اليوم» as a word', () => {
    expect(saysToday('اليوم')).toBe(true);
    expect(saysToday('اليوم السبت')).toBe(true);
    expect(saysToday('يوم أمس السبت')).toBe(false);
    expect(saysToday('يومه 07 غشت 2014')).toBe(false);
  });
});

describe('dateBounds', () => {
  it('spans a month: 2022-11 → 2022-11-01..2022-11-30', () => {
    expect(dateBounds('2022-11')).toEqual({ start: '2022-11-01', end: '2022-11-30' });
  });

  it('spans a year: 2009 → 2009-01-01..2009-12-31', () => {
    expect(dateBounds('2009')).toEqual({ start: '2009-01-01', end: '2009-12-31' });
  });

  it('knows leap years: 2012-02 ends on the 29th, 2014-02 on the 28th', () => {
    expect(dateBounds('2012-02').end).toBe('2012-02-29');
    expect(dateBounds('2014-02').end).toBe('2014-02-28');
  });

  it('is a single day for a day', () => {
    expect(dateBounds('2014-08-07')).toEqual({ start: '2014-08-07', end: '2014-08-07' });
  });

  it('never spans two calendar years, which the events page relies on to start a date range\'s seek at its first year', () => {
    for (const date of ['1999', '2014', '2014-01', '2014-12', '2016-02', '2014-12-31', '2015-01-01', '2020-02-29']) {
      const { start, end } = dateBounds(date);
      expect(end.slice(0, 4)).toBe(start.slice(0, 4));
      expect(start <= end).toBe(true);
    }
  });

  it('rejects what is not a partial ISO date, saying what it expects', () => {
    expect(() => dateBounds('07/08/2014')).toThrow('Expected a partial ISO date like "2014-08-07", "2022-11" or "2009", but got "07/08/2014".');
    expect(() => dateBounds('2014-13')).toThrow('but got "2014-13"');
  });
});

describe('precisionOfDate', () => {
  it('tells the precision by the shape, and null for impossible dates', () => {
    expect(precisionOfDate('2014-08-07')).toBe('DAY');
    expect(precisionOfDate('2022-11')).toBe('MONTH');
    expect(precisionOfDate('2009')).toBe('YEAR');
    expect(precisionOfDate('2014-02-30')).toBeNull();
    expect(precisionOfDate('14-08-07')).toBeNull();
  });
});
