/**
 * Relationships from the cues the genre uses, each with the words that state it:
 *   FUNDED          «بدعم من», «بتمويل من», «بدعم وتمويل من», «المدعوم من», «الممول من», «بمنحة من»; «X يدعم/تمول PROGRAM», «دعمت X PROGRAM»
 *   ORGANIZED       «نظمت», «نفذت», «أقامت», «عقدت» (subject after or before the verb), «نظمتها X», «بتنظيم من», «بدعوة من», «بإشراف»;
 *                   host when the event sits in a venue named after an organiser
 *   PARTNERED_WITH  «بالتعاون مع», «بالشراكة مع», «بالتنسيق مع», «بالتشاركية مع», «بشراكة مع» (a program they name instead: PART_OF)
 *   PARTICIPATED_IN «بمشاركة», «بحضور», «ضم ممثلي», «شارك في», «شاركت X في/بـ event» (attendee); a speech verb or «كلمة لـ» before a person (speaker); «ترأس», «برئاسة» (chair)
 *   IMPLEMENTED     «الذي تنفذه X», «التي ينفذها X», «الذي ينفذ مع X», «المنفذ من قبل X» after a program; inferred for the NGO organising a program's event
 *   PART_OF         «ضمن مشروع», «في إطار برنامج», «ضمن أنشطة», «لتنفيذ …» (event or program → program); a unit's parent
 *                   («قسم … لقوات …», «مديرية … في مديرية …»)
 *   HOLDS_POSITION  a person's title and the organisation it names
 *   HELD_IN / LOCATED_IN  an event's place; places' chains; an organisation with a place in its name or «في» a place
 * What a funding or partnership cue attaches to: the program whose clause it sits in, else the event of the verb
 * whose clause it sits in (after «وذلك» too), else the event named after it in the sentence.
 */
import { type ArticleText, type Quote, type Sentence, type Token } from './article.text';
import { type EntityDraft, type EntityTable } from './entities';
import { type EventCluster, governingVerb } from './events';
import { type UnresolvedMention } from './mentions/find-mentions';
import { DAY_WORDS, GENERIC_ORG_WORDS, INTRANSITIVE_HOLDING, LAUNCHING, NATIONALITIES, ORGANISING_VERBS, PLURAL_ORG_HEADS, PROGRAM_HEADS, SPEECH_NOUNS, SPEECH_VERBS, readings } from './lexicon';
import { type Mention } from './mentions/mention';
import { DONORS_PROJECT } from './mentions/program-mentions';
import { type ProposedRelationship } from './proposal';
import { isTitleWord, keyOf, orgHeadOf, readingIn } from './scan';

/** A relationship as the rules find it: a proposed relationship before it gets its ref, its evidence still growing. */
export type RelationDraft = Omit<ProposedRelationship, 'ref' | 'evidence'> & { readonly evidence: Quote[] };

export interface RelationInputs {
  readonly article: ArticleText;
  readonly mentions: readonly Mention[];
  /** Every candidate span, accepted or not (generic mentions are skipped over in lists of actors). */
  readonly candidates: readonly Mention[];
  readonly events: readonly EventCluster[];
  readonly eventOf: ReadonlyMap<number, EventCluster>;
  readonly entities: EntityTable;
  readonly unresolved: UnresolvedMention[];
}

type Target = { kind: 'event'; event: EventCluster } | { kind: 'program'; mention: Mention };

const CUES: ReadonlyArray<{ readonly type: 'FUNDED' | 'PARTNERED_WITH' | 'PARTICIPATED_IN' | 'ORGANIZED'; readonly pattern: RegExp; readonly confidence: number; readonly role?: 'chair' }> = [
  { type: 'FUNDED', pattern: /(?<![\p{L}])(?:و)?(?:بدعم\s+وتمويل|بتمويل\s+ودعم|بدعم\s+مالي|بدعم|بتمويل|بمنحه|بتمويل\s+مشترك)(?:\s+(?:من|مقدم\s+من|كريم\s+من))?(?![\p{L}])/gu, confidence: 0.85 },
  { type: 'FUNDED', pattern: /(?<![\p{L}])(?:و)?(?:المدعوم|المدعومه|الممول|المموله|والمدعوم|والمدعومه|والممول|والمموله)\s+من(?:\s+قبل)?(?![\p{L}])/gu, confidence: 0.85 },
  // «مشروع تحسين الوصول … الذي يموله الوكالة الكورية للتعاون الدولي»: a relative clause of funding.
  { type: 'FUNDED', pattern: /(?<![\p{L}])(?:الذي|التي)\s+(?:يموله|تموله|يمولها|تمولها|موله|مولته|مولها|مولتها)(?![\p{L}])/gu, confidence: 0.8 },
  // «بالتعاون مع», and «بالتعاون و التنسيق ما بين X وY» (both sides together: co-organisers, below).
  // «بتنسيق وتعاون مع وزارة التربية الوطنية …».
  { type: 'PARTNERED_WITH', pattern: /(?<![\p{L}])(?:و)?(?:بالتعاون|بالشراكه|بالتنسيق|بالتشارك|بالتشاركيه|بشراكه|بتنسيق|بتعاون|في\s+شراكه)(?:\s+و\s*(?:ال|بال)?(?:تنسيق|تعاون))?\s+(?:مع|(?:ما\s+)?بين)(?![\p{L}])/gu, confidence: 0.8 },
  { type: 'PARTICIPATED_IN', pattern: /(?<![\p{L}])(?:و)?(?:بمشاركه|بحضور|ضم\s+ممثلي|ضمت\s+ممثلي|شارك\s+في|شاركت\s+في|حضره|حضرها|حضر)(?![\p{L}])/gu, confidence: 0.7 },
  { type: 'ORGANIZED', pattern: /(?<![\p{L}])(?:و)?(?:بتنظيم\s+من|من\s+تنظيم|بتنظيم|بدعوه\s+من|بدعوه|بترتيب\s+من|بترتيب)(?![\p{L}])/gu, confidence: 0.8 },
  // «نُفذت بإشراف وزارة الداخلية وبالشراكة مع …»: the body that supervised it led it.
  { type: 'ORGANIZED', pattern: /(?<![\p{L}])(?:و)?(?:باشراف|تحت\s+اشراف)(?![\p{L}])/gu, confidence: 0.65 },
  // «اجتماعا استثنائيا برئاسة العميد علي النمري»: the person who chaired it (folded: «برياسه»).
  { type: 'PARTICIPATED_IN', pattern: /(?<![\p{L}])(?:و)?برياسه(?![\p{L}])/gu, confidence: 0.75, role: 'chair' },
];
const PART_OF_CUE = /(?<![\p{L}])(?:و)?(?:ضمن(?:\s+(?:انشطه|فعاليات|برامج|مشاريع|سلسله))?|في\s+اطار(?:\s+(?:انشطه|فعاليات|برامج))?|في\s+سياق|لتنفيذ|تندرج\s+ضمن|يندرج\s+ضمن)(?![\p{L}])/gu;
// «… الذي يموله X وينفذه Y»: a second relative verb with «و» and the program's pronoun (group 1 is that «و»).
const IMPLEMENT_CUE = /(?<![\p{L}])(?:(?:و)?(?:الذي|التي)\s+(?:تنفذه|ينفذه|تنفذها|ينفذها|نفذته|نفذها|نفذتها|ينفذ|تنفذ|تنظمه|ينظمه|تشرف\s+عليه|يشرف\s+عليه|تشرف\s+عليها|يشرف\s+عليها|تقوم\s+بتنفيذه|يقوم\s+بتنفيذه|تقوم\s+بتنفيذها|يقوم\s+بتنفيذها)|(و)(?:تنفذه|ينفذه|تنفذها|ينفذها|نفذته|نفذها|نفذتها)|(?:ال)?منفذ(?:ه)?\s+من\s+(?:قبل|طرف)|س(?:تنفذه|ينفذه|تنفذها|ينفذها))(\s+مع)?(?![\p{L}])/gu;
/**
 * A verb after an event noun, in a relative clause or pointing back to it, whose subject organised it; or the same
 * verb in the passive with its agent after «من طرف»/«من قبل» («الملتقى … والذي ينظم من طرف تنسيقية …», common in
 * Moroccan writing).
 */
