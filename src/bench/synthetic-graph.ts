/**
 * A synthetic Jisr graph of any size with the seed graph's shape, for `npm run bench`.
 *
 * It extends the seed graph rather than replacing it: the README's questions name seed ids (`org:eu`,
 * `org:saferworld`, `org:musaala`, `place:ye`), so the same operations run unchanged at every size, and the
 * seed's hubs become the synthetic graph's hubs. What it keeps of the seed graph's shape and skew:
 * - hub funders: funders are drawn from a Zipf law with `org:eu` first, so one funder supports a few per cent
 *   of all funded programs and events (about 1,500 at 100k nodes), a long tail supports one or two;
 * - big countries: Yemen holds about 45 % of the events, Morocco 25 %, Jordan and Palestine 15 % each, and
 *   within a country the first governorates hold most;
 * - place chains country → governorate → district → city (→ venue), events held at any level of them;
 * - program chains: programs nest up to 5 levels (PART_OF), events sit in programs at any depth;
 * - organisational units (PART_OF up to 3 levels) located in places, people holding positions in them;
 * - evidence on every node and relationship: each fact is stated by a sentence of a source article, and the
 *   article's text is those sentences, so every quote really occurs at its offsets.
 *
 * Everything is drawn from one seeded generator: the same seed and size give the same graph, byte for byte.
 * Records are shaped by the seed loader's own `toSeedNode`/`toSeedRelationship`, so the stored properties
 * (name/nameAr/nameEn/aliases/searchKeys, dateStart/dateEnd …) are those of a curated graph.
 */
import { Random } from '../common/random';
import type { ActorKind, EventKind, PlaceKind, RelationType, RelationshipRole } from '../model/vocabulary';
import { type SeedEvidence, type SeedGraph, type SeedNode, type SeedRelationship, evidenceIdOf, relationshipIdOf } from '../seeds/seed.model';
import type { EventRecord, OrganizationRecord, PersonRecord, PlaceRecord, ProgramRecord } from '../seeds/seed.schema';
import { toSeedNode, toSeedRelationship } from '../seeds/seed.shape';
import type { SourceRecord } from '../sources/source.repository';

export interface SyntheticOptions {
  /** Roughly how many Neo4j nodes to add (entities, sources and evidence together). */
  readonly nodes: number;
  readonly seed: number;
}

/** Everything to write, in the seed loader's shapes. */
export interface SyntheticGraph {
  readonly sources: SourceRecord[];
  readonly graph: Omit<SeedGraph, 'sources'>;
}

