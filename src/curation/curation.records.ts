/**
 * An editor's fields as seed records, and seed records as stored properties. A node or relationship
 * written through curation is checked by the seed's record schemas (seed.schema.ts) and stored through the
 * seed's shaping (seed.shape.ts), so a curated fact and a loaded one are indistinguishable in the graph.
 */
import { z } from 'zod';
import { type NodeType, labelsOf } from '../model/vocabulary';
import { type RecordProblem } from '../seeds/seed.rules';
import {
  type Basis, type RelationshipRecord, eventSchema, organizationSchema, personSchema, placeSchema, programSchema,
  relationshipSchema, sourceEntrySchema,
} from '../seeds/seed.schema';
import { type AnyNodeRecord } from '../seeds/seed.merge';
import { toSeedNode, toSeedRelationship } from '../seeds/seed.shape';
import { zodIssuesToSeedErrors } from '../seeds/seed.zod-errors';
import { type Properties } from './curation.model';

/** A source as an editor writes it: the sources.yaml entry without its file name, with the article text. */
export const sourceSchema = sourceEntrySchema.omit({ file: true }).extend({
  text: z.string().min(1, { message: 'empty; a source needs the text its evidence quotes' }),
});
export type SourceFields = z.infer<typeof sourceSchema>;

/**
 * The fields of each node type, as the seed's record schemas check them; the evidence is checked apart
 * (curation.evidence.ts). Every field is also a stored property of the same name.
 */
const FIELD_SCHEMAS: Readonly<Record<NodeType, z.ZodObject>> = {
  ORGANIZATION: organizationSchema.omit({ evidence: true }),
  PERSON: personSchema.omit({ evidence: true }),
  EVENT: eventSchema.omit({ evidence: true }),
  PROGRAM: programSchema.omit({ evidence: true }),
  PLACE: placeSchema.omit({ evidence: true }),
  SOURCE: sourceSchema,
};

/** The fields of a node type an editor may set. */
export function fieldsOf(type: NodeType): string[] {
  return Object.keys(FIELD_SCHEMAS[type].shape);
}

/**
 * A node's fields from the values given (an editor's input, or the stored properties of the same names: the
 * derived ones, such as name, title, searchKeys and dateStart, are shaped again), with null for every
 * nullable field left out, as a seed file's defaults (Neo4j stores no null).
 */
export function fieldsFrom(type: NodeType, id: string | undefined, input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = FIELD_SCHEMAS[type].shape;
  const fields: Record<string, unknown> = { id };
  for (const key of fieldsOf(type)) {
    if (key === 'id') continue;
    const value = input[key];
    if (value !== undefined && value !== null) fields[key] = value;
    else if (shape[key]!.safeParse(null).success) fields[key] = null;
  }
  return fields;
}

/**
 * The fields after an update: a field left out (undefined) keeps its value, one given replaces it, and
 * null clears it (an optional field disappears, a nullable one becomes null, a required one is then refused
 * by the schema with the value null).
 */
export function patched(type: NodeType, fields: Record<string, unknown>, input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = FIELD_SCHEMAS[type].shape;
  const result = { ...fields };
  for (const key of fieldsOf(type)) {
    if (key === 'id' || input[key] === undefined) continue;
    const value = input[key];
    const optionalOnly = value === null && shape[key]!.safeParse(undefined).success && !shape[key]!.safeParse(null).success;
    if (optionalOnly) delete result[key];
    else result[key] = value;
  }
  return result;
}

/** The problems of zod issues, as the seed reports them: field path and message with the value received. */
function problemsOfIssues(raw: unknown, issues: readonly z.core.$ZodIssue[]): RecordProblem[] {
  return zodIssuesToSeedErrors('', raw, issues, (_raw, path) => ({ record: '', rest: path })).map(({ field, message }) => ({ field, message }));
}

/** A node's fields checked by its record schema; the evidence is checked apart (curation.evidence.ts). */
export function parseNodeRecord(type: NodeType, fields: Record<string, unknown>):
  { ok: true; record: AnyNodeRecord | SourceFields } | { ok: false; problems: RecordProblem[] } {
  const parsed = FIELD_SCHEMAS[type].safeParse(fields);
  if (!parsed.success) return { ok: false, problems: problemsOfIssues(fields, parsed.error.issues) };
  // The shaping reads no quotes: the evidence ids are given to it apart.
  return { ok: true, record: (type === 'SOURCE' ? parsed.data : { ...parsed.data, evidence: [] }) as AnyNodeRecord | SourceFields };
}

/** A relationship's fields checked by the seed's relationship schema; the evidence is checked apart. */
export function parseRelationshipRecord(fields: Record<string, unknown>): { ok: true; record: RelationshipRecord } | { ok: false; problems: RecordProblem[] } {
  const parsed = relationshipSchema.omit({ evidence: true }).safeParse(fields);
  if (!parsed.success) return { ok: false, problems: problemsOfIssues(fields, parsed.error.issues) };
  return { ok: true, record: { ...parsed.data, evidence: [] } };
}

/** Neo4j stores no nulls: what is absent is left out. */
function withoutNulls(properties: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * The stored properties of a checked node record, exactly as the seed loader stores them (its shaping, then
 * its evidence ids). A source keeps the properties the record does not hold (the article file name of a
 * seeded source), as the loader's `SET s = source` would have written them.
 */
export function storedNode(type: NodeType, id: string, record: AnyNodeRecord | SourceFields, evidenceIds: readonly string[], kept: Properties = {}):
  { labels: readonly string[]; properties: Properties } {
  if (type === 'SOURCE') {
    const { id: _id, ...fields } = record as SourceFields;
    return { labels: labelsOf('SOURCE'), properties: withoutNulls({ ...kept, ...fields }) };
  }
  const node = record as AnyNodeRecord;
  const basis: Basis = 'basis' in node ? node.basis : 'article';
  const shaped = toSeedNode(id, { kind: type, record: node, aliases: 'aliases' in node ? [...node.aliases] : [], evidenceIds: [...evidenceIds], basis });
  return { labels: shaped.labels, properties: { ...shaped.properties, evidenceIds: shaped.evidenceIds } };
}

/** The stored properties of a checked relationship record, as the seed loader stores them. */
export function storedRelationship(id: string, record: RelationshipRecord, evidenceIds: readonly string[]): Properties {
  const shaped = toSeedRelationship({ id, record, evidenceIds: [...evidenceIds], basis: record.basis });
  return { ...shaped.properties, evidenceIds: shaped.evidenceIds };
}

/** The fields of a stored relationship an editor may change, read back from its properties. */
export function relationshipFieldsOf(type: string, from: string, to: string, properties: Properties): Record<string, unknown> {
  const fields: Record<string, unknown> = { type, from, to };
  for (const key of ['role', 'title', 'titleEn', 'basis', 'note']) if (properties[key] !== undefined) fields[key] = properties[key];
  return fields;
}