const FORWARD_ORGANISER = /^(?:\s+[^\s،,.]+){0,20}?[\s،,]+(?:و)?(?:(?:الذي|التي)\s+(?:تم\s+)?)?(?:(?:ينظم|تنظم|نظم|نظمت|المنظم|المنظمه)\s+من\s+(?:طرف|قبل)|نظمها|نظمتها|نظمه|نظمته|ينظمها|ينظمه|تنظمها|تنظمه|نفذها|نفذتها|نفذه|نفذته|ينفذها|تنفذها|اقامها|اقامتها|اقامه|اقامته|عقدها|عقدتها|عرفته|عرفتها|شهدته|شهدتها|احتضنته|احتضنتها|استضافه|استضافته|استضافها|استضافتها)(?=\s)/u;

/** Words of a time written after a verb («صباح اليوم الخميس»): a day, a part of it, and «الماضي», «الجاري». */
const isTimeWord = (word: string): boolean => DAY_WORDS.has(word) || /^(?:صباح|مساء|ظهر|الماضي|الجاري)$/u.test(word);

/** Where a verb's subject starts: «نظم، صباح اليوم الخميس، فريق …» puts the time between them. */
function subjectAfter(article: ArticleText, verb: number): number {
  let subject = verb + 1;
  while (subject < verb + 5 && isTimeWord(article.tokens[subject]?.folded ?? '')) subject += 1;
  return subject;
}

/** Every token of the article that `pattern` reads as a verb, with its index and its sentence. */
function* verbsOf(article: ArticleText, pattern: RegExp): Generator<{ k: number; verb: Token; sentence: Sentence }> {
  for (let k = 0; k < article.tokens.length; k += 1) {
    const verb = article.tokens[k] as Token;
    const sentence = article.sentences[verb.sentence];
    if (pattern.test(verb.folded) && sentence) yield { k, verb, sentence };
  }
}

/** Verbs of preparing or intending («تستعد», «تعتزم»), whose subject organises what follows «لعقد …». */
const PREPARING = /^و?(?:تستعد|يستعد|استعدت|تعتزم|يعتزم|اعتزمت|تنوي|ينوي|تتجه|يتجه)$/u;

/** Words that may stand between the actors of a list. */
const FILLERS = new Set(['من', 'قبل', 'كل', 'الجانب', 'و', 'بكل', 'عن', 'ممثلين', 'ممثلي', 'جانب', 'الي',
  // «نظم طلاب جامعة القدس المفتوحة … ورشة»: a body's students act for it.
  'طلاب', 'طلبه', 'طالبات']);

export function findRelations(inputs: RelationInputs): RelationDraft[] {
  const found: RelationDraft[] = [];
  const add = (draft: RelationDraft): void => {
    if (draft.from === draft.to) return;
    const same = found.find((r) => r.type === draft.type && r.from === draft.from && r.to === draft.to && r.role === draft.role);
    if (same) {
      if (!same.evidence.some((e) => e.start === draft.evidence[0]?.start)) same.evidence.push(...draft.evidence);
      return;
    }
    found.push(draft);
  };
  organisingVerbs(inputs, add);
  cueRelations(inputs, add);
  partOf(inputs, add);
  implemented(inputs, add);
  launchedPrograms(inputs, add);
  fundedByVerb(inputs, add);
  signedAgreements(inputs, add);
  speakers(inputs, add);
  takingPart(inputs, add);
  meetings(inputs, add);
  structure(inputs, add);
  occasionOfLastSentence(inputs, found, add);
  inferredImplementers(inputs, found, add);
  unnamedProgram(inputs, found, add);
  cooperations(inputs, add);
  donorsProjects(inputs, add);
  // A speaker is not also listed as an attendee of the same event.
  return found.filter((r) => !(r.type === 'PARTICIPATED_IN' && r.role === 'attendee' && found.some((o) => o.type === 'PARTICIPATED_IN' && o.role === 'speaker' && o.from === r.from && o.to === r.to)));
}

/**
 * A supported cooperation (program-mentions.ts, findCooperationPrograms): the partner after «مع» carries it out, and
 * the organisation thanked or praised «على … التعاون» takes part in it.
 */
function cooperations(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  for (const program of inputs.mentions.filter((m) => m.type === 'PROGRAM' && m.rule.startsWith('a cooperation'))) {
    const to = refOf(inputs, program)?.ref;
    if (!to) continue;
    const partner = actorsAfter(inputs, program.last + 2, 4, ['ORGANIZATION'])[0];
    const partnerRef = partner ? refOf(inputs, partner)?.ref : undefined;
    if (partner && partnerRef) {
      add({ type: 'IMPLEMENTED', from: partnerRef, to, basis: 'article', evidence: [span(article, program.fStart, partner.fEnd)], rule: 'the partner a supported cooperation is «مع»', confidence: 0.55 });
    }
    const before = article.folded.slice(Math.max(0, program.fStart - 40), program.fStart);
    const onAt = /\s(?:على|علي)(?:\s+\S+){0,2}\s*$/u.exec(before);
    if (!onAt) continue;
    const onStart = Math.max(0, program.fStart - 40) + onAt.index;
    const thanked = [...inputs.mentions].reverse().find((m) => m.type === 'ORGANIZATION' && m.fEnd <= onStart && onStart - m.fEnd <= 2);
    const thankedRef = thanked ? refOf(inputs, thanked)?.ref : undefined;
    if (thanked && thankedRef && thankedRef !== partnerRef) {
      add({ type: 'PARTNERED_WITH', from: thankedRef, to, basis: 'article', evidence: [span(article, thanked.fStart, partner?.fEnd ?? program.fEnd)], rule: 'thanked «على … التعاون» in a supported cooperation', confidence: 0.5 });
    }
  }
}

/** «مشروع الوكالة الأمريكية للتنمية الدولية لدعم السلام»: the donor a project is named after funds it. */
function donorsProjects(inputs: RelationInputs, add: Add): void {
  for (const program of inputs.mentions.filter((m) => m.type === 'PROGRAM' && m.rule === DONORS_PROJECT)) {
    const donor = inputs.mentions.find((m) => m.type === 'ORGANIZATION' && m.last === program.first - 1);
    const from = donor ? refOf(inputs, donor)?.ref : undefined;
    const to = refOf(inputs, program)?.ref;
    if (!donor || !from || !to) continue;
    add({ type: 'FUNDED', from, to, basis: 'article', evidence: [span(inputs.article, donor.fStart, program.fEnd)], rule: 'the donor a project is named after («مشروع الوكالة … لدعم …»)', confidence: 0.6 });
  }
  // «مشروع دعم الاتحاد الأوروبي للمؤسسات …»: the donor whose support the program's name says it is funds it.
  for (const program of inputs.mentions.filter((m) => m.type === 'PROGRAM' && m.funder)) {
    const from = refOf(inputs, program.funder as Mention)?.ref;
    const to = refOf(inputs, program)?.ref;
    if (!from || !to) continue;
    add({ type: 'FUNDED', from, to, basis: 'article', evidence: [program.quote], rule: 'the donor a program is the support of («برنامج دعم X», «مشروع دعم X لـ…»)', confidence: 0.7 });
  }
}

/** «هذا المشروع الذي ينفذ …» in the report of an event: the event belongs to that project (inferred, lower confidence). */
function unnamedProgram(inputs: RelationInputs, found: readonly RelationDraft[], add: Add): void {
  const program = inputs.mentions.find((m) => m.type === 'PROGRAM' && m.unnamed && !m.rule.startsWith('a cooperation'));
  const event = inputs.events[0];
  if (!program || !event) return;
  const to = refOf(inputs, program)?.ref;
  if (!to || found.some((r) => r.type === 'PART_OF' && r.from === event.ref)) return;
  add({ type: 'PART_OF', from: event.ref, to, basis: 'article', evidence: [program.quote], rule: 'the project the event’s report calls «هذا المشروع»', confidence: 0.5, note: '«هذا المشروع» in the report of the event is taken to be the project the event belongs to.' });
}

