/**
 * Which event nouns are events, and which refer back to one: an indefinite noun with a verb of holding or
 * organising, a date of its own or «سابق» is a new event; «اللقاء», «هذا اللقاء», «الورشة» and the headline's
 * nouns refer to an event already named (the latest of that kind, else the article's first). Each event gets
 * the most specific kind its mentions give, its date (resolved against the publication date), its place, its
 * participant count and whether it was held online.
 */
import { type DatePrecision, type EventKind, type PlaceKind } from '../model/vocabulary';
import { type ArticleText, type Quote, type Token } from './article.text';
import { type CountMention } from './counts';
import { type DateMention, type PublicationDate, type ResolvedDate, resolveDate } from './dates';
import { INTRANSITIVE_HOLDING, ORGANISING_VERBS, PLURAL_TITLES, RANKS, readings } from './lexicon';
import { isHonorific, isTitleWord } from './scan';
import { type Mention } from './mentions/mention';

export interface EventCluster {
  readonly ref: string;
  readonly anchor: Mention;
  readonly mentions: Mention[];
  kind: EventKind;
  title: Quote;
  date: ResolvedDate | null;
  /** The place mention the event was held in, most specific first. */
  place: Mention | null;
  count: CountMention | null;
  online: boolean;
  readonly confidence: number;
}

const SPECIFICITY: Readonly<Record<PlaceKind, number>> = { VENUE: 5, NEIGHBOURHOOD: 4, CITY: 3, DISTRICT: 2.5, GOVERNORATE: 2, COUNTRY: 1 };
const PREVIOUS = /(?<![\p{L}])(?:سابق|سابقه|الماضي|الماضيه|قبل)(?![\p{L}])/u;
const ONLINE = /عن\s+بعد|الاتصال\s+المرئي|افتراضي|افتراضيه|عبر\s+تقنيه|عبر\s+منصه|زووم|zoom/u;
const TITLE_STOP = /[،,.؛:!?؟\n]|(?:^|\s)(?:قدمها|قدمه|شارك|حضرها|حضره|علي|بدعم|وبدعم|بتمويل|وبتمويل|برعايه|وبرعايه|بالتعاون|وبالتعاون|بالشراكه|بحضور|وبحضور|حضور|برياسه|وبرياسه|بمشاركه|وبمشاركه|ضمن|وذلك|يوم|اليوم|امس|الذي|التي|والذي|والتي|نظمت|نظمها|نظمتها|نظمه|نظمته|ينظمها|تنظمها|ضم|ضمت|جمع|جمعت|عقدت|عقد|عقدها|عقدتها|اقيمت|اقيم|اقامها|اقامتها|نفذها|نفذتها|تحت|بهدف|استهدف|استهدفت|يستهدف|تستهدف|لمده|علي\s+مدي)(?=\s|$)/u;

export interface EventInputs {
  readonly article: ArticleText;
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
  readonly counts: readonly CountMention[];
  readonly published: PublicationDate | null;
  /** Folded offset where the body starts (before it: headline and dateline). */
  readonly bodyStart: number;
  /** The dateline's own span, which dates no event. */
  readonly dateline: DateMention | null;
}

export function clusterEvents(inputs: EventInputs): { events: EventCluster[]; eventOf: Map<number, EventCluster> } {
  const { article, mentions } = inputs;
  const events: EventCluster[] = [];
  const eventOf = new Map<number, EventCluster>();
  const nouns = mentions.filter((m) => m.type === 'EVENT');
  const deferred: Mention[] = [];
  // A plural («الحملات التحسيسية», «حلقات نقاشية») is one reported activity only when someone organised it: the
  // object of an organising verb, a relative clause or a masdar that says so.
  const organisedPlural = (noun: Mention): boolean =>
    organisedByRelative(article, noun) || organisedByMasdar(article, noun) || governingVerb(article, noun, nouns) !== undefined;
  for (const noun of nouns) {
    const inHeader = noun.fStart < inputs.bodyStart;
    if (inHeader) {
      deferred.push(noun);
      continue;
    }
    if (noun.plural && !organisedPlural(noun)) continue;
    const fresh = isNewEvent(inputs, noun, events);
    if (fresh) {
      const cluster: EventCluster = {
        ref: `event-${events.length + 1}`, anchor: noun, mentions: [noun], kind: noun.eventKind as EventKind, title: titleOf(article, noun),
        date: null, place: null, count: null, online: false, confidence: noun.definite ? 0.55 : 0.75,
      };
      events.push(cluster);
      eventOf.set(noun.id, cluster);
      continue;
    }
    const target = [...events].reverse().find((e) => e.kind === noun.eventKind) ?? events[0];
    if (target) {
      target.mentions.push(noun);
      eventOf.set(noun.id, target);
    } else deferred.push(noun);
  }
  // Headline nouns (and nouns before any event) join the event of their kind, or the first one; an article
  // whose body names no event keeps its headline's.
  for (const noun of deferred) {
    const target = events.find((e) => e.kind === noun.eventKind) ?? events[0];
    if (target) {
      target.mentions.push(noun);
      eventOf.set(noun.id, target);
    } else if (!noun.plural || organisedPlural(noun)) {
      const cluster: EventCluster = {
        ref: `event-${events.length + 1}`, anchor: noun, mentions: [noun], kind: noun.eventKind as EventKind, title: titleOf(article, noun),
        date: null, place: null, count: null, online: false, confidence: 0.5,
      };
      events.push(cluster);
      eventOf.set(noun.id, cluster);
    }
  }
  for (const event of events) describe(inputs, event);
  return { events, eventOf };
}

