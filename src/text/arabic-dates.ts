/**
 * Reading dates out of Arabic news text, and the bounds of partial ISO dates.
 *
 * Arabic news names Gregorian months in three systems: the standard Egyptian/Gulf transcriptions
 * (يناير … ديسمبر), the Levantine/Iraqi Syriac names (كانون الثاني … كانون الأول) and the Maghrebi
 * French-derived ones (يناير، غشت، شتنبر، نونبر، دجنبر in Morocco; جانفي، أوت، جوان in Algeria and
 * Tunisia). Outlets also mix them («حزيران/يونيو»). Dates are kept as partial ISO strings with a
 * precision, the way FollowTheMoney does («2022-11» means "some day in November 2022").
 */
import { foldArabicLetters } from './arabic-normalize';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'UNKNOWN';
export type KnownDatePrecision = Exclude<DatePrecision, 'UNKNOWN'>;

export interface ParsedArabicDate {
  /** Partial ISO date: `2014-08-07`, `2022-11` or `2009`. */
  date: string;
  precision: KnownDatePrecision;
  /** Day of the week named in the text, 0 = Sunday … 6 = Saturday, when the text names one. */
  weekday?: number;
}

export interface DateBounds {
  /** First day covered, inclusive (`YYYY-MM-DD`). */
  start: string;
  /** Last day covered, inclusive (`YYYY-MM-DD`). */
  end: string;
}

/**
 * Month names as they appear after {@link foldArabicLetters} (so «أغسطس», «اغسطس» and «إغسطس»
 * are one entry). Two-word Levantine names accept the article being dropped («تشرين أول»).
 */
const MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  // Standard (Egypt, Gulf, Yemen) and their common spellings.
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['ابريلي', 4], ['مايو', 5], ['ماي', 5],
  ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['يوليوز', 7], ['اغسطس', 8], ['غشت', 8],
  ['سبتمبر', 9], ['شتنبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['نونبر', 11], ['ديسمبر', 12],
  ['دجنبر', 12],
  // Algeria and Tunisia.
  ['جانفي', 1], ['فيفري', 2], ['افريل', 4], ['جوان', 6], ['جويليه', 7], ['جويلية', 7], ['اوت', 8],
  // Levant and Iraq.
  ['كانون الثاني', 1], ['كانون ثاني', 1], ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5],
  ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9], ['تشرين الاول', 10], ['تشرين اول', 10],
  ['تشرين الثاني', 11], ['تشرين ثاني', 11], ['كانون الاول', 12], ['كانون اول', 12],
].map(([name, month]) => [foldArabicLetters(name as string), month as number] as const);

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(MONTH_NAMES);

/** Longest names first, so «كانون الثاني» wins over any shorter prefix and «يوليوز» over «يوليو». */
const MONTH_PATTERN = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, '\\s+'))
  .join('|');

const WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
].map(([name, day]) => [foldArabicLetters(name as string), day as number] as const);

/** Not preceded / followed by a letter or digit: Arabic has no `\b` in JavaScript regular expressions. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})';
/** A year may carry the suffix «م» (ميلادي) glued to it: «2014م». */
const YEAR = '(\\d{4})(?:\\s*م)?(?![\\p{L}\\p{N}])';
const MONTH = `(${MONTH_PATTERN})`;
/** «حزيران (يونيو)», «حزيران/يونيو», «يونيو حزيران»: a second name for the same month. */
const ALT_MONTH = `(?:\\s*[(/-]?\\s*(${MONTH_PATTERN})\\s*\\)?)?`;

const DAY_MONTH_YEAR = new RegExp(`${START}${DAY}\\s*(?:من\\s+)?${MONTH}${END}${ALT_MONTH}[\\s,،]*${YEAR}`, 'u');
const MONTH_YEAR = new RegExp(`${START}(?:شهر\\s+)?${MONTH}${END}${ALT_MONTH}[\\s,،]*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${YEAR}`, 'u');
// «28-1-2014م»: a numeric date's year may carry «م» too.
const NUMERIC_DMY = new RegExp(`${START}(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*${YEAR}`, 'u');
const NUMERIC_YMD = new RegExp(`${START}(\\d{4})-(\\d{1,2})-(\\d{1,2})${END}`, 'u');
const YEAR_ONLY = new RegExp(`${START}(?:عام|العام|سنه|لعام|خلال\\s+عام)\\s+${YEAR}`, 'u');
const BARE_YEAR = /^\s*(\d{4})\s*م?\s*$/u;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTH_BY_NAME.get(name.replace(/\s+/g, ' '));
}