type Add = (draft: RelationDraft) => void;

/**
 * Actor mentions in a list starting at token `from`: «X وY وZ», «كل من X وY», and people each with a post, one after
 * another between commas («بحضور المقدم X مدير مركز شرطة دورا، رئيس البلدية Y، مدير صحة … الدكتور Z»). `limit`
 * counts tokens from the last actor found, so a long list of people with their posts is read to its end.
 */
function actorsAfter(inputs: RelationInputs, from: number, limit = 30, types: ReadonlyArray<Mention['type']> = ['ORGANIZATION', 'PERSON']): Mention[] {
  const { article } = inputs;
  const actors: Mention[] = [];
  const sentence = article.tokens[from]?.sentence;
  let since = from;
  for (let k = from; k < article.tokens.length && k - since < limit;) {
    const token = article.tokens[k] as Token;
    if (token.sentence !== sentence) break;
    if (k > from && /[.؛:\n]/u.test(article.gapBefore(k))) break;
    const mention = inputs.mentions.find((m) => m.first === k);
    const nextPerson = mention?.type === 'PERSON' && types.includes('PERSON') && actors.at(-1)?.type === 'PERSON';
    if (k > from && /[،,]/u.test(article.gapBefore(k)) && !token.folded.startsWith('و') && !nextPerson) break;
    // «نظمتها الإدارة العامة لحماية الأسرة بوزارة الداخلية»: a body after «بـ» is the one before's parent, not another actor.
    if (mention?.type === 'ORGANIZATION' && actors.at(-1)?.type === 'ORGANIZATION' && mention.fStart > token.fStart && /^ب/u.test(token.folded)) {
      k = mention.last + 1;
      since = k;
      continue;
    }
    if (mention && types.includes(mention.type)) {
      actors.push(mention);
      // A post written after a person's name is the person's («محمد البطاط مدير مركز شرطة دورا»).
      k = Math.max(mention.last, mention.type === 'PERSON' ? mention.titleLast ?? -1 : -1) + 1;
      since = k;
      continue;
    }
    if (mention) break;
    const generic = inputs.candidates.find((m) => m.first === k && m.type === 'ORGANIZATION' && m.generic);
    if (generic) {
      k = generic.last + 1;
      continue;
    }
    // «بين المديرية وجمعية السلم المجتمعي»: a body named before, by its head alone, is skipped like a generic name.
    const backReference = /^و?ال/u.test(token.folded) && orgHeadOf(token.folded.replace(/^و/u, ''))?.skip === 0;
    if (FILLERS.has(token.folded) || readings(token.folded).some((r) => PLURAL_ORG_HEADS.has(r.word)) || (k > from && GENERIC_ORG_WORDS.has(token.folded)) || backReference) {
      k += 1;
      continue;
    }
    break;
  }
  return actors;
}

/** Organisations right before token `at` (subject before its verb: «مؤسسة رواد التنمية تنفذ …»). */
function actorsBefore(inputs: RelationInputs, at: number): Mention[] {
  const { article } = inputs;
  const actors: Mention[] = [];
  let k = at - 1;
  while (k >= 0) {
    const mention = inputs.mentions.find((m) => m.last === k && (m.type === 'ORGANIZATION' || m.type === 'PERSON'));
    if (!mention || (article.tokens[k] as Token).sentence !== (article.tokens[at] as Token).sentence) break;
    actors.unshift(mention);
    k = mention.first - 1;
    if (k >= 0 && (article.tokens[k] as Token).folded !== 'و' && !(article.tokens[k + 1] as Token).folded.startsWith('و')) break;
  }
  // «منظمة مدرسة السلام بالشراكة مع منظمة آرك جروب وبتمويل من الوكالة الأمريكية تقيم ورشة»: a body a cue introduces
  // («مع», «من») is not the verb's subject; the body that opens the sentence is.
  const first = actors[0];
  if (first && /^(?:مع|من|عن|لدي)$/u.test(article.tokens[first.first - 1]?.folded ?? '')) {
    const sentence = article.sentences[(article.tokens[at] as Token).sentence];
    const opener = inputs.mentions.find((m) => m.type === 'ORGANIZATION' && m.first === sentence?.firstToken && m.last < first.first);
    return opener ? [opener] : [];
  }
  return actors;
}

const eventMentionsIn = (inputs: RelationInputs, from: number, to: number): Mention[] =>
  inputs.mentions.filter((m) => m.type === 'EVENT' && m.first >= from && m.last <= to && inputs.eventOf.has(m.id));

function isOrganisingVerb(word: string): boolean {
  return readings(word).some((r) => ORGANISING_VERBS.has(r.word) && (r.clitic === '' || r.clitic === 'و' || r.clitic === 'ف'));
}

/** What a cue in a sentence attaches to (see the file comment). */
function targetOf(inputs: RelationInputs, cueToken: number, options: { eventsOnly?: boolean; sameClause?: boolean } = {}): Target | undefined {
  const { article } = inputs;
  const sentence = article.sentences[(article.tokens[cueToken] as Token).sentence];
  if (!sentence) return undefined;
  const previousWord = article.tokens[cueToken - 1]?.folded ?? '';
  for (let k = cueToken - 1; k >= sentence.firstToken; k -= 1) {
    const mention = inputs.mentions.find((m) => m.last === k || (m.first <= k && m.last >= k));
    if (mention?.type === 'PROGRAM' && previousWord !== 'وذلك' && !options.eventsOnly) return { kind: 'program', mention };
    if (mention?.type === 'EVENT' && inputs.eventOf.has(mention.id) && previousWord !== 'وذلك') return { kind: 'event', event: inputs.eventOf.get(mention.id) as EventCluster };
    const word = (article.tokens[k] as Token).folded;
    // «أطلقت الهيئة …، بالشراكة مع جهاز الشرطة …، مشروع "…"»: a cue between a verb of launching and the program it
    // launches is the program's.
    if (!options.eventsOnly && LAUNCH_VERB.test(word)) {
      const launched = inputs.mentions.find((m) => m.type === 'PROGRAM' && m.first > cueToken && m.last < sentence.endToken);
      if (launched) return { kind: 'program', mention: launched };
    }
    if (isOrganisingVerb(word) && !/^(?:الذي|التي)$/u.test(article.tokens[k - 1]?.folded ?? '')) {
      const governed = eventMentionsIn(inputs, k + 1, sentence.endToken - 1)[0];
      if (governed) return { kind: 'event', event: inputs.eventOf.get(governed.id) as EventCluster };
      const before = [...eventMentionsIn(inputs, sentence.firstToken, k - 1)].pop();
      if (before) return { kind: 'event', event: inputs.eventOf.get(before.id) as EventCluster };
    }
    if (mention) k = mention.first;
  }
  let clauseEnd = sentence.endToken - 1;
  if (options.sameClause) {
    for (let k = cueToken + 1; k < sentence.endToken; k += 1) {
      // «وبالتعاون ما بين وزارة … والسلم المجتمعي …، عقدت جلسة حوارية»: a cue put before the verb, a comma between
      // them, is the verb's.
      if (/[،,]/u.test(article.gapBefore(k)) && !isOrganisingVerb(article.tokens[k]?.folded ?? '')) {
        clauseEnd = k - 1;
        break;
      }
    }
  }
  const after = eventMentionsIn(inputs, cueToken + 1, clauseEnd)[0];
  if (after) return { kind: 'event', event: inputs.eventOf.get(after.id) as EventCluster };
  return undefined;
}

const refOf = (inputs: RelationInputs, mention: Mention): EntityDraft | undefined => inputs.entities.of(mention);
/** The mentions that stand for an entity of the proposal, each with its ref: the ends of a relationship's drafts. */
const withRefs = (inputs: RelationInputs, mentions: readonly Mention[]): [Mention, string][] =>
  mentions.flatMap((mention) => {
    const ref = refOf(inputs, mention)?.ref;
    return ref ? [[mention, ref] as [Mention, string]] : [];
  });
const targetRef = (inputs: RelationInputs, target: Target): string | undefined =>
  target.kind === 'event' ? target.event.ref : refOf(inputs, target.mention)?.ref;

