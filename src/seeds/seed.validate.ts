/**
 * Validating the curated seed files and building the SeedGraph the loader consumes.
 *
 * Every file is checked before anything is built, and every problem is reported at once with the
 * file, the record, the field, the value and the fix, so a curator corrects all of them in one pass
 * and a loader never writes half a graph.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NODE_KINDS, RELATIONS, allowsEnds, labelsOf, nodeTypeOfId } from '../model/vocabulary';
import { parseDocument } from 'yaml';
import { dateBounds, parseArabicDate, precisionOfDate, saysToday, weekdayNamedIn, weekdayOf, arabicWeekdayName } from '../text/arabic-dates';
import { foldArabicLetters, searchKeysOf } from '../text/arabic-normalize';
import {
  type SeedError, type SeedEvidence, type SeedGraph, type SeedNode, type SeedRelationship,
  type SeedRelationshipProperties, SeedValidationError, evidenceIdOf, relationshipIdOf,
} from './seed.model';
import { excerpt, occurrencesOf } from './seed.quotes';
import {
  type Basis, type EntityKind, type EventRecord, type EvidenceQuote, type NodeSection, type OrganizationRecord,
  type PersonRecord, type PlaceRecord, type ProgramRecord, type RelationshipRecord, type SeedGraphFile,
  NODE_SECTIONS, ORGANIZER_ROLES, PARTICIPANT_ROLES,   SECTION_KIND, seedGraphFileSchema,
} from './seed.schema';
import { type SeedSourceWithText, type SeedTextFile, readSources } from './seed.sources';
import { zodIssuesToSeedErrors } from './seed.zod-errors';

export { readSources, type SeedTextFile, type SeedSourceWithText } from './seed.sources';

/** The seed files as text: sources.yaml, the articles beside it, and the curated graph files. */
export interface SeedFileSet {
  sources: SeedTextFile;
  articles: SeedTextFile[];
  graphs: SeedTextFile[];
}

export type SeedValidationResult = { ok: true; graph: SeedGraph } | { ok: false; errors: SeedError[] };

const LOCATE_QUOTES_COMMAND = 'npx ts-node --transpile-only src/seeds/locate-quotes.ts';

/** Reads `<dir>/articles/sources.yaml`, `<dir>/articles/*.txt` and `<dir>/graph/*.yaml`. */
export function readSeedFiles(dir = 'seeds'): SeedFileSet {
  const articlesDir = path.join(dir, 'articles');
  const graphDir = path.join(dir, 'graph');
  const read = (file: string): SeedTextFile => ({ path: file, content: fs.readFileSync(file, 'utf8') });
  const listed = (folder: string, extension: RegExp): string[] =>
    fs.readdirSync(folder).filter((name) => extension.test(name)).sort().map((name) => path.join(folder, name));
  return {
    sources: read(path.join(articlesDir, 'sources.yaml')),
    articles: listed(articlesDir, /\.txt$/).map(read),
    graphs: listed(graphDir, /\.ya?ml$/).map(read),
  };
}

/** Reads, validates and builds the seed graph; throws one SeedValidationError listing every problem. */
export function loadSeedGraph(dir = 'seeds'): SeedGraph {
  const result = validateSeedFiles(readSeedFiles(dir));
  if (!result.ok) throw new SeedValidationError(result.errors);
  return result.graph;
}

/** Validates every file, then builds the merged SeedGraph, or returns every error found. */
export function validateSeedFiles(files: SeedFileSet): SeedValidationResult {
  const { sources, errors } = readSources(files.sources, files.articles);
  const sourceByStem = new Map<string, SeedSourceWithText>();
  for (const entry of sources.values()) sourceByStem.set(stemOf(entry.source.file), entry);

  const parsedFiles: ParsedGraphFile[] = [];
  for (const file of files.graphs) {
    const parsed = parseGraphFile(file, sourceByStem, sources, errors);
    if (parsed) parsedFiles.push(parsed);
  }
  const graph = buildGraph(parsedFiles, [...sources.values()], errors);
  if (errors.length === 0) return { ok: true, graph };
  // Grouped by file (a stable sort keeps each file's errors in the order they were found).
  const fileOrder = [files.sources.path, ...files.graphs.map((file) => file.path)];
  const rank = (file: string): number => (fileOrder.indexOf(file) === -1 ? fileOrder.length : fileOrder.indexOf(file));
  return { ok: false, errors: [...errors].sort((a, b) => rank(a.file) - rank(b.file)) };
}