function dayDate(year: number, month: number, day: number): ParsedArabicDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { date: `${year}-${pad2(month)}-${pad2(day)}`, precision: 'DAY' };
}

function weekdayIn(folded: string): number | undefined {
  for (const [name, day] of WEEKDAYS) {
    if (new RegExp(`${START}(?:يوم\\s*)?${name}${END}`, 'u').test(folded)) return day;
  }
  return undefined;
}

/**
 * The first absolute date written in `text`, as a partial ISO date with its precision, or null
 * when the text holds none. Relative words («اليوم», «أمس», «الخميس الماضي») are not resolved
 * here: they need the publication date, and the caller decides whether the source ties them.
 *
 * parseArabicDate('يومه 07 غشت 2014') → { date: '2014-08-07', precision: 'DAY' }
 * parseArabicDate('السبت 26 نوفمبر 2022') → { date: '2022-11-26', precision: 'DAY', weekday: 6 }
 * parseArabicDate('18/06/2009') → { date: '2009-06-18', precision: 'DAY' }
 * parseArabicDate('حزيران 2009') → { date: '2009-06', precision: 'MONTH' }
 */
export function parseArabicDate(text: string): ParsedArabicDate | null {
  const folded = foldArabicLetters(text);
  const parsed = parseFolded(folded);
  if (!parsed) return null;
  const weekday = weekdayIn(folded);
  return weekday === undefined ? parsed : { ...parsed, weekday };
}

function parseFolded(folded: string): ParsedArabicDate | null {
  const dmy = DAY_MONTH_YEAR.exec(folded);
  if (dmy) {
    const month = monthOf(dmy[2]);
    const alternative = monthOf(dmy[3]);
    if (month !== undefined && (alternative === undefined || alternative === month)) {
      return dayDate(Number(dmy[4]), month, Number(dmy[1]));
    }
    return null;
  }
  const numeric = NUMERIC_DMY.exec(folded);
  if (numeric) return dayDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const iso = NUMERIC_YMD.exec(folded);
  if (iso) return dayDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const my = MONTH_YEAR.exec(folded);
  if (my) {
    const month = monthOf(my[1]);
    const alternative = monthOf(my[2]);
    if (month === undefined || (alternative !== undefined && alternative !== month)) return null;
    return { date: `${my[3]}-${pad2(month)}`, precision: 'MONTH' };
  }
  const year = YEAR_ONLY.exec(folded) ?? BARE_YEAR.exec(folded);
  if (year) return { date: year[1] as string, precision: 'YEAR' };
  return null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision a partial ISO date string carries by its shape; null when it is not one. */
export function precisionOfDate(date: string): KnownDatePrecision | null {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    if (day !== undefined) {
      const d = Number(day);
      if (d < 1 || d > daysInMonth(Number(year), m)) return null;
      return 'DAY';
    }
    return 'MONTH';
  }
  return 'YEAR';
}

/**
 * Inclusive first and last day of a partial ISO date, for range queries:
 * `2022-11` → 2022-11-01..2022-11-30, `2009` → 2009-01-01..2009-12-31, a day → itself.
 */
export function dateBounds(date: string): DateBounds {
  const precision = precisionOfDate(date);
  if (precision === null) {
    throw new Error(`Expected a partial ISO date like "2014-08-07", "2022-11" or "2009", but got "${date}".`);
  }
  const [year, month] = date.split('-').map(Number) as [number, number | undefined];
  switch (precision) {
    case 'DAY':
      return { start: date, end: date };
    case 'MONTH':
      return { start: `${date}-01`, end: `${date}-${pad2(daysInMonth(year, month as number))}` };
    case 'YEAR':
      return { start: `${date}-01-01`, end: `${date}-12-31` };
    default: {
      const unreachable: never = precision;
      throw new Error(`Unhandled date precision ${String(unreachable)}`);
    }
  }
}

/** Day of the week of an ISO day (`YYYY-MM-DD`), 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDay: string): number {
  return new Date(`${isoDay}T00:00:00Z`).getUTCDay();
}

/** Arabic name of a weekday number, for messages. */
export function arabicWeekdayName(weekday: number): string {
  return ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'][weekday] ?? String(weekday);
}

/** The weekday `text` names («السبت», «يوم الخميس»), 0 = Sunday … 6 = Saturday, if any. */
export function weekdayNamedIn(text: string): number | undefined {
  return weekdayIn(foldArabicLetters(text));
}

/** True when `text` says «اليوم» (today) as a word: the event day is the publication day. */
export function saysToday(text: string): boolean {
  return new RegExp(`${START}اليوم${END}`, 'u').test(foldArabicLetters(text));
}

