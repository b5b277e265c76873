/**
 * The importer: an article in, a proposal out. One pass of small steps, each in its own module — the article's
 * text and words (article.text.ts), its dates and dateline (dates.ts, dateline.ts), its participant counts
 * (counts.ts), its mentions (mentions/), its events (events.ts), its entities (entities.ts) and relationships
 * (relations.ts) — assembled here into the proposal (proposal.ts). Pure: the names it can match come in as a
 * KnownNameIndex, so the same code runs against Neo4j, the seed files or nothing.
 */
import { createHash } from 'node:crypto';
import { type ActorKind, type EventKind, type PlaceKind } from '../model/vocabulary';
import { type EvidenceQuote } from '../seeds/seed.schema';
import { type ArticleText as ArticleTextType, ArticleText, type Quote } from './article.text';
import { findCounts } from './counts';
import { bodyStartOf, findDateline, looksLikeHeadline } from './dateline';
import { fold } from './lexicon';
import { findDateMentions, type PublicationDate } from './dates';
import { EntityTable, type EntityDraft, otherNames, preferredName } from './entities';
import { type EventCluster, clusterEvents } from './events';
import { type KnownNameIndex, type KnownNode } from './known-names';
import { findMentions } from './mentions/find-mentions';
import { type Mention } from './mentions/mention';
import { KNOWN_ACTORS } from './actors.data';
import { PROPOSAL_VERSION, type Proposal, type ProposedEntity, type ProposedRelationship } from './proposal';
import { type RelationDraft, findRelations } from './relations';
import { freeId, slugOf, transliterate } from './slug';
import { BYLINE_MARK } from './scan';
import { precisionOfDate } from '../text/arabic-dates';

export interface ImportOptions {
  /** Where the article was read from, for the proposal and messages. */
  readonly path?: string;
  readonly url?: string | null;
  readonly outlet?: string | null;
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD); overrides the dateline. */
  readonly published?: string | null;
}

const PLACE_LEVEL: Readonly<Record<PlaceKind, number>> = { VENUE: 0, NEIGHBOURHOOD: 1, CITY: 2, DISTRICT: 3, GOVERNORATE: 4, COUNTRY: 5 };

export function proposeImport(text: string, index: KnownNameIndex, options: ImportOptions = {}): Proposal {
  const article = new ArticleText(text);
  const warnings: string[] = [];
  const dates = findDateMentions(article);
  const dateline = findDateline(article, dates);
  const published = publicationOf(options.published ?? null, dateline?.published ?? null, warnings);
  const counts = findCounts(article, dates);
  const found = findMentions(article, index);
  const unresolved = [...found.unresolved];
  const bodyStart = bodyStartOf(article.folded);
  const { events, eventOf } = clusterEvents({
    article, mentions: found.mentions, dates, counts, published, bodyStart, dateline: dateline?.mention ?? null,
  });

  const table = new EntityTable();
  const allMentions: Mention[] = [];
  const addMention = (mention: Mention): void => {
    if (mention.type === 'EVENT') return;
    table.add(mention);
    allMentions.push(mention);
    if (mention.parent) addMention(mention.parent);
    if (mention.place) addMention(mention.place);
    if (mention.funder) addMention(mention.funder);
  };
  for (const mention of found.mentions) addMention(mention);

  const relations = findRelations({ article, mentions: found.mentions, candidates: found.candidates, events, eventOf, entities: table, unresolved });
  for (const event of events) {
    if (!event.place) continue;
    const place = table.of(event.place);
    if (place) relations.push({ type: 'HELD_IN', from: event.ref, to: place.ref, basis: 'article', evidence: [placeEvidence(article, event, event.place)], rule: 'where the event was held: the most specific place of its sentence', confidence: 0.7 });
  }
  relations.push(...placeChains(article, index, table, allMentions));

  const taken = new Set(index.nodes().filter((node) => node.origin === 'graph').map((node) => node.id));
  const entities: ProposedEntity[] = [];
  const idOf = new Map<string, string>();
  for (const draft of table.all()) {
    const entity = toEntity(draft, taken);
    entities.push(entity);
    idOf.set(draft.ref, entity.resolution === 'matched' ? entity.match.id : entity.proposed.record.id);
  }
  for (const event of events) entities.push(eventEntity(event, entities, relations, taken, warnings));

  const refs = new Set(entities.map((e) => e.ref));
  const relationships: ProposedRelationship[] = relations
    .filter((r) => refs.has(r.from) && refs.has(r.to))
    .map((r, i) => toRelationship(r, i));
  if (entities.length === 0) warnings.push('The article mentions nothing Jisr knows or can propose: no organisation, person, event, program or place was found.');
  if (!published) warnings.push('No publication date: the article has no dateline and none was given (--published); relative dates («اليوم», «أمس») stay unresolved.');
  return {
    version: PROPOSAL_VERSION,
    article: {
      ...(options.path ? { path: options.path } : {}), title: firstLine(text), url: options.url ?? null, outlet: options.outlet ?? null, published,
      country: found.country, length: text.length, sha256: createHash('sha256').update(text).digest('hex'),
    },
    entities, relationships, unresolved, warnings,
  };
}

