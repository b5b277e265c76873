/**
 * Event nouns: «حلقة نقاش», «لقاء تشاوري», «ورشة عمل», «مؤتمر», «دورة تدريبية», «لقاء تواصلي», «لقاء مفتوح»…,
 * each with the kind its words give, whether it refers back («اللقاء», «هذا اللقاء»: definite) and whether it is a
 * plural («الحملات التحسيسية»).
 */
import { type ArticleText, type Token } from '../article.text';
import { EVENT_NOUNS, MEETING_ADJECTIVES, PLURAL_ORG_HEADS, readings } from '../lexicon';
import { keyOf } from '../scan';
import { type Mention, type MentionIds } from './mention';

export function findEventNouns(article: ArticleText, ids: MentionIds): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < article.tokens.length; i += 1) {
    const token = article.tokens[i] as Token;
    for (const noun of EVENT_NOUNS) {
      const reading = readings(token.folded).find((r) => sameWord(r.word, noun.words[0] as string));
      if (!reading) continue;
      const rest = article.tokens.slice(i + 1, i + noun.words.length);
      if (rest.length !== noun.words.length - 1 || rest.some((t, k) => !sameWord(t.folded, noun.words[k + 1] as string) || t.sentence !== token.sentence)) continue;
      const last = i + noun.words.length - 1;
      if (noun.bare) {
        const after = article.tokens[last + 1]?.folded ?? '';
        if (reading.clitic !== '' || after === '' || after === 'في' || after.startsWith('ال') || /^(?:ل|ب|و)/u.test(after)) continue;
      }
      // A feminine noun («مبادرة») or a plural («جلسات») right before takes the adjective; a pronoun's «ـته» does not («رعايته»).
      if (noun.nominal && /(?:[^ت]ه|ات)$/u.test(article.tokens[i - 1]?.folded ?? '') && article.tokens[i - 1]?.sentence === token.sentence) continue;
      // «بالشراكة مع مؤسسات حملة “كن سنداً لشعبك”»: the campaign names the bodies it gathers, not an event of its own.
      if (noun.before && readings(article.tokens[i - 1]?.folded ?? '').some((r) => PLURAL_ORG_HEADS.has(r.word))) continue;
      if (noun.before && EVENT_NOUNS.some((other) => !other.before && other.words[0] !== 'تخريج' && readings(article.tokens[last + 1]?.folded ?? '').some((r) => sameWord(r.word, other.words[0] as string)))) continue;
      // «فعالية تخريج دورة الشرطي الصغير», «حفل تخريج …»: a graduation after a ceremony's noun is that ceremony.
      if (noun.words[0] === 'تخريج' && /^(?:و|ب|ل)?(?:فعاليه|الفعاليه|حفل|الحفل)$/u.test(article.tokens[i - 1]?.folded ?? '')) continue;
      let kind = noun.kind;
      // A plain «لقاء» or «اجتماع» takes its kind from the adjective after it, a word or two on («لقاءً تشاورياً»).
      if (kind === 'OTHER' && noun.words.length === 1) {
        const adjective = article.tokens.slice(i + 1, i + 3).map((t) => MEETING_ADJECTIVES.get(t.folded) ?? MEETING_ADJECTIVES.get(t.folded.replace(/ا$/u, ''))).find(Boolean);
        if (adjective) kind = adjective;
      }
      const previous = article.tokens[i - 1]?.folded ?? '';
      const next = article.tokens[last + 1]?.folded ?? '';
      const definite = reading.word.startsWith('ال') || ['هذا', 'هذه', 'تلك', 'ذلك'].includes(previous) || ['هذا', 'هذه'].includes(next);
      const fStart = token.fStart + reading.skip;
      const quote = article.quote(fStart, (article.tokens[last] as Token).fEnd);
      found.push({
        id: ids.take(), type: 'EVENT', first: i, last, fStart, fEnd: (article.tokens[last] as Token).fEnd, quote, name: quote.quote, key: keyOf(quote.quote),
        rule: `event noun «${quote.quote}»`, confidence: 0.7, eventKind: kind, definite, ...(noun.plural ? { plural: true } : {}),
      });
      i = last;
      break;
    }
  }
  return found;
}

/** A word and its accusative with tanween alif are one word here: «مؤتمرا», «لقاءا», «تواصليا», «مفتوحا». */
function sameWord(word: string, lexicon: string): boolean {
  return word === lexicon || (word.length > 3 && word.endsWith('ا') && word.slice(0, -1) === lexicon);
}
