/**
 * The publication date of an article, read from its dateline: a date after «نشر بتاريخ», «تاريخ النشر» or
 * «التاريخ:», or else a line of the header that holds only a date («السبت 26 نوفمبر 2022», «26-4-2022 | 13:10»).
 * A line with «بتوقيت» is a site's clock (the day the page was fetched), never the publication date.
 */
import { type FoundArabicDate } from '../text/arabic-dates';
import { type ArticleText } from './article.text';
import { type DateMention, type PublicationDate } from './dates';

const MARKER = /(?:نشر\s*(?:بتاريخ|في|يوم)?|تاريخ\s+النشر|تم\s+النشر|^\s*التاريخ|\n\s*التاريخ)\s*[:：]?\s*(?:\S+\s*[:،,]?\s*)?$/u;
/** Lines up to the first paragraph of body text are the header. */
const BODY_LINE = 150;

export function findDateline(article: ArticleText, dates: readonly DateMention[]): { published: PublicationDate; mention: DateMention } | null {
  const absolute = dates.filter((d): d is DateMention & { absolute: FoundArabicDate } => d.absolute?.year !== undefined && d.absolute.precision === 'DAY');
  for (const mention of absolute) {
    const before = article.folded.slice(Math.max(0, mention.fStart - 30), mention.fStart);
    if (MARKER.test(before)) return { published: publicationOf(mention), mention };
  }
  const headerEnd = headerLength(article.folded);
  let chosen: (DateMention & { absolute: FoundArabicDate }) | null = null;
  for (const mention of absolute) {
    if (mention.fStart >= headerEnd) break;
    const lineStart = article.folded.lastIndexOf('\n', mention.fStart) + 1;
    const lineEndAt = article.folded.indexOf('\n', mention.fEnd);
    const line = article.folded.slice(lineStart, lineEndAt === -1 ? article.folded.length : lineEndAt);
    if (/بتوقيت/u.test(line)) continue;
    const rest = (article.folded.slice(lineStart, mention.fStart) + article.folded.slice(mention.fEnd, lineEndAt === -1 ? undefined : lineEndAt))
      .replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, '').replace(/[^\p{L}]+/gu, ' ').trim();
    const words = rest === '' ? 0 : rest.split(' ').length;
    if (words <= 2) chosen = mention;
  }
  return chosen ? { published: publicationOf(chosen), mention: chosen } : null;
}

function publicationOf(mention: DateMention & { absolute: FoundArabicDate }): PublicationDate {
  const { year, month, day } = mention.absolute;
  return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'DAY', from: 'dateline', evidence: mention.quote };
}

/** Where the header ends: at the first line long enough to be body text (its start still counts). */
function headerLength(folded: string): number {
  const body = bodyStartOf(folded);
  return body === 0 ? Math.min(folded.length, 600) : body + 1;
}

/**
 * Where the body starts: the first line long enough to be a paragraph (headline, outlet line and dateline come
 * before it); 0 when no line is (a short text is all body).
 */
export function bodyStartOf(folded: string): number {
  let at = 0;
  let first = true;
  const lines = folded.split('\n');
  for (const [i, line] of lines.entries()) {
    const text = line.trim();
    // «احتضن» alone, then «معهد الرباط … لقاء …» on the next line: a first line that a break cut from its sentence.
    const cut = first && text !== '' && !looksLikeHeadline(text) && (lines[i + 1] ?? '').trim() !== '';
    // The headline is header however it is worded, unless a break cut it from its sentence; after it, a long line
    // or one that reports what someone did.
    if (text.length >= BODY_LINE || (!first && text !== '' && REPORTING_VERB.test(text)) || cut) return at;
    if (text !== '') first = false;
    at += line.length + 1;
  }
  return 0;
}

/**
 * A first line that reads as a headline: three words or more, and not a sentence of the report that a line break
 * cut («احتضن» alone, then «معهد الرباط … لقاء …») or that ends as a sentence with a verb of the report.
 */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.split(/\s+/u).length < 3) return false;
  return !(/[.]$/u.test(text) && REPORTING_VERB.test(text));
}

/** Verbs that report what happened («شاركت الشرطة …», «نظمت …»): a line with one is body text, not a headline. */
const REPORTING_VERB = /(?<![\p{L}])(?:و)?(?:نظمت|نظم|نفذت|نفذ|عقدت|عقد|اقامت|اقام|شاركت|شارك|اختتمت|انطلقت|انعقد|انعقدت|بدات|دشنت|احتضنت|استضافت)(?![\p{L}])/u;