interface ParsedGraphFile {
  path: string;
  data: SeedGraphFile;
  source: SeedSourceWithText;
}

function stemOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

function nodeLabel(section: NodeSection, index: number, id: unknown): string {
  return `${section}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
}

function relationshipLabel(index: number, raw: { type?: unknown; from?: unknown; to?: unknown } | undefined): string {
  if (!raw) return `relationships[${index}]`;
  return `relationships[${index}] (${String(raw.type)} ${String(raw.from)} → ${String(raw.to)})`;
}

function graphRecordLabel(raw: unknown, pathItems: readonly PropertyKey[]): { record: string; rest: readonly PropertyKey[] } {
  const [section, index, ...rest] = pathItems;
  if (typeof section !== 'string' || typeof index !== 'number') return { record: '', rest: pathItems };
  const list = (raw as Record<string, unknown> | null)?.[section];
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  if (section === 'relationships') return { record: relationshipLabel(index, item), rest };
  return { record: nodeLabel(section as NodeSection, index, item?.id), rest };
}

/** Parses one graph file and runs the checks that need only that file and its article. */
function parseGraphFile(
  file: SeedTextFile,
  sourceByStem: ReadonlyMap<string, SeedSourceWithText>,
  sources: ReadonlyMap<string, SeedSourceWithText>,
  errors: SeedError[],
): ParsedGraphFile | undefined {
  const fail = (record: string, field: string, message: string): void => {
    errors.push({ file: file.path, record, field, message });
  };
  const document = parseDocument(file.content, { uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const problem of document.errors) fail('', '', `YAML syntax: ${problem.message}`);
    return undefined;
  }
  const raw: unknown = document.toJS();
  const parsed = seedGraphFileSchema.safeParse(raw);
  if (!parsed.success) {
    errors.push(...zodIssuesToSeedErrors(file.path, raw, parsed.error.issues, graphRecordLabel));
    return undefined;
  }
  const data = parsed.data;
  const stem = stemOf(file.path);
  const source = sourceByStem.get(stem);
  if (!source) {
    const known = [...sourceByStem.keys()].map((name) => `${name}.yaml`).join(', ');
    fail('', 'source', `no article "${stem}.txt" in sources.yaml for this file; a graph file is named after its article. Expected one of: ${known}.`);
    return undefined;
  }
  if (data.source !== source.source.id) {
    const named = sources.get(data.source);
    const hint = named ? ` ("${data.source}" is the source of ${named.source.file})` : '';
    fail('', 'source', `"${data.source}" is not the source of this file's article ${source.source.file}${hint}; write "${source.source.id}"`);
    return undefined;
  }

  const seenIds = new Map<string, string>();
  for (const section of NODE_SECTIONS) {
    (data[section] as ReadonlyArray<{ id: string; evidence: EvidenceQuote[] }>).forEach((record, index) => {
      const label = nodeLabel(section, index, record.id);
      const previous = seenIds.get(record.id);
      if (previous) fail(label, 'id', `duplicate id "${record.id}" (also ${previous}); merge the two records into one`);
      else seenIds.set(record.id, label);
      checkEvidence(record.evidence, source, file.path, label, errors);
    });
  }
  data.events.forEach((event, index) => checkEventDate(event, source, file.path, nodeLabel('events', index, event.id), errors));
  data.events.forEach((event, index) => checkParticipants(event, file.path, nodeLabel('events', index, event.id), errors));
  data.relationships.forEach((relationship, index) => {
    const label = relationshipLabel(index, relationship);
    checkEvidence(relationship.evidence, source, file.path, label, errors);
    checkRelationshipFields(relationship, file.path, label, errors);
  });
  return { path: file.path, data, source };
}

