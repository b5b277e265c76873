/**
 * Programs and projects: «مشروع " معاً نحمي حقوقنا "» and «مبادرة “ترابط”» (the quoted words are the name),
 * «مشروع ساند لتعزيز السلم المجتمعي» and «برنامج تطوير الشرطة المجتمعية» (the name runs like an organisation's),
 * a framework the article names («الإستراتيجية الأمنية على الإنفتاح …», «مذكرة التفاهم»), and «هذا المشروع
 * الذي ينفذ …» when the article gives its project no name.
 */
import { type ArticleText, type Token } from '../article.text';
import { AGREEMENT_HEADS, DUAL_HEADS, EVENT_NOUNS, NOT_PROGRAM_AFTER, PROGRAM_HEADS, RANKS, readings } from '../lexicon';
import { breaksBefore, endsNames, isEventNounAt, isGivenName, isTitleWord, isVerbLike, keyOf, orgHeadOf } from '../scan';
import { type Mention, type MentionIds } from './mention';

const MAX_WORDS = 9;
/** Masdars a program's name opens with («مشروع تعزيز الأمن …», «برنامج دعم …»), folded. */
const OPENING_AIMS = /^(?:تعزيز|تطوير|دعم|بناء|تمكين|تحسين|حمايه|تفعيل)$/u;
/** Adjectives that describe a plan or a project rather than name it («استراتيجية حديثة», «خطة وطنية»), folded. */
const DESCRIBING = /^(?:حديث|جديد|وطني|شامل|متكامل|مشترك|واضح|عام|خاص|مستقبلي|طموح|اولي|ثاني|اخر)(?:ه|ا|ة)?$/u;
/**
 * Masdars of an aim after «في» that continue a program's name («المساهمة في خلق مجتمعات آمنة», «دور المرأة في بناء
 * السلام»), folded; «في» before anything else (a place, a date) ends it.
 */
const AIMS_AFTER_IN = /^(?:ال)?(?:تعزيز|تطوير|دعم|بناء|تمكين|تحسين|حمايه|تفعيل|خلق|تحقيق|حد|مكافحه|وقايه|نشر|ترسيخ|حل|منع|ارساء|صنع|صناعه|مساهمه|تنميه|معالجه)$/u;

export function findPrograms(article: ArticleText, ids: MentionIds): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < article.tokens.length; i += 1) {
    const mention = programAt(article, ids, i);
    if (mention) {
      found.push(mention);
      i = mention.last;
    }
  }
  return found;
}

