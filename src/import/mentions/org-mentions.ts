/**
 * Organisations named by a head noun («مؤسسة …», «منظمة …», «قسم …», «شرطة …»): the name runs from the head over
 * the words that describe it and stops at what cannot be part of a name — punctuation, a function or time word,
 * a cue («بدعم من»), a title or given name (a person follows), a verb, another head after «و» (a second
 * organisation). A unit's parent written inside its name («قسم العلاقات العامة لقوات الأمن الوطني», «مكتب حركة
 * فتح») and a place in a name («شرطة محافظة مأرب») are kept as the mention's parent and place. Dual heads name
 * two organisations («منظمتي مساءلة وصدى»).
 */
import { type ArticleText, type Token } from '../article.text';
import { type KnownNameIndex, countriesOf } from '../known-names';
import { AGREEMENT_HEADS, DUAL_HEADS, EVENT_NOUNS, GENERIC_ORG_WORDS, NAME_LINKS, NATIONALITIES, PLURAL_ORG_HEADS, PLURAL_TITLES, PROGRAM_HEADS, PURPOSE_WORDS, RANKS, SPEECH_NOUNS, fold, readings } from '../lexicon';
import {
  breaksBefore, endsNames, isEventNounAt, isGivenName, isLatinWord, isTitleWord, isVerbLike, keyOf, orgHeadOf, readingIn,
} from '../scan';
import { type Mention, type MentionIds } from './mention';

const MAX_WORDS = 10;
const PLACE_WORDS = new Set(['محافظه', 'مدينه', 'مديريه', 'بلده', 'قريه', 'عماله', 'اقليم', 'ولايه', 'جهه', 'لواء', 'قضاء', 'حي'].map(fold));
/** «مديرية X» is a district (a place) when X is a bare name, not a sector («مديرية الأمن العام», «مديرية ثقافة مادبا»). */
const SECTOR_WORDS = new Set(['ثقافه', 'تربيه', 'صحه', 'شرطه', 'امن', 'زراعه', 'اوقاف', 'شؤون', 'ماليه', 'اعلام', 'اشغال', 'عمل', 'تنميه', 'شباب', 'تعليم', 'داخليه', 'سياحه'].map(fold));

export interface OrgFinderContext {
  readonly article: ArticleText;
  readonly index: KnownNameIndex;
  readonly ids: MentionIds;
}

/** Every organisation named by a head noun (generic ones included, marked). */
export function findHeadOrganizations(ctx: OrgFinderContext): Mention[] {
  const found: Mention[] = [];
  const { article } = ctx;
  for (let i = 0; i < article.tokens.length; i += 1) {
    const token = article.tokens[i] as Token;
    const dual = readings(token.folded).find((r) => DUAL_HEADS.has(r.word));
    if (dual) {
      const pair = dualOrganizations(ctx, i, dual.skip, DUAL_HEADS.get(dual.word) as string);
      found.push(...pair);
      if (pair.length > 0) i = (pair.at(-1) as Mention).last;
      continue;
    }
    if (readings(token.folded).some((r) => PLURAL_ORG_HEADS.has(r.word))) continue;
    const mention = organizationAt(ctx, i) ?? securityOfPlace(ctx, i) ?? regionalSecurity(ctx, i);
    if (!mention) continue;
    found.push(mention);
    i = mention.last;
  }
  return found;
}