/** Each quote must be a verbatim substring of the article, at exactly its offsets. */
function checkEvidence(
  evidence: readonly EvidenceQuote[],
  source: SeedSourceWithText,
  file: string,
  record: string,
  errors: SeedError[],
): void {
  evidence.forEach((item, index) => {
    const field = `evidence[${index}]`;
    if (source.text.slice(item.start, item.end) === item.quote) return;
    const starts = occurrencesOf(source.text, item.quote);
    if (starts.length === 0) {
      errors.push({
        file, record, field: `${field}.quote`,
        message: `quote "${excerpt(item.quote)}" is not in ${source.articlePath}. Quotes must be verbatim substrings of the article (spelling, hamza, spaces and punctuation as published).`,
      });
      return;
    }
    const where = starts.map((start) => `${start}-${start + item.quote.length}`).join(', ');
    errors.push({
      file, record, field: `${field}.start`,
      message: `quote "${excerpt(item.quote)}" is not at ${item.start}-${item.end} (the text there is "${excerpt(source.text.slice(item.start, item.end))}"); it occurs at ${where}. Fix the offsets, or run: ${LOCATE_QUOTES_COMMAND} ${file}`,
    });
  });
}

/** The date agrees with its precision, with the words it was read from, and with a dateline that «اليوم» ties it to. */
function checkEventDate(event: EventRecord, source: SeedSourceWithText, file: string, record: string, errors: SeedError[]): void {
  const fail = (field: string, message: string): void => {
    errors.push({ file, record, field, message });
  };
  if (event.datePrecision === 'UNKNOWN') {
    if (event.date !== null) fail('date', `"${event.date}" is given but datePrecision is UNKNOWN; set the precision (DAY, MONTH or YEAR) or make the date null`);
  } else {
    if (event.date === null) {
      fail('date', `null, but datePrecision is ${event.datePrecision}; give the date (like "2014-08-07", "2022-11" or "2009") or set datePrecision UNKNOWN`);
      return;
    }
    const shape = precisionOfDate(event.date);
    if (shape === null) {
      fail('date', `"${event.date}" is not a valid partial ISO date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day)`);
      return;
    }
    if (shape !== event.datePrecision) {
      fail('datePrecision', `${event.datePrecision}, but the date "${event.date}" has ${shape} precision; make them agree`);
      return;
    }
  }
  if (event.dateText === null) return;
  const read = parseArabicDate(event.dateText);
  if (read) {
    if (read.date !== event.date || read.precision !== event.datePrecision) {
      fail('date', `"${event.date ?? 'null'}" (${event.datePrecision}) disagrees with dateText "${event.dateText}", which reads as ${read.date} (${read.precision}); make them agree`);
      return;
    }
  } else if (saysToday(event.dateText) && source.source.publishedOn !== null && precisionOfDate(source.source.publishedOn) === 'DAY') {
    if (event.date !== source.source.publishedOn || event.datePrecision !== 'DAY') {
      fail('date', `"${event.date ?? 'null'}" (${event.datePrecision}), but dateText "${event.dateText}" says «اليوم» in an article published ${source.source.publishedOn}; write date "${source.source.publishedOn}" with precision DAY`);
      return;
    }
  }
  const weekday = weekdayNamedIn(event.dateText);
  if (weekday !== undefined && event.date !== null && event.datePrecision === 'DAY' && weekdayOf(event.date) !== weekday) {
    fail('date', `"${event.date}" is a ${arabicWeekdayName(weekdayOf(event.date))}, but dateText "${event.dateText}" names ${arabicWeekdayName(weekday)}; check the day`);
  }
}