function programAt(article: ArticleText, ids: MentionIds, i: number): Mention | undefined {
  const token = article.tokens[i] as Token;
  const agreement = AGREEMENT_HEADS.find((words) => readings(token.folded).some((r) => r.word === words[0]) && article.tokens[i + 1]?.folded === words[1]);
  const reading = agreement ? readings(token.folded).find((r) => r.word === agreement[0]) : readings(token.folded).find((r) => PROGRAM_HEADS.has(r.word));
  if (!reading) return undefined;
  const next = article.tokens[i + 1];
  const gap = next ? article.gapBefore(i + 1) : '';
  const fStart = token.fStart + reading.skip;
  const build = (last: number, name: string, rule: string, extra: Partial<Mention> = {}): Mention => {
    const quote = article.quote(fStart, (article.tokens[last] as Token).fEnd);
    return { id: ids.take(), type: 'PROGRAM', first: i, last, fStart, fEnd: (article.tokens[last] as Token).fEnd, quote, name, key: keyOf(name), rule, confidence: 0.7, ...extra };
  };
  // «مشروع " معاً نحمي حقوقنا "», «مبادرة (الالتزام عليك والكمامة علينا)»: quotes or brackets hold the name.
  if (next && next.sentence === token.sentence && /["“”«»(]/u.test(gap)) {
    // A quoted name may be long («مشروع “تعزيز دور المرأة والمجتمع المدني في العملية السياسية وبناء السلام في اليمن”»).
    for (let j = i + 1; j < article.tokens.length && j - i <= 16; j += 1) {
      const after = article.tokens[j + 1];
      const closing = article.folded.slice((article.tokens[j] as Token).fEnd, after ? after.fStart : article.folded.length);
      if (/["“”«»)]/u.test(closing)) {
        const inner = article.quote(next.fStart, (article.tokens[j] as Token).fEnd);
        // The closing quote belongs to the mention too: «مشروع " معاً نحمي حقوقنا "».
        const closeAt = (article.tokens[j] as Token).fEnd + closing.search(/["“”«»)]/u) + 1;
        const quote = article.quote(fStart, closeAt);
        return { id: ids.take(), type: 'PROGRAM', first: i, last: j, fStart, fEnd: closeAt, quote, name: inner.quote, key: keyOf(inner.quote), rule: 'program head with a quoted name', confidence: 0.85 };
      }
      if (/[،,.\n]/u.test(closing)) break;
    }
    return undefined;
  }
  if (!next || next.sentence !== token.sentence || breaksBefore(article, i + 1)) return undefined;
  // «هذه المبادرة», «لهذه المبادرة»: the program already named, not a name.
  if (/^(?:و|ل|ب|ول|وب)?(?:هذا|هذه)$/u.test(article.tokens[i - 1]?.folded ?? '') || /^ال/u.test(reading.word) && !agreement && endsNames(next.folded)) {
    return undefined;
  }
  // «يستهدف البرنامج قيادات المنطقة …»: the program already named, and the object of the verb; a definite head's
  // name goes on with a definite word («الإستراتيجية الأمنية …»).
  if (/^ال/u.test(reading.word) && !agreement && !/^(?:ال|لل)/u.test(next.folded)) return undefined;
  // «مشروع جديد مدته ثلاث سنوات», «مشروع أمني متكامل»: an indefinite head that a describing word follows names no
  // program; «البرنامج الخاص بـ…» says what a program is for.
  const nisba = /^(?!ال)\S{3,}(?:ي|يه)$/u.test(next.folded) && !OPENING_AIMS.test(next.folded);
  if (!/^ال/u.test(reading.word) && !agreement && (DESCRIBING.test(next.folded) || nisba)) return undefined;
  if (/^ال/u.test(reading.word) && /^(?:الخاص|الخاصه)$/u.test(next.folded)) return undefined;
  // «ورشة عمل استراتيجية لتعزيز …»: after an event noun «استراتيجية» describes the event.
  if (/^(?:ا|إ)?ستراتيجي/u.test(reading.word) && isEventNounBefore(article, i)) return undefined;
  // «برنامج مشروع دعم …»: two heads, and the program is named after the second.
  if (!agreement && PROGRAM_HEADS.has(next.folded)) return undefined;
  if (NOT_PROGRAM_AFTER.has(next.folded) || EVENT_NOUNS.some((noun) => noun.words[0] === reading.word && noun.words[1] === next.folded)) return undefined;
  if (!agreement && orgHeadOf(next.folded)?.skip === 0) return donorsProject(article, ids, i);
  const last = nameRunEnd(article, i, agreement ? i + 1 : i);
  if (last === undefined || last === i) return undefined;
  // «بناء استراتيجية حديثة»: an indefinite head and one describing word name no program.
  if (last === i + 1 && !/^ال/u.test(reading.word) && DESCRIBING.test((article.tokens[last] as Token).folded)) return undefined;
  // «مشروع ساند …» is named «ساند …»; a definite head is part of the name («الإستراتيجية الأمنية …»).
  const nameFrom = reading.word.startsWith('ال') ? fStart : (article.tokens[i + 1] as Token).fStart;
  const nameTokens = article.quote(nameFrom, (article.tokens[last] as Token).fEnd).quote;
  if (agreement) return build(last, article.quote(fStart, (article.tokens[last] as Token).fEnd).quote, 'agreement named as the frame of activities', { confidence: 0.5 });
  return build(last, nameTokens, 'program head noun', { confidence: 0.7 });
}

/**
 * «مشروع الوكالة الأمريكية للتنمية الدولية لدعم السلام في اليمن»: a donor's project, named by the masdar of its aim
 * after «لـ» («دعم السلام في اليمن»); the mention is the aim's words, the donor's name before them its own mention.
 */
function donorsProject(article: ArticleText, ids: MentionIds, i: number): Mention | undefined {
  const sentence = (article.tokens[i] as Token).sentence;
  for (let j = i + 2; j <= i + 8 && article.tokens[j]?.sentence === sentence && !breaksBefore(article, j); j += 1) {
    const word = (article.tokens[j] as Token).folded;
    if (isVerbLike(word) || endsNames(word)) return undefined;
    if (!/^ل/u.test(word) || !OPENING_AIMS.test(word.slice(1))) continue;
    const last = nameRunEnd(article, j, j) ?? j;
    const fStart = (article.tokens[j] as Token).fStart + 1;
    const fEnd = (article.tokens[last] as Token).fEnd;
    const quote = article.quote(fStart, fEnd);
    return {
      id: ids.take(), type: 'PROGRAM', first: j, last, fStart, fEnd, quote, name: quote.quote, key: keyOf(quote.quote),
      rule: DONORS_PROJECT, confidence: 0.6,
    };
  }
  return undefined;
}

export const DONORS_PROJECT = 'a donor’s project named by its aim («مشروع الوكالة … لدعم السلام»)';

/**
 * The last token of a program's name whose head (or the word that introduces it) is token `i`, the name's words
 * starting after token `from`; undefined when the word after the head makes it no program's name.
 */
function nameRunEnd(article: ArticleText, i: number, from: number): number | undefined {
  const token = article.tokens[i] as Token;
  let last = from;
  for (let j = last + 1; j < article.tokens.length && j - i <= MAX_WORDS; j += 1) {
    const t = article.tokens[j] as Token;
    if (t.sentence !== token.sentence || breaksBefore(article, j) || /["“”«»()]/u.test(article.gapBefore(j))) break;
    const word = t.folded;
    const purpose = /^ل[^ا]\S{2,}/u.test(word) && !['لدي', 'لمده', 'لكافه', 'لذلك', 'لكن', 'لان'].includes(word);
    // «مشروع تعزيز الأمن والحماية …»: a name may open with the masdar of its aim.
    const aim = j === i + 1 && OPENING_AIMS.test(word);
    const aimAfterIn = word === 'في' && j > i + 1 && AIMS_AFTER_IN.test(article.tokens[j + 1]?.folded ?? '') && article.tokens[j + 1]?.sentence === token.sentence;
    // «تحسين الوصول إلى العدالة», «تعزيز الوصول الشامل إلى العدالة»: access is to something, inside the name.
    const accessTo = /^ال[يى]$/u.test(word) && [j - 1, j - 2].some((k) => k > i && /^(?:ال)?وصول$/u.test((article.tokens[k] as Token).folded));
    // «منسق المشروع المهندس عوض …»: a rank starts the person after the post.
    if (/^\d/u.test(word) || (endsNames(word) && !purpose && !aim && !aimAfterIn && !accessTo) || isTitleWord(word) || isVerbLike(word) || isGivenName(word) || RANKS.has(word)) break;
    if (j === i + 1 && orgHeadOf(word)?.skip === 0) return undefined;
    // «برنامج دعم المملكة المتحدة ورشة عمل …»: the event the program held ends its name.
    if (isEventNounAt(article, j)) break;
    // «… ووزارتي الداخلية وحقوق الإنسان»: «و» and a head (two bodies' too) begin another name.
    if (word.startsWith('و') && (orgHeadOf(word.slice(1))?.skip === 0 || PROGRAM_HEADS.has(word.slice(1)) || DUAL_HEADS.has(word.slice(1)))) break;
    if (/^(?:ب|وب)/u.test(word) && word.length > 3 && !/^(?:بناء|برامج|بديل)/u.test(word)) break;
    // «برنامج المراكز الصيفية لعام 2025»: the year a program runs in follows its name.
    if (/^(?:ل|لل|ال)?عام$/u.test(word) && /^\d/u.test(article.tokens[j + 1]?.folded ?? '')) break;
    // «… للمؤسسات الديمقراطية الأردنية والتنمية المكون الثالث»: a component of the program follows its name.
    if (j > i + 1 && /^(?:ال)?مكون$/u.test(word)) break;
    // «مشروع التوأمة الخاص بمركز …»: what the program belongs to follows its name.
    if (j > i + 1 && /^(?:الخاص|الخاصه|التابع|التابعه)$/u.test(word)) break;
    last = j;
  }
  return last;
}

/** An event noun ends right before token i («ورشة عمل استراتيجية», «ورشة استراتيجية»). */
function isEventNounBefore(article: ArticleText, i: number): boolean {
  const before = article.tokens[i - 1];
  if (!before || before.sentence !== (article.tokens[i] as Token).sentence) return false;
  return EVENT_NOUNS.some((noun) => {
    const first = i - noun.words.length;
    return first >= 0 && noun.words.every((w, k) => readings((article.tokens[first + k] as Token).folded).some((r) => r.word === w) || (article.tokens[first + k] as Token).folded === w);
  });
}

/**
 * «المشروع الذي يحمل اسم تعزيز الأمن المجتمعي في اليمن»: a project named by the words after «يحمل اسم»; «مشروع جديد
 * مدته ثلاث سنوات، وهو تعزيز الوصول الشامل إلى العدالة»: by the masdar of its aim after «وهو».
 */
export function findProgramsNamedAfter(article: ArticleText, ids: MentionIds): Mention[] {
  const found: Mention[] = [];
  const pattern = /(?<![\p{L}])(?:ال)?(?:مشروع|برنامج|مبادره)(?:[^.،,\n]{0,40}?\s+(?:الذي|التي)\s+(?:يحمل|تحمل)\s+(اسم|عنوان)|\s+جديد\S*[^.\n]{0,40}?[،,]\s*(وهو|وهي))(?=\s)/gu;
  for (let m = pattern.exec(article.folded); m !== null; m = pattern.exec(article.folded)) {
    const i = article.tokenContaining(m.index + m[0].length - 1);
    const first = article.tokens[i + 1];
    if (!first || (m[2] !== undefined && !OPENING_AIMS.test(first.folded))) continue;
    const last = nameRunEnd(article, i, i);
    if (last === undefined || last === i) continue;
    const quote = article.quote(first.fStart, (article.tokens[last] as Token).fEnd);
    found.push({
      id: ids.take(), type: 'PROGRAM', first: i + 1, last, fStart: first.fStart, fEnd: (article.tokens[last] as Token).fEnd, quote, name: quote.quote,
      key: keyOf(quote.quote), rule: 'a project named after «يحمل اسم» or «وهو»', confidence: 0.6,
    });
  }
  return found;
}

/** «هذا المشروع الذي ينفذ …»: a project the article describes without naming it. */
export function findUnnamedProgram(article: ArticleText, ids: MentionIds): Mention | undefined {
  const pattern = /(?<![\p{L}\p{N}])(?:هذا|هذه)\s+(المشروع|البرنامج|المبادره)\s+(?:الذي|التي)\s+(?:ينفذ|تنفذ|ينفذه|تنفذه|نفذ|نفذته)/u;
  const m = pattern.exec(article.folded);
  if (!m) return undefined;
  const fStart = m.index + m[0].indexOf(m[1] as string);
  const fEnd = fStart + (m[1] as string).length;
  const quote = article.quote(m.index, m.index + m[0].length);
  const first = article.tokenAt(fStart);
  return {
    id: ids.take(), type: 'PROGRAM', first, last: first, fStart, fEnd, quote, name: quote.quote, key: keyOf(quote.quote),
    rule: 'unnamed project («هذا المشروع الذي ينفذ …»)', confidence: 0.5, unnamed: true,
  };
}

/**
 * «التعاون المستمر مع برنامج الأمم المتحدة الإنمائي … والمدعوم من السفارة اليابانية»: a cooperation that a funder
 * supports is a program in its own right, though the article gives it no name. The mention is the words before
 * «مع»; the partner after «مع» carries it out (relations.ts).
 */
export function findCooperationPrograms(article: ArticleText, ids: MentionIds): Mention[] {
  const found: Mention[] = [];
  const pattern = /(?<![\p{L}])(?:و)?(?:ال)?(?:تعاون|شراكه)(?:\s+(?:المستمر|القائم|المشترك|الوثيق|المثمر|المستمره|القائمه))?(?=\s+مع\s)/gu;
  for (let m = pattern.exec(article.folded); m !== null; m = pattern.exec(article.folded)) {
    const sentence = article.sentenceAt(m.index);
    const rest = article.folded.slice(m.index + m[0].length, Math.min(sentence.fEnd, m.index + m[0].length + 120));
    if (!/^\s+مع\s[^،,.]*?(?:و)?(?:المدعوم|المدعومه|الممول|المموله)\s+من\s/u.test(rest)) continue;
    const fStart = m.index + (m[0].startsWith('و') ? 1 : 0);
    const fEnd = m.index + m[0].length;
    const quote = article.quote(fStart, fEnd);
    const first = article.tokenAt(fStart);
    found.push({
      id: ids.take(), type: 'PROGRAM', first, last: article.tokenContaining(fEnd - 1), fStart, fEnd, quote, name: quote.quote, key: keyOf(quote.quote),
      rule: 'a cooperation a funder supports («التعاون … مع X والمدعوم من Y»)', confidence: 0.5, unnamed: true,
    });
  }
  return found;
}
