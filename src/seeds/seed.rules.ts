/**
 * The rules every fact in the graph obeys, checked one record at a time: quotes verbatim at their
 * offsets, dates that agree with their precision and with the words they were read from, counts the
 * article states, the fields each relation type carries, ends of the kinds the vocabulary allows, and
 * containment chains without cycles.
 *
 * Each rule takes one record that already fits its schema (seed.schema.ts: ids, kinds, enums) and only
 * what it needs beside it (its article, or a GraphView of the graph it joins), and returns its problems
 * without a file or record name. The seed files are checked through these functions, so a single
 * curated record checked through them obeys exactly the rules the seed files obey.
 */
import {
  NODE_KINDS, type NodeType, ORGANIZER_ROLES, PARTICIPANT_ROLES, RELATION_TYPES, RELATIONS, type RelationType,
  type RelationshipRole, allowsEnds, nodeTypeOfId,
} from '../model/vocabulary';
import { arabicWeekdayName, parseArabicDate, precisionOfDate, saysToday, weekdayNamedIn, weekdayOf } from '../text/arabic-dates';
import { foldArabicLetters } from '../text/arabic-normalize';
import { type SeedError, type SeedSource } from './seed.model';
import { excerpt, occurrencesOf } from './seed.quotes';
import { type EventRecord, type EvidenceQuote, type RelationshipRecord } from './seed.schema';
import { type SeedSourceWithText } from './seed.sources';

/** One problem with one record: the field, and the value received, the rule broken and the fix. */
export type RecordProblem = Pick<SeedError, 'field' | 'message'>;

/** A record's problems as SeedErrors, named by the file and record they were found in. */
export function seedErrorsOf(file: string, record: string, problems: readonly RecordProblem[]): SeedError[] {
  return problems.map(({ field, message }) => ({ file, record, field, message }));
}

/** The relation types that nest nodes; the network queries walk them upwards, so they must stay acyclic. */
export const CONTAINMENT_TYPES = ['PART_OF', 'LOCATED_IN'] as const satisfies readonly RelationType[];
export type ContainmentType = (typeof CONTAINMENT_TYPES)[number];

const isContainment = (type: RelationType): type is ContainmentType => (CONTAINMENT_TYPES as readonly string[]).includes(type);

/** What the relationship rules need to know of the graph a record joins. */
export interface GraphView {
  /** The kind of the node an id names; undefined when the graph holds no such node. */
  kindOf(id: string): NodeType | undefined;
  /** The ids of every node of one kind, for the message that lists the known ones. */
  idsOf(kind: NodeType): readonly string[];
  /** Where a node sits: the `to` ends of its relationships of a containment type. */
  parentsOf(type: ContainmentType, id: string): readonly string[];
}

/** A GraphView held in memory, filled node by node and relationship by relationship. */
export class InMemoryGraphView implements GraphView {
  private readonly kinds = new Map<string, NodeType>();
  private readonly parents = new Map<string, string[]>();

  addNode(id: string, kind: NodeType): void {
    this.kinds.set(id, kind);
  }

  /** Only containment relationships matter to the rules; others are ignored. */
  addRelationship(type: RelationType, from: string, to: string): void {
    if (!isContainment(type)) return;
    const key = `${type} ${from}`;
    this.parents.set(key, [...(this.parents.get(key) ?? []), to]);
  }

  kindOf(id: string): NodeType | undefined {
    return this.kinds.get(id);
  }

  idsOf(kind: NodeType): readonly string[] {
    return [...this.kinds].filter(([, known]) => known === kind).map(([id]) => id);
  }

  parentsOf(type: ContainmentType, id: string): readonly string[] {
    return this.parents.get(`${type} ${id}`) ?? [];
  }
}

/**
 * Each quote must be a verbatim substring of the article, at exactly its offsets. `fixOffsets` ends the
 * message for a quote found elsewhere in the article: how this caller's curator repairs the offsets.
 */
export function checkQuotes(
  evidence: readonly EvidenceQuote[],
  article: Pick<SeedSourceWithText, 'text' | 'articlePath'>,
  fixOffsets: string,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  evidence.forEach((item, index) => {
    const field = `evidence[${index}]`;
    if (article.text.slice(item.start, item.end) === item.quote) return;
    const starts = occurrencesOf(article.text, item.quote);
    if (starts.length === 0) {
      problems.push({
        field: `${field}.quote`,
        message: `quote "${excerpt(item.quote)}" is not in ${article.articlePath}. Quotes must be verbatim substrings of the article (spelling, hamza, spaces and punctuation as published).`,
      });
      return;
    }
    const where = starts.map((start) => `${start}-${start + item.quote.length}`).join(', ');
    problems.push({
      field: `${field}.start`,
      message: `quote "${excerpt(item.quote)}" is not at ${item.start}-${item.end} (the text there is "${excerpt(article.text.slice(item.start, item.end))}"); it occurs at ${where}. ${fixOffsets}`,
    });
  });
  return problems;
}