/** A participant count is a number the article states, kept with its verbatim phrase. */
function checkParticipants(event: EventRecord, file: string, record: string, errors: SeedError[]): void {
  if (event.participantCount === null) return;
  const fail = (field: string, message: string): void => {
    errors.push({ file, record, field, message });
  };
  if (event.participantCountText === null) {
    fail('participantCountText', `missing for participantCount ${event.participantCount}; quote the phrase that gives the number`);
    return;
  }
  const numbers = (foldArabicLetters(event.participantCountText).match(/\d+/g) ?? []).map(Number);
  if (!numbers.includes(event.participantCount)) {
    fail('participantCount', `${event.participantCount}, but participantCountText "${event.participantCountText}" does not contain that number; a count is only what the article states`);
  }
}

function checkRelationshipFields(relationship: RelationshipRecord, file: string, record: string, errors: SeedError[]): void {
  const fail = (field: string, message: string): void => {
    errors.push({ file, record, field, message });
  };
  const { type, role } = relationship;
  if (type === 'ORGANIZED' || type === 'PARTICIPATED_IN') {
    const allowed: readonly string[] = type === 'ORGANIZED' ? ORGANIZER_ROLES : PARTICIPANT_ROLES;
    if (role === undefined) fail('role', `missing; ${type} needs a role: ${allowed.join(', ')}`);
    else if (!allowed.includes(role)) fail('role', `"${role}" is not a role of ${type}; expected one of: ${allowed.join(', ')}`);
  } else if (role !== undefined) {
    fail('role', `"${role}" given, but only ORGANIZED and PARTICIPATED_IN carry a role; remove it`);
  }
  if (type === 'HOLDS_POSITION' && relationship.title === undefined) {
    fail('title', 'missing; HOLDS_POSITION needs the title of the post as the article gives it');
  }
  if (relationship.title !== undefined && type !== 'HOLDS_POSITION' && type !== 'PARTICIPATED_IN') {
    fail('title', `given, but only HOLDS_POSITION and PARTICIPATED_IN carry a title; remove it`);
  }
  if (relationship.from === relationship.to) fail('to', `"${relationship.to}" is the same as "from"; a relationship joins two different nodes`);
}

/** A node record of any section with what it merges from. */
type AnyNodeRecord = OrganizationRecord | PersonRecord | EventRecord | ProgramRecord | PlaceRecord;

interface MergedNode {
  kind: EntityKind;
  record: AnyNodeRecord;
  /** Where the kept record came from, for messages. */
  origin: { file: string; label: string };
  aliases: string[];
  evidenceIds: string[];
  basis: Basis;
}

interface MergedRelationship {
  id: string;
  record: RelationshipRecord;
  origin: { file: string; label: string };
  evidenceIds: string[];
  basis: Basis;
}

/** Fields that may differ between files holding the same entity: they are unioned, not compared. */
const MERGEABLE_FIELDS = new Set(['aliases', 'evidence', 'basis']);

function mergeBasis(a: Basis, b: Basis): Basis {
  // A fact that any article states outranks the same fact taken from plain geography.
  return a === 'article' || b === 'article' ? 'article' : 'gazetteer';
}

function pushUnique(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}