/** The organisation whose head is token `i`, or undefined when it is no head (or a district: «مديرية ردفان»). */
export function organizationAt(ctx: OrgFinderContext, i: number, parentOfUnit = false): Mention | undefined {
  const { article } = ctx;
  const token = article.tokens[i] as Token;
  const head = orgHeadOf(token.folded);
  if (!head) return undefined;
  if (isDistrictWord(article, i, head.word) || isDistrictOfKnownTown(ctx, i, head.word)) return undefined;
  // «منطقة» is a security zone only as «منطقة الأمن», «المنطقة الأمنية»; otherwise it is an area.
  if ((head.word === 'منطقه' || head.word === 'المنطقه') && !/^(?:ال)?امن(?:يه)?$/u.test(article.tokens[i + 1]?.folded ?? '')) return undefined;
  // A unit head after «ل» outside a unit's name describes a post («مساعد مدير الأمن العام للإدارة …»).
  if (!parentOfUnit && head.head.unit && head.clitic.includes('ل') && !/بالنسبه$/u.test(article.tokens[i - 1]?.folded ?? '')) return undefined;
  // «46 جمعية ناشطة»: a counted class, not one organisation.
  if (/^\d/u.test(article.tokens[i - 1]?.folded ?? '') && article.tokens[i - 1]?.sentence === token.sentence) return undefined;
  // «عميد شرطة ممتاز», «ضابط شرطة»: a police rank, not a body.
  if (head.word === 'شرطه' && /^(?:عميد|ضابط|مفتش|حارس|ملازم|مقدم|رقيب|نقيب)$/u.test(article.tokens[i - 1]?.folded ?? '')) return undefined;
  // «أعمال الملتقى العلمي», «افتتاح فعاليات المنتدى»: a forum whose proceedings open is an event, not a body.
  if (/^(?:ال)?(?:ملتقي|منتدي)$/u.test(head.word) && PROCEEDINGS.test(article.tokens[i - 1]?.folded ?? '')) return undefined;
  // «نظم مركز السلم المجتمعي … ملتقى طلابيا»: a forum with an accusative adjective after it is the verb's object, no name.
  if (/^(?:ال)?(?:ملتقي|منتدي)$/u.test(head.word) && /^(?!ال)\S{2,}يا$/u.test(article.tokens[i + 1]?.folded ?? '') && !breaksBefore(article, i + 1)) return undefined;
  if (/^(?:ال)?(?:ملتقي|منتدي)$/u.test(head.word) && forumHeld(article, i)) return undefined;
  // «يوم الشرطة العربي», «بيوم المرأة»: a day named after a body or a group is a date, not the body.
  if (head.word.startsWith('ال') && /^(?:و|ب|ل|وب)?يوم$/u.test(article.tokens[i - 1]?.folded ?? '')) return undefined;
  const party = head.head.kind === 'POLITICAL_PARTY';
  const security = head.head.kind === 'SECURITY_AGENCY' && !head.head.unit;
  let last = i;
  let parent: Mention | undefined;
  let place: Mention | undefined;
  let acronym: string | undefined;
  let nameLast = i;
  // The name is written in quotes or brackets after the head: a named body, whatever its words.
  let named = false;
  // The name runs through a person's name after an honoured title («الملكة أروى», «الصحابي عبدالله بن مسعود»).
  let namedAfter = false;
  // The last token of quoted words read as the body's other name: the quote mark after it closes them, opening none.
  let closedQuote = -1;
  for (let j = i + 1; j < article.tokens.length && j - i <= MAX_WORDS; j += 1) {
    const next = article.tokens[j] as Token;
    if (next.sentence !== token.sentence) break;
    const gap = article.gapBefore(j);
    if (/[(]/u.test(gap)) {
      const close = bracketed(article, j, ')');
      if (close !== undefined && j === i + 1) {
        // «فريق (لمستقبل أفضل)»: the bracketed words right after the head are the name, and end it.
        last = close;
        nameLast = close;
        named = true;
        break;
      }
      if (close !== undefined && close - j <= 3) {
        acronym = article.quote(next.fStart, (article.tokens[close] as Token).fEnd).quote;
        nameLast = last;
        last = close;
        j = close;
        continue;
      }
      break;
    }
    if (/["“”«»]/u.test(gap) && j === last + 1 && j !== closedQuote + 1) {
      const close = quoted(article, j, j === i + 1 ? 14 : 5);
      if (close !== undefined && (close - j <= 4 || j === i + 1)) {
        if (j === i + 1) {
          // «مؤسسة “مسارات السلام”»: the quoted words are the name, and end it.
          last = close;
          nameLast = close;
          named = true;
          break;
        }
        acronym = article.quote(next.fStart, (article.tokens[close] as Token).fEnd).quote;
        nameLast = last;
        last = close;
        j = close;
        closedQuote = close;
        continue;
      }
    }
    // «مديرية شرطة محافظة عجلون/ الشرطة المجتمعية»: a slash puts a second name beside the first.
    if (breaksBefore(article, j) || gap.includes('/')) break;
    const word = next.folded;
    // «مركز أمن طارق», «مركز شرطة الهاشمي»: the word after a police centre's «أمن» is where it is, whatever it looks like.
    if (j === i + 2 && /^(?:ال)?مركز$/u.test(head.word) && /^(?:امن|شرطه)$/u.test((article.tokens[i + 1] as Token).folded) && !endsNames(word) && !isTitleWord(word) && !RANKS.has(word)) {
      last = j;
      nameLast = j;
      continue;
    }
    if (isLatinWord(word)) {
      // «الدوليGIZ», «منظمة سيفيرورلد Saferworld»: Latin letters after an Arabic name are its other name.
      if (j > i + 1 && !isLatinWord((article.tokens[j - 1] as Token).folded)) {
        let end = j;
        while (article.tokens[end + 1] && isLatinWord((article.tokens[end + 1] as Token).folded) && !breaksBefore(article, end + 1)) end += 1;
        acronym = article.quote(next.fStart, (article.tokens[end] as Token).fEnd).quote;
        last = end;
        break;
      }
      last = j;
      nameLast = j;
      continue;
    }
    // «المركز المغربي للديمقراطية و الأمن»: a «و» written apart joins the next word as one written on it would.
    const after = article.tokens[j + 1];
    const spaced = word === 'و' && after !== undefined && after.sentence === token.sentence && !breaksBefore(article, j + 1) && after.folded.startsWith('ال');
    if ((word.length === 1 && !spaced) || (parentOfUnit && /^ل[^ل]/u.test(word) && !word.startsWith('لل'))) break;
    // «المركز لفتح نقاش»: a purpose right after the head («ل» on an indefinite masdar) is no part of a name.
    if (j === i + 1 && /^ل(?!ل)\S{3,}$/u.test(word) && !PLURAL_ORG_HEADS.has(word)) break;
    // «اللجنة الوطنية للوقاية من حوادث السير», «الهيئة … للحد من …»: what a body prevents is part of its name.
    const against = word === 'من' && /^و?(?:لل|ال)(?:وقايه|حد)$/u.test((article.tokens[j - 1] as Token).folded);
    if ((word === 'من' && article.tokens[j + 1]?.folded === 'اجل') || against) {
      if (against) {
        last = j;
        nameLast = j;
        continue;
      }
      last = j + 1;
      nameLast = j + 1;
      j += 1;
      continue;
    }
    if (word === 'بلا') {
      last = j;
      nameLast = j;
      continue;
    }
    // «منظمة السلم الاجتماعي والتوجه المدني بتعز»: «بـ» and a known place say where the body is, after its name;
    // «فعاليات», «أنشطة» begin what it does.
    if (placeAt(ctx, j, true)) break;
    if (j > i + 1 && (ACTIVITY_WORDS.has(word) || SPEECH_NOUNS.has(word))) break;
    // «… بشارع القدس», «… بمدينة تطوان»: «بـ» and a place word say where the body is.
    if (j > i + 1 && AT_PLACE_WORDS.has(word.replace(/^و?ب/u, '')) && /^و?ب/u.test(word)) break;
    // «بلدية يطا جنوب الخليل», «بلدية عناتا شرق القدس»: a direction after a place, or before one, says where the
    // place lies, after the name.
    if (j > i + 1 && /^(?:شرق|غرب|شمال|جنوب)$/u.test(word) && ((place && place.last === j - 1) || placeAt(ctx, j + 1))) break;
    const placeHere = placeAt(ctx, j);
    if (placeHere) {
      place = placeHere;
      last = placeHere.last;
      nameLast = placeHere.last;
      j = placeHere.last;
      continue;
    }
    // «حركة فتح»: a party's one-word name ends it.
    if (party && j > i + 1 && !(article.tokens[i + 1] as Token).folded.startsWith('ال')) break;
    // «مؤسسة الأمن الوطني ببلادنا»: a pronoun on a word («ـها», «ـهم», «ـنا») ends the name.
    // «الإدارة العامة لحماية الأسرة», «الإدارة العامة لمكافحة المخدرات»: a general directorate's field is its name.
    // «الوكالة الأمريكية للتنمية الدولية لدعم السلام»: after a whole name the graph or lexicon knows, «لـ» and a masdar
    // is what the body does.
    if (j > i + 1 && /^ل(?!ل)\S{3,}$/u.test(word) && ctx.index.lookup(keyOf(restoreArticle(article.quoteTokens(i, j - 1, head.skip).quote, head.word)))
      .some((known) => known.node.type === 'ORGANIZATION')) break;
    const field = head.head.unit && /^(?:العامه|العام)$/u.test((article.tokens[j - 1] as Token).folded) && PURPOSE_WORDS.has(word);
    if ((PURPOSE_WORDS.has(word) && !field) || /(?:ها|هم|هما)$/u.test(word) && word.length > 4 || /^(?:ب|ل|و)\S{3,}نا$/u.test(word)) break;
    // «مديرية الحكم المحلي عبد السلام سلامة»: «عبد» and a name begin a person.
    if (j > i + 1 && word === 'عبد' && !HONOURED.test((article.tokens[j - 1] as Token).folded)) break;
    if (/^\d/u.test(word) || endsNames(word) || isTitleWord(word) || RANKS.has(word) || isVerbLike(word)) break;
    // «لمكتب دولة فيصل الفايز»: «دولة» before a given name is the honorific of a prime minister, not a state.
    if (word === 'دوله' && isGivenName(article.tokens[j + 1]?.folded ?? '')) break;
    // «جمعية الملكة أروى», «جمعية الصحابي عبدالله …»: a body named after an honoured person goes on with the name.
    const before = (article.tokens[j - 1] as Token).folded;
    const linked = NAME_LINKS.has(before) || NAME_LINKS.has(word) || before === 'ام' || word === 'ام';
    // («مرصد العالم العربي»: a given name with «ال» after a definite word is its adjective, «Arab», not a person.)
    const adjective = word.startsWith('ال') && /^(?:ال|لل)/u.test(before);
    if (isGivenName(word) && j > i + 1 && !HONOURED.test(before) && !(namedAfter && linked) && !adjective) break;
    // After the honoured person's name, only a link of the name («بن», «أم») or a describing word («للمكفوفين») goes on.
    if (namedAfter && !linked && !/^(?:ال|لل|ل|و)/u.test(word)) break;
    if (isGivenName(word) && j > i + 1) namedAfter = true;
    // «مديرية الأمن العام حملت قيم …», «المركز الفلسطيني مرحباً بالحضور», «الملتقى ممثلون عن …»: after a definite word,
    // a bare indefinite word that no definite word follows is no part of the name (a definite name's words are definite,
    // or the first of a construct: «الهيئة المستقلة لحقوق الإنسان»).
    if (!namedAfter && indefiniteAfterDefinite(article, j)) break;
    // «مركز ديكاف للتعاون مع …», «ووجه مؤسسة أصدقاء الأمن الوطني للعمل عليها»: «لل…» before «مع» or «على» is what
    // the body does, not its name.
    if (j > i + 1 && word.startsWith('لل') && /^(?:مع|علي|عليها|عليه|عليهم)$/u.test(article.tokens[j + 1]?.folded ?? '')) break;
    // «مديرية الأمن العام مذكرة تفاهم»: an agreement the body signs ends its name.
    if (j > i + 1 && AGREEMENT_HEADS.some((words) => readings(word).some((r) => r.word === words[0]))) break;
    // «… بمؤتمر», «… وورشة»: an event noun, with or without its clitics, ends the name.
    if (readings(word).some((r) => EVENT_NOUNS.some((noun) => noun.words[0] === r.word))) break;
    // «مركز صنعاء للدراسات الاستراتيجية»: after a definite word, «الاستراتيجية» describes it; it heads no program here.
    const describing = /^ال(?:ا|إ)?ستراتيجي/u.test(word) && /^(?:ال|لل)/u.test((article.tokens[j - 1] as Token).folded);
    if (readingIn(word, PROGRAM_HEADS) && j > i + 1 && !describing) break;
    const conj = spaced ? (after as Token).folded : word.startsWith('و') && word.length > 2 ? word.slice(1) : undefined;
    if (conj !== undefined) {
      const at = spaced ? j + 1 : j;
      // «من الجامعة والمجتمع المحلي»: «و» right after a bare head joins another noun, not the rest of a name.
      if (j === i + 1 && /^ال/u.test(conj)) break;
      // «و» + another organisation ends this one; «و» + a describing word («وحقوق الانسان») continues it.
      if (security) break;
      if (orgHeadOf(conj)?.skip === 0 && !(head.head.unit && /^ال/u.test(conj) && !strongHead(conj))) break;
      // «بعثة الشرطة الأوروبية والشرطة المدنية الفلسطينية»: a body of a nation after «و» is another body, not part
      // of a unit's name («مديرية الإعلام والشرطة المجتمعية»).
      if (orgHeadOf(conj)?.skip === 0 && nationalAhead(article, at)) break;
      if (DUAL_HEADS.has(conj) || PLURAL_ORG_HEADS.has(conj) || PLURAL_TITLES.has(conj)) break;
      const weakUnitPart = head.head.unit && /^ال/u.test(conj) && orgHeadOf(conj)?.skip === 0;
      // «منظمة شركاء اليمن الدولية والاستاد عبد الحكيم …»: «و» and an honorific begin a person.
      if (isGivenName(conj) || isTitleWord(conj) || RANKS.has(conj) || (!weakUnitPart && startsKnown(ctx, at, spaced ? 0 : 1)) || PURPOSE_WORDS.has(conj)) break;
      // «الهيئة المستقلة وطبيعة عملها»: what «و» joins to a definite name is definite too.
      if (!spaced && /^(?:ال|لل)/u.test((article.tokens[j - 1] as Token).folded) && !/^(?:ال|لل)/u.test(conj) && !/^(?:ال|لل)/u.test(article.tokens[j + 1]?.folded ?? '')) break;
      last = at;
      nameLast = at;
      j = at;
      continue;
    }
    const nested = orgHeadOf(word);
    if (nested && strongHead(nested.word) && (nested.clitic === '' || nested.clitic === 'ل') && (head.head.unit || nested.clitic === 'ل')) {
      // A unit's parent: «مكتب حركة فتح», «قسم العلاقات العامة لقوات الأمن الوطني».
      const inner = organizationAt(ctx, j, true);
      if (inner && !inner.generic) {
        parent = inner;
        last = inner.last;
        nameLast = inner.last;
        j = inner.last;
        continue;
      }
      break;
    }
    // «بمحافظة», «بالتعاون», «بديوان»: a preposition on a definite word, a place word or a head starts another phrase;
    // «بناء», «بيت» are words of their own.
    const clitic = readings(word).find((r) => r.clitic !== '' && r.clitic !== 'و');
    if (clitic && (clitic.clitic.includes('ب') || clitic.clitic.includes('ك'))
      && (clitic.word.startsWith('ال') || PLACE_WORDS.has(clitic.word) || orgHeadOf(clitic.word) !== undefined)) break;
    // («جمعية حي السلام للتنمية المستدامة»: a neighbourhood's association is named after it.)
    if (PLACE_WORDS.has(word) && j === i + 1 && !/^شرط|^امن|^قياد|^مكتب|^ديوان|^مجلس|^بلديه|^(?:ال)?جمعيه/u.test(head.word)) break;
    last = j;
    nameLast = j;
  }
  // Trailing words that only end a phrase: «… العامة» is kept, «… المذكورة» is not.
  while (nameLast > i && ['المذكوره', 'المذكور', 'نفسها', 'ذاتها'].includes((article.tokens[nameLast] as Token).folded)) nameLast -= 1;
  // «رئيس جمعية الامانة والعمل عسكر البحر أن …»: after a title, a name the lists do not know may close the
  // organisation's words; two words that end the phrase and do not read as the name's own are the person.
  if (!acronym && isTitleWord(article.tokens[i - 1]?.folded ?? '') && nameLast - i >= 3) {
    const given = article.tokens[nameLast - 1] as Token;
    const after = article.tokens[nameLast + 1];
    const ends = !after || breaksBefore(article, nameLast + 1) || ['ان', 'إن', 'أن'].map(fold).includes(after.folded) || isVerbLike(after.folded)
      || /^(?:و|ف)?قد$/u.test(after.folded);
    if (ends && !given.folded.startsWith('ال') && !given.folded.startsWith('و') && !/^(?:ل|ب)/u.test(given.folded)) {
      nameLast -= 2;
      last = Math.min(last, nameLast);
    }
  }
  if (last < nameLast || !acronym) last = nameLast;
  const quote = article.quoteTokens(i, last, head.skip);
  const nameQuote = article.quoteTokens(i, nameLast, head.skip);
  const modifiers = article.tokens.slice(i + 1, nameLast + 1).map((t) => t.folded);
  // Generic: a head alone, a head and one word that says nothing of which body («جهاز الشرطة», «المؤسسة الأمنية»),
  // or a head and an indefinite describing word («مركز متخصص», «جمعية ناشطة»).
  const m0 = modifiers[0] ?? '';
  const indefinite = !head.word.startsWith('ال');
  const generic = !parentOfUnit && !acronym && !place && !named
    && (modifiers.length === 0 || (modifiers.length === 1 && (GENERIC_ORG_WORDS.has(m0) || orgHeadOf(m0)?.skip === 0))
      // «السلطة المحلية والأمنية»: describing words joined by «و» say no more.
      || (modifiers.length > 1 && modifiers.every((m, k) => GENERIC_ORG_WORDS.has(k === 0 ? m : m.replace(/^و(?=ال)/u, ''))))
      || (!m0.startsWith('ال') && GENERIC_ORG_WORDS.has(m0))
      // «شرطة مجتمعية», «جمعية تنموية»: an indefinite head and an indefinite adjective name a kind of body.
      || (indefinite && modifiers.length === 1 && /يه$/u.test(m0) && !m0.startsWith('ال'))
      // «فريق قانوني وطني»: or indefinite adjectives of relation only.
      || (indefinite && modifiers.length > 1 && modifiers.every((m) => /\S{2}(?:ي|يه)$/u.test(m) && !/^(?:ال|لل)/u.test(m)))
      // «مدراء شرطة مسؤولين»: an indefinite head and a plural describing word («مسؤولين», «متخصصون»).
      || (indefinite && modifiers.length === 1 && /(?:ين|ون)$/u.test(m0) && !m0.startsWith('ال'))
      // «فرع للعلاقات العامة …» in «تأسيس فرع للعلاقات العامة في كل مديرية»: a unit of each, not one unit.
      // «منصة للحوار», «مركز للتدريب»: a body for a purpose, not a name.
      // A plural noun of bodies that begins with «ل» («تجمع لجان المرأة») is no preposition.
      || (indefinite && /^ل/u.test(m0) && !PLURAL_ORG_HEADS.has(m0))
      // «مجموعة شركاء محتملين»: a group is a named body only with a definite name («مجموعة التفكير الاستراتيجي»).
      || (head.word === 'مجموعه' && !m0.startsWith('ال')));
  if (modifiers.length === 0 && !acronym) {
    if (parentOfUnit) return undefined;
  }
  return {
    id: ctx.ids.take(), type: 'ORGANIZATION', first: i, last, fStart: token.fStart + head.skip, fEnd: (article.tokens[last] as Token).fEnd,
    quote, name: withoutMarks(restoreArticle(nameQuote.quote, head.word)), key: keyOf(restoreArticle(nameQuote.quote, head.word)), rule: 'organisation head noun', confidence: generic ? 0.2 : 0.7,
    orgKind: kindOf(head.head.kind, quote.quote), ...(generic || modifiers.length === 0 ? { generic: true } : {}),
    ...(acronym ? { acronym: acronym.replace(/[()"“”«»]/gu, '').trim() } : {}),
    ...(parent ? { parent } : {}), ...(place ? { place } : {}),
  };
}

/**
 * «مدير أمن عدن», «ومدير أمن محافظة لحج»: after «مدير», «أمن» and a place name the security directorate of that place
 * (Yemen's «إدارة أمن عدن»), though «أمن» heads no name elsewhere.
 */
function securityOfPlace(ctx: OrgFinderContext, i: number): Mention | undefined {
  const { article } = ctx;
  const token = article.tokens[i] as Token;
  // («والي أمن تطوان» is a Moroccan title, of «ولاية أمن تطوان».)
  const director = /^(?:و|ل|ول)?مدير(?:ه)?$/u.test(article.tokens[i - 1]?.folded ?? '');
  if (token.folded !== 'امن' || !director || breaksBefore(article, i + 1)) return undefined;
  const placeWord = PLACE_WORDS.has(article.tokens[i + 1]?.folded ?? '') ? 1 : 0;
  const place = placeAt(ctx, i + 1 + placeWord);
  if (!place || (placeWord === 1 && breaksBefore(article, i + 2))) return undefined;
  const quote = article.quoteTokens(i, place.last);
  return {
    id: ctx.ids.take(), type: 'ORGANIZATION', first: i, last: place.last, fStart: token.fStart, fEnd: (article.tokens[place.last] as Token).fEnd, quote,
    name: quote.quote, key: keyOf(quote.quote), rule: 'security of a place after a post («مدير أمن عدن»)', confidence: 0.6, orgKind: 'SECURITY_AGENCY', place,
  };
}

/**
 * «الأمن الإقليمي بمدينة الجديدة», «الأمن الجهوي بالحسيمة»: Morocco's provincial and regional security services, named
 * by «الأمن» and their level (with the town after «بـ» or «بمدينة» as part of the name), though «الأمن» alone heads none.
 */
function regionalSecurity(ctx: OrgFinderContext, i: number): Mention | undefined {
  const { article } = ctx;
  const token = article.tokens[i] as Token;
  const reading = readings(token.folded).find((r) => r.word === 'الامن');
  const level = article.tokens[i + 1];
  if (!reading || !level || breaksBefore(article, i + 1) || !/^(?:الاقليمي|الجهوي)$/u.test(level.folded)) return undefined;
  let last = i + 1;
  let place: Mention | undefined;
  if (article.tokens[i + 2] && !breaksBefore(article, i + 2)) {
    const cityWord = /^بمدينه$/u.test((article.tokens[i + 2] as Token).folded) && !breaksBefore(article, i + 3);
    place = cityWord ? placeAt(ctx, i + 3, false, true) : placeAt(ctx, i + 2, true);
    if (place) last = place.last;
  }
  const quote = article.quote(token.fStart + reading.skip, (article.tokens[last] as Token).fEnd);
  return {
    id: ctx.ids.take(), type: 'ORGANIZATION', first: i, last, fStart: token.fStart + reading.skip, fEnd: (article.tokens[last] as Token).fEnd, quote,
    name: quote.quote, key: keyOf(quote.quote), rule: 'a Moroccan security service by its level («الأمن الإقليمي بالجديدة»)', confidence: 0.6, orgKind: 'SECURITY_AGENCY',
    ...(place ? { place } : {}),
  };
}

/**
 * A forum («منتدى», «ملتقى») that is held rather than a body that acts: one with an ordinal or «الحواري» in its name
 * («المنتدى الحواري المجتمعي الأمني الأول»), one a relative clause says was organised («منتدى الشرطة المجتمعية والذي
 * نظمته جمعية …»), or the subject of a verb of holding or attending («أقيم … المنتدى»).
 */
function forumHeld(article: ArticleText, i: number): boolean {
  const token = article.tokens[i] as Token;
  const sameClause = (k: number): boolean => article.tokens[k]?.sentence === token.sentence && !breaksBefore(article, k);
  for (let k = i + 1; k <= i + 6 && sameClause(k); k += 1) {
    const word = (article.tokens[k] as Token).folded;
    if (/^(?:ال)?(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه)$/u.test(word) || (k === i + 1 && /^(?:ال)?حواري$/u.test(word))) return true;
    if (endsNames(word) && !/^و?(?:الذي|التي)$/u.test(word)) break;
  }
  const heldBy = HELD_BY.exec(article.folded.slice(token.fEnd, token.fEnd + 120));
  // («حضر منتدى التنمية السياسية الورشة التي نظمتها …»: the clause is the event's between them, not the forum's.)
  if (heldBy) {
    const relative = article.tokenAt(token.fEnd + heldBy[0].search(/(?:الذي|التي)\s+\S+$/u));
    let between = false;
    for (let k = i + 1; k < relative; k += 1) between ||= isEventNounAt(article, k);
    if (!between) return true;
  }
  const before = article.tokens[i - 1]?.folded ?? '';
  if (readings(token.folded).some((r) => r.clitic !== '' && r.clitic !== 'و') || /^(?:مع|من|عن|بين|مثل)$/u.test(before)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 8 && article.tokens[k]?.sentence === token.sentence; k -= 1) {
    const word = (article.tokens[k] as Token).folded.replace(/^و(?=\S{3})/u, '');
    // («نظم منتدى التنمية السياسية ورشة عمل», «حضر منتدى التنمية السياسية اللقاء»: an active verb's subject is a body
    // when an event follows as its object.)
    if (HOLDING_FORUM.has(word)) return !/^(?:نظم|عقد|حضر)/u.test(word) || !eventLater(article, i);
    if (orgHeadOf(word) || isVerbLike(word) || isTitleWord(word)) return false;
  }
  return false;
}

/** An event noun follows the forum's words as the object of the verb before it (no other verb between). */
function eventLater(article: ArticleText, i: number): boolean {
  const sentence = (article.tokens[i] as Token).sentence;
  for (let k = i + 1; k <= i + 8 && article.tokens[k]?.sentence === sentence; k += 1) {
    if (isEventNounAt(article, k)) return true;
    if (isVerbLike((article.tokens[k] as Token).folded)) return false;
  }
  return false;
}

/** «… والذي نظمته جمعية …», «… الذي تنظمه …»: a relative clause saying the forum before it was organised. */
const HELD_BY = /^(?:\s+[^\s،,.]+){0,5}?[\s،,]+(?:و)?(?:الذي|التي)\s+(?:تم\s+)?(?:نظمه|نظمته|ينظمه|تنظمه|اقامه|اقامته|يقيمه|تقيمه|عقده|عقدته|نفذه|نفذته|نظمها|نظمتها|ينظمها|تنظمها|رعاه|رعته)(?=\s)/u;

/** Verbs whose subject or object a forum is as an event: it is held, attended, opened. */
const HOLDING_FORUM = new Set(['اقيم', 'اقيمت', 'انعقد', 'انعقدت', 'حضر', 'حضرت', 'استهل', 'انطلق', 'انطلقت', 'اختتم', 'اختتمت', 'نظم', 'نظمت', 'عقد', 'تنظيم', 'اقامه', 'انعقاد'].map(fold));

/** «منظمتي مساءلة وصدى» → «منظمة مساءلة», «منظمة صدى»; «منطقتي الأمن بسيدي البرنوصي والحي الحسني» → two zones. */
function dualOrganizations(ctx: OrgFinderContext, i: number, skip: number, singular: string): Mention[] {
  const { article } = ctx;
  const token = article.tokens[i] as Token;
  let and = -1;
  let end = i;
  for (let j = i + 1; j < article.tokens.length && j - i <= 8; j += 1) {
    const t = article.tokens[j] as Token;
    if (t.sentence !== token.sentence || breaksBefore(article, j) || endsNames(t.folded) || isVerbLike(t.folded) || isTitleWord(t.folded)) break;
    // «وزارتي الداخلية والعدل ومكتب النائب العام»: «و» and a head after the second name begin another body.
    if (and !== -1 && t.folded.startsWith('و') && orgHeadOf(t.folded.slice(1))?.skip === 0) break;
    if (and === -1 && t.folded.startsWith('و') && j > i + 1) and = j;
    end = j;
  }
  if (and === -1 || end < and) return [];
  if (singular === 'وزاره' && !/(?:تي|تا)$/u.test(token.folded)) return pluralList(ctx, i, skip, end);
  // The words shared by both: those before the first word carrying a preposition («بسيدي»), or none.
  const before = article.tokens.slice(i + 1, and);
  const split = before.findIndex((t) => /^(?:ب|ل|في)/u.test(t.folded) && t.folded.length > 3);
  const shared = split === -1 ? before.slice(0, Math.max(0, before.length - 1)) : before.slice(0, split);
  const firstPart = before.slice(shared.length);
  const secondFirst = article.tokens[and] as Token;
  const preposition = firstPart[0] && /^(ب|ل)/u.exec(firstPart[0].folded)?.[1];
  // Names are built from the words as written (the folded forms would show «منطقه» for «منطقة»).
  const written = (t: Token): string => article.quote(t.fStart, t.fEnd).quote;
  const singularWritten = written(token).slice(skip).replace(/(?:تي|تا)$/u, 'ة').replace(/(?:ي|ا)$/u, '');
  const secondWords = [written(secondFirst).slice(1), ...article.tokens.slice(and + 1, end + 1).map(written)];
  const sharedWords = shared.map(written);
  const nameOf = (words: readonly string[]): string => [singularWritten, ...sharedWords, ...words].join(' ');
  const firstName = nameOf(firstPart.map(written));
  const secondName = nameOf([`${preposition ?? ''}${secondWords[0]}`, ...secondWords.slice(1)]);
  const build = (name: string, first: number, last: number, quoteFrom: number): Mention => {
    const quote = article.quote(quoteFrom, (article.tokens[last] as Token).fEnd);
    return {
      id: ctx.ids.take(), type: 'ORGANIZATION', first, last, fStart: quoteFrom, fEnd: (article.tokens[last] as Token).fEnd, quote, name,
      key: keyOf(name), rule: 'dual organisation head («منظمتي … و…»)', confidence: 0.6, orgKind: kindOf(ORG_KIND_OF_DUAL(singular), name),
    };
  };
  return [
    build(firstName, i, and - 1, token.fStart + skip),
    build(secondName, and, end, (article.tokens[and] as Token).fStart + 1),
  ];
}

/** «ووزارات الداخلية والعدل وحقوق الانسان» → «وزارة الداخلية», «وزارة العدل», «وزارة حقوق الانسان». */
function pluralList(ctx: OrgFinderContext, i: number, skip: number, end: number): Mention[] {
  const { article } = ctx;
  const written = (t: Token): string => article.quote(t.fStart, t.fEnd).quote;
  const parts: Array<{ first: number; last: number; words: string[] }> = [];
  for (let j = i + 1; j <= end; j += 1) {
    const t = article.tokens[j] as Token;
    // «وزارات الداخلية وشُعب اتصال مجلس وزراء …»: after «و», only a definite word («والعدل») or the first word of a
    // construct («وحقوق الانسان») names another ministry; anything else ends the list.
    if (j > i + 1 && t.folded.startsWith('و') && !t.folded.startsWith('وال') && !(article.tokens[j + 1]?.folded ?? '').startsWith('ال')) break;
    if (j === i + 1 || t.folded.startsWith('و')) parts.push({ first: j, last: j, words: [j === i + 1 ? written(t) : written(t).slice(1)] });
    else {
      const part = parts.at(-1) as { first: number; last: number; words: string[] };
      part.last = j;
      part.words.push(written(t));
    }
  }
  return parts.map((part, n) => {
    const name = `وزارة ${part.words.join(' ')}`;
    const from = n === 0 ? (article.tokens[i] as Token).fStart + skip : (article.tokens[part.first] as Token).fStart + 1;
    const quote = article.quote(from, (article.tokens[part.last] as Token).fEnd);
    return {
      id: ctx.ids.take(), type: 'ORGANIZATION', first: n === 0 ? i : part.first, last: part.last, fStart: from, fEnd: (article.tokens[part.last] as Token).fEnd,
      quote, name, key: keyOf(name), rule: 'ministries named together («وزارات الداخلية والعدل …»)', confidence: 0.6, orgKind: 'GOVERNMENT_BODY',
    };
  });
}

const ORG_KIND_OF_DUAL = (singular: string) => orgHeadOf(singular)?.head.kind ?? 'NGO';

/** «للشرطة المجتمعية» is quoted from its second letter; its name is «الشرطة المجتمعية». */
export function restoreArticle(quoted: string, word: string): string {
  return word.startsWith('ال') && quoted.startsWith('ل') && !quoted.startsWith('ال') ? `ا${quoted}` : quoted;
}

/**
 * Token j is a bare indefinite word (no «ال», no clitic) after a definite one, and the word after it is not definite:
 * it cannot describe the definite name before it, nor begin a construct that goes on with it.
 */
function indefiniteAfterDefinite(article: ArticleText, j: number): boolean {
  const word = (article.tokens[j] as Token).folded;
  const before = (article.tokens[j - 1] as Token).folded;
  // «جمعية الملكة أروى»: a given name after an honoured title goes on with the name; «الشرطة ناصر …» does not.
  if (!/^(?:ال|لل)/u.test(before) || /^(?:ال|لل|ل|ب|و|ف|ك)/u.test(word) || NAME_LINKS.has(word) || (isGivenName(word) && HONOURED.test(before))) return false;
  // «رئيس المركز إسماعيل المتوكل»: a given name begins a person, whatever follows it.
  if (isGivenName(word)) return true;
  const after = article.tokens[j + 1];
  const continues = after !== undefined && after.sentence === (article.tokens[j] as Token).sentence && !breaksBefore(article, j + 1) && /^(?:ال|لل)/u.test(after.folded);
  return !continues;
}

/** Heads strong enough to start a second organisation inside a name. */
/** A nationality adjective within the two words after token j («… والشرطة المدنية الفلسطينية»). */
function nationalAhead(article: ArticleText, j: number): boolean {
  return [1, 2].some((n) => {
    const token = article.tokens[j + n];
    return token !== undefined && token.sentence === (article.tokens[j] as Token).sentence && (NATIONALITIES.has(token.folded) || NATIONAL.test(token.folded));
  });
}

/** The four countries' own adjectives («الفلسطينية», «اليمني»), as NATIONALITIES holds the donors'. */
const NATIONAL = /^(?:ال)?(?:فلسطيني|يمني|اردني|مغربي)(?:ه)?$/u;

/** Titles of the honoured a body may be named after («جمعية الملكة أروى», «مؤسسة الشهيد …»), folded. */
const HONOURED = /^(?:ال)?(?:ملكه|ملك|شهيد|امام|امير|اميره|صحابي|فقيد|سلطان|شيخ)$/u;

function strongHead(word: string): boolean {
  return !WEAK_HEADS.has(word);
}

/** Heads that name a part («الشرطة», «قسم», «إدارة»): inside a unit's name they describe it rather than start another body. */
const WEAK_HEADS = new Set(['الشرطه', 'شرطه', 'المنطقه', 'منطقه', 'الاداره', 'اداره', 'قسم', 'شعبه', 'فرع', 'وحده', 'دائره']);

function isDistrictWord(article: ArticleText, i: number, word: string): boolean {
  if (word !== 'مديريه' && word !== 'المديريه') return false;
  const next = article.tokens[i + 1];
  if (!next || breaksBefore(article, i + 1)) return false;
  return !next.folded.startsWith('ال') && !SECTOR_WORDS.has(next.folded);
}

/** «مديرية الغيضة», «مديرية صيرة»: a district named after a town the index knows. */
function isDistrictOfKnownTown(ctx: OrgFinderContext, i: number, word: string): boolean {
  if (word !== 'مديريه') return false;
  return placeAt(ctx, i + 1) !== undefined;
}

function startsKnown(ctx: OrgFinderContext, j: number, skip: number): boolean {
  const token = ctx.article.tokens[j] as Token;
  const word = token.folded.slice(skip);
  for (let n = 1; n <= 4; n += 1) {
    const words = [word, ...ctx.article.tokens.slice(j + 1, j + n).map((t) => t.folded)];
    if (words.length < n) break;
    if (ctx.index.lookup(keyOf(words.join(' '))).some((known) => known.node.type === 'ORGANIZATION' && words.join(' ').length > 4)) return true;
  }
  return false;
}

/** Place words that, after «بـ», say where a body is («بشارع», «بمدينة», «بحي»). */
const AT_PLACE_WORDS = new Set(['شارع', 'مدينة', 'حي', 'مقر', 'قاعة', 'فندق', 'محافظة', 'مديرية', 'عمالة', 'إقليم', 'ولاية', 'بلدة', 'قرية', 'مخيم'].map(fold));

/** «أعمال», «فعاليات», «افتتاح», «اختتام» before a forum: its proceedings, folded. */
const PROCEEDINGS = /^(?:و|ب|ل)?(?:اعمال|فعاليات|افتتاح|اختتام|انطلاق|انطلاقه)$/u;

/** Words that begin what an organisation does or gives («فعاليات», «كلمة»), not its name. */
const ACTIVITY_WORDS = new Set(['فعاليات', 'فعالية', 'أنشطة', 'انشطة', 'نشاط'].map(fold));

/**
 * A known place starting at token j (with a clitic or not), as a nested mention; one written with «بـ» only when
 * `withBa` (where the body is, not part of its name).
 */
function placeAt(ctx: OrgFinderContext, j: number, withBa = false, afterPlaceWord = false): Mention | undefined {
  const { article, index } = ctx;
  const token = article.tokens[j] as Token;
  for (let n = Math.min(4, index.maxWords); n >= 1; n -= 1) {
    const tokens = article.tokens.slice(j, j + n);
    if (tokens.length < n || tokens.some((t) => t.sentence !== token.sentence)) continue;
    for (const reading of readings(token.folded)) {
      if (reading.clitic.includes('ب') !== withBa) continue;
      const words = [reading.word, ...tokens.slice(1).map((t) => t.folded)];
      const places = index.lookup(keyOf(words.join(' '))).filter((known) => known.node.type === 'PLACE');
      // A neighbourhood's or a venue's name in a body's name is the body's own name more often than where it is
      // («جمعية الأزهر لتجار الأندلس» in Fes, not Casablanca's Al Azhar): only a town or larger places it, unless
      // the name is also a place of another country, which the article's country settles («شرطة ضواحي القدس»).
      const shared = countriesOf(places).size > 1;
      // A place that is also a word («عمران», «الجديدة») is a place after «بـ», as the known-name finder reads it, or
      // after a place word («بمدينة الجديدة»).
      const hit = places.find((known) => (!known.node.cue || withBa || afterPlaceWord) && (shared || (known.node.kind !== 'NEIGHBOURHOOD' && known.node.kind !== 'VENUE')));
      if (!hit) continue;
      const quote = article.quote(token.fStart + reading.skip, (tokens.at(-1) as Token).fEnd);
      return {
        id: ctx.ids.take(), type: 'PLACE', first: j, last: j + n - 1, fStart: token.fStart + reading.skip, fEnd: (tokens.at(-1) as Token).fEnd, quote,
        name: quote.quote, key: keyOf(quote.quote), rule: 'place named in an organisation’s name', confidence: 0.7,
        known: { node: hit.node, name: hit.name, reason: `«${quote.quote}» is the ${hit.node.origin === 'graph' ? 'graph' : 'gazetteer'} name «${hit.name}»` },
        ...(hit.node.kind ? { placeKind: hit.node.kind as NonNullable<Mention['placeKind']> } : {}),
        ...(shared ? { placeReadings: places } : {}),
      };
    }
  }
  return undefined;
}

/** A name without the quotes or brackets the article wrote around part of it («فريق (لمستقبل أفضل» → «فريق لمستقبل أفضل»). */
const withoutMarks = (name: string): string => name.replace(/[()"“”«»]/gu, ' ').replace(/\s+/gu, ' ').trim();

function bracketed(article: ArticleText, from: number, close: string): number | undefined {
  for (let j = from; j < article.tokens.length && j - from <= 4; j += 1) {
    const after = article.tokens[j + 1];
    const gap = article.folded.slice((article.tokens[j] as Token).fEnd, after ? after.fStart : article.folded.length);
    if (gap.includes(close)) return j;
    if (/[،,.\n]/u.test(gap)) return undefined;
  }
  return undefined;
}

function quoted(article: ArticleText, from: number, limit = 5): number | undefined {
  for (let j = from; j < article.tokens.length && j - from <= limit; j += 1) {
    const after = article.tokens[j + 1];
    const gap = article.folded.slice((article.tokens[j] as Token).fEnd, after ? after.fStart : article.folded.length);
    if (/["“”«»]/u.test(gap)) return j;
    if (/[،,.\n]/u.test(gap)) return undefined;
  }
  return undefined;
}

/** The kind a name's own words say, over the head's usual kind. */
export function kindOf(headKind: NonNullable<Mention['orgKind']>, name: string): NonNullable<Mention['orgKind']> {
  const key = keyOf(name);
  if (/(?:^| )(?:سفاره|السفاره|قنصليه)(?: |$)/u.test(key)) return 'FOREIGN_GOVERNMENT';
  // «حكومة هولندا», «الحكومة الهولندية»: a donor's government; «الحكومة اليمنية», «الحكومة المقالة» the country's own.
  if (/^(?:ال)?حكومه /u.test(key)) {
    const second = key.split(' ')[1] ?? '';
    const foreign = NATIONALITIES.has(second) || (key.startsWith('حكومه') && !second.startsWith('ال') && !NATIONAL.test(second) && !/^(?:فلسطين|اليمن|الاردن|المغرب)$/u.test(second));
    return foreign ? 'FOREIGN_GOVERNMENT' : 'GOVERNMENT_BODY';
  }
  if (/(?:^| )(?:حركه|حزب|الحركه|الحزب)(?: |$)/u.test(key)) return 'POLITICAL_PARTY';
  if (/(?:شرطه|الشرطه|امن|الامن|الامنيه|قوات|جهاز|الدرك|الحرس)/u.test(key)) return 'SECURITY_AGENCY';
  if (/(?:الامم المتحده|الاتحاد الاوروبي|الدولي|الدوليه)/u.test(key) && headKind !== 'GOVERNMENT_BODY') return headKind === 'NGO' ? 'INTERNATIONAL_NGO' : 'INTERNATIONAL_ORGANIZATION';
  if (/(?:وزاره|الوزاره|ديوان|محافظه|بلديه|السلطه المحليه|مكتب|مديريه)/u.test(key)) return 'GOVERNMENT_BODY';
  if (/(?:قناه|صحيفه|اذاعه|وكاله انباء|موقع)/u.test(key)) return 'MEDIA';
  return headKind;
}
