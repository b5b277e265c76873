/**
 * Writing the stored graph as curated seed files (the format of src/seeds/seed.schema.ts): pure, from a
 * StoredGraph to file texts, so that what a dump holds can be tested without a database.
 *
 * Facts are grouped by source. A node or relationship goes into the graph file of every source it has a
 * quote of, listing only that source's quotes; the seed merge rules (src/seeds/seed.merge.ts) then rebuild
 * one node from the several files, unioning their evidence in file order. So every file writes the whole
 * record (the merge requires identical fields in every file), and a fact's quotes keep their stored order
 * as long as that order follows the files' order, which is how the loader itself orders them.
 *
 * The fields of each record are read from the seed schema: a property the format does not know (a
 * curation `version`, a derived `searchKeys`) is not written, and a field equal to the schema's default
 * (no aliases, basis `article`) is left out, as a curator would.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, Scalar, isMap, isScalar, isSeq, visit } from 'yaml';
import type { z } from 'zod';
import { NODE_KINDS, type NodeType, RELATION_TYPES, type RelationType, nodeTypeOfLabels } from '../model/vocabulary';
import { relationshipIdOf } from '../seeds/seed.model';
import {
  type EvidenceQuote, NODE_SECTIONS, type NodeSection, SECTION_KIND, eventSchema, organizationSchema, personSchema,
  placeSchema, programSchema, relationshipSchema, sourceEntrySchema,
} from '../seeds/seed.schema';
import type { StoredGraph, StoredRelationship, StoredSource, StoredValue } from './dump.model';

/** Where and when a dump was taken, for the header of every file. */
export interface DumpOrigin {
  /** The Neo4j URI; any user name or password in it is never written. */
  readonly uri: string;
  readonly database: string;
  readonly at: Date;
}

/** One file of the dump: its path under the dump folder ('/'-separated) and its text. */
export interface DumpFile {
  readonly path: string;
  readonly content: string;
}

export interface DumpCount {
  readonly sources: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly evidence: number;
}

export interface SeedDump {
  /** `articles/sources.yaml`, `articles/<file>.txt` and `graph/<stem>.yaml`, in path order. */
  readonly files: readonly DumpFile[];
  /** What the files hold. */
  readonly count: DumpCount;
  /** The ids of the nodes and relationships written (a relationship without a stored id: the one the loader gives it). */
  readonly written: { readonly nodes: ReadonlySet<string>; readonly relationships: ReadonlySet<string> };
  /** Stored facts the seed format cannot hold as they are, in words: they will not load back. */
  readonly problems: readonly string[];
  /** What was left out on purpose: labels and types Jisr does not know, quotes no fact cites. */
  readonly ignored: readonly string[];
}

export const ARTICLES_DIR = 'articles';
export const GRAPH_DIR = 'graph';
export const SOURCES_FILE = `${ARTICLES_DIR}/sources.yaml`;

type RecordSchema = z.ZodObject<z.ZodRawShape>;

const SECTION_SCHEMAS: Readonly<Record<NodeSection, RecordSchema>> = {
  organizations: organizationSchema, persons: personSchema, events: eventSchema, programs: programSchema, places: placeSchema,
};
const SECTION_OF_KIND = new Map<NodeType, NodeSection>(NODE_SECTIONS.map((section) => [SECTION_KIND[section], section]));
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);
// REPORTED_BY is the one relation type the loader derives: an event written in a source's file is reported by it.
const REPORTED_BY: RelationType = 'REPORTED_BY';

/** A record of one source's graph file. */
type SeedRecord = Record<string, unknown>;

interface SourceFile {
  readonly source: StoredSource;
  readonly file: string;
  readonly sections: Record<NodeSection | 'relationships', SeedRecord[]>;
}