function buildGraph(files: readonly ParsedGraphFile[], sources: readonly SeedSourceWithText[], errors: SeedError[]): SeedGraph {
  const evidence = new Map<string, SeedEvidence>();
  const evidenceIdsOf = (items: readonly EvidenceQuote[], sourceId: string): string[] =>
    items.map((item) => {
      const id = evidenceIdOf(sourceId, item.start, item.end);
      if (!evidence.has(id)) evidence.set(id, { id, sourceId, quote: item.quote, start: item.start, end: item.end });
      return id;
    });

  const nodes = new Map<string, MergedNode>();
  const reportedBy = new Map<string, { eventId: string; sourceId: string; evidenceIds: string[] }>();
  for (const file of files) {
    const sourceId = file.source.source.id;
    for (const section of NODE_SECTIONS) {
      (file.data[section] as readonly AnyNodeRecord[]).forEach((record, index) => {
        const label = nodeLabel(section, index, record.id);
        const ids = evidenceIdsOf(record.evidence, sourceId);
        const basis: Basis = 'basis' in record ? record.basis : 'article';
        if (section === 'events') {
          const key = `${record.id}|${sourceId}`;
          const reported = reportedBy.get(key) ?? { eventId: record.id, sourceId, evidenceIds: [] };
          pushUnique(reported.evidenceIds, ids);
          reportedBy.set(key, reported);
        }
        const existing = nodes.get(record.id);
        if (!existing) {
          nodes.set(record.id, {
            kind: SECTION_KIND[section], record, origin: { file: file.path, label },
            aliases: [...('aliases' in record ? record.aliases : [])], evidenceIds: ids, basis,
          });
          return;
        }
        for (const conflict of conflictingFields(existing.record, record)) {
          errors.push({
            file: file.path, record: label, field: conflict.field,
            message: `${conflict.here} here but ${conflict.there} in ${existing.origin.file} ${existing.origin.label}; the same id must carry identical fields in every file (only aliases, evidence and basis may differ). Make them equal, or use a different id.`,
          });
        }
        if ('aliases' in record) pushUnique(existing.aliases, record.aliases);
        pushUnique(existing.evidenceIds, ids);
        existing.basis = mergeBasis(existing.basis, basis);
      });
    }
  }

  const sourceIds = new Set(sources.map((entry) => entry.source.id));
  const kindOf = (id: string): EntityKind | undefined => (sourceIds.has(id) ? 'SOURCE' : nodes.get(id)?.kind);

  const relationships = new Map<string, MergedRelationship>();
  for (const file of files) {
    const sourceId = file.source.source.id;
    const seenInFile = new Map<string, string>();
    file.data.relationships.forEach((record, index) => {
      const label = relationshipLabel(index, record);
      if (!checkEndpoints(record, kindOf, nodes, sourceIds, file.path, label, errors)) return;
      const id = relationshipIdOf(record.type, record.from, record.to, record.role);
      const previous = seenInFile.get(id);
      if (previous) {
        errors.push({ file: file.path, record: label, field: 'type', message: `duplicate relationship "${id}" (also ${previous}); merge their evidence into one record` });
        return;
      }
      seenInFile.set(id, label);
      const ids = evidenceIdsOf(record.evidence, sourceId);
      const existing = relationships.get(id);
      if (!existing) {
        relationships.set(id, { id, record, origin: { file: file.path, label }, evidenceIds: ids, basis: record.basis });
        return;
      }
      for (const conflict of conflictingFields(existing.record, record)) {
        errors.push({
          file: file.path, record: label, field: conflict.field,
          message: `${conflict.here} here but ${conflict.there} in ${existing.origin.file} ${existing.origin.label}; the same relationship must carry identical fields in every file (only evidence and basis may differ).`,
        });
      }
      pushUnique(existing.evidenceIds, ids);
      existing.basis = mergeBasis(existing.basis, record.basis);
    });
  }

  // REPORTED_BY follows from the file an event is written in; an explicit record adds its evidence.
  for (const { eventId, sourceId, evidenceIds } of reportedBy.values()) {
    const id = relationshipIdOf('REPORTED_BY', eventId, sourceId);
    const existing = relationships.get(id);
    if (existing) {
      existing.evidenceIds = [...evidenceIds, ...existing.evidenceIds.filter((item) => !evidenceIds.includes(item))];
      continue;
    }
    relationships.set(id, {
      id,
      record: { type: 'REPORTED_BY', from: eventId, to: sourceId, basis: 'article', evidence: [] },
      origin: { file: '', label: '' },
      evidenceIds,
      basis: 'article',
    });
  }

  checkContainmentCycles([...relationships.values()], errors);

  return {
    sources: sources.map((entry) => entry.source),
    nodes: [...nodes.entries()].map(([id, merged]) => toSeedNode(id, merged)),
    relationships: [...relationships.values()].map(toSeedRelationship),
    evidence: [...evidence.values()].sort((a, b) => (a.sourceId === b.sourceId ? a.start - b.start || a.end - b.end : a.sourceId < b.sourceId ? -1 : 1)),
  };
}