function publicationOf(given: string | null, read: PublicationDate | null, warnings: string[]): PublicationDate | null {
  if (given === null) return read;
  const precision = precisionOfDate(given);
  if (precision === null) throw new Error(`Expected --published as YYYY, YYYY-MM or YYYY-MM-DD, but got "${given}".`);
  if (read && !read.date.startsWith(given) && !given.startsWith(read.date)) {
    warnings.push(`The given publication date ${given} differs from the dateline «${read.evidence?.quote ?? read.date}» (${read.date}); the given one is used.`);
  }
  return { date: given, precision, from: 'option' };
}

/** The title: the first line that is not a dateline («التاريخ: 2024-11-18 10:54:22», «الأربعاء: 29/05/2024 …»). */
const firstLine = (text: string): string => {
  const raw = text.split('\n').map((line) => line.trim());
  const lines = raw.filter((line) => line !== '');
  const isDateline = (line: string): boolean => /^(?:التاريخ|تاريخ|نشر)|^\S*\s*:?\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^[\d\s:/.-]+$/u.test(line) || /بتوقيت/u.test(line);
  // An outlet line before the headline: short, with a dash or colon («نون بوست – سيدي إفني», «عدن «الأيام» خاص:»).
  // «يونس السروي ـ لحج»: a byline with a kashida for a dash.
  const isOutletLine = (line: string, i: number): boolean => i < lines.length - 1 && line.length < 40 && (BYLINE_MARK.test(line) || line.startsWith('>'));
  const at = lines.findIndex((line, i) => !isDateline(line) && !isOutletLine(line, i));
  // A text without line breaks, or whose first line is no headline («احتضن» cut from its sentence), has no headline
  // line: its first sentence stands for it.
  const headline = at === -1 ? (lines[0] ?? '') : (lines[at] as string);
  const rawAt = raw.indexOf(headline);
  const cut = at !== -1 && !looksLikeHeadline(fold(headline)) && (raw[rawAt + 1] ?? '') !== '';
  const title = cut ? lines.slice(at).join(' ') : headline;
  const sentence = /^.{20,}?[.!?؟](?=\s|$)/u.exec(title)?.[0] ?? title;
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
};

function placeEvidence(article: ArticleTextType, event: EventCluster, place: Mention): Quote {
  const sentence = article.sentenceAt(event.anchor.fStart);
  if (place.fStart >= sentence.fStart && place.fEnd <= sentence.fEnd && Math.abs(place.fStart - event.anchor.fEnd) < 200) {
    return article.quote(Math.min(event.anchor.fStart, place.fStart), Math.max(event.anchor.fEnd, place.fEnd));
  }
  return place.quote;
}