function span(article: ArticleText, from: number, to: number): Quote {
  return article.quote(Math.min(from, to), Math.max(from, to));
}

function organisingVerbs(inputs: RelationInputs, add: Add): void {
  // The organisers found for each event so far (by entity ref), for organisers an article leaves implicit.
  const implicitOrganisers = new Map<string, string[]>();
  const remember: Add = (draft) => {
    if (draft.type === 'ORGANIZED' && draft.role !== 'host') implicitOrganisers.set(draft.to, [...new Set([...(implicitOrganisers.get(draft.to) ?? []), draft.from])]);
    add(draft);
  };
  organisingVerbsOf(inputs, remember, implicitOrganisers);
}

function organisingVerbsOf(inputs: RelationInputs, add: Add, implicitOrganisers: ReadonlyMap<string, readonly string[]>): void {
  const { article } = inputs;
  for (const event of inputs.events) {
    for (const mention of event.mentions) {
      const verb = governingVerb(article, mention);
      if (verb === undefined) continue;
      const word = (article.tokens[verb] as Token).folded;
      const launchedBy = LAUNCHING.has(word) && inputs.mentions.some((m) => m.first === verb + 1 && m.type === 'ORGANIZATION');
      if ((INTRANSITIVE_HOLDING.has(word) && !launchedBy) || /^(?:الذي|التي)$/u.test(article.tokens[verb - 1]?.folded ?? '')) continue;
      const chair = /^و?ترا?س/u.test(word);
      // «افتتح مدير شرطة العقبة العقيد سائد القطاونه … دورة …»: an official who opens or closes an event addresses it;
      // a body that does so organised it.
      const opening = /^و?(?:افتتح|افتتحت|دشن|دشنت|اختتم|اختتمت)$/u.test(word);
      let actors = actorsAfter(inputs, subjectAfter(article, verb));
      if (actors.length === 0 && !/ها$|ه$/u.test(word)) actors = actorsBefore(inputs, verb);
      if (actors.length === 0) actors = topicOf(inputs, verb);
      actors = actors.filter((a) => a.first < mention.first || /ها$|ه$/u.test(word) || a.first > mention.last);
      const orgs = actors.filter((a) => a.type === 'ORGANIZATION' || !chair);
      if (orgs.length === 0) continue;
      const evidence = span(article, (article.tokens[verb] as Token).fStart, Math.max(mention.fEnd, (orgs.at(-1) as Mention).fEnd));
      const verbQuote = article.quote((article.tokens[verb] as Token).fStart, (article.tokens[verb] as Token).fEnd);
      for (const [actor, from] of withRefs(inputs, orgs)) {
        if (chair) {
          add({ type: 'PARTICIPATED_IN', from, to: event.ref, role: 'chair', basis: 'article', evidence: [evidence], rule: `chair: «${verbQuote.quote}»`, cue: verbQuote, confidence: 0.7 });
          continue;
        }
        if (opening && actor.type === 'PERSON') {
          add({ type: 'PARTICIPATED_IN', from, to: event.ref, role: 'speaker', basis: 'article', evidence: [evidence], rule: `opened or closed it: subject of «${verbQuote.quote}»`, cue: verbQuote, confidence: 0.6 });
          continue;
        }
        add({
          type: 'ORGANIZED', from, to: event.ref, role: orgs.length > 1 ? 'co-organiser' : 'lead', basis: 'article', evidence: [evidence],
          rule: `organiser: subject of «${verbQuote.quote}»`, cue: verbQuote, confidence: actor.type === 'ORGANIZATION' ? 0.8 : 0.6,
        });
      }
    }
    // «الدورة … والتي نظمها مركز …», «ورشة …، نظمتها منظمة …», «اللقاء الذي عرفته المنطقة الأمنية …»: the organiser
    // after the event, in a relative clause or a verb that points back to it.
    for (const mention of event.mentions) {
      const after = article.folded.slice(mention.fEnd, Math.min(article.sentenceAt(mention.fStart).fEnd, mention.fEnd + 160));
      const m = FORWARD_ORGANISER.exec(after);
      if (!m) continue;
      const verbAt = mention.fEnd + (m.index as number) + m[0].length;
      const actors = actorsAfter(inputs, article.tokenAt(verbAt), 20, ['ORGANIZATION']);
      if (actors.length === 0) continue;
      const hosted = /عرف|شهد|احتضن|استضاف/u.test(m[0]);
      const cue = article.quote(mention.fEnd + (m.index as number) + m[0].search(/\S/u), verbAt);
      for (const [, from] of withRefs(inputs, actors)) {
        add({
          type: 'ORGANIZED', from, to: event.ref, role: hosted ? 'host' : actors.length > 1 ? 'co-organiser' : 'lead', basis: 'article',
          evidence: [span(article, mention.fStart, (actors.at(-1) as Mention).fEnd)], rule: `organiser after the event: «${cue.quote}»`, cue, confidence: 0.75,
        });
      }
    }
    // «تستعد مؤسسة أصدقاء الأمن الوطني … لعقد ندوة»: the subject of a verb of preparing or intending organises the event
    // its purpose («لعقد», «لتنظيم», «لإقامة») names.
    for (const mention of event.mentions) {
      if (!/(?:^|\s)(?:لعقد|لتنظيم|لاقامه|لتنفيذ)\s*$/u.test(article.folded.slice(Math.max(0, mention.fStart - 10), mention.fStart))) continue;
      const sentence = article.sentences[(article.tokens[mention.first] as Token).sentence];
      let verb = -1;
      for (let k = mention.first - 1; sentence && k >= sentence.firstToken; k -= 1) if (PREPARING.test((article.tokens[k] as Token).folded)) verb = k;
      if (verb === -1) continue;
      const actors = actorsAfter(inputs, subjectAfter(article, verb), 30, ['ORGANIZATION']);
      const verbQuote = article.quote((article.tokens[verb] as Token).fStart, (article.tokens[verb] as Token).fEnd);
      for (const [, from] of withRefs(inputs, actors)) {
        add({
          type: 'ORGANIZED', from, to: event.ref, role: actors.length > 1 ? 'co-organiser' : 'lead', basis: 'article', evidence: [span(article, (article.tokens[verb] as Token).fStart, mention.fEnd)],
          rule: `organiser: subject of «${verbQuote.quote}», the event its purpose`, cue: verbQuote, confidence: 0.7,
        });
      }
    }
    // «يأتي بعد تنظيم سابق … للقاء …»: a masdar with no agent continues the subject of the article's organisers.
    for (const mention of event.mentions) {
      if (event === inputs.events[0]) break;
      const before = article.folded.slice(Math.max(0, mention.fStart - 60), mention.fStart);
      if (!/(?:^|\s)(?:تنظيم|عقد|اقامه)(?:\s+\S+){0,5}\s*$/u.test(before)) continue;
      const main = inputs.events[0] as EventCluster;
      const organisers = implicitOrganisers.get(main.ref) ?? [];
      const masdar = /(?:تنظيم|عقد|اقامه)/u.exec(before) as RegExpExecArray;
      const from = Math.max(0, mention.fStart - 60) + masdar.index;
      for (const ref of organisers) {
        add({
          type: 'ORGANIZED', from: ref, to: event.ref, role: 'co-organiser', basis: 'article', evidence: [span(article, from, mention.fEnd)],
          rule: `organiser (implicit): «${article.quote(from, from + masdar[0].length).quote}» has no agent of its own`, confidence: 0.45,
          note: 'Implicit subject: the organisers of the article’s main event are taken to have organised this one too.',
        });
      }
    }
    // Host: the event sits in a venue named after one of the article's organisations («في قاعة مكتب حركة فتح»).
    const venue = event.place;
    if (venue?.placeKind === 'VENUE') {
      for (const org of inputs.mentions.filter((m) => m.type === 'ORGANIZATION')) {
        const draft = refOf(inputs, org);
        if (!draft || !(venue.key.endsWith(org.key) || venueOf(venue.key) === venueOf(`x ${org.key}`))) continue;
        add({ type: 'ORGANIZED', from: draft.ref, to: event.ref, role: 'host', basis: 'article', evidence: [venue.quote], rule: 'host: the venue is the organisation’s («قاعة …», «مقر …»)', confidence: 0.6 });
        break;
      }
    }
  }
}