/** The seed files of a stored graph, with what could not be written and what was left out. */
export function writeSeedDump(graph: StoredGraph, origin: DumpOrigin): SeedDump {
  const problems: string[] = [];
  const ignored: string[] = [];
  const byId = <T extends { id: string | null }>(items: readonly T[]): T[] => [...items].sort((a, b) => compareIds(a.id ?? '', b.id ?? ''));

  const sourceFiles = new Map<string, SourceFile>();
  for (const source of byId(graph.sources)) {
    sourceFiles.set(source.id, { source, file: articleFileOf(source), sections: emptySections() });
  }
  const evidence = new Map(graph.evidence.map((item) => [item.id, item]));
  const cited = new Set<string>();
  const quotesOf = (what: string, evidenceIds: readonly string[]): Map<string, { ids: string[]; quotes: EvidenceQuote[] }> => {
    const bySource = new Map<string, { ids: string[]; quotes: EvidenceQuote[] }>();
    for (const id of evidenceIds) {
      const item = evidence.get(id);
      if (!item) {
        problems.push(`${what} cites the quote "${id}", which is not in the graph; the quote is left out.`);
        continue;
      }
      if (!sourceFiles.has(item.sourceId)) {
        problems.push(`${what} cites the quote "${id}" of "${item.sourceId}", which is not a source in the graph; the quote is left out.`);
        continue;
      }
      cited.add(id);
      const group = bySource.get(item.sourceId) ?? { ids: [], quotes: [] };
      group.ids.push(id);
      group.quotes.push({ quote: item.quote, start: item.start, end: item.end });
      bySource.set(item.sourceId, group);
    }
    return bySource;
  };

  // Nodes: each into the file of every source it quotes.
  const dumpedNodes = new Map<string, { quoteIds: Map<string, string[]> }>();
  for (const node of byId(graph.nodes)) {
    const type = nodeTypeOfLabels(node.labels);
    const section = type === undefined ? undefined : SECTION_OF_KIND.get(type);
    if (type === undefined || section === undefined) {
      ignored.push(`node ${node.id} (labels ${node.labels.join(', ')}): not a kind of fact the seed files hold`);
      continue;
    }
    const what = `${NODE_KINDS[type].typename} ${node.id}`;
    const quotes = quotesOf(what, node.evidenceIds);
    if (quotes.size === 0) {
      problems.push(`${what} has no quote of a source in the graph, and every seed record needs one; it is left out.`);
      continue;
    }
    const fields = recordFields(SECTION_SCHEMAS[section], { id: node.id, ...node.properties });
    for (const [sourceId, group] of quotes) sourceFiles.get(sourceId)!.sections[section].push({ ...fields, evidence: group.quotes });
    dumpedNodes.set(node.id, { quoteIds: new Map([...quotes].map(([sourceId, group]) => [sourceId, group.ids])) });
  }

  // Relationships: each into the file of every source it quotes, unless the loader derives it there.
  const writtenRelationships = new Set<string>();
  const sortedRelationships = [...graph.relationships].sort((a, b) => compareIds(relationshipKey(a), relationshipKey(b)));
  for (const relationship of sortedRelationships) {
    const what = `relationship ${relationshipKey(relationship)}`;
    if (!RELATION_TYPE_SET.has(relationship.type)) {
      ignored.push(`${what}: ${relationship.type} is not a Jisr relation type`);
      continue;
    }
    const missingEnd = [relationship.from, relationship.to].find((id) => !dumpedNodes.has(id) && !sourceFiles.has(id));
    if (missingEnd !== undefined) {
      problems.push(`${what} ends at ${missingEnd}, which the dump leaves out; it is left out too.`);
      continue;
    }
    const quotes = quotesOf(what, relationship.evidenceIds);
    if (quotes.size === 0) {
      problems.push(`${what} has no quote of a source in the graph, and every seed record needs one; it is left out.`);
      continue;
    }
    writtenRelationships.add(relationshipKey(relationship));
    const fields = recordFields(relationshipSchema, { type: relationship.type, from: relationship.from, to: relationship.to, ...relationship.properties });
    for (const [sourceId, group] of quotes) {
      if (isDerivedReport(relationship, sourceId, group.ids, dumpedNodes)) continue;
      sourceFiles.get(sourceId)!.sections.relationships.push({ ...fields, evidence: group.quotes });
    }
  }

  for (const item of byId(graph.evidence)) {
    if (!cited.has(item.id)) ignored.push(`quote ${item.id}: no fact in the dump cites it`);
  }

  const header = headerLines(origin);
  const files: DumpFile[] = [{ path: SOURCES_FILE, content: sourcesYaml([...sourceFiles.values()], header) }];
  for (const entry of sourceFiles.values()) {
    files.push({ path: `${ARTICLES_DIR}/${entry.file}`, content: textOf(entry.source) });
    files.push({ path: `${GRAPH_DIR}/${stemOf(entry.file)}.yaml`, content: graphYaml(entry, header) });
  }
  return {
    files: files.sort((a, b) => compareIds(a.path, b.path)),
    count: { sources: sourceFiles.size, nodes: dumpedNodes.size, relationships: writtenRelationships.size, evidence: cited.size },
    written: { nodes: new Set(dumpedNodes.keys()), relationships: writtenRelationships },
    problems,
    ignored,
  };
}

/**
 * The article file of a source: the name the loader stored (`file`), or one made from the id for a
 * source that has none (`source:radio-x` → `radio-x.txt`). A stored name that is not a plain `*.txt`
 * file name is never used as a path.
 */