/** A synthetic mention of a place the article does not name but a chain needs (Lahj → Yemen). */
function chainMention(child: Mention, node: KnownNode): Mention {
  return {
    ...child, id: -Math.abs(child.id * 100 + node.id.length), name: node.nameAr ?? node.id, key: node.id, rule: 'parent in the gazetteer',
    confidence: 0.7, known: { node, name: node.nameAr ?? node.id, reason: `${node.id} contains ${child.known?.node.id ?? child.name} (${node.origin})` },
    ...(node.kind ? { placeKind: node.kind as PlaceKind } : {}), parent: undefined, place: undefined,
  };
}

/**
 * Places up to their country: a known place through the index's chain (basis gazetteer), a new place through
 * the place written right after it in the same phrase («بمدينة الحبيلين مديرية ردفان محافظة لحج»), a venue through
 * the nearest town of its sentence.
 */
function placeChains(article: ArticleTextType, index: KnownNameIndex, table: EntityTable, mentions: readonly Mention[]): RelationDraft[] {
  const relations: RelationDraft[] = [];
  const places = mentions.filter((m) => m.type === 'PLACE');
  const done = new Set<string>();
  const link = (child: Mention, parent: Mention, basis: 'article' | 'gazetteer', evidence: Quote, rule: string): void => {
    const from = table.of(child)?.ref;
    const to = table.add(parent).ref;
    if (!from || from === to || done.has(from)) return;
    done.add(from);
    relations.push({ type: 'LOCATED_IN', from, to, basis, evidence: [evidence], rule, confidence: basis === 'article' ? 0.7 : 0.8 });
  };
  for (const place of places) {
    const level = PLACE_LEVEL[place.placeKind ?? 'CITY'];
    const sentence = article.sentenceAt(place.fStart);
    const next = places.find((p) => p.fStart >= place.fEnd && p.fStart - place.fEnd <= 6 && PLACE_LEVEL[p.placeKind ?? 'CITY'] > level);
    if (next && !place.known) {
      link(place, next, 'article', article.quote(place.fStart, next.fEnd), 'place written with the place it lies in');
      continue;
    }
    if (place.placeKind === 'VENUE' && !place.known) {
      const town = places.filter((p) => p !== place && p.fStart >= sentence.fStart && p.fEnd <= sentence.fEnd && PLACE_LEVEL[p.placeKind ?? 'CITY'] >= 2)
        .sort((a, b) => PLACE_LEVEL[a.placeKind ?? 'CITY'] - PLACE_LEVEL[b.placeKind ?? 'CITY'] || Math.abs(a.fStart - place.fStart) - Math.abs(b.fStart - place.fStart))[0];
      if (town) link(place, town, 'article', article.quote(Math.min(place.fStart, town.fStart), Math.max(place.fEnd, town.fEnd)), 'venue in the town of its sentence');
      continue;
    }
  }
  // Known places: up the chain, each parent a new or matched place of its own.
  for (const draft of [...table.all()]) {
    if (draft.type !== 'PLACE' || !draft.known) continue;
    const chain = index.chainOf(draft.known.node.id);
    let child = draft.mentions[0] as Mention;
    for (const parentNode of chain.slice(1)) {
      const parent = chainMention(child, parentNode);
      link(child, parent, 'gazetteer', child.quote, 'place chain of the gazetteer');
      child = (table.add(parent).mentions[0] as Mention);
    }
  }
  return relations;
}