function isNewEvent(inputs: EventInputs, noun: Mention, events: readonly EventCluster[]): boolean {
  const { article } = inputs;
  if (events.length === 0) return true;
  if (noun.definite) {
    // «المسح الميداني الذي تم تنفيذه …»: a definite noun of two words or more, with its own organiser, is an event of
    // its own; «الورشة التي نظمتها …» (one generic word) is the event already reported.
    return noun.last > noun.first && organisedByRelative(article, noun) && !events.some((e) => e.kind === noun.eventKind);
  }
  const sentence = article.sentenceAt(noun.fStart);
  const window = article.folded.slice(Math.max(sentence.fStart, noun.fStart - 40), Math.min(sentence.fEnd, noun.fEnd + 40));
  if (PREVIOUS.test(window)) return true;
  const ownDate = inputs.dates.some((d) => d !== inputs.dateline && d.fStart >= sentence.fStart && d.fEnd <= sentence.fEnd && Math.abs(d.fStart - noun.fStart) < 80);
  const governed = governingVerb(article, noun, inputs.mentions.filter((m) => m.type === 'EVENT')) !== undefined;
  const newKind = !events.some((e) => e.kind === noun.eventKind);
  return (ownDate && (governed || newKind)) || (governed && newKind);
}

/** The organising or holding verb that governs an event noun in its sentence (before it, within 25 words). */
export function governingVerb(article: ArticleText, noun: Mention, nouns: readonly Mention[] = []): number | undefined {
  const sentence = article.sentences[(article.tokens[noun.first] as Token).sentence];
  const from = Math.max(sentence?.firstToken ?? 0, noun.first - 25);
  // «لمؤتمر وطني», «لعقد مؤتمر»: a noun after «ل» is a purpose, not what the verb did.
  if (/^(?:ل|لل)/u.test((article.tokens[noun.first] as Token).folded) && !(article.tokens[noun.first] as Token).folded.startsWith('لقاء')) return undefined;
  // «نظمت المديرية …، في إطار فعاليات الدورة الرابعة لأيام الأبواب المفتوحة، ندوة …»: the event a frame cue names is
  // where the reported one happened, not what the verb did; the verb's object is the event noun after it.
  if (isFrame(article, noun)) return undefined;
  for (let k = noun.first - 1; k >= from; k -= 1) {
    // Only the first event noun after a verb is its object (an event named as a frame stands aside).
    if (nouns.some((other) => other !== noun && other.last === k && !isFrame(article, other))) return undefined;
    const word = (article.tokens[k] as Token).folded;
    // «وأوصى المشاركون بان يتم عقد العديد من اللقاءات وورش العمل»: what is to be held («يتم عقد», «سيتم») is no report.
    if (readings(word).some((r) => ORGANISING_VERBS.has(r.word) && (r.clitic === '' || r.clitic === 'و' || r.clitic === 'ف'))) {
      return /^(?:و)?س?يتم$/u.test(article.tokens[k - 1]?.folded ?? '') ? undefined : k;
    }
  }
  const after = article.tokens[noun.last + 1];
  if (after && INTRANSITIVE_HOLDING.has(after.folded)) return noun.last + 1;
  return undefined;
}

