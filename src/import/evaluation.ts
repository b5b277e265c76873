/**
 * Scoring a proposal against a curated answer, for `npm run eval:import` and the importer's floor tests.
 *
 * Matching criteria (documented in the README):
 * - An entity of the proposal matches a gold entity of the same type when one of its names (label, record name,
 *   aliases, the text of its mentions) has the search key of the gold name or one of its aliases, or, failing a
 *   name, when one of its mentions overlaps one of the gold entity's evidence quotes. An existing node matched
 *   by id is the gold entity of that id. Matching is one-to-one, names before overlaps.
 * - An event matches a gold event when its mentions or evidence overlap the gold event's evidence and their kinds
 *   agree; its date counts as right when date and precision are equal, its place when its HELD_IN place is the
 *   gold event's, its count when the numbers are equal.
 * - A person counts "with title" when the person matches and, where the gold gives a post, the proposal's
 *   HOLDS_POSITION has the same organisation and a title one of whose keys contains the other's.
 * - A relationship matches a gold relationship of the same type whose ends are the entities its ends matched
 *   (roles are not compared).
 */
import { z } from 'zod';
import { DATE_PRECISIONS, EVENT_KINDS, type NodeType, RELATION_TYPES, type RelationType } from '../model/vocabulary';
import { type SeedGraphFile } from '../seeds/seed.schema';
import { foldWithOffsets, normalizeSearchKey, originalSpan } from '../text/arabic-normalize';
import { type Proposal, type ProposedEntity } from './proposal';

export interface GoldQuote {
  readonly start: number;
  readonly end: number;
}

export interface GoldEntity {
  readonly id: string;
  readonly type: Exclude<NodeType, 'SOURCE'>;
  readonly names: readonly string[];
  readonly evidence: readonly GoldQuote[];
  readonly kind?: string;
  readonly date?: string | null;
  readonly precision?: string;
  readonly count?: number | null;
}

export interface GoldRelationship {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly title?: string;
}

export interface Gold {
  readonly entities: readonly GoldEntity[];
  readonly relationships: readonly GoldRelationship[];
  /** The classes this gold answers for; others are not scored (a small answer file lists only some). */
  readonly classes?: ReadonlySet<string>;
}

/** True and false positives and misses of one class. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Map<string, Tally>;

export const ENTITY_CLASSES = ['organisations', 'people', 'people with titles', 'events (kind)', 'event dates', 'event places', 'event counts', 'programs'] as const;

/** The gold of one curated seed file. */
export function goldFromSeedFile(file: SeedGraphFile): Gold {
  const entities: GoldEntity[] = [
    ...file.organizations.map((o) => ({ id: o.id, type: 'ORGANIZATION' as const, names: [o.nameAr, ...o.aliases], evidence: o.evidence, kind: o.kind })),
    ...file.persons.map((p) => ({ id: p.id, type: 'PERSON' as const, names: [p.nameAr, ...p.aliases], evidence: p.evidence })),
    ...file.programs.map((p) => ({ id: p.id, type: 'PROGRAM' as const, names: [...(p.nameAr ? [p.nameAr] : []), ...p.aliases], evidence: p.evidence })),
    ...file.places.map((p) => ({ id: p.id, type: 'PLACE' as const, names: [p.nameAr, ...p.aliases], evidence: p.evidence, kind: p.kind })),
    ...file.events.map((e) => ({ id: e.id, type: 'EVENT' as const, names: [e.titleAr], evidence: e.evidence, kind: e.kind, date: e.date, precision: e.datePrecision, count: e.participantCount })),
  ];
  const relationships = file.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to, ...(r.title ? { title: r.title } : {}) }));
  return { entities, relationships };
}

const key = (text: string): string => normalizeSearchKey(text);
const overlaps = (a: GoldQuote, b: GoldQuote): boolean => a.start < b.end && b.start < a.end;

function namesOf(entity: ProposedEntity): string[] {
  const names = [entity.label, ...entity.mentions.map((m) => m.quote)];
  if (entity.resolution === 'new') {
    const record = entity.proposed.record as { nameAr?: string; aliases?: readonly string[] };
    if (record.nameAr) names.push(record.nameAr);
    names.push(...(record.aliases ?? []));
  }
  return names;
}

function spansOf(entity: ProposedEntity): GoldQuote[] {
  const spans: GoldQuote[] = [...entity.mentions];
  if (entity.resolution === 'new') spans.push(...entity.proposed.record.evidence);
  else spans.push(entity.match.span);
  return spans;
}