function toEntity(draft: EntityDraft, taken: Set<string>): ProposedEntity {
  const first = draft.mentions[0] as Mention;
  const quotes = uniqueQuotes(draft.mentions.map((m) => m.quote));
  const confidence = Math.max(...draft.mentions.map((m) => m.confidence));
  const rule = [...new Set(draft.mentions.map((m) => m.rule))].join('; ');
  const known = draft.known;
  const label = known?.node.origin === 'graph' || known?.node.origin === 'gazetteer' ? (known.node.nameAr ?? preferredName(draft)) : preferredName(draft);
  if (known && known.node.origin === 'graph') {
    const span = draft.mentions.find((m) => m.known?.node.id === known.node.id)?.quote ?? first.quote;
    return { ref: draft.ref, type: draft.type as ProposedEntity['type'], label, mentions: quotes, rule, confidence, resolution: 'matched', match: { id: known.node.id, span, name: known.name, reason: known.reason } };
  }
  const evidence: EvidenceQuote[] = [toEvidence(first.quote)];
  const base = { ref: draft.ref, type: draft.type as ProposedEntity['type'], label, mentions: quotes, rule, confidence, resolution: 'new' as const };
  const suggestedBy = known ? { suggestedBy: { origin: known.node.origin as 'gazetteer' | 'lexicon', reason: known.reason } } : {};
  const name = known?.node.nameAr ?? preferredName(draft);
  const aliases = [...new Set([...(known?.node.aliases ?? []), ...otherNames(draft, name)])].filter((alias) => alias !== name);
  switch (draft.type) {
    case 'ORGANIZATION': {
      const kind = (known?.node.kind ?? draft.mentions.find((m) => m.orgKind)?.orgKind ?? 'OTHER') as Exclude<ActorKind, 'PERSON'>;
      const id = known ? reserve(known.node.id, taken) : freeId('org', slugOf(name), taken);
      return { ...base, ...suggestedBy, proposed: { section: 'organizations', record: { id, kind, nameAr: name, nameEn: known?.node.nameEn ?? transliterate(name), aliases, evidence } } };
    }
    case 'PERSON': {
      const full = [...draft.mentions].sort((a, b) => b.key.split(' ').length - a.key.split(' ').length)[0] as Mention;
      const honorific = draft.mentions.find((m) => m.honorific)?.honorific;
      const id = freeId('person', slugOf(full.name), taken);
      return {
        ...base, label: full.name,
        proposed: { section: 'persons', record: { id, kind: 'PERSON', nameAr: full.name, nameEn: transliterate(full.name), aliases: otherNames(draft, full.name), ...(honorific ? { honorific } : {}), evidence: [toEvidence(full.quote)] } },
      };
    }
    case 'PROGRAM': {
      const unnamed = draft.mentions.every((m) => m.unnamed);
      const cooperation = draft.mentions.some((m) => m.rule.startsWith('a cooperation'));
      const id = freeId('program', cooperation ? 'unnamed-cooperation' : unnamed ? 'unnamed-project' : slugOf(name), taken);
      return {
        ...base, proposed: {
          section: 'programs',
          record: { id, ...(unnamed ? {} : { nameAr: name }), nameEn: cooperation ? `Unnamed cooperation (the article says «${first.quote.quote} مع …»)` : unnamed ? 'Unnamed project (the article says only «هذا المشروع»)' : transliterate(name), aliases: unnamed ? [] : aliases.concat(draft.mentions.map((m) => m.quote.quote).filter((q) => q !== name && !aliases.includes(q))), ...(unnamed ? { note: cooperation ? 'A cooperation the article says a funder supports, without naming it as a program.' : 'The article gives this project no name.' } : {}), evidence },
        },
      };
    }
    case 'PLACE': {
      const kind = (known?.node.kind ?? first.placeKind ?? 'CITY') as PlaceKind;
      const id = known ? reserve(known.node.id, taken) : freeId('place', slugOf(name), taken);
      const named = draft.mentions.some((m) => m.rule !== 'parent in the gazetteer');
      return {
        ...base, ...suggestedBy, proposed: { section: 'places', record: { id, kind, nameAr: name, nameEn: known?.node.nameEn ?? transliterate(name), aliases, basis: named ? 'article' : 'gazetteer', evidence } },
      };
    }
    default:
      throw new Error(`Unexpected entity type ${draft.type}`);
  }
}

function reserve(id: string, taken: Set<string>): string {
  taken.add(id);
  return id;
}

