/**
 * Dates of events as articles write them: absolute dates in the three month-name systems and in digits
 * (src/text/arabic-dates.ts), and the relative words news leans on — «اليوم», «أمس», «أول أمس», a weekday
 * alone, «الخميس الماضي», «العام الماضي» — resolved against the article's publication date.
 *
 * A resolution is as precise as the words and the reference allow, never more: when they disagree («يوم أمس
 * السبت» under a Saturday dateline) or leave two readings («الخميس الماضي»: this week's or the week before),
 * the date keeps what all readings share (the month, the year) and says why.
 */
import { type DatePrecision, type FoundArabicDate, arabicWeekdayName, findArabicDates, weekdayOf, weekdayOfWord } from '../text/arabic-dates';
import { type ArticleText, type Quote } from './article.text';

/** The article's publication date, as precise as it is known, and where it was read. */
export interface PublicationDate {
  readonly date: string;
  readonly precision: Exclude<DatePrecision, 'UNKNOWN'>;
  /** `dateline`: read from the article; `option`: given by the caller (`--published`). */
  readonly from: 'dateline' | 'option';
  readonly evidence?: Quote;
}

export type RelativeAnchor = 'today' | 'yesterday' | 'day-before-yesterday' | 'tomorrow' | 'weekday' | 'last-weekday' | 'next-weekday' | 'last-year' | 'last-month';

/** A date expression in the article. */
export interface DateMention {
  readonly fStart: number;
  readonly fEnd: number;
  readonly quote: Quote;
  readonly absolute?: FoundArabicDate;
  readonly relative?: { readonly anchor: RelativeAnchor; readonly weekday?: number };
}

/** What a date expression means for an event. */
export interface ResolvedDate {
  readonly date: string | null;
  readonly precision: DatePrecision;
  /** The verbatim words the date was read from. */
  readonly dateText: string;
  /** Why the date is as precise as it is, when it is less precise than the words or rests on the dateline. */
  readonly reason?: string;
  /** The last day of a multi-day event, when the words give one. */
  readonly endDate?: string;
}

const S = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const WEEKDAY = '(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)';
/** «اليوم» that is no date: «اليوم العالمي», «اليوم الدراسي», «اليوم الأول» (of a workshop). */
const NOT_TODAY = '(?!\\s+(?:العالمي|الدراسي|الوطني|الاول|الثاني|الثالث|الختامي|المفتوح|التالي|الموالي))';
const RELATIVE: ReadonlyArray<{ readonly pattern: RegExp; readonly anchor: (m: RegExpExecArray) => RelativeAnchor; readonly weekdayGroup?: number }> = [
  { pattern: new RegExp(`${S}(?:يوم\\s+)?اول\\s+(?:من\\s+)?امس(?:\\s+(?:يوم\\s+)?${WEEKDAY})?${E}`, 'gu'), anchor: () => 'day-before-yesterday', weekdayGroup: 1 },
  { pattern: new RegExp(`${S}(?:(?:صباح|مساء|ظهر|يوم)\\s+)?(?:امس|الامس|البارحه)(?:\\s*[،,]?\\s*(?:يوم\\s+)?${WEEKDAY})?${E}`, 'gu'), anchor: () => 'yesterday', weekdayGroup: 1 },
  { pattern: new RegExp(`${S}(?:(?:صباح|مساء|ظهر|نهار)\\s+)?اليوم${NOT_TODAY}(?:\\s*[،,]?\\s*(?:يوم\\s+)?${WEEKDAY})?${E}`, 'gu'), anchor: () => 'today', weekdayGroup: 1 },
  { pattern: new RegExp(`${S}(?:(?:صباح|مساء|ظهر|يوم)\\s+)?(?:غدا|غد)${E}`, 'gu'), anchor: () => 'tomorrow' },
  {
    pattern: new RegExp(`${S}(?:(?:صباح|مساء|ظهر|يوم)\\s+)?(?:يوم\\s+)?${WEEKDAY}(?:\\s+(الماضي|الفائت|المنصرم|المقبل|القادم))?${E}`, 'gu'),
    anchor: (m) => (m[2] === undefined ? 'weekday' : /المقبل|القادم/u.test(m[2]) ? 'next-weekday' : 'last-weekday'),
    weekdayGroup: 1,
  },
  { pattern: new RegExp(`${S}(?:العام\\s+الماضي|السنه\\s+الماضيه|قبل\\s+عام|بعد\\s+عام\\s+من\\s+\\S+|منذ\\s+عام)${E}`, 'gu'), anchor: () => 'last-year' },
  { pattern: new RegExp(`${S}الشهر\\s+(?:الماضي|المنصرم|الفائت)${E}`, 'gu'), anchor: () => 'last-month' },
];