function conflictingFields(kept: object, other: object): { field: string; here: string; there: string }[] {
  const conflicts: { field: string; here: string; there: string }[] = [];
  const keys = new Set([...Object.keys(kept), ...Object.keys(other)]);
  for (const key of keys) {
    if (MERGEABLE_FIELDS.has(key)) continue;
    const a = (kept as Record<string, unknown>)[key];
    const b = (other as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      conflicts.push({ field: key, here: JSON.stringify(b) ?? 'nothing', there: JSON.stringify(a) ?? 'nothing' });
    }
  }
  return conflicts;
}

const KIND_IN_WORDS = (kind: EntityKind): string => NODE_KINDS[kind].noun;

/** Both ends exist and are of kinds the relationship type may connect. */
function checkEndpoints(
  record: RelationshipRecord,
  kindOf: (id: string) => EntityKind | undefined,
  nodes: ReadonlyMap<string, MergedNode>,
  sourceIds: ReadonlySet<string>,
  file: string,
  label: string,
  errors: SeedError[],
): boolean {
  let ok = true;
  const ends = { from: record.from, to: record.to } as const;
  const kinds: Partial<Record<'from' | 'to', EntityKind>> = {};
  for (const field of ['from', 'to'] as const) {
    const id = ends[field];
    const kind = kindOf(id);
    if (kind) {
      kinds[field] = kind;
      continue;
    }
    ok = false;
    const prefixKind = nodeTypeOfId(id);
    const known = prefixKind === 'SOURCE'
      ? [...sourceIds]
      : [...nodes.entries()].filter(([, node]) => node.kind === prefixKind).map(([known]) => known);
    const list = known.length > 0 ? known.sort().join(', ') : '(none)';
    const kindWord = prefixKind ? NODE_KINDS[prefixKind].noun.replace(/^an? /, '') : 'node';
    errors.push({ file, record: label, field, message: `unknown id "${id}". Known ${kindWord} ids: ${list}.` });
  }
  if (!ok || !kinds.from || !kinds.to) return false;
  if (allowsEnds(record.type, kinds.from, kinds.to)) return true;
  const fromFits = RELATIONS[record.type].ends.some(([from]) => from === kinds.from);
  const field = fromFits ? 'to' : 'from';
  const kind = fromFits ? kinds.to : kinds.from;
  errors.push({
    file, record: label, field,
    message: `${record.type} goes ${RELATIONS[record.type].inWords}, but "${ends[field]}" is ${KIND_IN_WORDS(kind)} (${KIND_IN_WORDS(kinds.from)} → ${KIND_IN_WORDS(kinds.to)} is not allowed)`,
  });
  return false;
}

/**
 * PART_OF and LOCATED_IN are walked upwards by the network queries (a funder reaching events
 * through nested programs, an event's country through its place chain); a cycle would make those
 * walks meaningless, so it is an error.
 */
function checkContainmentCycles(relationships: readonly MergedRelationship[], errors: SeedError[]): void {
  for (const type of ['PART_OF', 'LOCATED_IN'] as const) {
    const parents = new Map<string, MergedRelationship[]>();
    for (const relationship of relationships) {
      if (relationship.record.type !== type) continue;
      const list = parents.get(relationship.record.from) ?? [];
      list.push(relationship);
      parents.set(relationship.record.from, list);
    }
    const reported = new Set<string>();
    const visit = (id: string, trail: string[]): void => {
      for (const relationship of parents.get(id) ?? []) {
        const next = relationship.record.to;
        const at = trail.indexOf(next);
        if (at !== -1) {
          const cycle = [...trail.slice(at), next];
          const key = [...new Set(cycle)].sort().join('|');
          if (!reported.has(key)) {
            reported.add(key);
            errors.push({
              file: relationship.origin.file, record: relationship.origin.label, field: 'to',
              message: `${type} makes a cycle: ${cycle.join(' → ')}; a parent cannot also be a descendant`,
            });
          }
          continue;
        }
        visit(next, [...trail, next]);
      }
    };
    for (const start of parents.keys()) visit(start, [start]);
  }
}

