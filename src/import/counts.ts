/**
 * Participant counts as articles give them: digits (Western or Eastern, «46 جمعية»), in brackets («(20) من
 * القيادات»), after «بمشاركة»/«بحضور» («بمشاركة 15 مشاركاً»), in words («عشرين مشاركاً», «خمسة وعشرين»), with
 * «نحو»/«ما يقارب» (kept, marked approximate), and the vague «العشرات»/«عدد من», kept as text with no number.
 * A count is a claim of the article; a number the article gives as a target («يستهدف 200 مشارك») is none.
 */
import { type ArticleText, type Quote } from './article.text';
import { fold } from './lexicon';

export interface CountMention {
  readonly fStart: number;
  readonly fEnd: number;
  /** The number of participants, or null when the article only says «العشرات», «عدد من». */
  readonly count: number | null;
  readonly approximate: boolean;
  /** The verbatim phrase that counts them. */
  readonly text: Quote;
}

const UNIT_WORDS: Record<string, number> = {
  واحد: 1, واحده: 1, احد: 1, احدى: 1, اثنان: 2, اثنين: 2, اثنتين: 2, اثنتان: 2, اثنا: 2, اثني: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4,
  خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
};
const TEN_WORDS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const HUNDRED_WORDS: Record<string, number> = {
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400,
  خمسمئه: 500, خمسمائه: 500, الف: 1000,
};
/** The tables in the importer's fold («مئة» is «ميه» once its hamza seat is folded). */
const folded = (table: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(table).map(([word, n]) => [fold(word), n]));
const UNITS = folded(UNIT_WORDS);
const TENS = folded(TEN_WORDS);
const HUNDREDS = folded(HUNDRED_WORDS);
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS)].sort((a, b) => b.length - a.length).join('|')})`;
const NUMBER_WORDS = `${NUMBER_WORD}(?:\\s+(?:و\\s*)?${NUMBER_WORD}){0,3}`;

/**
 * The value of number words: «عشرين» 20, «خمسة وعشرين» 25, «أحد عشر» 11, «مئة وخمسين» 150. Undefined when the
 * words are not a number.
 */
export function numberFromWords(words: string): number | undefined {
  const parts = fold(words).split(/\s+/u).map((w) => w.replace(/^و/u, '')).filter(Boolean);
  if (parts.length === 0) return undefined;
  let total = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const word = parts[i] as string;
    if (word in HUNDREDS) total += HUNDREDS[word] as number;
    else if (word in TENS) total += TENS[word] as number;
    else if (word in UNITS) {
      // «أحد عشر», «ثلاثة عشر»: a unit then «عشر/عشرة» is a teen.
      const next = parts[i + 1];
      if ((next === 'عشر' || next === 'عشره') && word !== 'عشر' && word !== 'عشره') {
        total += 10 + (UNITS[word] as number);
        i += 1;
      } else total += UNITS[word] as number;
    } else return undefined;
  }
  return total;
}

const S = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** Nouns that count people or organisations taking part. */
const PARTICIPANTS = '(?:مشارك\\S*|متدرب\\S*|شخص\\S*|جمعي\\S*|منظم\\S*|ممثل\\S*|ضابط\\S*|ضباط|عضو\\S*|اعضاء|ناشط\\S*|مواطن\\S*|امراه|نساء|سيد\\S*|شاب\\S*|طالب\\S*|طلاب|فتا\\S*|قيادي\\S*|قيادات|اعلامي\\S*|صحفي\\S*|متطوع\\S*|حقوقي\\S*|منتسب\\S*|عنصر\\S*|افراد|فردا|مستفيد\\S*|مؤسس\\S*|موسس\\S*|هيئ\\S*|خبير\\S*|خبراء|رجل|رجال)';
const ABOUT = '(?:(نحو|حوالي|قرابه|زهاء|ما\\s+يقارب|ما\\s+يزيد\\s+عن|ما\\s+يزيد\\s+على|اكثر\\s+من|اكثر|ازيد\\s+من)\\s+)?';
const CUE = '(?:بمشاركه|بحضور|شارك\\s+(?:فيها|فيه|في\\s+\\S+(?:\\s+\\S+)?)|شارك|حضر(?:ها|ه)?|ضم(?:ت)?|جمع(?:ت)?|حضور)';
const COUNT_PATTERNS: ReadonlyArray<{ readonly pattern: RegExp; readonly number: number; readonly about?: number }> = [
  // «(20) من القيادات»
  // («مقرر تدريب ميداني (4) بالتعاون مع …»: a number a cue follows numbers the word before it, not people.)
  { pattern: new RegExp(`\\(\\s*(\\d+)\\s*\\)\\s*(?:من\\s+)?(?=\\S)(?!(?:و)?(?:بال|لل)\\S)`, 'gu'), number: 1 },
  // «46 جمعية», «نحو 40 مشاركا», «32 شارك ومشاركة», «40مشاركا» (the space left out)
  { pattern: new RegExp(`${S}${ABOUT}(\\d+)\\s*(?:من\\s+)?${PARTICIPANTS}${E}`, 'gu'), number: 2, about: 1 },
  // «بمشاركة 15», «شارك فيها ما يقارب 40»
  { pattern: new RegExp(`${S}${CUE}\\s+${ABOUT}(\\d+)${E}`, 'gu'), number: 2, about: 1 },
  // «عشرين مشاركا», «بمشاركة خمسة وعشرين»
  { pattern: new RegExp(`${S}${ABOUT}(${NUMBER_WORDS})\\s+(?:من\\s+)?${PARTICIPANTS}${E}`, 'gu'), number: 2, about: 1 },
  { pattern: new RegExp(`${S}${CUE}\\s+${ABOUT}(${NUMBER_WORDS})${E}`, 'gu'), number: 2, about: 1 },
];
const VAGUE = new RegExp(`${S}(?:العشرات|عشرات|المئات|مئات|الالاف|الاف|عدد\\s+من|العديد\\s+من|مجموعه\\s+من|حشد\\s+من)\\s+(?:من\\s+)?(?=\\S)`, 'gu');
/** A number the article gives as a target or a plan, not as who came. */
const TARGET_BEFORE = /(?:يستهدف|تستهدف|سيستهدف|ستستهدف|استهداف|يستفيد|سيستفيد|بواقع|لمده|مده)\s*(?:\S+\s+)?$/u;
const PHRASE_STOP = /[،,.؛:!?؟\n"“”]|(?:^|\s)(?:الذين|اللواتي|الذي|التي|لمناقشه|لبحث|حول|بهدف|علي\s+مدي|خلال|عن|ضمن|في\s+اطار)(?=\s|$)/u;

/** Every participant count of the article, numbers first; vague counts where no number was found at that place. */
export function findCounts(article: ArticleText, excluded: ReadonlyArray<{ fStart: number; fEnd: number }> = []): CountMention[] {
  const found: CountMention[] = [];
  const overlaps = (from: number, to: number): boolean =>
    [...found, ...excluded].some((m) => from < m.fEnd && m.fStart < to);
  for (const { pattern, number, about } of COUNT_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(article.folded); m !== null; m = pattern.exec(article.folded)) {
      const raw = m[number] as string;
      const value = /^\d+$/u.test(raw) ? Number(raw) : numberFromWords(raw);
      if (value === undefined || value <= 1 || value > 100_000) continue;
      const numberAt = m.index + m[0].indexOf(raw);
      if (TARGET_BEFORE.test(article.folded.slice(Math.max(0, m.index - 30), m.index))) continue;
      const fStart = m.index;
      if (overlaps(numberAt, numberAt + raw.length)) continue;
      const fEnd = phraseEnd(article.folded, numberAt + raw.length);
      found.push({ fStart, fEnd, count: value, approximate: about !== undefined && m[about] !== undefined, text: article.quote(fStart, fEnd) });
    }
  }
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(article.folded); m !== null; m = VAGUE.exec(article.folded)) {
    const fEnd = phraseEnd(article.folded, m.index + m[0].length);
    if (overlaps(m.index, fEnd)) continue;
    found.push({ fStart: m.index, fEnd, count: null, approximate: true, text: article.quote(m.index, fEnd) });
  }
  return found.sort((a, b) => a.fStart - b.fStart);
}

/** The end of the noun phrase a count heads: at most eight words, up to punctuation or a clause word. */
function phraseEnd(folded: string, from: number): number {
  let end = from;
  const words = /\S+/gu;
  words.lastIndex = from;
  for (let count = 0, m = words.exec(folded); m !== null && count < 8; m = words.exec(folded), count += 1) {
    const stop = PHRASE_STOP.exec(folded.slice(end, m.index + m[0].length));
    if (stop) {
      const cut = end + stop.index;
      return Math.max(from, trimEnd(folded, cut));
    }
    end = m.index + m[0].length;
  }
  return trimEnd(folded, end);
}

function trimEnd(folded: string, end: number): number {
  let at = end;
  while (at > 0 && /[\s،,.)(]/u.test(folded[at - 1] as string)) at -= 1;
  return at;
}