/** Words that name the frame an event took place in: «في إطار فعاليات …», «ضمن فعاليات …», «على هامش …». */
const FRAME_CUE = /(?:^|\s)(?:و)?(?:في\s+اطار|ضمن|علي\s+هامش)\s+(?:فعاليات|انشطه|اشغال)(?:\s+\S+){0,3}?\s*(?:ل|لل)?$/u;

/** Whether an event noun is named as the frame of another («في إطار فعاليات الدورة الرابعة لأيام الأبواب المفتوحة»). */
function isFrame(article: ArticleText, noun: Mention): boolean {
  return FRAME_CUE.test(article.folded.slice(Math.max(0, noun.fStart - 60), noun.fStart));
}

/** «واصلت الشرطة تنظيم المحاضرات التوعوية …»: a series someone organises, reported as one activity. */
function organisedByMasdar(article: ArticleText, noun: Mention): boolean {
  return /(?:^|\s)(?:تنظيم|تنفيذ|عقد|اقامه)\s*$/u.test(article.folded.slice(Math.max(0, noun.fStart - 12), noun.fStart));
}

/** «الحملات التحسيسية … التي نظمتها المصالح الأمنية», «المسح الميداني الذي تم تنفيذه». */
function organisedByRelative(article: ArticleText, noun: Mention): boolean {
  const after = article.folded.slice(noun.fEnd, noun.fEnd + 60);
  return /^(?:\s+\S+){0,3}?\s+(?:الذي|التي)\s+(?:تم\s+)?(?:نظم|نظمت|نظمها|نظمتها|نفذ|نفذت|نفذها|نفذتها|تنفيذه|تنفيذها|تنظيمه|تنظيمها|اقامتها|اقامها)/u.test(after);
}

function titleOf(article: ArticleText, noun: Mention): Quote {
  // «وحضر الحفل مساعد مدير الأمن العام …»: a post right after the event begins the verb's subject, not the title.
  const next = article.tokens[noun.last + 1];
  // «يشارك في أعمال الملتقى ممثلون عن وزارات …»: so do people named by a plural post.
  if (next && (isTitleWord(next.folded) || RANKS.has(next.folded) || isHonorific(next.folded) || PLURAL_TITLES.has(next.folded)) && next.sentence === (article.tokens[noun.last] as Token).sentence) return noun.quote;
  const sentence = article.sentenceAt(noun.fStart);
  const rest = article.folded.slice(noun.fStart, sentence.fEnd);
  // «مؤتمر “بناء الجسور: تعزيز المشاركة …”»: a title in quotes right after the noun runs to its closing quote.
  const quoted = /^\s*["“”«]([^"“”«»\n]{2,150})["“”»]/u.exec(rest.slice(noun.fEnd - noun.fStart));
  const stop = quoted ? { index: quoted[0].length } : TITLE_STOP.exec(rest.slice(noun.fEnd - noun.fStart));
  let end = stop ? noun.fEnd + stop.index : sentence.fEnd;
  // «حضر جلسة الافتتاح الأستاذ قاسم …»: a rank or an honorific begins a person, after the title.
  for (let k = noun.last + 1; k < article.tokens.length && (article.tokens[k] as Token).fStart < end; k += 1) {
    const word = (article.tokens[k] as Token).folded;
    if (RANKS.has(word) || isHonorific(word)) {
      end = (article.tokens[k] as Token).fStart;
      break;
    }
  }
  end = Math.min(end, noun.fStart + 120);
  while (end > noun.fEnd && /[\s،,.]/u.test(article.folded[end - 1] as string)) end -= 1;
  return article.quote(noun.fStart, end);
}