export function articleFileOf(source: StoredSource): string {
  const stored = source.properties.file;
  if (typeof stored === 'string' && sourceEntrySchema.shape.file.safeParse(stored).success) return stored;
  return `${source.id.slice(source.id.indexOf(':') + 1).replace(/[^A-Za-z0-9._-]/g, '-')}.txt`;
}

/**
 * Whether the loader will make this REPORTED_BY relationship, with exactly these quotes, from the event's
 * own record in the source's file; writing it again would only repeat them.
 */
function isDerivedReport(
  relationship: StoredRelationship,
  sourceId: string,
  quoteIds: readonly string[],
  dumpedNodes: ReadonlyMap<string, { quoteIds: ReadonlyMap<string, string[]> }>,
): boolean {
  if (relationship.type !== REPORTED_BY || relationship.to !== sourceId) return false;
  return isDeepStrictEqual(dumpedNodes.get(relationship.from)?.quoteIds.get(sourceId), quoteIds);
}

/** The fields of a record, in the schema's order: those the format knows, less those equal to their default. */
function recordFields(schema: RecordSchema, stored: Readonly<Record<string, StoredValue | undefined>>): SeedRecord {
  const fields: SeedRecord = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = stored[key];
    if (key === 'evidence' || value === undefined) continue;
    const absent = (field as z.ZodType).safeParse(undefined);
    if (absent.success && isDeepStrictEqual(absent.data, value)) continue;
    fields[key] = value;
  }
  return fields;
}

function emptySections(): SourceFile['sections'] {
  return { organizations: [], persons: [], events: [], programs: [], places: [], relationships: [] };
}

function textOf(source: StoredSource): string {
  const text = source.properties.text;
  return typeof text === 'string' ? text : '';
}

function stemOf(file: string): string {
  return file.replace(/\.txt$/, '');
}

/** A relationship's stored id, or the one the loader gives it when it has none. */
export function relationshipKey(relationship: StoredRelationship): string {
  if (relationship.id !== null) return relationship.id;
  const role = relationship.properties.role;
  return relationshipIdOf(relationship.type as RelationType, relationship.from, relationship.to, typeof role === 'string' ? role : undefined);
}

/** Code-unit order, the same in every locale, so two dumps of one graph are the same files. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function headerLines(origin: DumpOrigin): string[] {
  return [`Dumped by Jisr (jisr dump) at ${origin.at.toISOString()} from the database "${origin.database}" at ${serverOf(origin.uri)}.`];
}

/** The URI without any user name or password it may carry. */
function serverOf(uri: string): string {
  try {
    const url = new URL(uri);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'a Neo4j server';
  }
}

function sourcesYaml(entries: readonly SourceFile[], header: readonly string[]): string {
  const records = entries.map(({ source, file }) => {
    const record: SeedRecord = {};
    for (const key of Object.keys(sourceEntrySchema.shape)) {
      record[key] = key === 'id' ? source.id : key === 'file' ? file : (source.properties[key] ?? null);
    }
    return record;
  });
  return yamlText(records, [
    ...header,
    'The sources of the graph; the text of each is the article file it names, beside this one, verbatim.',
  ]);
}

function graphYaml(entry: SourceFile, header: readonly string[]): string {
  const content: SeedRecord = { source: entry.source.id };
  for (const section of [...NODE_SECTIONS, 'relationships'] as const) {
    if (entry.sections[section].length > 0) content[section] = entry.sections[section];
  }
  return yamlText(content, [
    ...header,
    `Every fact that the source ${entry.source.id} (${entry.file}) gives evidence for, with that article's quotes`,
    'only; a fact that several articles state is in each of their files. Load with: jisr seed --reset --dir <this folder>',
  ]);
}

/**
 * YAML in the hand-written files' style: a header comment, a blank line between sections, aliases and
 * evidence entries on one line each, quotes and dates in quotation marks, long lines never folded.
 */
function yamlText(content: unknown, header: readonly string[]): string {
  const document = new Document(content);
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = pair.key.value;
      if (key === 'aliases' && isSeq(pair.value)) pair.value.flow = true;
      if (key === 'evidence' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      if ((key === 'quote' || key === 'date' || key === 'publishedOn') && isScalar(pair.value) && typeof pair.value.value === 'string') {
        const text = pair.value.value;
        // Single quotes need no escape for a quotation mark inside, as curators write «'صدى "x"'».
        pair.value.type = text.includes('"') && !text.includes("'") ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
      }
    },
  });
  if (isMap(document.contents)) document.contents.items.forEach((pair, index) => {
    if (index > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
  });
  if (document.contents) document.contents.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0, flowCollectionPadding: true });
}
