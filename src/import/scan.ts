/**
 * Helpers the mention finders share: how a token reads without its clitics, what separates two tokens, and
 * which words end a name.
 */
import { normalizeSearchKey } from '../text/arabic-normalize';
import { type ArticleText } from './article.text';
import {
  CUE_OPENERS, EVENT_NOUNS, GIVEN_NAMES, HONORIFICS, ORGANISING_VERBS, ORG_HEADS, type OrgHead, REPORT_VERBS, SPEECH_VERBS, STOP_WORDS, TITLE_WORDS,
  readings,
} from './lexicon';

/** What separates two tokens is only space (and hyphens or quotes that names carry). */
export function joinedBySpace(article: ArticleText, index: number): boolean {
  return /^[\s"“”«»'’\-–]*$/u.test(article.gapBefore(index));
}

/** Punctuation that ends a phrase lies between this token and the one before. */
/** What marks a byline or an outlet's line («نون بوست – سيدي إفني», «يونس السروي ـ لحج», «رام الله - وكالة خبر»). */
export const BYLINE_MARK = /[–—:-]|\sـ\s/u;

export function breaksBefore(article: ArticleText, index: number): boolean {
  const gap = article.gapBefore(index);
  // A dash with a space beside it separates («وكالة قدس نت للأنباء - رام الله»); one inside a name does not («مراكش-آسفي»).
  return /[،,.;؛:!?؟\n]/u.test(gap) || /\s[-–—ـ]|[-–—ـ]\s/u.test(gap);
}

export function keyOf(text: string): string {
  return normalizeSearchKey(text);
}

/** The org head a token is, read with or without clitics, and how many folded characters the clitics take. */
export function orgHeadOf(word: string): { head: OrgHead; skip: number; clitic: string; word: string } | undefined {
  for (const reading of readings(word)) {
    const head = ORG_HEADS.get(reading.word);
    if (head) return { head, skip: reading.skip, clitic: reading.clitic, word: reading.word };
  }
  return undefined;
}

/** The reading of a word without clitics that is in a set, if any. */
export function readingIn(word: string, set: ReadonlySet<string>): { skip: number; word: string; clitic: string } | undefined {
  return readings(word).find((reading) => set.has(reading.word));
}

/**
 * An imperfect or perfect verb of the genre, or a word shaped like an imperfect verb («يهدف», «تعمل»). A word of the
 * masdar pattern تفعيل («تمدين», «تمكين», «تحسين») is a noun: no imperfect verb has that shape.
 */
export function isVerbLike(word: string): boolean {
  const bare = word.startsWith('و') ? word.slice(1) : word;
  if (ORGANISING_VERBS.has(bare) || SPEECH_VERBS.has(bare) || REPORT_VERBS.has(bare)) return true;
  if (/^ت[^اوي][^اوي]ي[^اويه]$/u.test(bare)) return false;
  // Nor one of the pattern تفاعل («ترابط», «تكامل», «تبادل»): a masdar here, as the names of projects use it.
  if (/^ت[^اوي]ا[^اوي][^اويه]$/u.test(bare)) return false;
  // «اتحاد نساء اليمن», «نشطاء»: a plural of the pattern فعلاء, not a verb.
  if (/^ن\S{1,3}اء$/u.test(bare)) return false;
  // «ينظمان», «تعقدان»: the dual of an imperfect verb («الهيئة المستقلة والتوجيه السياسي ينظمان ورشة عمل»).
  if (/^(?:ي|ت)[^ا]\S{2,3}ان$/u.test(bare)) return true;
  return /^(?:ي|ت|ن)[^ا].{2,5}$/u.test(bare) && !/^(?:تعاون|تنميه|تنمية|تطوير|تعزيز|تاهيل|تدريب|توعيه|تواصل|تحالف|نقابه|نادي|تجمع|تضامن|يوم|يمن|ين)/u.test(bare);
}

export function isEventNounAt(article: ArticleText, index: number): boolean {
  return EVENT_NOUNS.some((noun) => readings((article.tokens[index]?.folded ?? '')).some((r) => r.word === noun.words[0]) && noun.words.length === 1);
}

/** A word no name runs across. */
export function endsNames(word: string): boolean {
  if (STOP_WORDS.has(word) || CUE_OPENERS.has(word)) return true;
  const bare = word.startsWith('و') ? word.slice(1) : undefined;
  if (bare !== undefined && (STOP_WORDS.has(bare) || CUE_OPENERS.has(bare))) return true;
  // «بما», «لما», «فيما»: a preposition on a function word.
  return /^(?:ب|ل|ف|وب|ول)(?:ما|من|هذا|هذه)$/u.test(word);
}

/** A post, also after «و», «ل» or «ب» («ولمدير», «بمدير عام شرطة محافظة تعز، العميد …»). */
export const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word) || (/^[ولب]/u.test(word) && TITLE_WORDS.has(word.slice(1)))
  || (/^و[لب]/u.test(word) && TITLE_WORDS.has(word.slice(2)));
export const isHonorific = (word: string): boolean => HONORIFICS.has(word);
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(word) || /^عبد\S{2,}$/u.test(word);
export const isLatinWord = (word: string): boolean => /^[a-z][a-z0-9&.-]*$/u.test(word);
