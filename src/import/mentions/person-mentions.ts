/**
 * People, with the title and honorific the article gives them. Two orders are common:
 *   title first  — «مدير عام مكتب حقوق الانسان عبدربه جديع», «ممثلة برنامج الأمم المتحدة الانمائي سارة فيرير
 *                  اوليفيرا», «السفير الياباني في الأردن هيديناو ياناجي», «مدير أمن عدن اللواء الركن صادق حيد»;
 *   name first   — «علاء السعدي امين سر حركة فتح في جنين», «الرائد محمد علاونة مدير قسم العلاقات العامة …».
 * A name starts after a rank or honorific, or at a given name; it runs over kunyas and compound names («أبو
 * شتال», «عبد ربه») and stops after a family name at a word that is not one.
 */
import { type ArticleText, type Quote, type Token } from '../article.text';
import { DAY_WORDS, NAME_LINKS, PLURAL_TITLES, RANKS, SPEECH_NOUNS, TITLE_WORDS, fold } from '../lexicon';
import { breaksBefore, endsNames, isEventNounAt, isGivenName, isHonorific, isLatinWord, isTitleWord, isVerbLike, keyOf, orgHeadOf } from '../scan';
import { type Mention, type MentionIds } from './mention';

export interface PersonFinderContext {
  readonly article: ArticleText;
  readonly ids: MentionIds;
  /** Organisation mentions (head-noun and known), to tell a title's organisation from the name after it. */
  readonly organizations: readonly Mention[];
  /** Place mentions, words of a title («مدير أمن تطوان») that no verb test may take for a verb («تطوان» looks like one). */
  readonly places?: readonly Mention[];
}

const MAX_TITLE_WORDS = 14;
/** Words that start the clause after a subject («… أن», «… على أهمية»): a title that reaches one named nobody. */
const CLAUSE_WORDS = new Set(['ان', 'إن', 'أن', 'على', 'الى', 'عن', 'أهمية', 'اهمية', 'ضرورة', 'حرص', 'استعداد'].map(fold));
/** Titles of envoys and representatives, often followed by a foreign name no given-name list holds. */
const FOREIGN_TITLES = new Set(['السفير', 'سفير', 'السفيره', 'سفيره', 'ممثل', 'ممثله', 'مندوب', 'مندوبه', 'مدير', 'مديره', 'الممثل', 'الممثله', 'رئيس', 'رئيسه', 'منسق', 'منسقه'].map(fold));

export function findPersons(ctx: PersonFinderContext): Mention[] {
  const { article } = ctx;
  const found: Mention[] = [];
  const taken = new Set<number>();
  const orgAt = new Map<number, Mention>();
  for (const org of ctx.organizations) orgAt.set(org.first, org);
  for (let i = 0; i < article.tokens.length; i += 1) {
    if (taken.has(i)) continue;
    const word = (article.tokens[i] as Token).folded;
    let person: Mention | undefined;
    if (isTitleWord(word)) person = titleFirst(ctx, i, orgAt);
    // «القائد عواد الشلن»: a word that is a post and a rank, with no post's description after it, is the rank.
    // «هذا وقد أشرف أحمد الواوي على …»: after «قد» a given name («أشرف») is the verb.
    const afterQad = /^(?:و|ف|ل)?قد$/u.test(article.tokens[i - 1]?.folded ?? '');
    // «بالدعم الدولي المقدم لتأهيل …»: a rank after a definite word other than a rank is that word's participle.
    const participle = /^(?:المقدم|الرائد)$/u.test(word) && /^(?:ال|بال|لل|وال)/u.test(article.tokens[i - 1]?.folded ?? '') && !isHonorific((article.tokens[i - 1] as Token).folded);
    // «عميد شؤون الطلبة», «عميد كلية الحقوق»: a dean's post, not the rank of a name after it.
    const dean = /^و?عميد(?:ه)?$/u.test(word) && /^(?:شوون|كليه|الكليه|معهد|المعهد)$/u.test(article.tokens[i + 1]?.folded ?? '');
    // «أكد عبد الحكيم العفيري …»: «عبد» and a word with «ال» written apart are a compound given name.
    const compound = /^و?عبد$/u.test(word) && /^ال\S{2,}$/u.test(article.tokens[i + 1]?.folded ?? '') && !breaksBefore(article, i + 1);
    if (!person && !dean && ((isRankStart(word) && !participle) || (!isTitleWord(word) && (isGivenName(word) || compound) && !afterQad))) person = nameFirst(ctx, i, orgAt);
    if (!person) continue;
    found.push(person);
    // A title after the name («معاذ جبر مدير العلاقات العامة … بشرطة ضواحي القدس») is this person's: its title word
    // does not start another person's description, who would take the next name in the sentence.
    const end = Math.max(person.last, person.titleLast ?? -1);
    for (let k = person.first; k <= end; k += 1) taken.add(k);
    i = end;
  }
  return found;
}