/** The gold entity each proposed entity stands for (proposal ref → gold id), one to one. */
export function alignEntities(proposal: Proposal, gold: Gold): Map<string, string> {
  const aligned = new Map<string, string>();
  const used = new Set<string>();
  const pairs: Array<{ ref: string; id: string; score: number }> = [];
  for (const entity of proposal.entities) {
    if (entity.resolution === 'matched' && gold.entities.some((g) => g.id === entity.match.id)) {
      pairs.push({ ref: entity.ref, id: entity.match.id, score: 10 });
      continue;
    }
    if (entity.resolution === 'new' && gold.entities.some((g) => g.id === entity.proposed.record.id && g.type === 'PLACE')) {
      pairs.push({ ref: entity.ref, id: entity.proposed.record.id, score: 9 });
    }
    const names = new Set(namesOf(entity).map(key));
    const spans = spansOf(entity);
    for (const g of gold.entities.filter((candidate) => candidate.type === entity.type)) {
      const byName = entity.type !== 'EVENT' && g.names.some((name) => names.has(key(name)));
      const overlap = spans.filter((s) => g.evidence.some((e) => overlaps(s, e))).length;
      if (entity.type === 'EVENT') {
        if (overlap === 0) continue;
        const kind = entity.resolution === 'new' && entity.proposed.section === 'events' ? entity.proposed.record.kind : undefined;
        pairs.push({ ref: entity.ref, id: g.id, score: (kind === g.kind ? 4 : 2) + Math.min(overlap, 3) / 10 });
        continue;
      }
      if (byName) pairs.push({ ref: entity.ref, id: g.id, score: 5 + Math.min(overlap, 3) / 10 });
      else if (overlap > 0) pairs.push({ ref: entity.ref, id: g.id, score: 1 + Math.min(overlap, 3) / 10 });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const pair of pairs) {
    if (aligned.has(pair.ref) || used.has(pair.id)) continue;
    aligned.set(pair.ref, pair.id);
    used.add(pair.id);
  }
  return aligned;
}

function tally(scores: Scores, name: string): Tally {
  let t = scores.get(name);
  if (!t) {
    t = { tp: 0, fp: 0, fn: 0 };
    scores.set(name, t);
  }
  return t;
}

const CLASS_OF_TYPE: Partial<Record<NodeType, string>> = { ORGANIZATION: 'organisations', PERSON: 'people', PROGRAM: 'programs' };

/** Scores one proposal against its gold, adding to `scores`. */
export function scoreProposal(proposal: Proposal, gold: Gold, scores: Scores = new Map()): Scores {
  const aligned = alignEntities(proposal, gold);
  const inScope = (name: string): boolean => !gold.classes || gold.classes.has(name);
  const goldById = new Map(gold.entities.map((g) => [g.id, g]));
  // Entities.
  for (const [type, name] of Object.entries(CLASS_OF_TYPE) as Array<[NodeType, string]>) {
    if (!inScope(name)) continue;
    const proposed = proposal.entities.filter((e) => e.type === type);
    const golds = gold.entities.filter((g) => g.type === type);
    const hits = proposed.filter((e) => goldById.get(aligned.get(e.ref) ?? '')?.type === type).length;
    const t = tally(scores, name);
    t.tp += hits;
    t.fp += proposed.length - hits;
    t.fn += golds.length - hits;
  }
  // People with titles.
  if (inScope('people with titles')) {
    const t = tally(scores, 'people with titles');
    const persons = proposal.entities.filter((e) => e.type === 'PERSON');
    const goldPersons = gold.entities.filter((g) => g.type === 'PERSON');
    let hits = 0;
    for (const person of persons) {
      const id = aligned.get(person.ref);
      if (!id || goldById.get(id)?.type !== 'PERSON') continue;
      const goldPosts = gold.relationships.filter((r) => r.type === 'HOLDS_POSITION' && r.from === id);
      const posts = proposal.relationships.filter((r) => r.type === 'HOLDS_POSITION' && r.from === person.ref);
      const right = goldPosts.length === 0 || posts.some((p) => goldPosts.some((g) => aligned.get(p.to) === g.to && titleAgrees(p.title, g.title)));
      if (right) hits += 1;
    }
    t.tp += hits;
    t.fp += persons.length - hits;
    t.fn += goldPersons.length - hits;
  }
  // Events and their attributes.
  const events = proposal.entities.filter((e) => e.type === 'EVENT');
  const goldEvents = gold.entities.filter((g) => g.type === 'EVENT');
  if (inScope('events (kind)')) {
    const t = tally(scores, 'events (kind)');
    let hits = 0;
    for (const event of events) {
      const g = goldById.get(aligned.get(event.ref) ?? '');
      if (g?.type === 'EVENT' && event.resolution === 'new' && event.proposed.section === 'events' && event.proposed.record.kind === g.kind) hits += 1;
    }
    t.tp += hits;
    t.fp += events.length - hits;
    t.fn += goldEvents.length - hits;
  }
  for (const attribute of ['event dates', 'event places', 'event counts'] as const) {
    if (!inScope(attribute)) continue;
    const t = tally(scores, attribute);
    const valueOf = (event: ProposedEntity): string | null => {
      if (event.resolution !== 'new' || event.proposed.section !== 'events') return null;
      const record = event.proposed.record;
      if (attribute === 'event dates') return record.date === null ? null : `${record.date}/${record.datePrecision}`;
      if (attribute === 'event counts') return event.reading?.participantCount !== undefined ? String(event.reading.participantCount) : record.participantCount === null ? null : String(record.participantCount);
      const held = proposal.relationships.find((r) => r.type === 'HELD_IN' && r.from === event.ref);
      return held ? (aligned.get(held.to) ?? `unmatched:${held.to}`) : null;
    };
    const goldValueOf = (g: GoldEntity): string | null => {
      if (attribute === 'event dates') return g.date ? `${g.date}/${g.precision}` : null;
      if (attribute === 'event counts') return g.count === null || g.count === undefined ? null : String(g.count);
      return gold.relationships.find((r) => r.type === 'HELD_IN' && r.from === g.id)?.to ?? null;
    };
    const correct = new Set<string>();
    for (const event of events) {
      const value = valueOf(event);
      if (value === null) continue;
      const g = goldById.get(aligned.get(event.ref) ?? '');
      if (g && goldValueOf(g) === value) {
        t.tp += 1;
        correct.add(g.id);
      } else t.fp += 1;
    }
    t.fn += goldEvents.filter((g) => goldValueOf(g) !== null && !correct.has(g.id)).length;
  }
  // Relationships, by type.
  const types = new Set<RelationType>([...gold.relationships.map((r) => r.type), ...proposal.relationships.map((r) => r.type)]);
  for (const type of types) {
    const name = `rel ${type}`;
    if (!inScope(name)) continue;
    const t = tally(scores, name);
    const golds = gold.relationships.filter((r) => r.type === type);
    const matched = new Set<number>();
    for (const rel of proposal.relationships.filter((r) => r.type === type)) {
      const from = aligned.get(rel.from);
      const to = aligned.get(rel.to);
      const at = golds.findIndex((g, i) => !matched.has(i) && g.from === from && g.to === to);
      if (at === -1) {
        // The same fact proposed twice (two roles of one organiser) is one fact.
        if (golds.some((g, i) => matched.has(i) && g.from === from && g.to === to)) continue;
        t.fp += 1;
      } else {
        matched.add(at);
        t.tp += 1;
      }
    }
    const goldPairs = new Set(golds.map((g) => `${g.from} ${g.to}`));
    const hitPairs = new Set([...matched].map((i) => `${golds[i]?.from} ${golds[i]?.to}`));
    t.fn += [...goldPairs].filter((pair) => !hitPairs.has(pair)).length;
  }
  return scores;
}

function titleAgrees(proposed: string | undefined, gold: string | undefined): boolean {
  if (!gold) return true;
  if (!proposed) return false;
  const a = key(proposed);
  const b = key(gold);
  return a.includes(b) || b.includes(a);
}

/** Every proposed quote is the article's text at its offsets: the share that is (1 when all are). */
export function quoteExactness(proposal: Proposal, text: string): { exact: number; total: number } {
  const quotes: Array<{ quote: string; start: number; end: number }> = [];
  for (const entity of proposal.entities) {
    quotes.push(...entity.mentions);
    if (entity.resolution === 'new') quotes.push(...entity.proposed.record.evidence);
    else quotes.push(entity.match.span);
  }
  for (const rel of proposal.relationships) {
    quotes.push(...rel.evidence);
    if (rel.cue) quotes.push(rel.cue);
  }
  for (const u of proposal.unresolved) quotes.push({ quote: u.text, start: u.start, end: u.end });
  if (proposal.article.published?.evidence) quotes.push(proposal.article.published.evidence);
  const exact = quotes.filter((q) => text.slice(q.start, q.end) === q.quote).length;
  return { exact, total: quotes.length };
}

export interface ClassResult {
  readonly name: string;
  readonly precision: number;
  readonly recall: number;
  readonly tally: Tally;
}

export function results(scores: Scores): ClassResult[] {
  return [...scores].map(([name, t]) => ({
    name, tally: t, precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp), recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
  }));
}