function compact<T extends Record<string, unknown>>(properties: T): T {
  for (const key of Object.keys(properties)) if (properties[key] === undefined) delete properties[key];
  return properties;
}

function toSeedNode(id: string, merged: MergedNode): SeedNode {
  const { record, aliases, evidenceIds } = merged;
  switch (merged.kind) {
    case 'ORGANIZATION': {
      const organization = record as OrganizationRecord;
      return {
        id, labels: labelsOf('ORGANIZATION'), evidenceIds,
        properties: compact({
          kind: organization.kind as Exclude<OrganizationRecord['kind'], 'PERSON'>,
          name: organization.nameEn, nameAr: organization.nameAr, nameEn: organization.nameEn, aliases,
          searchKeys: searchKeysOf([organization.nameAr, organization.nameEn, ...aliases]), note: organization.note,
        }),
      };
    }
    case 'PERSON': {
      const person = record as PersonRecord;
      return {
        id, labels: labelsOf('PERSON'), evidenceIds,
        properties: compact({
          kind: 'PERSON' as const, name: person.nameEn, nameAr: person.nameAr, nameEn: person.nameEn, aliases,
          searchKeys: searchKeysOf([person.nameAr, person.nameEn, ...aliases]), honorific: person.honorific, note: person.note,
        }),
      };
    }
    case 'EVENT': {
      const event = record as EventRecord;
      // A malformed date has already been reported; the node is built only for the checks that follow.
      const bounds = event.date !== null && precisionOfDate(event.date) !== null ? dateBounds(event.date) : undefined;
      return {
        id, labels: labelsOf('EVENT'), evidenceIds,
        properties: compact({
          kind: event.kind, title: event.titleEn, titleAr: event.titleAr, titleEn: event.titleEn,
          date: event.date ?? undefined, datePrecision: event.datePrecision, dateText: event.dateText ?? undefined,
          dateStart: bounds?.start, dateEnd: bounds?.end,
          participantCount: event.participantCount ?? undefined, participantCountText: event.participantCountText ?? undefined,
          online: event.online, searchKeys: searchKeysOf([event.titleAr, event.titleEn]), note: event.note,
        }),
      };
    }
    case 'PROGRAM': {
      const program = record as ProgramRecord;
      return {
        id, labels: labelsOf('PROGRAM'), evidenceIds,
        properties: compact({
          name: program.nameEn, nameAr: program.nameAr, nameEn: program.nameEn, aliases,
          searchKeys: searchKeysOf([program.nameAr, program.nameEn, ...aliases]), note: program.note,
        }),
      };
    }
    case 'PLACE': {
      const place = record as PlaceRecord;
      return {
        id, labels: labelsOf('PLACE'), evidenceIds,
        properties: compact({
          kind: place.kind, name: place.nameEn, nameAr: place.nameAr, nameEn: place.nameEn, aliases,
          searchKeys: searchKeysOf([place.nameAr, place.nameEn, ...aliases]), basis: merged.basis, note: place.note,
        }),
      };
    }
    case 'SOURCE':
      throw new Error(`A source cannot be a seed node: ${id}`);
    default: {
      const unreachable: never = merged.kind;
      throw new Error(`Unhandled node kind ${String(unreachable)}`);
    }
  }
}

function toSeedRelationship(merged: MergedRelationship): SeedRelationship {
  const { record } = merged;
  const properties: SeedRelationshipProperties = compact({
    role: record.role, title: record.title, titleEn: record.titleEn, basis: merged.basis, note: record.note,
  });
  return { id: merged.id, type: record.type, from: record.from, to: record.to, properties, evidenceIds: merged.evidenceIds };
}