const isRankStart = (word: string): boolean => RANKS.has(word) || RANKS.has(word.replace(/^و/u, ''));

/** «د.», «م.», «أ.»: a rank written as its first letter and a point. */
const abbreviatedRank = (article: ArticleText, j: number): boolean =>
  /^[دما]$/u.test((article.tokens[j] as Token).folded) && /^\s*\./u.test(article.gapBefore(j + 1));

/** Title, then what it is of, then (after any ranks) the name. */
function titleFirst(ctx: PersonFinderContext, t: number, orgAt: ReadonlyMap<number, Mention>): Mention | undefined {
  const { article } = ctx;
  const start = article.tokens[t] as Token;
  /** Where the post nearest the name begins: after an earlier post joined to it by «و» («… ورئيس لجنة …»). */
  let post = t;
  for (let j = t + 1; j < article.tokens.length && j - t <= MAX_TITLE_WORDS; j += 1) {
    const token = article.tokens[j] as Token;
    // «ومديرة الوكالة الأمريكية للتنمية الدولية، بروك إيشام»: a comma may stand between the organisation and the name.
    const afterOrg = [...orgAt.values()].some((o) => o.last === j - 1 && o.first > t);
    const nameNext = isGivenName(token.folded) || (!token.folded.startsWith('ال') && !isTitleWord(token.folded) && !endsNames(token.folded) && !orgHeadOf(token.folded));
    // «مدير عام الشرطة الفلسطينية، اللواء علام السقا»: or a rank after the comma.
    const commaThenName = /^[\s،,]+$/u.test(article.gapBefore(j)) && ((afterOrg && (nameNext || RANKS.has(token.folded))) || (j - t <= 4 && isGivenName(token.folded)));
    if (token.sentence !== start.sentence || (breaksBefore(article, j) && !commaThenName)) return undefined;
    // Another title begins another person's description («مدير مركز شرطة دورا، رئيس البلدية مهند عمرو»; «وكيل وزارة
    // الداخلية ومدير أمن عدن اللواء …» are two people, the first unnamed), unless it is a seat on a committee or a
    // council joined by «و» to a post and its body, which officials hold beside their post: «أمين عام وزارة الشؤون
    // السياسية والبرلمانية ورئيس لجنة الأحزاب السياسية الدكتور علي الخوالدة» is one person with two posts.
    if (j > t + 1 && isTitleWord(token.folded) && !RANKS.has(token.folded)) {
      if (post === t && afterOrg && /^و(?!ال)/u.test(token.folded) && /^\s+$/u.test(article.gapBefore(j)) && !/^ال/u.test(start.folded)
        && /^(?:ال)?(?:لجنه|مجلس)$/u.test(article.tokens[j + 1]?.folded ?? '')) {
        post = j;
        continue;
      }
      return undefined;
    }
    const org = orgAt.get(j) ?? ctx.places?.find((place) => place.first === j);
    if (org) {
      j = org.last;
      continue;
    }
    const word = token.folded;
    if (/^\d/u.test(word)) return undefined;
    if (j > t + 1 && (isVerbLike(word) || CLAUSE_WORDS.has(word))) return undefined;
    // «… والمقدم مصطفى فلنة»: a rank joined by «و» is another person, with a description of their own.
    if (j > t + 1 && /^و/u.test(word) && isRankStart(word) && !RANKS.has(word)) return undefined;
    if (RANKS.has(word) || abbreviatedRank(article, j)) {
      const name = nameAfterRanks(article, j);
      if (!name) return undefined;
      return build(ctx, t, name, orgAt, article.quoteTokens(post, j - 1), post);
    }
    if (isGivenName(word) || (/^عبد/u.test(word) && word.length > 4)) {
      const name = nameFrom(article, j);
      if (!name || name.last === name.first) return undefined;
      return build(ctx, t, { ...name, honorificFrom: undefined }, orgAt, article.quoteTokens(post, j - 1), post);
    }
    // «المدير التنفيذي لمؤسسة مسارات السلام، عبيد واكد،»: a name between commas after a post and its body, whether
    // or not a list knows it.
    if (afterOrg && /^[\s،,]+$/u.test(article.gapBefore(j)) && nameNext && !/^(?:و|ال)/u.test(word)) {
      const name = nameFrom(article, j);
      if (name && name.last > j && /^[\s،,]+/u.test(article.gapBefore(name.last + 1))) return build(ctx, t, { ...name, honorificFrom: undefined }, orgAt, article.quoteTokens(post, j - 1), post);
    }
    // «السفير الياباني في الأردن هيديناو ياناجي»: a foreign name no list knows, after an envoy's title and before a verb.
    if (FOREIGN_TITLES.has(start.folded.replace(/^و(?=\S{3})/u, '')) && j > t + 1 && !orgHeadOf(word) && !endsNames(word) && !isTitleWord(word) && !/^(?:و|ال)/u.test(word) && unknownNameAhead(article, j)) {
      const name = nameFrom(article, j);
      if (name && name.last > j) return build(ctx, t, { ...name, honorificFrom: undefined }, orgAt, article.quoteTokens(post, j - 1), post);
    }
  }
  return undefined;
}