/**
 * A hand-made answer file of the development set (`test/fixtures/import/<name>.answer.yaml`): the organisations,
 * people, programs and events an article states, and the links between them, by name. Events are named by a
 * verbatim snippet of the article (`quote`) and referred to as `event-1`, `event-2`… in relationships. Only the
 * classes a file lists are scored for it.
 */
const named = z.strictObject({ name: z.string().min(1), aliases: z.array(z.string()).default([]), title: z.string().optional(), org: z.string().optional() });
export const answerFileSchema = z.strictObject({
  organizations: z.array(named).optional(),
  persons: z.array(named).optional(),
  programs: z.array(named).optional(),
  events: z.array(z.strictObject({
    quote: z.string().min(1),
    kind: z.enum(EVENT_KINDS),
    date: z.string().nullable().default(null),
    precision: z.enum(DATE_PRECISIONS).default('UNKNOWN'),
    place: z.string().nullable().default(null),
    count: z.number().int().nullable().default(null),
  })).optional(),
  relationships: z.array(z.strictObject({ type: z.enum(RELATION_TYPES), from: z.string(), to: z.string() })).default([]),
  /** Relationship types this file answers for (default: those it lists). */
  relationshipTypes: z.array(z.enum(RELATION_TYPES)).optional(),
});
export type AnswerFile = z.infer<typeof answerFileSchema>;