/** Every date expression of the article, absolute ones first where they overlap relative words. */
export function findDateMentions(article: ArticleText): DateMention[] {
  const mentions: DateMention[] = [];
  const overlaps = (from: number, to: number): boolean => mentions.some((m) => from < m.fEnd && m.fStart < to);
  for (const found of findArabicDates(article.folded)) {
    // A weekday written just before the date belongs to it: «الأربعاء 20 أبريل 2016».
    const before = /(?:يوم\s+)?(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)\s*[:،,]?\s*$/u.exec(article.folded.slice(Math.max(0, found.index - 20), found.index));
    const fStart = before ? found.index - before[0].length : found.index;
    const fEnd = found.index + found.length;
    mentions.push({ fStart, fEnd, quote: article.quote(fStart, fEnd), absolute: found, ...(before ? { relative: { anchor: 'weekday' as const, weekday: weekdayOfWord(before[1] as string) as number } } : {}) });
  }
  for (const { pattern, anchor, weekdayGroup } of RELATIVE) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(article.folded); m !== null; m = pattern.exec(article.folded)) {
      const fStart = m.index;
      const fEnd = m.index + m[0].length;
      if (overlaps(fStart, fEnd)) continue;
      const weekdayWord = weekdayGroup === undefined ? undefined : m[weekdayGroup];
      const weekday = weekdayWord === undefined ? undefined : weekdayOfWord(weekdayWord);
      mentions.push({ fStart, fEnd, quote: article.quote(fStart, fEnd), relative: { anchor: anchor(m), ...(weekday === undefined ? {} : { weekday }) } });
    }
  }
  return mentions.sort((a, b) => a.fStart - b.fStart);
}

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const addDays = (iso: string, days: number): string => toIso(msOf(iso) + days * DAY_MS);

/** The most precise date all candidate days share, with the words of why. */
function common(days: readonly string[]): { date: string | null; precision: DatePrecision } {
  const unique = [...new Set(days)];
  if (unique.length === 1) return { date: unique[0] as string, precision: 'DAY' };
  const months = new Set(unique.map((d) => d.slice(0, 7)));
  if (months.size === 1) return { date: [...months][0] as string, precision: 'MONTH' };
  const years = new Set(unique.map((d) => d.slice(0, 4)));
  if (years.size === 1) return { date: [...years][0] as string, precision: 'YEAR' };
  return { date: null, precision: 'UNKNOWN' };
}

const weekdayName = (weekday: number): string => arabicWeekdayName(weekday);