/** Name (after ranks), then an optional title and what it is of. */
function nameFirst(ctx: PersonFinderContext, i: number, orgAt: ReadonlyMap<number, Mention>): Mention | undefined {
  const { article } = ctx;
  const word = (article.tokens[i] as Token).folded;
  const name = isRankStart(word) ? nameAfterRanks(article, i) : nameFrom(article, i);
  if (!name) return undefined;
  if (!isRankStart(word) && name.last === name.first) return undefined;
  const person = build(ctx, name.honorificFrom ?? name.first, name, orgAt, undefined);
  const after = name.last + 1;
  const next = article.tokens[after];
  // «عبيد واكد، المدير التنفيذي لمؤسسة “مسارات السلام”،»: a comma may stand between the name and the post.
  // «…، ورئيس جامعة …» after a comma is another person's post.
  const commaThenTitle = /^[\s،,]+$/u.test(article.gapBefore(after)) && !(article.tokens[after]?.folded ?? '').startsWith('و');
  if (!next || next.sentence !== (article.tokens[i] as Token).sentence || (breaksBefore(article, after) && !commaThenTitle) || !isTitleWord(next.folded)) return person;
  // «… رئيس مؤسسة رواد التنمية وحقوق الانسان»: the title runs to the end of the organisation after it.
  let last = after;
  let titleOrg: Mention | undefined;
  for (let j = after + 1; j < article.tokens.length && j - after <= MAX_TITLE_WORDS; j += 1) {
    const token = article.tokens[j] as Token;
    const org = orgAt.get(j);
    // «أحمد آيت الطالب والي أمن، مديرية الشرطة القضائية»: a short post, a comma, then the body it is held in.
    if (org && token.sentence === next.sentence && j - after <= 2 && /^[\s،,]+$/u.test(article.gapBefore(j))) {
      titleOrg = org;
      last = org.last;
      break;
    }
    if (token.sentence !== next.sentence || breaksBefore(article, j)) break;
    if (org) {
      titleOrg = org;
      last = org.last;
      break;
    }
    if (endsNames(token.folded) || isVerbLike(token.folded) || isGivenName(token.folded)) break;
    // «نائب اللجان المجتمعية ورؤساء قيادة …»: «و» and another post begin other people.
    if (/^و/u.test(token.folded) && (isTitleWord(token.folded) || isRankStart(token.folded) || PLURAL_TITLES.has(token.folded.slice(1)))) break;
    // «… الأمين العام للمجلس المحلي بمحافظة عدن كلمة أكد فيها»: what the person gave is no part of the post.
    if (SPEECH_NOUNS.has(token.folded) || isEventNounAt(article, j)) break;
    last = j;
  }
  const titleEnd = titleOrg ? titleOrg.first - 1 : last;
  const title = article.quoteTokens(after, Math.max(after, titleEnd));
  return { ...person, title: trimTitle(article, title), titleLast: last, ...(titleOrg ? { titleOrg } : {}) };
}

interface NameSpan {
  readonly first: number;
  readonly last: number;
  /** Where the ranks before the name start, when there are any. */
  readonly honorificFrom: number | undefined;
}

function nameAfterRanks(article: ArticleText, from: number): NameSpan | undefined {
  let j = from;
  while (j < article.tokens.length && isHonorific((article.tokens[j] as Token).folded.replace(/^و/u, '')) && j - from < 5) {
    // «العقيد رائد الخالدي»: after a rank written with «ال», a bare rank that is also a given name, with a name after
    // it, is the given name.
    const word = (article.tokens[j] as Token).folded;
    const after = article.tokens[j + 1];
    if (j > from && isGivenName(word) && /^و?ال/u.test((article.tokens[j - 1] as Token).folded) && after !== undefined && !breaksBefore(article, j + 1)
      && !isHonorific(after.folded) && !endsNames(after.folded) && !isTitleWord(after.folded)) break;
    j += 1;
  }
  if (j === from || j >= article.tokens.length) return undefined;
  // «العميد علي النمري»: after a rank «علي» (which folds like «على», on) is the given name Ali.
  const name = nameFrom(article, j, (article.tokens[j] as Token).folded === 'علي');
  return name ? { ...name, honorificFrom: from } : undefined;
}