/** «أما بالنسبة للمنطقة الأمنية للحي الحسني فإنه … فقد ترأس السيد نائب رئيس هذه المنطقة … لقاءا»: the fronted topic acts. */
function topicOf(inputs: RelationInputs, verb: number): Mention[] {
  const article = inputs.article;
  const sentence = article.sentences[(article.tokens[verb] as Token).sentence];
  if (!sentence) return [];
  const head = article.folded.slice(sentence.fStart, (article.tokens[verb] as Token).fStart);
  const m = /(?:^|\s)(?:اما\s+)?بالنسبه\s+/u.exec(head);
  if (!m) return [];
  const at = article.tokenAt(sentence.fStart + m.index + m[0].length);
  const topic = inputs.mentions.find((x) => x.type === 'ORGANIZATION' && x.first === at);
  return topic ? [topic] : [];
}

function cueRelations(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  for (const { type, pattern, confidence, role } of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(article.folded); m !== null; m = pattern.exec(article.folded)) {
      const cue = article.quote(m.index, m.index + m[0].length);
      const cueToken = article.tokenContaining(m.index);
      const afterToken = article.tokenAt(m.index + m[0].length);
      let actors = actorsAfter(inputs, afterToken, 30, type === 'PARTICIPATED_IN' ? ['ORGANIZATION', 'PERSON'] : ['ORGANIZATION']);
      // «حضر جلسة الافتتاح الأستاذ قاسم إبراهيم …»: the event the verb names comes before the people who attended it.
      const named = type === 'PARTICIPATED_IN' && actors.length === 0
        ? inputs.mentions.find((e) => e.type === 'EVENT' && e.first === afterToken && inputs.eventOf.has(e.id)) : undefined;
      if (named) {
        // What the event is of («جلسة الافتتاح») may stand between it and the first person.
        let start = named.last + 1;
        while (start < named.last + 4 && !inputs.mentions.some((m) => m.first === start && (m.type === 'PERSON' || m.type === 'ORGANIZATION'))
          && !isTitleWord(article.tokens[start]?.folded ?? '')) start += 1;
        actors = actorsAfter(inputs, start, 30, ['ORGANIZATION', 'PERSON']);
      }
      if (actors.length === 0 && type === 'PARTNERED_WITH' && !/بين$/u.test(m[0])) {
        // «نظمت مديرية الإعلام والشرطة المجتمعية بالتعاون مع برنامج دعم المملكة المتحدة ورشة عمل»: a program cannot be a
        // partner; the event done with it is part of it.
        const program = inputs.mentions.find((p) => p.type === 'PROGRAM' && p.first === afterToken);
        const target = program ? targetOf(inputs, cueToken, { eventsOnly: true, sameClause: true }) : undefined;
        const from = target ? targetRef(inputs, target) : undefined;
        const to = program ? refOf(inputs, program)?.ref : undefined;
        if (program && from && to) {
          add({
            type: 'PART_OF', from, to, basis: 'article', evidence: [span(article, m.index, program.fEnd)], rule: `the program a partnership cue names: «${cue.quote}»`, cue,
            confidence: 0.55, note: 'The article names a program as the partner; a program is no actor, so the event is read as part of it.',
          });
          continue;
        }
      }
      if (actors.length === 0) {
        if (type === 'FUNDED') {
          const rest = article.folded.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[،,.\n]/u)[0]?.trim() ?? '';
          const end = Math.min(article.folded.length, m.index + m[0].length + 1 + rest.length);
          const q = article.quote(m.index, end);
          inputs.unresolved.push({ text: q.quote, start: q.start, end: q.end, reason: `funding cue «${cue.quote}» names no organisation the importer could read; say who funded it` });
        }
        continue;
      }
      const namedEvent = named ? inputs.eventOf.get(named.id) : undefined;
      const target: Target | undefined = namedEvent ? { kind: 'event', event: namedEvent }
        : targetOf(inputs, cueToken, { eventsOnly: type === 'ORGANIZED' || type === 'PARTICIPATED_IN', sameClause: type === 'FUNDED' || type === 'PARTNERED_WITH' });
      const to = target ? targetRef(inputs, target) : undefined;
      // «بالتشاركية بين X وY», «بالتعاون بين …»: both sides did it together — co-organisers, not partners.
      const jointly = type === 'PARTNERED_WITH' && /بين$/u.test(m[0]) && target?.kind === 'event';
      const relType = jointly ? 'ORGANIZED' : type;
      if (!to) {
        if (type !== 'PARTICIPATED_IN') {
          const q = span(article, m.index, (actors.at(-1) as Mention).fEnd);
          inputs.unresolved.push({ text: q.quote, start: q.start, end: q.end, reason: `«${cue.quote}» names ${actors.map((a) => `«${a.name}»`).join(', ')}, but its sentence names no event or program to attach them to` });
        }
        continue;
      }
      if (type === 'PARTICIPATED_IN' && target?.kind !== 'event') continue;
      const evidence = span(article, m.index, (actors.at(-1) as Mention).fEnd);
      for (const [, from] of withRefs(inputs, actors)) {
        add({
          type: relType, from, to, ...(type === 'PARTICIPATED_IN' ? { role: role ?? 'attendee' as const } : {}),
          ...(relType === 'ORGANIZED' ? { role: jointly || actors.length > 1 ? 'co-organiser' as const : 'lead' as const } : {}),
          basis: 'article', evidence: [evidence], rule: `${type === 'FUNDED' ? 'funder' : type === 'PARTNERED_WITH' ? 'partner' : type === 'ORGANIZED' ? 'organiser' : role ?? 'participant'}: «${cue.quote}»`,
          cue, confidence: target?.kind === 'program' && type === 'FUNDED' ? confidence - 0.05 : confidence,
        });
      }
    }
  }
}

function partOf(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  PART_OF_CUE.lastIndex = 0;
  for (let m = PART_OF_CUE.exec(article.folded); m !== null; m = PART_OF_CUE.exec(article.folded)) {
    const afterToken = article.tokenAt(m.index + m[0].length);
    // («ضمن انشطة مشروع الوكالة الأمريكية … لدعم السلام»: a donor's project is named after the donor's name.)
    const program = inputs.mentions.find((p) => p.type === 'PROGRAM' && p.first >= afterToken && p.first <= afterToken + 1)
      ?? inputs.mentions.find((p) => p.type === 'PROGRAM' && p.rule === DONORS_PROJECT && p.first > afterToken && p.first <= afterToken + 9
        && [afterToken, afterToken + 1].some((k) => readingIn(article.tokens[k]?.folded ?? '', PROGRAM_HEADS)));
    if (!program) continue;
    const programRef = refOf(inputs, program)?.ref;
    const source = targetOf(inputs, article.tokenContaining(m.index));
    const from = source ? targetRef(inputs, source) : inputs.events[0]?.ref;
    if (!programRef || !from || from === programRef) continue;
    const cue = article.quote(m.index, m.index + m[0].length);
    const evidence = source?.kind === 'event' ? span(article, Math.min(source.event.anchor.fStart, m.index) < m.index - 200 ? m.index : Math.min(source.event.anchor.fStart, m.index), program.fEnd)
      : source ? span(article, source.mention.fStart, program.fEnd) : span(article, m.index, program.fEnd);
    add({ type: 'PART_OF', from, to: programRef, basis: 'article', evidence: [evidence], rule: `part of: «${cue.quote}»`, cue, confidence: source ? 0.8 : 0.5 });
  }
  // «أقيم حفل اختتام مشروع تعزيز المساهمة المجتمعية …»: the ceremony that closes, opens or launches a program is one
  // of its events.
  for (const event of inputs.events) {
    for (const mention of event.mentions) {
      const program = inputs.mentions.find((p) => p.type === 'PROGRAM' && p.fStart >= mention.fStart && p.fStart - mention.fStart <= 40
        && CEREMONY_OF_PROGRAM.test(article.folded.slice(mention.fStart, p.fStart)));
      const programRef = program ? refOf(inputs, program)?.ref : undefined;
      if (!program || !programRef) continue;
      const cue = article.quote(mention.fStart, program.fStart);
      add({ type: 'PART_OF', from: event.ref, to: programRef, basis: 'article', evidence: [span(article, mention.fStart, program.fEnd)], rule: `part of: the ceremony of a program «${cue.quote.trim()}»`, cue, confidence: 0.75 });
    }
  }
}