function describe(inputs: EventInputs, event: EventCluster): void {
  const { article } = inputs;
  const specific = event.mentions.find((m) => m.eventKind !== 'OTHER' && m.fStart >= inputs.bodyStart)
    ?? event.mentions.find((m) => m.eventKind !== 'OTHER');
  if (specific && event.anchor.eventKind === 'OTHER') event.kind = specific.eventKind as EventKind;
  if (specific && event.title.quote.length < 6) event.title = titleOf(article, specific);
  const anchorSentence = article.sentenceAt(event.anchor.fStart);
  const sentences = [anchorSentence, ...event.mentions.map((m) => article.sentenceAt(m.fStart)).filter((s) => s !== anchorSentence)];
  // Date: the nearest date expression in the anchor's sentence, else in a sentence of another mention.
  for (const sentence of sentences) {
    const candidates = inputs.dates.filter((d) => d !== inputs.dateline && d.fStart >= sentence.fStart && d.fEnd <= sentence.fEnd);
    if (candidates.length === 0) continue;
    const near = nearest(candidates, event.anchor.fStart);
    event.date = resolveDate(near, inputs.published);
    break;
  }
  event.place = placeOf(inputs, event, anchorSentence);
  for (const sentence of sentences) {
    // «أن عقد المنتدى ياتي بعد عقد ورشة تدريبية … لعدد 40مشاركا»: a count belongs to the event named nearest before it.
    const nouns = inputs.mentions.filter((m) => m.type === 'EVENT' && m.fStart >= sentence.fStart && m.fEnd <= sentence.fEnd);
    const ownCount = (c: CountMention): boolean => {
      const owner = nouns.filter((m) => m.fStart <= c.fStart).pop();
      return !owner || event.mentions.includes(owner);
    };
    const counts = inputs.counts.filter((c) => c.fStart >= sentence.fStart && c.fEnd <= sentence.fEnd && ownCount(c));
    const numeric = counts.filter((c) => c.count !== null);
    const pick = numeric.length > 0 ? nearest(numeric, event.anchor.fStart) : counts.length > 0 ? nearest(counts, event.anchor.fStart) : undefined;
    if (pick) {
      event.count = pick;
      break;
    }
  }
  event.online = ONLINE.test(article.folded.slice(anchorSentence.fStart, anchorSentence.fEnd));
}

function nearest<T extends { fStart: number }>(items: readonly T[], at: number): T {
  return [...items].sort((a, b) => Math.abs(a.fStart - at) - Math.abs(b.fStart - at))[0] as T;
}

/**
 * The place an event was held in: among the places of its sentence that are not inside a name and not where
 * its participants came from («من محافظات …»), the most specific; for the article's first event, the
 * headline's place when the body gives none.
 */
function placeOf(inputs: EventInputs, event: EventCluster, sentence: { fStart: number; fEnd: number }): Mention | null {
  const { article } = inputs;
  const persons = inputs.mentions.filter((m) => m.type === 'PERSON');
  const inSentence = (from: number, to: number): Mention[] => inputs.mentions.filter((m) => m.type === 'PLACE' && m.fStart >= from && m.fEnd <= to
    && !/(?:^|\s)(?:من|محافظات|بمحافظات|ومحافظات|امن|شرطه|والي|مدير)\s*$/u.test(article.folded.slice(Math.max(0, m.fStart - 12), m.fStart))
    && !persons.some((p) => p.fStart <= m.fStart && m.fEnd <= p.fEnd));
  let places = inSentence(sentence.fStart, sentence.fEnd);
  // «ان “هذه الورشة عقدت في مدينة بيت لحم …”»: a later mention of the event that says where it was held.
  for (const mention of event.mentions) {
    if (places.length > 0) break;
    if (!HELD_AT.test(article.folded.slice(mention.fEnd, mention.fEnd + 30))) continue;
    const other = article.sentenceAt(mention.fStart);
    places = inSentence(mention.fEnd, other.fEnd);
  }
  if (places.length === 0 && event.ref === 'event-1') places = inSentence(0, inputs.bodyStart);
  if (places.length === 0) return null;
  // A place introduced by «في», «بـ» or a place word is where something happened; a bare one may be a dateline's
  // («الخليل - شاركت الشرطة … بمدينة دورا»).
  const cued = (m: Mention): number => (/(?:^|\s)(?:في|الى)\s*$/u.test(article.folded.slice(Math.max(0, m.fStart - 5), m.fStart))
    || /^(?:ب|وب|في|مدينه|بمدينه|محافظه|بمحافظه|بلده|ببلده|قاعه|مقر|بمقر)/u.test(article.folded.slice(m.fStart, m.fEnd)) || article.folded[m.fStart - 1] === 'ب' ? 0.5 : 0);
  const score = (m: Mention): number => SPECIFICITY[m.placeKind ?? 'COUNTRY'] + cued(m);
  return [...places].sort((a, b) => score(b) - score(a) || a.fStart - b.fStart)[0] as Mention;
}

/** A verb of holding and «في»/«بـ» right after an event's mention: where it was held follows. */
const HELD_AT = /^\s*(?:عقدت|عقد|اقيمت|اقيم|انعقدت|انعقد|جرت|جري|نظمت|نظم)\s+(?:في|ب)/u;

export const precisionRank = (precision: DatePrecision): number => ({ DAY: 3, MONTH: 2, YEAR: 1, UNKNOWN: 0 })[precision];