/** A name from token j: at most four words; after a family name («ال…») only another one or a link word. */
function nameFrom(article: ArticleText, j: number, givenFirst = false): NameSpan | undefined {
  const first = article.tokens[j] as Token;
  if (!first || (endsNames(first.folded) && !givenFirst) || isTitleWord(first.folded) || orgHeadOf(first.folded) || /^\d/u.test(first.folded) || isLatinWord(first.folded)) return undefined;
  if (/^(?:لل|بال|وال|فال|ال)/u.test(first.folded) && !/^الله/u.test(first.folded)) return undefined;
  let last = j;
  // «خالد بن عبد العزيز الحرفش»: link words («بن», «عبد») make room for one more word.
  let links = 0;
  for (let k = j + 1; k < article.tokens.length && k - j < 4 + Math.min(links, 1); k += 1) {
    const token = article.tokens[k] as Token;
    const previous = (article.tokens[k - 1] as Token).folded;
    if (NAME_LINKS.has(previous)) links += 1;
    if (token.sentence !== first.sentence || breaksBefore(article, k) || /[(/"“”]/u.test(article.gapBefore(k))) break;
    const word = token.folded;
    // «علي» (Ali) folds like «على» (on): after a given name it is a name.
    const ali = word === 'علي' && (isGivenName(previous) || (k === j + 1 && givenFirst));
    // «العقيد زاهر صباح»: «صباح» (morning) is the family name Sabah unless a day follows («صباح اليوم»).
    const sabah = word === 'صباح' && !DAY_WORDS.has(article.tokens[k + 1]?.folded ?? '');
    // «عبيد واكد،»: a family name may begin with «و»; it is one when the name ends at it (a comma after) and what
    // follows «و» is no given name («محمد وعلي» are two people).
    const familyWithWaw = word.startsWith('و') && k === j + 1 && word.length > 3 && !isGivenName(word.slice(1))
      && /^\s*[،,]/u.test(article.gapBefore(k + 1));
    // «محمد قاسم نعمان», «محمد نبيل …»: a given name shaped like a verb is still a name after a name.
    // «العميد فواز طالب مدير شرطة …»: so is a family name shaped like a verb, with a post right after it.
    const verb = isVerbLike(word) && !isGivenName(word) && !isTitleWord(article.tokens[k + 1]?.folded ?? '');
    if (!ali && !sabah && !familyWithWaw && (endsNames(word) || isTitleWord(word) || isHonorific(word) || verb || /^\d/u.test(word) || isLatinWord(word))) break;
    if (orgHeadOf(word) || (word.startsWith('و') && !familyWithWaw) || /^(?:ب|ل)ال/u.test(word)) break;
    // «وقالت … حنان صباح لوطن:»: after two words of a name, «لـ» and a word before a colon is who was told, not the name.
    if (k - j >= 2 && /^ل(?!ل)\S{2,}$/u.test(word) && /^\s*:/u.test(article.gapBefore(k + 1))) break;
    // «على حسن تعاونها»: a word with a pronoun on its end is no part of a name.
    if (/\S{3}(?:ها|هم|هما)$/u.test(word)) break;
    // «… زاهر صباح كلمة»: the speech or the event the person gave ends the name.
    if (SPEECH_NOUNS.has(word) || isEventNounAt(article, k)) break;
    // «عبد الحكيم أحمد الصغيري»: «عبد ال…» is a compound given name, not a family name.
    const compound = (article.tokens[k - 2]?.folded === 'عبد' && k - 2 >= j);
    if (previous.startsWith('ال') && !compound && !NAME_LINKS.has(previous) && !word.startsWith('ال') && !NAME_LINKS.has(word)) break;
    // A third word is a name when it is a given name, a kunya or nisba, follows «أبو»/«بن», or ends the phrase
    // («سارة فيرير اوليفيرا إن …»); otherwise the name ended («عبدربه جديع أهمية التعاون»).
    if (k - j >= 2 && !compound && !isGivenName(word) && !NAME_LINKS.has(word) && !NAME_LINKS.has(previous) && !word.startsWith('ال')) {
      const after = article.tokens[k + 1];
      // «ناصر سالم بلبحيث أهمية التعاون»: the clause after a subject («أهمية», «ضرورة») begins after the name.
      // «رحب العقيد الركن مراد محمد كلشات بالحاضرين»: so does a preposition on a definite word.
      const ends = !after || after.sentence !== token.sentence || breaksBefore(article, k + 1) || endsNames(after.folded) || isVerbLike(after.folded) || isTitleWord(after.folded) || orgHeadOf(after.folded) !== undefined
        || CLAUSE_WORDS.has(after.folded) || /^(?:بال|لل)/u.test(after.folded);
      if (!ends) break;
    }
    last = k;
  }
  if (NAME_LINKS.has((article.tokens[last] as Token).folded)) last -= 1;
  if (last < j) return undefined;
  return { first: j, last, honorificFrom: undefined };
}

function unknownNameAhead(article: ArticleText, j: number): boolean {
  const next = article.tokens[j + 1];
  const after = article.tokens[j + 2];
  if (!next) return false;
  const word = next.folded;
  const endsHere = !after || breaksBefore(article, j + 2) || CLAUSE_WORDS.has(after.folded) || isVerbLike(after.folded);
  return !endsNames(word) && (!word.startsWith('ال') || endsHere) && !isTitleWord(word) && (after === undefined || isVerbLike(after.folded) || orgHeadOf(after.folded) !== undefined || endsNames(after.folded) || breaksBefore(article, j + 2) || after.folded.startsWith('و'));
}

function build(ctx: PersonFinderContext, first: number, name: NameSpan, orgAt: ReadonlyMap<number, Mention>, title: Quote | undefined, post = first): Mention {
  const { article } = ctx;
  const earlier = post > first ? earlierPost(article, first, post - 1, orgAt) : undefined;
  const nameQuote = article.quoteTokens(name.first, name.last);
  const honorific = name.honorificFrom !== undefined && name.honorificFrom < name.first ? article.quoteTokens(name.honorificFrom, name.first - 1).quote.replace(/\s*\/\s*$/u, '') : undefined;
  let titleOrg: Mention | undefined;
  let trimmed = title;
  if (title) {
    // The organisation right after the title words is the post's («مدير مديرية الإعلام … في مديرية الأمن العام»).
    for (const org of orgAt.values()) {
      if (org.first > post && org.last < (name.honorificFrom ?? name.first) && (!titleOrg || org.first < titleOrg.first)) titleOrg = org;
    }
    const titleEnd = titleOrg ? titleOrg.first - 1 : (name.honorificFrom ?? name.first) - 1;
    trimmed = titleEnd >= post ? trimTitle(article, article.quoteTokens(post, titleEnd)) : undefined;
  }
  const fStart = (article.tokens[first] as Token).fStart;
  const fEnd = (article.tokens[name.last] as Token).fEnd;
  return {
    id: ctx.ids.take(), type: 'PERSON', first, last: name.last, fStart, fEnd, quote: article.quote(fStart, fEnd), name: nameQuote.quote,
    key: keyOf(nameQuote.quote), nameFirst: name.first, rule: title ? 'title before a name' : honorific ? 'rank or honorific before a name' : 'given name',
    confidence: title || honorific ? 0.75 : 0.55, ...(trimmed ? { title: trimmed } : {}), ...(honorific ? { honorific } : {}), ...(titleOrg ? { titleOrg } : {}),
    ...(earlier ? { earlierPosts: [earlier] } : {}),
  };
}

/** The post written first of two a name carries (tokens first..last): its title words and the body they are of. */
function earlierPost(article: ArticleText, first: number, last: number, orgAt: ReadonlyMap<number, Mention>): { title: Quote; org: Mention } | undefined {
  const org = [...orgAt.values()].find((o) => o.first > first && o.last === last);
  if (!org) return undefined;
  return { title: trimTitle(article, article.quoteTokens(first, org.first - 1)), org };
}

/** A title without the prepositions that tie it to its organisation («مدير عام المعلومات والإحصاء بـ»). */
function trimTitle(_article: ArticleText, title: Quote): Quote {
  // «والي» (a governor of security) is a title as it stands; «ومدير», «لمدير» carry a conjunction or a preposition.
  const first = fold(title.quote.split(/\s/u)[0] ?? '');
  const lead = TITLE_WORDS.has(first) ? 0 : /^ول(?=\S{3})/u.test(title.quote) ? 2 : /^[ول](?=\S{3})/u.test(title.quote) ? 1 : 0;
  const trimmed = title.quote.slice(lead).replace(/[\s،,:/]+$/u, '').replace(/\s+(?:في|لدى|ب)$/u, '');
  return { quote: trimmed, start: title.start + lead, end: title.start + lead + trimmed.length };
}