/** Every place in the text where a name occurs (by search key, word for word), as evidence spans. */
function occurrences(text: string, folded: { folded: string; map: (from: number, to: number) => GoldQuote }, name: string): GoldQuote[] {
  const target = key(name);
  if (!target) return [];
  const found: GoldQuote[] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${target.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of folded.folded.matchAll(pattern)) found.push(folded.map(m.index as number, (m.index as number) + m[0].length));
  return found;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The gold of a development-set answer file, its evidence found in the article's text. */
export function goldFromAnswer(answer: AnswerFile, text: string): Gold {
  const folding = foldWithOffsets(text);
  const folded = { folded: folding.folded, map: (from: number, to: number): GoldQuote => originalSpan(folding, from, to) };
  const entities: GoldEntity[] = [];
  const idOfName = new Map<string, string>();
  const addNamed = (type: GoldEntity['type'], prefix: string, items: ReadonlyArray<{ name: string; aliases: string[] }> | undefined): void => {
    (items ?? []).forEach((item, i) => {
      const id = `${prefix}-${i + 1}`;
      const names = [item.name, ...item.aliases];
      entities.push({ id, type, names, evidence: names.flatMap((name) => occurrences(text, folded, name)) });
      for (const name of names) idOfName.set(key(name), id);
    });
  };
  addNamed('ORGANIZATION', 'org', answer.organizations);
  addNamed('PERSON', 'person', answer.persons);
  addNamed('PROGRAM', 'program', answer.programs);
  const places = new Map<string, string>();
  (answer.events ?? []).forEach((event, i) => {
    const id = `event-${i + 1}`;
    const evidence = occurrences(text, folded, event.quote);
    if (evidence.length === 0) throw new Error(`Answer event ${id}: the quote «${event.quote}» is not in the article; copy it verbatim.`);
    entities.push({ id, type: 'EVENT', names: [event.quote], evidence, kind: event.kind, date: event.date, precision: event.precision, count: event.count });
    if (event.place) {
      const placeId = places.get(key(event.place)) ?? `place-${places.size + 1}`;
      if (!places.has(key(event.place))) {
        places.set(key(event.place), placeId);
        entities.push({ id: placeId, type: 'PLACE', names: [event.place], evidence: occurrences(text, folded, event.place) });
        idOfName.set(key(event.place), placeId);
      }
    }
  });
  const resolve = (end: string): string => {
    if (/^event-\d+$/u.test(end)) return end;
    const id = idOfName.get(key(end));
    if (!id) throw new Error(`Answer relationship end «${end}» names no organisation, person, program or event of the file.`);
    return id;
  };
  const relationships: GoldRelationship[] = answer.relationships.map((r) => ({ type: r.type, from: resolve(r.from), to: resolve(r.to) }));
  for (const event of answer.events ?? []) {
    if (event.place) relationships.push({ type: 'HELD_IN', from: `event-${(answer.events ?? []).indexOf(event) + 1}`, to: places.get(key(event.place)) as string });
  }
  for (const person of answer.persons ?? []) {
    if (person.org && person.title) relationships.push({ type: 'HOLDS_POSITION', from: resolve(person.name), to: resolve(person.org), title: person.title });
  }
  const classes = new Set<string>();
  if (answer.organizations) classes.add('organisations');
  if (answer.persons) classes.add('people').add('people with titles');
  if (answer.programs) classes.add('programs');
  if (answer.events) classes.add('events (kind)').add('event dates').add('event places').add('event counts');
  for (const type of answer.relationshipTypes ?? [...new Set(answer.relationships.map((r) => r.type))]) classes.add(`rel ${type}`);
  return { entities, relationships, classes };
}
