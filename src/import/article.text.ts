/**
 * An article as the importer reads it: the published text, its folded form (src/text/arabic-normalize.ts)
 * with the way back to the original offsets, its words and its sentences.
 *
 * Every rule of the importer searches the folded text (so «مؤسسة» and «موسسه», «الأوروبي» and «الاوروبي»,
 * «٢٠٢٢» and «2022» meet) and every fact it proposes quotes the original through {@link ArticleText.quote},
 * so `text.slice(start, end) === quote` holds by construction.
 */
import { type FoldedText, foldWithOffsets, originalSpan } from '../text/arabic-normalize';

/** A verbatim piece of the article: `text.slice(start, end) === quote`. */
export interface Quote {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** A word of the article (letters, marks and digits; a switch between Arabic and Latin script splits words). */
export interface Token {
  readonly index: number;
  /** The folded word: letters folded, Latin lower-cased, Eastern digits as ASCII. */
  readonly folded: string;
  /** Range in the folded text. */
  readonly fStart: number;
  readonly fEnd: number;
  /** Index of the sentence it belongs to. */
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly fStart: number;
  readonly fEnd: number;
  /** First token and one past the last. */
  readonly firstToken: number;
  readonly endToken: number;
  /** Index of the line (paragraph) it is on. */
  readonly line: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /[a-z0-9\u00C0-\u024F]/;
const SENTENCE_END = /[.!?؟\n]+/g;

export class ArticleText {
  readonly text: string;
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  private readonly folding: FoldedText;

  constructor(text: string) {
    this.text = text;
    this.folding = foldWithOffsets(text);
    this.folded = this.folding.folded;
    const sentences = splitSentences(this.folded);
    const tokens: Token[] = [];
    let sentence = 0;
    for (const match of this.folded.matchAll(WORD)) {
      for (const [offset, word] of splitScripts(match[0])) {
        const fStart = (match.index as number) + offset;
        while (sentence < sentences.length - 1 && fStart >= (sentences[sentence] as { fEnd: number }).fEnd) sentence += 1;
        tokens.push({ index: tokens.length, folded: word, fStart, fEnd: fStart + word.length, sentence });
      }
    }
    this.tokens = tokens;
    this.sentences = sentences.map((s, index) => {
      const firstToken = tokens.findIndex((t) => t.sentence === index);
      const last = findLastIndex(tokens, (t) => t.sentence === index);
      return { index, fStart: s.fStart, fEnd: s.fEnd, line: s.line, firstToken: firstToken === -1 ? 0 : firstToken, endToken: firstToken === -1 ? 0 : last + 1 };
    });
  }

  /** The verbatim quote of the folded range [fStart, fEnd). */
  quote(fStart: number, fEnd: number): Quote {
    const { start, end } = originalSpan(this.folding, fStart, fEnd);
    return { quote: this.text.slice(start, end), start, end };
  }

  /** The verbatim quote of tokens [first, last] (inclusive), optionally starting `skip` folded characters into the first (a proclitic). */
  quoteTokens(first: number, last: number, skip = 0): Quote {
    const a = this.tokens[first] as Token;
    const b = this.tokens[last] as Token;
    return this.quote(a.fStart + skip, b.fEnd);
  }

  /** The folded text of tokens [first, last], as in the article (punctuation and spacing kept). */
  foldedBetween(first: number, last: number): string {
    return this.folded.slice((this.tokens[first] as Token).fStart, (this.tokens[last] as Token).fEnd);
  }

  /**
   * The folded characters between two tokens (what separates them: spaces, commas, quotes, brackets); past the last
   * token, what follows it to the end of the text.
   */
  gapBefore(index: number): string {
    const token = this.tokens[index];
    const previous = this.tokens[index - 1];
    return this.folded.slice(previous ? previous.fEnd : 0, token ? token.fStart : this.folded.length);
  }

  /** The token that starts at or after a folded offset. */
  tokenAt(fOffset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.tokens[mid] as Token).fStart < fOffset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The token that contains a folded offset, or the last one before it. */
  tokenContaining(fOffset: number): number {
    const at = this.tokenAt(fOffset);
    const token = this.tokens[at];
    if (token && token.fStart === fOffset) return at;
    return Math.max(0, at - 1);
  }

  /** The sentence of a folded offset. */
  sentenceAt(fOffset: number): Sentence {
    return this.sentences.find((s) => fOffset >= s.fStart && fOffset < s.fEnd) ?? (this.sentences.at(-1) as Sentence);
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}

/** «الإنمائيundp» → «الإنمائي», «undp»: a word glued across scripts is two words. */
function splitScripts(word: string): Array<[number, string]> {
  const parts: Array<[number, string]> = [];
  let from = 0;
  for (let i = 1; i <= word.length; i += 1) {
    const boundary = i === word.length || (isLatin(word[i] as string) !== isLatin(word[i - 1] as string) && !isDigit(word[i] as string) && !isDigit(word[i - 1] as string));
    if (boundary) {
      parts.push([from, word.slice(from, i)]);
      from = i;
    }
  }
  return parts;
}

const isLatin = (ch: string): boolean => LATIN.test(ch);
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** Sentences end at . ! ? ؟ and at line breaks; a dot between digits (18.06.2009) or in an abbreviation is no end. */
function splitSentences(folded: string): Array<{ fStart: number; fEnd: number; line: number }> {
  const sentences: Array<{ fStart: number; fEnd: number; line: number }> = [];
  let from = 0;
  let line = 0;
  for (const match of folded.matchAll(SENTENCE_END)) {
    const at = match.index as number;
    const mark = match[0];
    if (mark === '.' && /\d/.test(folded[at - 1] ?? '') && /\d/.test(folded[at + 1] ?? '')) continue;
    if (mark === '.' && /(?:^|\s)\p{L}$/u.test(folded.slice(Math.max(0, at - 2), at))) continue;
    const end = at + mark.length;
    if (folded.slice(from, at).trim() !== '') sentences.push({ fStart: from, fEnd: end, line });
    line += (mark.match(/\n/g) ?? []).length > 0 ? 1 : 0;
    from = end;
  }
  if (folded.slice(from).trim() !== '') sentences.push({ fStart: from, fEnd: folded.length, line });
  if (sentences.length === 0) sentences.push({ fStart: 0, fEnd: folded.length, line: 0 });
  return sentences;
}