/** An event noun, a masdar of closing, opening or launching, then the program's head: «حفل اختتام مشروع …». */
const CEREMONY_OF_PROGRAM = /^(?:ال)?(?:حفل|فعاليه|احتفاليه)\s+(?:ال)?(?:اختتام|ختام|افتتاح|تدشين|اطلاق|اشهار)\s+(?:(?:ال)?(?:مشروع|برنامج|مبادره)\s*)?$/u;

/** What may stand between a program and «الذي/التي نفذته»: a few words, then its subject quoted after «حول» or «بعنوان». */
const SUBTITLE_BEFORE_CLAUSE = /^(?:\s+[^\s،,.]+){0,4}?\s+(?:حول|بعنوان)\s*[”“"«][^”“"«».]{1,120}[”“"»]\s*(?:و)?$/u;

function implemented(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  IMPLEMENT_CUE.lastIndex = 0;
  for (let m = IMPLEMENT_CUE.exec(article.folded); m !== null; m = IMPLEMENT_CUE.exec(article.folded)) {
    const cueToken = article.tokenContaining(m.index);
    // «… الذي يموله X وينفذه Y»: a second relative verb joined by «و» reaches back past the first one's actors.
    const reach = m[1] === 'و' ? 25 : 3;
    const sentence = (article.tokens[cueToken] as Token).sentence;
    // «مشروع تعزيز المساهمة المجتمعية … حول ” علاقة المجتمع المحلي بمراكز الشرطة” التي نفذته …»: a quoted subject
    // between the program and its relative clause is the program's own.
    const subtitled = (p: Mention): boolean => SUBTITLE_BEFORE_CLAUSE.test(article.folded.slice(p.fEnd, m.index));
    const program = [...inputs.mentions].reverse().find((p) => p.type === 'PROGRAM' && p.last < cueToken && (cueToken - p.last <= reach || subtitled(p))
      && (article.tokens[p.last] as Token).sentence === sentence);
    if (!program) continue;
    const programRef = refOf(inputs, program)?.ref;
    const actors = actorsAfter(inputs, article.tokenAt(m.index + m[0].length), 12, ['ORGANIZATION']);
    if (!programRef || actors.length === 0) continue;
    const cue = article.quote(m.index, m.index + m[0].length);
    const evidence = span(article, program.fStart, (actors.at(-1) as Mention).fEnd);
    for (const [, from] of withRefs(inputs, actors)) {
      add({ type: 'IMPLEMENTED', from, to: programRef, basis: 'article', evidence: [evidence], rule: `implementer: «${cue.quote}»`, cue, confidence: 0.8 });
    }
  }
}

/** «جاء ذلك خلال ورشة عمل …»: the sentence names the occasion of what the sentence before it reported. */
const OCCASION_OF_LAST = /(?:^|\s)(?:و)?(?:جاء|جاءت)\s+ذلك\s+(?:خلال|في|اثناء|علي\s+هامش)\s*$/u;

/**
 * «أطلقت الهيئة الاستشارية … مشروع "…". جاء ذلك خلال ورشة عمل عقدت …»: the event «جاء ذلك خلال» names is where the
 * sentence before it happened — the subject of its verb of launching or organising organised the event (when no other
 * rule found who did), and the program it launched is what the event is part of.
 */
function occasionOfLastSentence(inputs: RelationInputs, found: readonly RelationDraft[], add: Add): void {
  const { article } = inputs;
  for (const event of inputs.events) {
    const mention = event.mentions.find((m) => OCCASION_OF_LAST.test(article.folded.slice(article.sentenceAt(m.fStart).fStart, m.fStart)));
    const sentenceIndex = mention ? (article.tokens[mention.first] as Token).sentence : -1;
    const previous = article.sentences[sentenceIndex - 1];
    if (!mention || !previous) continue;
    let verb = -1;
    for (let k = previous.firstToken; k < previous.endToken && verb === -1; k += 1) {
      const word = (article.tokens[k] as Token).folded;
      if (LAUNCH_VERB.test(word) || isOrganisingVerb(word)) verb = k;
    }
    if (verb === -1) continue;
    const subject = actorsAfter(inputs, subjectAfter(article, verb), 12, ['ORGANIZATION'])[0];
    const subjectRef = subject ? refOf(inputs, subject)?.ref : undefined;
    const cue = article.quote(article.sentenceAt(mention.fStart).fStart, mention.fStart);
    if (subject && subjectRef && !found.some((r) => r.type === 'ORGANIZED' && r.to === event.ref)) {
      add({
        type: 'ORGANIZED', from: subjectRef, to: event.ref, role: 'lead', basis: 'article', evidence: [span(article, subject.fStart, mention.fEnd)],
        rule: `organiser: the subject of the sentence before «${cue.quote.trim()}»`, cue, confidence: 0.6,
      });
    }
    if (!LAUNCH_VERB.test((article.tokens[verb] as Token).folded)) continue;
    const program = inputs.mentions.find((m) => m.type === 'PROGRAM' && m.first > verb && m.last < previous.endToken);
    const programRef = program ? refOf(inputs, program)?.ref : undefined;
    if (program && programRef) {
      add({
        type: 'PART_OF', from: event.ref, to: programRef, basis: 'article', evidence: [span(article, program.fStart, mention.fEnd)],
        rule: `part of: the program launched in the sentence before «${cue.quote.trim()}»`, cue, confidence: 0.6,
      });
    }
  }
}

/** «أطلقت», «أطلق», «دشنت», «دشن», «تطلق», «يطلق» (with «و»): the verb that opens a program its subject runs. */
const LAUNCH_VERB = /^و?(?:اطلقت|اطلق|تطلق|يطلق|دشنت|دشن)$/u;

/**
 * «أطلقت الشرطة المجتمعية بالتعاون مع … مبادرة (الالتزام عليك والكمامة علينا)»: the bodies right after the verb run the
 * program the same sentence then names (inferred: launching it is taken as carrying it out).
 */
function launchedPrograms(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  for (const { k, verb, sentence } of verbsOf(article, LAUNCH_VERB)) {
    const actors = actorsAfter(inputs, subjectAfter(article, k), 12, ['ORGANIZATION']);
    const last = actors.at(-1);
    if (!last) continue;
    const program = inputs.mentions.find((m) => m.type === 'PROGRAM' && !m.unnamed && m.first > last.last && m.last < sentence.endToken);
    const to = program ? refOf(inputs, program)?.ref : undefined;
    if (!program || !to) continue;
    const cue = article.quote(verb.fStart, verb.fEnd);
    for (const [, from] of withRefs(inputs, actors)) {
      add({
        type: 'IMPLEMENTED', from, to, basis: 'article', evidence: [span(article, verb.fStart, program.fEnd)],
        rule: `implementer: subject of «${cue.quote}» before the program`, cue, confidence: 0.65,
        note: 'Inferred: the body that launched the program is taken to carry it out.',
      });
    }
  }
}

/** «يدعم», «تدعم», «دعمت», «يمول», «تمول», «مولت» (with «و», and «س» of the future): the verbs of funding. */
const FUNDING_VERB = /^و?(?:س?(?:يدعم|تدعم|يمول|تمول)|دعمت|مولت)$/u;

/**
 * «الاتحاد الأوروبي يدعم مبادرة تعزيز الأمن الاجتماعي», «دعمت السفارة اليابانية مشروع …»: the body before the verb, or
 * right after it, funds the program the verb takes as its object. («دعم» alone is as often the masdar: not read.)
 */
function fundedByVerb(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  for (const { k, verb } of verbsOf(article, FUNDING_VERB)) {
    const after = actorsAfter(inputs, subjectAfter(article, k), 6, ['ORGANIZATION']);
    const before = inputs.mentions.find((m) => m.type === 'ORGANIZATION' && m.last === k - 1 && !/[،,.:\n]/u.test(article.gapBefore(k)));
    const funders = after.length > 0 ? after : before ? [before] : [];
    const objectAt = after.length > 0 ? (after.at(-1) as Mention).last + 1 : k + 1;
    const program = inputs.mentions.find((m) => m.type === 'PROGRAM' && !m.unnamed && m.first === objectAt);
    const to = program ? refOf(inputs, program)?.ref : undefined;
    if (!program || !to) continue;
    const cue = article.quote(verb.fStart, verb.fEnd);
    for (const [funder, from] of withRefs(inputs, funders)) {
      add({
        type: 'FUNDED', from, to, basis: 'article', evidence: [span(article, Math.min(funder.fStart, verb.fStart), program.fEnd)],
        rule: `funder: subject of «${cue.quote}», the program its object`, cue, confidence: 0.7,
      });
    }
  }
}

/** «وقعت», «وقع», «يوقع», «توقع» (with «و»): the verb of signing an agreement. */
const SIGNING_VERB = /^و?(?:وقعت|وقع|يوقع|توقع|وقعا|وقعتا)$/u;

/**
 * «وقعت مديرية الأمن العام وجمعية السلم المجتمعي مذكرة تفاهم», «… مذكرة تفاهم بين المديرية وجمعية …»: the bodies that
 * sign an agreement, after the verb or after «بين», are its partners.
 */
function signedAgreements(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  for (const agreement of inputs.mentions.filter((m) => m.type === 'PROGRAM' && m.rule.startsWith('agreement'))) {
    const to = refOf(inputs, agreement)?.ref;
    const sentence = article.sentences[(article.tokens[agreement.first] as Token).sentence];
    if (!to || !sentence) continue;
    const parties: Mention[] = [];
    const verb = [...Array(agreement.first - sentence.firstToken).keys()].map((n) => agreement.first - 1 - n)
      .find((k) => SIGNING_VERB.test((article.tokens[k] as Token).folded));
    if (verb !== undefined) {
      const signers = actorsAfter(inputs, verb + 1, 12, ['ORGANIZATION']).filter((a) => a.last < agreement.first);
      parties.push(...signers);
      // «وقّعت الجامعة الأردنية مع مديرية الأمن العام مذكرة تعاون»: the other party after «مع».
      const withAt = (signers.at(-1)?.last ?? -2) + 1;
      if (article.tokens[withAt]?.folded === 'مع') parties.push(...actorsAfter(inputs, withAt + 1, 12, ['ORGANIZATION']).filter((a) => a.last < agreement.first));
    }
    // «… مذكرة تفاهم بين X وY», «وقعت X مذكرة تفاهم مع Y».
    if (/^(?:بين|مع)$/u.test(article.tokens[agreement.last + 1]?.folded ?? '')) parties.push(...actorsAfter(inputs, agreement.last + 2, 12, ['ORGANIZATION']));
    for (const [party, from] of withRefs(inputs, parties)) {
      add({
        type: 'PARTNERED_WITH', from, to, basis: 'article', evidence: [span(article, Math.min(party.fStart, agreement.fStart), Math.max(party.fEnd, agreement.fEnd))],
        rule: 'party to the agreement: its signatory («وقعت X … مذكرة», «مذكرة … بين X وY»)', confidence: 0.65,
      });
    }
  }
}

/** People who speak in the report of an event: after a speech verb or «كلمة لـ», or named with «خلال» the event. */
function speakers(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  if (inputs.events.length === 0) return;
  for (let k = 0; k < article.tokens.length; k += 1) {
    const word = (article.tokens[k] as Token).folded;
    const bare = word.replace(/^[وف]/u, '');
    const speech = SPEECH_VERBS.has(bare) || SPEECH_VERBS.has(word) || SPEECH_NOUNS.has(bare);
    if (!speech) continue;
    const sentence = article.sentences[(article.tokens[k] as Token).sentence];
    // The subject may follow a few words on: «وتحدث في بداية اللقاء علاء السعدي».
    let start = k + 1;
    const skipTo = Math.min(k + 6, sentence?.endToken ?? k + 1);
    while (start < skipTo && !inputs.mentions.some((m) => m.first === start && m.type === 'PERSON')) start += 1;
    if (start >= skipTo) continue;
    const people = actorsAfter(inputs, start, 30, ['PERSON']).filter((p) => p.type === 'PERSON');
    if (people.length === 0) continue;
    // The event the person speaks at: one named in the sentence as the occasion («خلال افتتاح المؤتمر», «في بداية اللقاء»).
    const inSentence = sentence ? eventMentionsIn(inputs, sentence.firstToken, sentence.endToken - 1)
      .find((e) => /(?:خلال|في|اثناء|بدايه|افتتاح|ختام|اختتام|اعمال|جلسه)\s*$/u.test(article.folded.slice(Math.max(0, e.fStart - 14), e.fStart))) : undefined;
    const event = inSentence ? inputs.eventOf.get(inSentence.id) as EventCluster : inputs.events[0];
    if (!event) continue;
    const cue = article.quote((article.tokens[k] as Token).fStart, (article.tokens[k] as Token).fEnd);
    for (const [person, from] of withRefs(inputs, people)) {
      add({
        type: 'PARTICIPATED_IN', from, to: event.ref, role: 'speaker', basis: 'article', evidence: [span(article, (article.tokens[k] as Token).fStart, person.fEnd)],
        rule: `speaker: «${cue.quote}» before the person`, cue, confidence: inSentence ? 0.75 : 0.6,
        ...(inSentence ? {} : { note: 'The report of the event quotes the person; the article does not say «during the event» in so many words.' }),
      });
    }
  }
}

/** «شارك», «شاركت», «يشارك», «تشارك» (with «و» or «ف»): the verb that opens a report of taking part. */
const TAKING_PART = /^(?:[وف])?(?:شارك|شاركت|يشارك|تشارك|شاركوا|شاركا|شاركتا)$/u;

/**
 * «شاركت الشرطة المجتمعية … بملتقى يوم التطوع», «وشارك مدير الأمن في ورشة العمل»: the actors right after the verb
 * took part (attendees) in the event the sentence introduces with «في» or «بـ» after them. Without such an event
 * in the sentence nothing is proposed.
 */
function takingPart(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  for (const { k, verb, sentence } of verbsOf(article, TAKING_PART)) {
    const actors = actorsAfter(inputs, k + 1, 30);
    if (actors.length === 0) continue;
    const after = (actors.at(-1) as Mention).last;
    const event = eventMentionsIn(inputs, after + 1, sentence.endToken - 1)
      .find((e) => /(?:^|\s)(?:في|فى)\s*$/u.test(article.folded.slice(Math.max(0, e.fStart - 5), e.fStart)) || article.folded[e.fStart - 1] === 'ب');
    const cluster = event ? inputs.eventOf.get(event.id) : undefined;
    if (!event || !cluster) continue;
    const cue = article.quote(verb.fStart, verb.fEnd);
    for (const [, from] of withRefs(inputs, actors)) {
      add({
        type: 'PARTICIPATED_IN', from, to: cluster.ref, role: 'attendee', basis: 'article', evidence: [span(article, verb.fStart, event.fEnd)],
        rule: `participant: subject of «${cue.quote}» before the event`, cue, confidence: 0.7,
      });
    }
  }
}

/** «التقى», «التقت», «استقبل», «استقبلت» (with «و»): the verb that reports a meeting between its subject and object. */
const MEETING_VERB = /^و?(?:التقي|التقت|التقيا|يلتقي|تلتقي|استقبل|استقبلت|يستقبل|تستقبل)$/u;
/** Kinds of event a meeting verb reports. */
const MEETING_KINDS: ReadonlySet<string> = new Set(['OTHER', 'CONSULTATIVE_MEETING', 'COMMUNICATION_MEETING', 'OPEN_MEETING']);

/**
 * «التقى رئيس مؤسسة تمدين شباب … حسين السهيلي … بمدير عام شرطة محافظة تعز، العميد منصور الأكحلي»: the people named
 * in the sentence of a meeting verb, subject and object, took part (attendees) in the meeting the article reports
 * («وفي اللقاء …»). Only when the article's event is a meeting; bodies are represented by their people, not proposed.
 */
function meetings(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  const meeting = inputs.events.find((e) => MEETING_KINDS.has(e.kind));
  if (!meeting) return;
  for (const { k, verb, sentence } of verbsOf(article, MEETING_VERB)) {
    const cue = article.quote(verb.fStart, verb.fEnd);
    for (const person of inputs.mentions.filter((m) => m.type === 'PERSON' && m.first > k && m.last < sentence.endToken)) {
      const from = refOf(inputs, person)?.ref;
      if (!from) continue;
      add({
        type: 'PARTICIPATED_IN', from, to: meeting.ref, role: 'attendee', basis: 'article', evidence: [span(article, verb.fStart, person.fEnd)],
        rule: `participant: named in the sentence of «${cue.quote}»`, cue, confidence: 0.6,
        note: 'The person is named as meeting another in the sentence of the meeting verb; the meeting is the article\'s.',
      });
    }
  }
}

/** A venue's or organisation's name without its first word, prepositions and «الأمن»: «مقر منطقة سيدي البرنوصي» and
 * «منطقة الأمن بسيدي البرنوصي» both give «منطقه سيدي البرنوصي». */
function venueOf(key: string): string {
  return key.split(' ').slice(1).filter((w) => !/^(?:ال)?امن(?:يه)?$/u.test(w)).map((w) => w.replace(/^(?:بال|لل|ب|ل)(?=\S{3})/u, (m) => (m.endsWith('ال') || m === 'لل' ? 'ال' : ''))).join(' ');
}

const UNIT_HEADS = /^(?:قسم|مديريه|المديريه|اداره|الاداره|شعبه|فرع|دائره|وحده|مكتب|منطقه|المنطقه|ولايه|قياده|بعثه)(?: |$)/u;

/** Units and their parents, organisations and their places, people and their posts. */
function structure(inputs: RelationInputs, add: Add): void {
  const { article } = inputs;
  const orgs = inputs.mentions.filter((m) => m.type === 'ORGANIZATION');
  for (const [org, from] of withRefs(inputs, orgs)) {
    if (org.parent) {
      const parent = refOf(inputs, org.parent)?.ref;
      if (parent) add({ type: 'PART_OF', from, to: parent, basis: 'article', evidence: [org.quote], rule: 'unit named with its parent («قسم … لقوات …», «مكتب حركة …»)', confidence: 0.75 });
    }
    if (org.place) {
      const place = refOf(inputs, org.place)?.ref;
      if (place) add({ type: 'LOCATED_IN', from, to: place, basis: 'article', evidence: [org.quote], rule: 'a place in the organisation’s name («شرطة محافظة مأرب»)', confidence: 0.7 });
    }
    // «X في Y», «X التابعة لـY»: a unit in its parent, or an organisation in a place (not where a post is held).
    const ofPost = inputs.mentions.some((p) => p.type === 'PERSON' && p.titleOrg === org);
    const gap = /^\s*(?:في|ب|التابع(?:ه)?\s+ل|التابع(?:ه)?\s+الى)\s*/u.exec(article.folded.slice(org.fEnd, org.fEnd + 16));
    if (!gap) continue;
    const next = inputs.mentions.find((m) => m.fStart === org.fEnd + gap[0].length || (m.fStart > org.fEnd && m.fStart <= org.fEnd + gap[0].length + 1));
    if (!next) continue;
    const to = refOf(inputs, next)?.ref;
    if (!to) continue;
    const evidence = span(article, org.fStart, next.fEnd);
    if (next.type === 'ORGANIZATION' && UNIT_HEADS.test(org.key)) add({ type: 'PART_OF', from, to, basis: 'article', evidence: [evidence], rule: 'unit «في» its parent', confidence: 0.65 });
    // («… للحكومة المقالة في قاعة مركز العلم والثقافة»: a hall is where something happens, not where a body is.)
    if (next.type === 'PLACE' && next.placeKind !== 'VENUE' && gap[0].trim() === 'في' && !ofPost) add({ type: 'LOCATED_IN', from, to, basis: 'article', evidence: [evidence], rule: 'organisation «في» a place', confidence: 0.6 });
  }
  for (const person of inputs.mentions.filter((m) => m.type === 'PERSON' && m.title)) {
    const from = refOf(inputs, person)?.ref;
    const title = person.title as Quote;
    const org = person.titleOrg ?? orgNamedInTitle(inputs, title);
    const to = org ? refOf(inputs, org)?.ref : undefined;
    if (!from || !to) continue;
    add({
      type: 'HOLDS_POSITION', from, to, title: title.quote, basis: 'article', evidence: [person.quote], rule: 'title and organisation written with the name', confidence: person.titleOrg ? 0.8 : 0.6,
    });
    for (const post of person.earlierPosts ?? []) {
      const earlier = refOf(inputs, post.org)?.ref;
      if (earlier) add({ type: 'HOLDS_POSITION', from, to: earlier, title: post.title.quote, basis: 'article', evidence: [person.quote], rule: 'the first of two posts joined by «و» before the name', confidence: 0.6 });
    }
  }
}

/** «مساعد مدير الأمن العام …»: an organisation of the article whose name without its head is in the title. */
function orgNamedInTitle(inputs: RelationInputs, title: Quote): Mention | undefined {
  const titleKey = ` ${keyOf(title.quote)} `;
  // «السفير الياباني»: the article's embassy of that nationality («السفارة اليابانية»).
  const nationality = titleKey.split(' ').find((word) => NATIONALITIES.has(word));
  if (nationality && /(?:^| )(?:السفير|سفير|السفيره|سفيره|القنصل)(?: |$)/u.test(titleKey.trim())) {
    const stem = nationality.replace(/ه$/u, '');
    const embassy = inputs.mentions.find((m) => m.type === 'ORGANIZATION' && /(?:^| )(?:السفاره|سفاره)(?: |$)/u.test(m.key) && m.key.includes(stem));
    if (embassy) return embassy;
  }
  for (const org of inputs.mentions.filter((m) => m.type === 'ORGANIZATION')) {
    // «نائب محافظ محافظة الخليل», «وكيل محافظة عدن»: a body named by its head and a place («شرطة محافظة الخليل») is not
    // the post's: the title names the place's own authority.
    const core = org.key.split(' ').slice(1).join(' ');
    if (org.place && org.place.last === org.last && /^(?:محافظه|مدينه|مديريه|لواء|عماله|اقليم) /u.test(core)) continue;
    if (core.split(' ').length >= 2 && titleKey.includes(` ${core} `)) return org;
    // «وزير الداخلية اللواء زياد هب الريح» in an article that names «وزارة الداخلية»: a minister is of that ministry.
    if (/^(?:ال)?وزاره /u.test(org.key) && core !== '' && new RegExp(`(?:^| )(?:ال)?وزيره? ${core.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?: |$)`, 'u').test(titleKey)) return org;
  }
  return undefined;
}

/** An NGO organising an event of a program that names no implementer carries it out (confidence lowered: inferred). */
function inferredImplementers(inputs: RelationInputs, found: readonly RelationDraft[], add: Add): void {
  for (const partOfRel of found.filter((r) => r.type === 'PART_OF' && r.from.startsWith('event-'))) {
    if (found.some((r) => r.type === 'IMPLEMENTED' && r.to === partOfRel.to)) continue;
    for (const organised of found.filter((r) => r.type === 'ORGANIZED' && r.to === partOfRel.from && r.role !== 'host')) {
      const org = inputs.entities.all().find((e) => e.ref === organised.from);
      const kind = org?.mentions[0]?.orgKind;
      if (kind !== 'NGO' && kind !== 'INTERNATIONAL_NGO') continue;
      add({
        type: 'IMPLEMENTED', from: organised.from, to: partOfRel.to, basis: 'article', evidence: [...organised.evidence.slice(0, 1), ...partOfRel.evidence.slice(0, 1)],
        rule: 'implementer (inferred): organises an activity of the program, which names no other implementer', confidence: 0.5,
        note: 'Inferred: the organisation carries out an activity of the program; check that it implements the program itself.',
      });
    }
  }
}