/** `10k`, `100k`, `1m`, `2500`: the sizes the CLI takes. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`Expected a size like 10k, 100k or 1m, but got ${JSON.stringify(text)}.`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * factor);
}

/** Draws ranks 0…n-1 with P(k) ∝ 1/(k+1)^s, by binary search over the cumulative weights. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(readonly n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / (k + 1) ** s;
      this.cumulative[k] = sum;
    }
  }

  draw(random: Random): number {
    const r = random.next() * this.cumulative[this.n - 1];
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Words the synthetic names and sentences are made of. Arabic first: the graph is an Arabic-news graph, and
// search keys and full-text matching must see Arabic text at scale.
const NAME_WORDS_AR = [
  'الأمل', 'النور', 'الفجر', 'السلام', 'التنمية', 'الحوار', 'الشباب', 'المرأة', 'العدالة', 'الكرامة', 'الوفاق', 'البناء',
  'الغد', 'الرواد', 'الإخاء', 'الوحدة', 'الحكمة', 'المستقبل', 'الأمان', 'الشراكة', 'التعاون', 'الإصلاح', 'الأفق', 'الجسر',
];
const NAME_WORDS_EN = [
  'Hope', 'Light', 'Dawn', 'Peace', 'Development', 'Dialogue', 'Youth', 'Women', 'Justice', 'Dignity', 'Concord', 'Building',
  'Tomorrow', 'Pioneers', 'Fraternity', 'Unity', 'Wisdom', 'Future', 'Safety', 'Partnership', 'Cooperation', 'Reform', 'Horizon', 'Bridge',
];
const ORG_HEADS: Record<Exclude<ActorKind, 'PERSON'>, [string, string]> = {
  NGO: ['مؤسسة', 'Foundation'],
  INTERNATIONAL_NGO: ['المنظمة الدولية', 'International'],
  INTERNATIONAL_ORGANIZATION: ['الوكالة الدولية', 'Agency'],
  FOREIGN_GOVERNMENT: ['سفارة', 'Embassy'],
  GOVERNMENT_BODY: ['مكتب', 'Office'],
  SECURITY_AGENCY: ['إدارة أمن', 'Security Directorate'],
  POLITICAL_PARTY: ['حزب', 'Party'],
  MEDIA: ['إذاعة', 'Radio'],
  OTHER: ['مجلس', 'Council'],
};
const ORG_KIND_WEIGHTS: [Exclude<ActorKind, 'PERSON'>, number][] = [
  ['NGO', 55], ['INTERNATIONAL_NGO', 5], ['INTERNATIONAL_ORGANIZATION', 2], ['FOREIGN_GOVERNMENT', 3], ['GOVERNMENT_BODY', 12],
  ['SECURITY_AGENCY', 15], ['POLITICAL_PARTY', 3], ['MEDIA', 4], ['OTHER', 1],
];
const FIRST_AR = ['محمد', 'أحمد', 'علي', 'فاطمة', 'خالد', 'سارة', 'يوسف', 'مريم', 'عمر', 'ليلى', 'حسن', 'نور', 'سعيد', 'هدى', 'ياسر', 'رنا'];
const FIRST_EN = ['Mohammed', 'Ahmed', 'Ali', 'Fatima', 'Khaled', 'Sara', 'Yousef', 'Maryam', 'Omar', 'Layla', 'Hassan', 'Nour', 'Saeed', 'Huda', 'Yasser', 'Rana'];
const LAST_AR = ['العمري', 'الحسني', 'الشامي', 'المصري', 'اليمني', 'الخطيب', 'النجار', 'الحداد', 'الزعبي', 'القاسم', 'السعدي', 'البكري'];
const LAST_EN = ['al-Omari', 'al-Hassani', 'al-Shami', 'al-Masri', 'al-Yamani', 'al-Khatib', 'al-Najjar', 'al-Haddad', 'al-Zoubi', 'al-Qasim', 'al-Saadi', 'al-Bakri'];
const POSTS: [string, string][] = [['مدير', 'director'], ['رئيس', 'president'], ['منسق', 'coordinator'], ['مسؤول', 'officer'], ['قائد', 'commander']];
const EVENT_WORDS: Record<EventKind, [string, string]> = {
  DISCUSSION_SESSION: ['حلقة نقاش', 'Discussion session'],
  COMMUNICATION_MEETING: ['لقاء تواصلي', 'Communication meeting'],
  CONSULTATIVE_MEETING: ['لقاء تشاوري', 'Consultative meeting'],
  OPEN_MEETING: ['لقاء مفتوح', 'Open meeting'],
  CONFERENCE: ['مؤتمر', 'Conference'],
  WORKSHOP: ['ورشة عمل', 'Workshop'],
  TRAINING: ['دورة تدريبية', 'Training'],
  AWARENESS_CAMPAIGN: ['حملة توعوية', 'Awareness campaign'],
  OTHER: ['فعالية', 'Activity'],
};
const EVENT_KIND_WEIGHTS: [EventKind, number][] = [
  ['WORKSHOP', 25], ['TRAINING', 15], ['DISCUSSION_SESSION', 12], ['CONSULTATIVE_MEETING', 12], ['COMMUNICATION_MEETING', 10],
  ['CONFERENCE', 8], ['OPEN_MEETING', 6], ['AWARENESS_CAMPAIGN', 7], ['OTHER', 5],
];
const TOPICS: [string, string][] = [
  ['الشرطة المجتمعية', 'community policing'], ['حقوق الإنسان', 'human rights'], ['السلم الاجتماعي', 'social peace'],
  ['الأمن المجتمعي', 'community security'], ['المشاركة المجتمعية', 'community participation'], ['العدالة الانتقالية', 'transitional justice'],
  ['حماية الطفل', 'child protection'], ['مكافحة العنف', 'countering violence'], ['سيادة القانون', 'rule of law'],
];
const PROGRAM_HEADS: [string, string][] = [['مشروع', 'Project'], ['برنامج', 'Programme'], ['مبادرة', 'Initiative']];

interface CountrySpec {
  readonly id: string;
  readonly code: string;
  readonly weight: number;
  readonly governorates: number;
  /** Seed places that synthetic ones may hang under or be held in. */
  readonly seedGovernorates: readonly string[];
}

