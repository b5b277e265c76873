/**
 * Arabic-aware normalisation for search keys and name matching.
 *
 * Display text is never altered: these functions build *keys* stored beside the published names
 * (`searchKeys`) so that «الاتحاد الأوروبي» and «الاتحاد الاوروبي», «مؤسسة» and «موسسه», «UNDP» and
 * «undp» meet. The rules follow Lucene's ArabicNormalizer (which Neo4j's `arabic` analyzer uses) and
 * add what it leaves out; see research/domain.md §5.
 */

/**
 * Harakat and other combining marks: tanween, fatha, damma, kasra, shadda, sukun, maddah and
 * hamza above/below (U+064B–U+065F), the superscript (dagger) alef U+0670, and the Quranic
 * annotation marks U+06D6–U+06ED. News text rarely carries them, but when it does («معاً») the
 * same name must give the same key.
 */
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/**
 * Letter folds applied after NFKC. Alef with hamza above/below, with madda and alef wasla are all
 * written as bare alef in everyday typing; taa marbuta is typed as haa and alef maqsura as yaa (or
 * the reverse) so often that names only match after folding them.
 *
 * Hamza on waw and on yaa (ؤ ئ) are folded too, although Lucene leaves them: the seat of the hamza
 * is the most inconsistently typed letter in Arabic news: writers and keyboards often drop the hamza
 * and keep its seat («مؤسسة» typed «موسسة», «مؤتمر» «موتمر», «الجزائر» «الجزاير»), and for a name
 * search a rare false merge costs far less than a miss. (A change of seat, «مسؤول» / «مسئول», is
 * not mended by this; it would need the seats merged too, which over-merges.) The bare hamza ء is kept: dropping it would merge distinct
 * words and nothing in the sources needs it.
 *
 * Persian yeh and keheh (ی ک) appear in text pasted from Persian or Urdu keyboards; they fold to
 * their Arabic forms.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u06CC': '\u064A', // ی → ي
  '\u06A9': '\u0643', // ک → ك
};
const FOLDABLE_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits. */
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Latin combining accents, stripped so that «Sûreté» and «Surete» meet (French forms in Morocco). */
const LATIN_COMBINING_MARKS = /[\u0300-\u036F]/g;

/** Word-internal marks that are dropped rather than turned into a space: «Musa'ala» ~ «Musaala». */
const WORD_INTERNAL_MARKS = /['’ʼʿʾ`´.]/g;

/** Anything that is not a letter, a combining mark or a digit separates words. */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Folds the Arabic letters of `text` without touching spacing or punctuation: NFKC on the whole
 * string (so a decomposed alef + hamza composes before it is folded), diacritics and tatweel
 * removed, alef / taa marbuta / alef maqsura / hamza seats folded, Arabic-Indic digits to ASCII.
 * Used by the date parser, which needs its slashes and spaces.
 */
export function foldArabicLetters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(FOLDABLE_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0x0f));
}

/**
 * The search key of a name or phrase: {@link foldArabicLetters}, then Latin case-folded and
 * stripped of accents, punctuation that is not part of a word removed, whitespace collapsed.
 *
 * normalizeSearchKey('الاتحاد الأوروبي') === normalizeSearchKey('الاتحاد الاوروبي') === 'الاتحاد الاوروبي'
 */
export function normalizeSearchKey(text: string): string {
  return foldArabicLetters(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_COMBINING_MARKS, '')
    .normalize('NFC')
    .replace(WORD_INTERNAL_MARKS, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/** The distinct, non-empty search keys of several names, in first-seen order. */
export function searchKeysOf(names: readonly (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const key = normalizeSearchKey(name);
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * {@link foldArabicLetters} and Latin lower-casing, keeping the way back to the original text: the folded
 * string, and for each of its UTF-16 code units the offsets in `text` of the character it came from
 * (`starts[i]` inclusive, `ends[i]` exclusive). Removed marks (harakat, tatweel) leave no code unit;
 * a character that NFKC expands (a ligature) gives several, all pointing at the same original character.
 *
 * The importer searches the folded text and maps every hit back with {@link originalSpan}, so the
 * quotes it proposes are always verbatim: `text.slice(start, end)` is the published text.
 */
export interface FoldedText {
  readonly text: string;
  readonly folded: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** A hamza or madda written as a combining mark after its seat: composed with the seat before folding. */
const COMBINING_HAMZA = /[\u0653-\u0655]/;
const SINGLE_MARK = /^[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]$/;

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  while (at < text.length) {
    const codePoint = text.codePointAt(at) as number;
    let width = codePoint > 0xffff ? 2 : 1;
    let piece = text.slice(at, at + width);
    const next = text[at + width];
    if (next !== undefined && COMBINING_HAMZA.test(next)) {
      const composed = (piece + next).normalize('NFC');
      if (composed.length === 1) {
        piece = composed;
        width += 1;
      }
    }
    if (!SINGLE_MARK.test(piece)) {
      const out = foldArabicLetters(piece).toLowerCase();
      for (let k = 0; k < out.length; k += 1) {
        folded += out[k];
        starts.push(at);
        ends.push(at + width);
      }
    }
    at += width;
  }
  return { text, folded, starts, ends };
}

/**
 * The original span of the folded range [from, to): from the first character's start to the last
 * character's end, stretched over marks written right after it («معاً» keeps its tanween), so the
 * quote is a whole, verbatim piece of the text.
 */
export function originalSpan(folding: FoldedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) throw new Error(`Expected a non-empty folded range, but got ${from}-${to}.`);
  const start = folding.starts[from] as number;
  let end = folding.ends[to - 1] as number;
  while (end < folding.text.length && SINGLE_MARK.test(folding.text[end] as string)) end += 1;
  return { start, end };
}