/** Resolves a date expression against the publication date (null when the article has none). */
export function resolveDate(mention: DateMention, published: PublicationDate | null): ResolvedDate {
  const dateText = mention.quote.quote;
  if (mention.absolute) return resolveAbsolute(mention, mention.absolute, published);
  const relative = mention.relative as NonNullable<DateMention['relative']>;
  if (!published) {
    return { date: null, precision: 'UNKNOWN', dateText, reason: `«${dateText}» is relative to the publication date, which the article does not give; pass --published to resolve it` };
  }
  const refText = `the ${published.from === 'option' ? 'given publication date' : 'dateline'} ${published.date}`;
  if (relative.anchor === 'last-year') {
    const year = Number(published.date.slice(0, 4)) - 1;
    return { date: String(year), precision: 'YEAR', dateText, reason: `a year before ${refText}` };
  }
  if (published.precision !== 'DAY') {
    if (relative.anchor === 'last-month') return { date: null, precision: 'UNKNOWN', dateText, reason: `${refText} is not a day` };
    return { date: published.date, precision: published.precision, dateText, reason: `«${dateText}» read against ${refText}, which is only a ${published.precision.toLowerCase()}` };
  }
  const ref = published.date;
  if (relative.anchor === 'last-month') {
    const d = new Date(msOf(ref));
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - 1);
    return { date: toIso(d.getTime()).slice(0, 7), precision: 'MONTH', dateText, reason: `the month before ${refText}` };
  }
  const weekday = relative.weekday;
  const offsets: Record<string, number> = { today: 0, yesterday: -1, 'day-before-yesterday': -2, tomorrow: 1 };
  if (relative.anchor in offsets) {
    const day = addDays(ref, offsets[relative.anchor] as number);
    if (weekday === undefined || weekdayOf(day) === weekday) {
      return { date: day, precision: 'DAY', dateText, reason: `«${dateText}» counted from ${refText}` };
    }
    // The named weekday contradicts the count: the dateline may be the event's own day, or the article a day
    // late. The other reading is the nearest day that is that weekday; the date keeps what both share.
    const other = [1, -1, 2, -2, 3, -3].map((shift) => addDays(day, shift)).find((candidate) => weekdayOf(candidate) === weekday) as string;
    const shared = common([day, other]);
    return {
      ...shared, dateText,
      reason: `«${dateText}» names ${weekdayName(weekday)}, but counted from ${refText} it is ${weekdayName(weekdayOf(day))} ${day}; ${day} or ${other}, kept to what both share`,
    };
  }
  const target = weekday as number;
  const back = (weekdayOf(ref) - target + 7) % 7;
  switch (relative.anchor) {
    case 'weekday': {
      const day = addDays(ref, -back);
      return { date: day, precision: 'DAY', dateText, reason: `the last ${weekdayName(target)} on or before ${refText}` };
    }
    case 'last-weekday': {
      const latest = addDays(ref, back === 0 ? -7 : -back);
      const shared = common([latest, addDays(latest, -7)]);
      return { ...shared, dateText, reason: `«${dateText}» is ${latest} or the week before, counted from ${refText}; kept to what both share` };
    }
    case 'next-weekday': {
      const forward = (target - weekdayOf(ref) + 7) % 7 || 7;
      const next = addDays(ref, forward);
      const shared = common([next, addDays(next, 7)]);
      return { ...shared, dateText, reason: `«${dateText}» is ${next} or the week after, counted from ${refText}; kept to what both share` };
    }
    default:
      return { date: null, precision: 'UNKNOWN', dateText, reason: `«${dateText}» could not be read` };
  }
}

function resolveAbsolute(mention: DateMention, found: FoundArabicDate, published: PublicationDate | null): ResolvedDate {
  const dateText = mention.quote.quote;
  let year = found.year;
  let reason: string | undefined;
  if (year === undefined) {
    if (!published) {
      return { date: null, precision: 'UNKNOWN', dateText, reason: `«${dateText}» gives no year and the article has no publication date; pass --published` };
    }
    const refYear = Number(published.date.slice(0, 4));
    const refMonth = published.precision === 'YEAR' ? 12 : Number(published.date.slice(5, 7));
    // A month well after the publication month is last year's («28 ديسمبر» in a January article).
    year = (found.month as number) > refMonth + 2 ? refYear - 1 : refYear;
    reason = `the year ${year} comes from the ${published.from === 'option' ? 'given publication date' : 'dateline'} ${published.date}`;
  }
  if (found.precision === 'YEAR') return { date: String(year), precision: 'YEAR', dateText };
  const month = `${year}-${pad(found.month as number)}`;
  if (found.precision === 'MONTH') return { date: month, precision: 'MONTH', dateText, ...(reason ? { reason } : {}) };
  const day = `${month}-${pad(found.day as number)}`;
  const endDate = found.endDay === undefined ? undefined : `${month}-${pad(found.endDay)}`;
  const weekday = mention.relative?.weekday;
  if (weekday !== undefined && weekdayOf(day) !== weekday) {
    return { date: month, precision: 'MONTH', dateText, reason: `«${dateText}» names ${weekdayName(weekday)}, but ${day} is a ${weekdayName(weekdayOf(day))}; kept to the month` };
  }
  return { date: day, precision: 'DAY', dateText, ...(endDate ? { endDate } : {}), ...(reason ? { reason } : {}) };
}