/** A source's publication date is a partial ISO date that agrees with the words it was read from. */
export function checkPublishedOn(source: Pick<SeedSource, 'publishedOn' | 'publishedOnText'>): RecordProblem[] {
  if (source.publishedOn === null) return [];
  const precision = precisionOfDate(source.publishedOn);
  if (precision === null) {
    return [{ field: 'publishedOn', message: `"${source.publishedOn}" is not a partial ISO date; write it as YYYY, YYYY-MM or YYYY-MM-DD` }];
  }
  if (source.publishedOnText === null) return [];
  const read = parseArabicDate(source.publishedOnText);
  if (read && (read.date !== source.publishedOn || read.precision !== precision)) {
    return [{
      field: 'publishedOn',
      message: `"${source.publishedOn}" disagrees with publishedOnText "${source.publishedOnText}", which reads as ${read.date}; make them agree`,
    }];
  }
  return [];
}

/**
 * The date agrees with its precision, with the words it was read from, with the weekday those words
 * name, and with the dateline of an article whose «اليوم» ties the event to its publication day.
 */
export function checkEventDate(event: EventRecord, source: Pick<SeedSource, 'publishedOn'>): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const fail = (field: string, message: string): RecordProblem[] => {
    problems.push({ field, message });
    return problems;
  };
  if (event.datePrecision === 'UNKNOWN') {
    if (event.date !== null) fail('date', `"${event.date}" is given but datePrecision is UNKNOWN; set the precision (DAY, MONTH or YEAR) or make the date null`);
  } else {
    if (event.date === null) {
      return fail('date', `null, but datePrecision is ${event.datePrecision}; give the date (like "2014-08-07", "2022-11" or "2009") or set datePrecision UNKNOWN`);
    }
    const shape = precisionOfDate(event.date);
    if (shape === null) {
      return fail('date', `"${event.date}" is not a valid partial ISO date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day)`);
    }
    if (shape !== event.datePrecision) {
      return fail('datePrecision', `${event.datePrecision}, but the date "${event.date}" has ${shape} precision; make them agree`);
    }
  }
  if (event.dateText === null) return problems;
  const read = parseArabicDate(event.dateText);
  if (read) {
    if (read.date !== event.date || read.precision !== event.datePrecision) {
      return fail('date', `"${event.date ?? 'null'}" (${event.datePrecision}) disagrees with dateText "${event.dateText}", which reads as ${read.date} (${read.precision}); make them agree`);
    }
  } else if (saysToday(event.dateText) && source.publishedOn !== null && precisionOfDate(source.publishedOn) === 'DAY') {
    if (event.date !== source.publishedOn || event.datePrecision !== 'DAY') {
      return fail('date', `"${event.date ?? 'null'}" (${event.datePrecision}), but dateText "${event.dateText}" says «اليوم» in an article published ${source.publishedOn}; write date "${source.publishedOn}" with precision DAY`);
    }
  }
  const weekday = weekdayNamedIn(event.dateText);
  if (weekday !== undefined && event.date !== null && event.datePrecision === 'DAY' && weekdayOf(event.date) !== weekday) {
    fail('date', `"${event.date}" is a ${arabicWeekdayName(weekdayOf(event.date))}, but dateText "${event.dateText}" names ${arabicWeekdayName(weekday)}; check the day`);
  }
  return problems;
}

/** A participant count is a number the article states, kept with its verbatim phrase. */
export function checkParticipantCount(event: EventRecord): RecordProblem[] {
  if (event.participantCount === null) return [];
  if (event.participantCountText === null) {
    return [{ field: 'participantCountText', message: `missing for participantCount ${event.participantCount}; quote the phrase that gives the number` }];
  }
  const numbers = (foldArabicLetters(event.participantCountText).match(/\d+/g) ?? []).map(Number);
  if (numbers.includes(event.participantCount)) return [];
  return [{
    field: 'participantCount',
    message: `${event.participantCount}, but participantCountText "${event.participantCountText}" does not contain that number; a count is only what the article states`,
  }];
}

/** The relation types whose relationships may carry a property, as the vocabulary lists them. */
type TypesCarrying<P extends string> = { [T in RelationType]: P extends (typeof RELATIONS)[T]['properties'][number] ? T : never }[RelationType];