function eventEntity(event: EventCluster, entities: readonly ProposedEntity[], relations: readonly RelationDraft[], taken: Set<string>, warnings: string[]): ProposedEntity {
  const heldIn = relations.find((r) => r.type === 'HELD_IN' && r.from === event.ref);
  const place = heldIn ? entities.find((e) => e.ref === heldIn.to) : undefined;
  const placeSlug = place ? slugOf((place.resolution === 'matched' ? place.match.id : place.proposed.record.id).replace(/^place:(?:[a-z]{2}-)?/u, '').split('-').slice(-2).join(' '), 2) : '';
  const datePart = event.date?.date ?? 'undated';
  const id = freeId('event', [datePart, placeSlug, event.kind.toLowerCase().replace(/_/gu, '-')].filter(Boolean).join('-'), taken);
  const countText = event.count?.text.quote ?? null;
  const digitCount = event.count?.count !== null && event.count?.count !== undefined && /[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(countText ?? '') ? event.count.count : null;
  const evidence = uniqueQuotes([event.title, ...event.mentions.filter((m) => m !== event.anchor).slice(0, 1).map((m) => m.quote)]).map(toEvidence);
  const notes: string[] = [];
  if (event.date?.reason) notes.push(event.date.reason);
  if (event.date?.endDate) notes.push(`Runs to ${event.date.endDate}.`);
  if (event.count && event.count.count !== null && digitCount === null) notes.push(`Count «${event.count.text.quote}» read from words as ${event.count.count}.`);
  if (!event.date) notes.push('No date is given for this event.');
  if (event.date?.precision === 'UNKNOWN' && event.date.reason) warnings.push(`${event.ref}: ${event.date.reason}`);
  const kind: EventKind = event.kind;
  return {
    ref: event.ref, type: 'EVENT', label: event.title.quote, mentions: uniqueQuotes(event.mentions.map((m) => m.quote)), rule: event.anchor.rule,
    confidence: event.confidence, resolution: 'new',
    proposed: {
      section: 'events',
      record: {
        id, kind, titleAr: event.title.quote, titleEn: `${kind.toLowerCase().replace(/_/gu, ' ')}${place ? `, ${place.resolution === 'matched' ? place.label : 'nameEn' in place.proposed.record ? place.proposed.record.nameEn : place.label}` : ''}`,
        date: event.date?.precision === 'UNKNOWN' ? null : event.date?.date ?? null, datePrecision: event.date?.precision ?? 'UNKNOWN',
        dateText: event.date?.dateText ?? null, participantCount: digitCount, participantCountText: countText,
        ...(event.online ? { online: true } : {}), ...(notes.length > 0 ? { note: notes.join(' ') } : {}), evidence,
      },
    },
    reading: {
      ...(event.count?.count !== null && event.count?.count !== undefined ? { participantCount: event.count.count, participantCountApproximate: event.count.approximate } : {}),
      ...(event.date?.endDate ? { endDate: event.date.endDate } : {}), ...(event.date?.reason ? { dateReason: event.date.reason } : {}),
    },
  };
}

function toRelationship(draft: RelationDraft, i: number): ProposedRelationship {
  return {
    ref: `rel-${i + 1}`, type: draft.type, from: draft.from, to: draft.to, ...(draft.role ? { role: draft.role } : {}), ...(draft.title ? { title: draft.title } : {}),
    basis: draft.basis, evidence: uniqueQuotes(draft.evidence), rule: draft.rule, ...(draft.cue ? { cue: draft.cue } : {}), confidence: draft.confidence,
    ...(draft.note ? { note: draft.note } : {}),
  };
}

const toEvidence = (quote: Quote): EvidenceQuote => ({ quote: quote.quote, start: quote.start, end: quote.end });

function uniqueQuotes(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.start}-${q.end}`;
    if (seen.has(key) || q.quote.trim() === '') return false;
    seen.add(key);
    return true;
  });
}

/** Lexicon actors by id, for the draft's comments. */
export const lexiconActorIds: ReadonlySet<string> = new Set(KNOWN_ACTORS.map((actor) => actor.id));
