/**
 * Names the index knows (graph nodes, gazetteer places, the actor lexicon), found wherever the article writes
 * them, with or without clitics («بعدن», «والاتحاد الاوروبي»), longest name first.
 */
import { type ArticleText, type Token } from '../article.text';
import { type KnownName, type KnownNameIndex, countriesOf } from '../known-names';
import { readings } from '../lexicon';
import { isLatinWord, joinedBySpace, keyOf } from '../scan';
import { type Mention, type MentionIds, type MentionType } from './mention';
import { restoreArticle } from './org-mentions';

/** Words before a place name that say a place follows. */
const PLACE_CUES = new Set(['محافظه', 'مدينه', 'مديريه', 'في', 'الى', 'من', 'جهه', 'ولايه', 'عماله', 'اقليم', 'بلده', 'قريه', 'منطقه', 'العاصمه', 'داخل']);

export function findKnownNames(article: ArticleText, index: KnownNameIndex, ids: MentionIds): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < article.tokens.length; i += 1) {
    const token = article.tokens[i] as Token;
    let matched: Mention | undefined;
    for (let n = Math.min(index.maxWords, article.tokens.length - i); n >= 1 && !matched; n -= 1) {
      const tokens = article.tokens.slice(i, i + n);
      if (tokens.some((t, k) => t.sentence !== token.sentence || (k > 0 && !joinedBySpace(article, i + k)))) continue;
      for (const reading of readings(token.folded)) {
        const words = [reading.word, ...tokens.slice(1).map((t) => t.folded)];
        const hits = index.lookup(keyOf(words.join(' ')));
        const usable = usableHits(hits, article, i, reading.clitic, words);
        const hit = choose(usable);
        if (!hit) continue;
        // «بتوقيت القدس الشريف», «بتوقيت مكة»: a clock, not a place the article is about.
        if (hit.node.type === 'PLACE' && /^(?:ب|و)?توقيت$/u.test(article.tokens[i - 1]?.folded ?? '')) continue;
        // Every place of the name, those a cue would need included: a shared name is settled by the article's country.
        const places = hit.node.type === 'PLACE' ? hits.filter((h) => h.node.type === 'PLACE') : [];
        const fStart = token.fStart + reading.skip;
        const fEnd = (tokens.at(-1) as Token).fEnd;
        const quote = article.quote(fStart, fEnd);
        const type = hit.node.type as MentionType;
        matched = withReading({
          id: ids.take(), type, first: i, last: i + n - 1, fStart, fEnd, quote, name: restoreArticle(quote.quote, reading.word), key: keyOf(words.join(' ')),
          rule: '', confidence: 0,
          ...(type === 'ORGANIZATION' && hit.node.kind ? { orgKind: hit.node.kind as NonNullable<Mention['orgKind']> } : {}),
          ...(countriesOf(places).size > 1 ? { placeReadings: places } : {}),
        }, hit);
        break;
      }
    }
    if (matched) {
      found.push(matched);
      i = matched.last;
    }
  }
  return found;
}

/** The mention matched to one of the nodes its name answers to, and why. */
export function withReading(mention: Mention, hit: KnownName, why = ''): Mention {
  const { quote } = mention;
  return {
    ...mention,
    rule: `known ${hit.node.origin === 'graph' ? 'graph' : hit.node.origin} name`, confidence: hit.node.origin === 'graph' ? 0.85 : 0.8,
    known: { node: hit.node, name: hit.name, reason: `«${quote.quote}» is ${hit.name === quote.quote ? 'the' : 'a spelling of the'} ${hit.node.origin === 'graph' ? 'name or alias' : hit.node.origin === 'gazetteer' ? 'gazetteer name' : 'actor-lexicon name'} «${hit.name}» of ${hit.node.id}${why}` },
    ...(mention.type === 'PLACE' && hit.node.kind ? { placeKind: hit.node.kind as NonNullable<Mention['placeKind']> } : {}),
  };
}

/**
 * The nodes a name may mean here. A one-word Arabic name of an organisation, program or person that is also an
 * everyday word («فتح» opens, «صدى» echoes) is taken only when longer than five letters or written in Latin
 * script; a gazetteer place that is also a word needs a place word before it.
 */
function usableHits(hits: readonly KnownName[], article: ArticleText, i: number, clitic: string, words: readonly string[]): KnownName[] {
  const single = words.length === 1;
  return hits.filter((hit) => {
    if (hit.node.type === 'EVENT' || hit.node.type === 'SOURCE') return false;
    if (hit.node.type === 'PLACE') {
      if (!hit.node.cue) return true;
      const previous = article.tokens[i - 1]?.folded ?? '';
      return (clitic.includes('ب') && (words[0] as string).length > 3) || PLACE_CUES.has(previous) || PLACE_CUES.has(previous.replace(/^(?:و|ب|وب)/u, ''));
    }
    if (!single) return true;
    const word = words[0] as string;
    return isLatinWord(word) ? word.length >= 2 : word.length > 5;
  });
}

/** Which of the usable nodes is meant: among places, the one the news of their country mean by a bare name. */
function choose(usable: readonly KnownName[]): KnownName | undefined {
  if (usable.length <= 1) return usable[0];
  const places = usable.filter((hit) => hit.node.type === 'PLACE');
  if (places.length === usable.length) return preferredPlace(places);
  return usable.find((hit) => hit.node.origin === 'graph') ?? usable[0];
}

/**
 * Among places of one name, a bare name is the city in Palestine, Jordan and Morocco and the governorate in Yemen
 * (as their news use them).
 */
export function preferredPlace(places: readonly KnownName[]): KnownName | undefined {
  const yemen = places.every((hit) => hit.node.countryIds.includes('place:ye'));
  return places.find((hit) => hit.node.kind === (yemen ? 'GOVERNORATE' : 'CITY')) ?? places[0];
}
