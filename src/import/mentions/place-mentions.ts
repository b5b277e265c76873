/**
 * Places the gazetteer does not hold, found by the word that introduces them: «بمدينة الحبيلين» (a city),
 * «مديرية ردفان» (a district), «بلدة كفر الديك», «حي …», «منطقة سيدي البرنوصي», and venues and streets («في قاعة مكتب حركة
 * فتح», «بمقر منطقة سيدي البرنوصي», «بفندق …»).
 */
import { type PlaceKind } from '../../model/vocabulary';
import { type ArticleText, type Token } from '../article.text';
import { EVENT_NOUNS, fold, readings } from '../lexicon';
import { breaksBefore, endsNames, isTitleWord, isVerbLike, keyOf } from '../scan';
import { type Mention, type MentionIds } from './mention';

const PLACE_WORDS: ReadonlyMap<string, { kind: PlaceKind; max: number }> = new Map([
  ['مدينة', { kind: 'CITY', max: 3 }], ['بلدة', { kind: 'CITY', max: 3 }], ['قرية', { kind: 'CITY', max: 3 }], ['مخيم', { kind: 'CITY', max: 3 }],
  ['مديرية', { kind: 'DISTRICT', max: 2 }], ['قضاء', { kind: 'DISTRICT', max: 2 }], ['لواء', { kind: 'DISTRICT', max: 2 }],
  ['عمالة', { kind: 'DISTRICT', max: 4 }], ['حي', { kind: 'NEIGHBOURHOOD', max: 3 }], ['منطقة', { kind: 'DISTRICT', max: 3 }],
  ['قاعة', { kind: 'VENUE', max: 6 }], ['مقر', { kind: 'VENUE', max: 6 }], ['فندق', { kind: 'VENUE', max: 3 }], ['مبنى', { kind: 'VENUE', max: 5 }],
  ['قصر', { kind: 'VENUE', max: 3 }], ['مسرح', { kind: 'VENUE', max: 4 }], ['شارع', { kind: 'VENUE', max: 4 }],
].map(([word, spec]) => [fold(word as string), spec as { kind: PlaceKind; max: number }]));
const SECTOR_WORDS = new Set(['ثقافه', 'تربيه', 'صحه', 'شرطه', 'امن', 'زراعه', 'اوقاف', 'شؤون', 'ماليه', 'اعلام', 'اشغال', 'تنميه', 'الامن', 'الامنيه', 'المحافظه'].map(fold));
const NEXT_PLACE_WORD = new Set(['محافظه', 'بمحافظه', 'مديريه', 'بمديريه', 'مدينه', 'بمدينه', 'وسط', 'شمال', 'جنوب', 'شرق', 'غرب', 'عاصمه'].map(fold));

export function findPlaceWords(article: ArticleText, ids: MentionIds): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < article.tokens.length - 1; i += 1) {
    const token = article.tokens[i] as Token;
    const reading = readings(token.folded).find((r) => PLACE_WORDS.has(r.word));
    if (!reading) continue;
    const spec = PLACE_WORDS.get(reading.word) as { kind: PlaceKind; max: number };
    const next = article.tokens[i + 1] as Token;
    if (next.sentence !== token.sentence || breaksBefore(article, i + 1)) continue;
    // «11 مديرية بالمحافظة», «مدينة للشباب»: a preposition and an article start no place's name.
    if (/^(?:و|ف)?(?:بال|لل|كال)/u.test(next.folded)) continue;
    if (spec.kind === 'DISTRICT' && (next.folded.startsWith('ال') && reading.word !== 'عماله' && reading.word !== 'منطقه' || SECTOR_WORDS.has(next.folded))) continue;
    if (reading.word === 'منطقه' && (!reading.clitic.includes('ب') && article.tokens[i - 1]?.folded !== 'في' || /^(?:امن|الامن|الامنيه|امنيه)$/u.test(next.folded))) continue;
    let last = i;
    for (let j = i + 1; j < article.tokens.length && j - i <= spec.max; j += 1) {
      const t = article.tokens[j] as Token;
      if (t.sentence !== token.sentence || breaksBefore(article, j) || /^\d/u.test(t.folded) || /[-–—]/u.test(article.gapBefore(j))) break;
      if (endsNames(t.folded) || isTitleWord(t.folded) || isVerbLike(t.folded) || NEXT_PLACE_WORD.has(t.folded)) break;
      if (EVENT_NOUNS.some((noun) => readings(t.folded).some((r) => r.word === noun.words[0]))) break;
      if (j > i + 1 && /^(?:ب|و)/u.test(t.folded) && spec.kind !== 'VENUE') break;
      if (j > i + 1 && /^(?:ب)/u.test(t.folded)) break;
      last = j;
    }
    if (last === i) continue;
    const fStart = token.fStart + reading.skip;
    const fEnd = (article.tokens[last] as Token).fEnd;
    const quote = article.quote(fStart, fEnd);
    const name = spec.kind === 'VENUE' ? quote.quote : article.quote(next.fStart, fEnd).quote;
    found.push({
      id: ids.take(), type: 'PLACE', first: i, last, fStart, fEnd, quote, name, key: keyOf(name), rule: `place word «${article.quote(fStart, token.fEnd).quote}»`,
      confidence: spec.kind === 'VENUE' ? 0.6 : 0.65, placeKind: spec.kind, placeWord: reading.word,
    });
    i = last;
  }
  return found;
}