/** An absolute date written in an article, found by {@link findArabicDates}. */
export interface FoundArabicDate {
  /** Offset and length in the folded text that was searched. */
  readonly index: number;
  readonly length: number;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** The last day of a range («24 و25 نوفمبر», «مابين 17 و 21 ماي 2023»), in the same month. */
  readonly endDay?: number;
  /** What the words give: DAY, MONTH or YEAR; a day or month without its year still says DAY or MONTH. */
  readonly precision: KnownDatePrecision;
}

const G = 'gu';
const RANGE_LINK = '\\s*(?:و|-|–|الى|إلى|حتى)\\s*';
const FIND_PATTERNS: ReadonlyArray<{ readonly pattern: RegExp; readonly read: (m: RegExpExecArray) => Omit<FoundArabicDate, 'index' | 'length'> | null }> = [
  {
    // «24 و25 نوفمبر 2022», «17 و 21 ماي 2023», «(6 - 7 فبراير)»
    pattern: new RegExp(`${START}(\\d{1,2})${RANGE_LINK}(\\d{1,2})\\s*(?:من\\s+)?${MONTH}${END}${ALT_MONTH}(?:[\\s,،]*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${YEAR})?`, G),
    read: (m) => dayOf(m[5], m[3], m[4], m[1], m[2]),
  },
  {
    pattern: new RegExp(`${START}(\\d{1,2})\\s*(?:من\\s+)?${MONTH}${END}${ALT_MONTH}(?:[\\s,،]*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${YEAR})?`, G),
    read: (m) => dayOf(m[4], m[2], m[3], m[1]),
  },
  {
    pattern: new RegExp(`${START}(\\d{4})-(\\d{1,2})-(\\d{1,2})${END}`, G),
    read: (m) => numericDay(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: new RegExp(`${START}(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*${YEAR}`, G),
    read: (m) => numericDay(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    pattern: new RegExp(`${START}(?:شهر\\s+)?${MONTH}${END}${ALT_MONTH}(?:[\\s,،]*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${YEAR})`, G),
    read: (m) => {
      const month = monthOf(m[1]);
      const alternative = monthOf(m[2]);
      if (month === undefined || (alternative !== undefined && alternative !== month)) return null;
      return { year: Number(m[3]), month, precision: 'MONTH' };
    },
  },
  {
    pattern: new RegExp(`${START}(?:عام|العام|سنه|لعام|خلال\\s+عام)\\s+${YEAR}`, G),
    read: (m) => ({ year: Number(m[1]), precision: 'YEAR' }),
  },
];

function dayOf(year: string | undefined, monthName: string | undefined, alternativeName: string | undefined, day: string | undefined, endDay?: string): Omit<FoundArabicDate, 'index' | 'length'> | null {
  const month = monthOf(monthName);
  const alternative = monthOf(alternativeName);
  if (month === undefined || (alternative !== undefined && alternative !== month)) return null;
  const first = Number(day);
  const last = endDay === undefined ? undefined : Number(endDay);
  const y = year === undefined ? undefined : Number(year);
  const limit = daysInMonth(y ?? 2024, month);
  if (first < 1 || first > limit || (last !== undefined && (last <= first || last > limit))) return null;
  return { ...(y === undefined ? {} : { year: y }), month, day: first, ...(last === undefined ? {} : { endDay: last }), precision: 'DAY' };
}

function numericDay(year: number, month: number, day: number): Omit<FoundArabicDate, 'index' | 'length'> | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'DAY' };
}

/**
 * Every absolute date written in a folded text ({@link foldArabicLetters}), in reading order, without
 * overlaps: full dates, day ranges, days and months whose year the text leaves out («07 غشت»), numeric dates
 * (`18/06/2009`, `2024-11-18`), months with their year and «عام 2014». The caller completes a missing year
 * from the article's dateline.
 */
export function findArabicDates(folded: string): FoundArabicDate[] {
  const found: FoundArabicDate[] = [];
  const taken = (from: number, to: number): boolean => found.some((f) => from < f.index + f.length && f.index < to);
  for (const { pattern, read } of FIND_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const length = m[0].replace(/[\s,،]+$/u, '').length;
      if (taken(m.index, m.index + length)) continue;
      const value = read(m);
      if (value) found.push({ index: m.index, length, ...value });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The weekday a single folded word names («السبت», «الاربعاء»), 0 = Sunday … 6 = Saturday. */
export function weekdayOfWord(foldedWord: string): number | undefined {
  return WEEKDAYS.find(([name]) => name === foldedWord)?.[1];
}