/** The seed graph's four countries, with their share of events and how many first-level divisions each has. */
const COUNTRIES: readonly CountrySpec[] = [
  { id: 'place:ye', code: 'ye', weight: 45, governorates: 21, seedGovernorates: ['place:ye-lahj', 'place:ye-marib'] },
  { id: 'place:ma', code: 'ma', weight: 25, governorates: 12, seedGovernorates: [] },
  { id: 'place:jo', code: 'jo', weight: 15, governorates: 12, seedGovernorates: [] },
  { id: 'place:ps', code: 'ps', weight: 15, governorates: 16, seedGovernorates: ['place:ps-jenin'] },
];

/** Seed funders, most generous first: the head of the funders' Zipf law. */
const SEED_FUNDERS = ['org:eu', 'org:undp', 'org:saferworld', 'org:embassy-of-japan-jordan', 'org:democratic-youth-foundation', 'org:civil-forum'];
/** Seed organisers placed high among the synthetic organisers, so partners(org:musaala) grows with the graph. */
const SEED_ORGANIZERS = ['org:musaala', 'org:sada', 'org:ruwad-foundation', 'org:jordan-psd-community-police', 'org:marib-police', 'org:dgsn'];
/** Seed programs that synthetic programs and events may belong to, so seed funders' flows grow too. */
const SEED_PROGRAMS = ['program:saned-community-peace', 'program:together-we-protect-our-rights', 'program:undp-psd-community-policing-cooperation'];

/** How the node budget is shared, per synthetic node added (evidence is what the sentences make). */
const SHARE = { events: 0.26, organizations: 0.11, persons: 0.075, programs: 0.019 } as const;
/** Entities and evidence per event, estimated from the rules below; used to hit the requested total. */
const EVENTS_PER_SOURCE = 6;
const SUPPORT_SENTENCE_SHARE = 0.6;

interface Place { id: string; kind: PlaceKind; nameAr: string; nameEn: string; country: number; depth: number }
interface Org { id: string; kind: Exclude<ActorKind, 'PERSON'>; nameAr: string; nameEn: string; country: number }
interface Person { id: string; nameAr: string; nameEn: string }
interface Program { id: string; nameAr: string; nameEn: string; depth: number }

/** Builds an article's text sentence by sentence; each sentence becomes one Evidence record at its offsets. */
class Article {
  private text = '';
  readonly evidence: SeedEvidence[] = [];

  constructor(readonly id: string, readonly title: string, readonly publishedOn: string | null) {}

  /** Appends a sentence and returns the id of the evidence that quotes it. */
  say(sentence: string): string {
    if (this.text.length > 0) this.text += ' ';
    const start = this.text.length;
    this.text += sentence;
    const end = this.text.length;
    const id = evidenceIdOf(this.id, start, end);
    this.evidence.push({ id, sourceId: this.id, quote: sentence, start, end });
    return id;
  }

  toSource(): SourceRecord {
    return { id: this.id, title: this.title, outlet: 'جسر للاختبار', publishedOn: this.publishedOn, publishedOnText: null, language: 'ar', url: null, text: this.text };
  }
}

const pad = (n: number, width = 6) => String(n).padStart(width, '0');

/**
 * Draws the graph. Pure and deterministic: no I/O, the same options give the same records in the same order.
 * Memory grows with the size (about 1 GB of JS objects at 1M nodes), which a bench machine holds.
 */