/** The roles each role-carrying type allows; the type makes a new role-carrying relation type add its roles here. */
const ROLES_OF: Readonly<Record<TypesCarrying<'role'>, readonly RelationshipRole[]>> = {
  ORGANIZED: ORGANIZER_ROLES,
  PARTICIPATED_IN: PARTICIPANT_ROLES,
};

/** `ORGANIZED and PARTICIPATED_IN`: the types that carry a property, in words. */
const typesCarryingInWords = (property: 'role' | 'title'): string =>
  RELATION_TYPES.filter((type) => (RELATIONS[type].properties as readonly string[]).includes(property)).sort().join(' and ');

/** A relationship carries the role and title its type has, and joins two different nodes. */
export function checkRelationshipFields(relationship: RelationshipRecord): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const fail = (field: string, message: string): void => {
    problems.push({ field, message });
  };
  const { type, role } = relationship;
  const allowed: readonly string[] | undefined = (ROLES_OF as Partial<Record<RelationType, readonly RelationshipRole[]>>)[type];
  if (allowed) {
    if (role === undefined) fail('role', `missing; ${type} needs a role: ${allowed.join(', ')}`);
    else if (!allowed.includes(role)) fail('role', `"${role}" is not a role of ${type}; expected one of: ${allowed.join(', ')}`);
  } else if (role !== undefined) {
    fail('role', `"${role}" given, but only ${typesCarryingInWords('role')} carry a role; remove it`);
  }
  if (type === 'HOLDS_POSITION' && relationship.title === undefined) {
    fail('title', 'missing; HOLDS_POSITION needs the title of the post as the article gives it');
  }
  if (relationship.title !== undefined && !(RELATIONS[type].properties as readonly string[]).includes('title')) {
    fail('title', `given, but only ${typesCarryingInWords('title')} carry a title; remove it`);
  }
  if (relationship.from === relationship.to) fail('to', `"${relationship.to}" is the same as "from"; a relationship joins two different nodes`);
  return problems;
}

const nounOf = (kind: NodeType): string => NODE_KINDS[kind].noun;

/** Both ends are nodes of the graph, of kinds the relationship's type may connect. */
export function checkEnds(relationship: Pick<RelationshipRecord, 'type' | 'from' | 'to'>, graph: GraphView): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const kinds: Partial<Record<'from' | 'to', NodeType>> = {};
  for (const field of ['from', 'to'] as const) {
    const id = relationship[field];
    const kind = graph.kindOf(id);
    if (kind) {
      kinds[field] = kind;
      continue;
    }
    const prefixKind = nodeTypeOfId(id);
    const known = prefixKind ? [...graph.idsOf(prefixKind)].sort() : [];
    const list = known.length > 0 ? known.join(', ') : '(none)';
    const kindWord = prefixKind ? nounOf(prefixKind).replace(/^an? /, '') : 'node';
    problems.push({ field, message: `unknown id "${id}". Known ${kindWord} ids: ${list}.` });
  }
  if (!kinds.from || !kinds.to || allowsEnds(relationship.type, kinds.from, kinds.to)) return problems;
  const { type } = relationship;
  // Blame the end that breaks the rule: the target when some allowed pair starts at this source.
  const fromFits = RELATIONS[type].ends.some(([from]) => from === kinds.from);
  const field = fromFits ? 'to' : 'from';
  const kind = fromFits ? kinds.to : kinds.from;
  return [{
    field,
    message: `${type} goes ${RELATIONS[type].inWords}, but "${relationship[field]}" is ${nounOf(kind)} (${nounOf(kinds.from)} → ${nounOf(kinds.to)} is not allowed)`,
  }];
}

/**
 * PART_OF and LOCATED_IN are walked upwards by the network queries (a funder reaching events through
 * nested programs, an event's country through its place chain); a relationship that would close a cycle
 * makes those walks meaningless, so it is refused. `graph` holds the relationships already accepted,
 * without this one.
 */
export function checkContainment(relationship: Pick<RelationshipRecord, 'type' | 'from' | 'to'>, graph: GraphView): RecordProblem[] {
  const { type, from, to } = relationship;
  if (!isContainment(type)) return [];
  const chain = chainUp(graph, type, to, from);
  if (!chain) return [];
  return [{ field: 'to', message: `${type} makes a cycle: ${[...chain, to].join(' → ')}; a parent cannot also be a descendant` }];
}

/** The chain of parents from `start` up to `goal`, both included; undefined when `goal` is not above `start`. */
function chainUp(graph: GraphView, type: ContainmentType, start: string, goal: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string): string[] | undefined => {
    if (id === goal) return [id];
    if (seen.has(id)) return undefined;
    seen.add(id);
    for (const parent of graph.parentsOf(type, id)) {
      const rest = walk(parent);
      if (rest) return [id, ...rest];
    }
    return undefined;
  };
  return walk(start);
}