export function generateSyntheticGraph(options: SyntheticOptions): SyntheticGraph {
  const random = new Random(options.seed);
  // Neo4j nodes per unit of the shares: an event is its node, its main sentence, most often a second one
  // and a sixth of a source; an organisation, person or program is its node and its profile sentence. Places
  // add a few per cent more; the shares are scaled so that the whole lands near `nodes`.
  const perUnit = SHARE.events * (2 + SUPPORT_SENTENCE_SHARE + 1 / EVENTS_PER_SOURCE)
    + (SHARE.organizations + SHARE.persons + SHARE.programs) * 2;
  const scale = options.nodes / perUnit;
  const eventCount = Math.max(20, Math.round(SHARE.events * scale));
  const orgCount = Math.max(20, Math.round(SHARE.organizations * scale));
  const personCount = Math.max(10, Math.round(SHARE.persons * scale));
  const programCount = Math.max(6, Math.round(SHARE.programs * scale));
  const sourceCount = Math.ceil(eventCount / EVENTS_PER_SOURCE);

  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];
  const relIds = new Set<string>();
  const articles: Article[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const year = 2005 + random.int(20);
    articles.push(new Article(`source:syn-${pad(i)}`, `تقرير إخباري رقم ${i + 1}`, random.chance(0.7) ? `${year}-${pad(1 + random.int(12), 2)}-${pad(1 + random.int(28), 2)}` : null));
  }
  /** Profile sentences (an organisation, a person, a program, a place) go to articles in turn. */
  let nextProfileArticle = 0;
  const profileArticle = () => articles[nextProfileArticle++ % articles.length];

  const relate = (type: RelationType, from: string, to: string, evidenceIds: string[], extra: { role?: RelationshipRole; title?: string; titleEn?: string } = {}) => {
    const id = relationshipIdOf(type, from, to, extra.role);
    if (relIds.has(id)) return;
    relIds.add(id);
    relationships.push(toSeedRelationship({
      id, evidenceIds, basis: 'article',
      record: { type, from, to, basis: 'article', evidence: [], ...extra },
    }));
  };
  const words = () => {
    const i = random.int(NAME_WORDS_AR.length);
    const j = random.int(NAME_WORDS_AR.length);
    return { ar: `${NAME_WORDS_AR[i]} و${NAME_WORDS_AR[j]}`, en: `${NAME_WORDS_EN[i]} and ${NAME_WORDS_EN[j]}` };
  };

  // Places: a tree under each seed country. Districts per governorate grow with the square root of the size,
  // so a country's chain stays 4–5 levels deep and its fan-out grows, as real gazetteers do.
  const places: Place[] = [];
  const placesOf: Place[][] = COUNTRIES.map(() => []);
  const districtsPerGovernorate = Math.max(2, Math.round(Math.sqrt(options.nodes) / 40));
  COUNTRIES.forEach((country, c) => {
    const governorates: Place[] = country.seedGovernorates.map((id) => ({ id, kind: 'GOVERNORATE', nameAr: '', nameEn: '', country: c, depth: 1 }));
    for (let g = governorates.length; g < country.governorates; g++) {
      const name = words();
      const place: Place = { id: `place:${country.code}-syn-g${g}`, kind: 'GOVERNORATE', nameAr: `محافظة ${name.ar}`, nameEn: `${name.en} Governorate`, country: c, depth: 1 };
      governorates.push(place);
      addPlace(place, country.id);
    }
    for (const governorate of governorates) {
      placesOf[c].push(governorate);
      for (let d = 0; d < districtsPerGovernorate; d++) {
        const name = words();
        const district: Place = { id: `${governorate.id.replace('place:', 'place:')}-syn-d${d}`, kind: 'DISTRICT', nameAr: `مديرية ${name.ar}`, nameEn: `${name.en} District`, country: c, depth: 2 };
        addPlace(district, governorate.id);
        placesOf[c].push(district);
        if (d % 2 === 0) {
          const city: Place = { id: `${district.id}-c`, kind: 'CITY', nameAr: `مدينة ${name.ar}`, nameEn: `${name.en} City`, country: c, depth: 3 };
          addPlace(city, district.id);
          placesOf[c].push(city);
          if (d % 6 === 0) {
            const venue: Place = { id: `${city.id}-v`, kind: 'VENUE', nameAr: `قاعة ${name.ar}`, nameEn: `${name.en} Hall`, country: c, depth: 4 };
            addPlace(venue, city.id);
            placesOf[c].push(venue);
          }
        }
      }
    }
  });
  function addPlace(place: Place, parentId: string): void {
    places.push(place);
    const evidenceId = profileArticle().say(`${place.nameAr} التابعة لـ${parentId.replace('place:', '')}`);
    nodes.push(toSeedNode(place.id, {
      kind: 'PLACE', aliases: [place.nameEn], evidenceIds: [evidenceId], basis: 'article',
      record: { id: place.id, kind: place.kind, nameAr: place.nameAr, nameEn: place.nameEn, aliases: [], basis: 'article', evidence: [] } satisfies PlaceRecord,
    }));
    relate('LOCATED_IN', place.id, parentId, [evidenceId]);
  }
  const countryWeights = COUNTRIES.map((c) => c.weight);
  // Within a country the first divisions (the capital, the big cities) hold most events.
  const placeZipf = placesOf.map((list) => new Zipf(list.length, 0.8));
  const drawPlace = (country: number) => placesOf[country][placeZipf[country].draw(random)];

  // Organisations: kinds by weight, a home country, a place for most, and units inside earlier organisations.
  const orgs: Org[] = [];
  const kindWeights = ORG_KIND_WEIGHTS.map(([, w]) => w);
  for (let i = 0; i < orgCount; i++) {
    const kind = ORG_KIND_WEIGHTS[random.weighted(kindWeights)][0];
    const country = random.weighted(countryWeights);
    const name = words();
    const [headAr, headEn] = ORG_HEADS[kind];
    const org: Org = { id: `org:syn-${pad(i)}`, kind, nameAr: `${headAr} ${name.ar} ${i}`, nameEn: `${name.en} ${headEn} ${i}`, country };
    orgs.push(org);
    const article = profileArticle();
    const parent = i > 20 && random.chance(0.15) ? orgs[random.int(i)] : undefined;
    const place = random.chance(0.7) ? drawPlace(country) : undefined;
    const sentence = `${org.nameAr}${parent ? ` التابعة لـ${parent.nameAr}` : ''}${place ? ` ومقرها ${place.nameAr || place.id}` : ''}`;
    const evidenceId = article.say(sentence);
    nodes.push(toSeedNode(org.id, {
      kind: 'ORGANIZATION', aliases: [`${headEn} ${i}`], evidenceIds: [evidenceId], basis: 'article',
      record: { id: org.id, kind, nameAr: org.nameAr, nameEn: org.nameEn, aliases: [], evidence: [] } satisfies OrganizationRecord,
    }));
    if (parent) relate('PART_OF', org.id, parent.id, [evidenceId]);
    if (place) relate('LOCATED_IN', org.id, place.id, [evidenceId]);
  }

  // Funders: seed funders head the list, then the international and foreign-government organisations.
  const funderIds = [...SEED_FUNDERS, ...orgs.filter((o) => ['INTERNATIONAL_ORGANIZATION', 'FOREIGN_GOVERNMENT', 'INTERNATIONAL_NGO'].includes(o.kind)).map((o) => o.id)];
  const funderZipf = new Zipf(funderIds.length, 1.0);
  const drawFunder = () => funderIds[funderZipf.draw(random)];
  // Organisers: a few seed organisations high up, then every local organisation.
  const organizerIds = [...SEED_ORGANIZERS, ...orgs.filter((o) => !['INTERNATIONAL_ORGANIZATION', 'FOREIGN_GOVERNMENT'].includes(o.kind)).map((o) => o.id)];
  const organizerZipf = new Zipf(organizerIds.length, 0.9);
  const drawOrganizer = () => organizerIds[organizerZipf.draw(random)];
  const nameOf = new Map(orgs.map((o) => [o.id, o.nameAr]));
  const orgName = (id: string) => nameOf.get(id) ?? id;

  // People: each holds a position in an organisation (large organisations employ more).
  const persons: Person[] = [];
  const staffZipf = new Zipf(orgs.length, 0.7);
  for (let i = 0; i < personCount; i++) {
    const f = random.int(FIRST_AR.length);
    const l = random.int(LAST_AR.length);
    const person: Person = { id: `person:syn-${pad(i)}`, nameAr: `${FIRST_AR[f]} ${LAST_AR[l]} ${i}`, nameEn: `${FIRST_EN[f]} ${LAST_EN[l]} ${i}` };
    persons.push(person);
    const org = orgs[staffZipf.draw(random)];
    const [postAr, postEn] = random.pick(POSTS);
    const evidenceId = profileArticle().say(`${person.nameAr} ${postAr} ${org.nameAr}`);
    nodes.push(toSeedNode(person.id, {
      kind: 'PERSON', aliases: [], evidenceIds: [evidenceId], basis: 'article',
      record: { id: person.id, kind: 'PERSON', nameAr: person.nameAr, nameEn: person.nameEn, aliases: [], evidence: [] } satisfies PersonRecord,
    }));
    relate('HOLDS_POSITION', person.id, org.id, [evidenceId], { title: postAr, titleEn: postEn });
  }
  const personZipf = new Zipf(persons.length, 0.6);

  // Programs: forests up to 5 levels deep. A top-level program has funders; a sub-program sometimes adds one.
  const programs: Program[] = [];
  for (let i = 0; i < programCount; i++) {
    const [headAr, headEn] = random.pick(PROGRAM_HEADS);
    const [topicAr, topicEn] = random.pick(TOPICS);
    // Earlier programs are parents; a chain is extended from its deepest end often enough to reach 5 levels.
    const parentIndex = i > 3 && random.chance(0.6) ? (random.chance(0.3) ? i - 1 : random.int(i)) : -1;
    const parent = parentIndex >= 0 && programs[parentIndex].depth < 5 ? programs[parentIndex] : undefined;
    const seedParent = !parent && random.chance(0.03) ? random.pick(SEED_PROGRAMS) : undefined;
    const program: Program = { id: `program:syn-${pad(i)}`, nameAr: `${headAr} ${topicAr} ${i}`, nameEn: `${headEn} on ${topicEn} ${i}`, depth: parent ? parent.depth + 1 : seedParent ? 2 : 1 };
    programs.push(program);
    const funders = !parent || random.chance(0.3) ? [drawFunder(), ...(random.chance(0.4) ? [drawFunder()] : [])] : [];
    const implementer = drawOrganizer();
    const partner = random.chance(0.4) ? drawOrganizer() : undefined;
    const sentence = `${program.nameAr} الذي تنفذه ${orgName(implementer)}${funders.length ? ` بتمويل من ${funders.map(orgName).join(' و')}` : ''}${partner ? ` بالشراكة مع ${orgName(partner)}` : ''}${parent ? ` ضمن ${parent.nameAr}` : ''}`;
    const evidenceId = profileArticle().say(sentence);
    nodes.push(toSeedNode(program.id, {
      kind: 'PROGRAM', aliases: [`${headEn} ${i}`], evidenceIds: [evidenceId], basis: 'article',
      record: { id: program.id, nameAr: program.nameAr, nameEn: program.nameEn, aliases: [], evidence: [] } satisfies ProgramRecord,
    }));
    for (const funder of funders) relate('FUNDED', funder, program.id, [evidenceId]);
    relate('IMPLEMENTED', implementer, program.id, [evidenceId]);
    if (partner && partner !== implementer) relate('PARTNERED_WITH', partner, program.id, [evidenceId]);
    if (parent) relate('PART_OF', program.id, parent.id, [evidenceId]);
    else if (seedParent) relate('PART_OF', program.id, seedParent, [evidenceId]);
  }

  // Events: in articles of six, each stated by a sentence (what, who organised, where, when, which program)
  // and most by a second one (who supported, partnered and took part).
  const eventKindWeights = EVENT_KIND_WEIGHTS.map(([, w]) => w);
  for (let i = 0; i < eventCount; i++) {
    const article = articles[Math.floor(i / EVENTS_PER_SOURCE)];
    const kind = EVENT_KIND_WEIGHTS[random.weighted(eventKindWeights)][0];
    const country = random.weighted(countryWeights);
    const place = random.chance(0.96) ? drawPlace(country) : undefined;
    const [kindAr, kindEn] = EVENT_WORDS[kind];
    const [topicAr, topicEn] = random.pick(TOPICS);
    const { date, datePrecision } = drawDate(random);
    const organizers = [drawOrganizer(), ...(random.chance(0.3) ? [drawOrganizer()] : [])].filter((id, k, all) => all.indexOf(id) === k);
    const program = random.chance(0.6) ? programs[random.int(programs.length)] : undefined;
    const id = `event:syn-${pad(i, 7)}`;
    const titleAr = `${kindAr} حول ${topicAr} ${i}`;
    const titleEn = `${kindEn} on ${topicEn} ${i}`;
    const dateText = date ? `بتاريخ ${date}` : null;
    const main = article.say(`نظمت ${organizers.map(orgName).join(' و')} ${titleAr}${place ? ` في ${place.nameAr || place.id}` : ''}${dateText ? ` ${dateText}` : ''}${program ? ` ضمن ${program.nameAr}` : ''}`);
    const evidenceIds = [main];
    const participantCount = random.chance(0.6) ? 10 + random.int(190) : null;
    let support: string | undefined;
    const funders: string[] = [];
    const partners: string[] = [];
    const participants: { id: string; role: RelationshipRole }[] = [];
    if (random.chance(SUPPORT_SENTENCE_SHARE)) {
      if (random.chance(0.5)) funders.push(drawFunder());
      if (random.chance(0.5)) partners.push(drawOrganizer());
      const people = random.int(4);
      for (let k = 0; k < people; k++) participants.push({ id: persons[personZipf.draw(random)].id, role: k === 0 ? 'speaker' : 'attendee' });
      if (random.chance(0.3)) participants.push({ id: drawOrganizer(), role: 'attendee' });
      support = article.say(`${funders.length ? `بدعم من ${funders.map(orgName).join(' و')} ` : ''}وبمشاركة ${participantCount ?? 'عدد من'} مشاركا${partners.length ? ` وبالشراكة مع ${partners.map(orgName).join(' و')}` : ''}`);
      evidenceIds.push(support);
    }
    nodes.push(toSeedNode(id, {
      kind: 'EVENT', aliases: [], evidenceIds, basis: 'article',
      record: {
        id, kind, titleAr, titleEn, date, datePrecision, dateText,
        participantCount, participantCountText: participantCount === null ? null : `(${participantCount}) مشاركا`, evidence: [],
      } satisfies EventRecord,
    }));
    organizers.forEach((org, k) => relate('ORGANIZED', org, id, [main], { role: k === 0 ? 'lead' : 'co-organiser' }));
    if (place) relate('HELD_IN', id, place.id, [main]);
    if (program) relate('PART_OF', id, program.id, [main]);
    else if (random.chance(0.01)) relate('PART_OF', id, random.pick(SEED_PROGRAMS), [main]);
    relate('REPORTED_BY', id, article.id, [main]);
    if (support) {
      for (const funder of funders) relate('FUNDED', funder, id, [support]);
      for (const partner of partners) if (!organizers.includes(partner)) relate('PARTNERED_WITH', partner, id, [support]);
      for (const { id: who, role } of participants) relate('PARTICIPATED_IN', who, id, [support], { role });
    }
  }

  const evidence = articles.flatMap((a) => a.evidence);
  return { sources: articles.map((a) => a.toSource()), graph: { nodes, relationships, evidence } };
}

/** 2005–2024; mostly to the day, some to the month or year, some unknown (as Arabic news dates are). */
function drawDate(random: Random): { date: string | null; datePrecision: EventRecord['datePrecision'] } {
  const year = 2005 + random.int(20);
  const month = pad(1 + random.int(12), 2);
  const day = pad(1 + random.int(28), 2);
  const r = random.next();
  if (r < 0.7) return { date: `${year}-${month}-${day}`, datePrecision: 'DAY' };
  if (r < 0.85) return { date: `${year}-${month}`, datePrecision: 'MONTH' };
  if (r < 0.92) return { date: String(year), datePrecision: 'YEAR' };
  return { date: null, datePrecision: 'UNKNOWN' };
}
