/**
 * Merging the graph files into one graph. An entity or relationship may be written in several files
 * (each article states what it states of it): its fields must agree, and its aliases, evidence and
 * basis are unioned. Relationships are checked against the merged graph by the rules of seed.rules.ts:
 * their ends, once every node is known, and the containment chains, once every relationship is.
 */
import { type NodeType } from '../model/vocabulary';
import { type SeedError, type SeedEvidence, evidenceIdOf, relationshipIdOf } from './seed.model';
import { type ParsedGraphFile, nodeRecordLabel, relationshipRecordLabel } from './seed.read';
import { InMemoryGraphView, checkContainment, checkEnds, seedErrorsOf } from './seed.rules';
import {
  type Basis, type EventRecord, type EvidenceQuote, type OrganizationRecord, type PersonRecord, type PlaceRecord,
  type ProgramRecord, type RelationshipRecord, NODE_SECTIONS, SECTION_KIND,
} from './seed.schema';

/** A node record of any section. */
export type AnyNodeRecord = OrganizationRecord | PersonRecord | EventRecord | ProgramRecord | PlaceRecord;

/** Where a kept record came from, for messages. */
interface RecordOrigin {
  file: string;
  label: string;
}

/** One entity as every file that writes it states it. */
export interface MergedNode {
  kind: NodeType;
  /** The record as first read; every later one must carry the same fields. */
  record: AnyNodeRecord;
  origin: RecordOrigin;
  aliases: string[];
  evidenceIds: string[];
  basis: Basis;
}

/** One relationship as every file that writes it states it. */
export interface MergedRelationship {
  id: string;
  record: RelationshipRecord;
  origin: RecordOrigin;
  evidenceIds: string[];
  basis: Basis;
}

export interface MergedGraph {
  nodes: ReadonlyMap<string, MergedNode>;
  relationships: ReadonlyMap<string, MergedRelationship>;
  /** Every quote once, by the id its source and offsets give it. */
  evidence: ReadonlyMap<string, SeedEvidence>;
}

/** Merges the parsed files in their order; a relationship with a problem is reported and left out. */
export function mergeGraphFiles(files: readonly ParsedGraphFile[], sourceIds: readonly string[]): { graph: MergedGraph; errors: SeedError[] } {
  const errors: SeedError[] = [];
  const evidence = new Map<string, SeedEvidence>();
  const evidenceIdsOf = (items: readonly EvidenceQuote[], sourceId: string): string[] =>
    items.map((item) => {
      const id = evidenceIdOf(sourceId, item.start, item.end);
      if (!evidence.has(id)) evidence.set(id, { id, sourceId, quote: item.quote, start: item.start, end: item.end });
      return id;
    });

  const { nodes, reportedBy } = mergeNodes(files, evidenceIdsOf, errors);
  const view = new InMemoryGraphView();
  for (const id of sourceIds) view.addNode(id, 'SOURCE');
  for (const [id, node] of nodes) view.addNode(id, node.kind);
  const relationships = mergeRelationships(files, view, evidenceIdsOf, errors);
  addReportedBy(relationships, reportedBy);

  // Once every file is merged, so that a cycle is found whichever files its links are written in. A link
  // that closes one stays out of the view, as a refused record would stay out of the graph.
  for (const { record, origin } of relationships.values()) {
    const problems = checkContainment(record, view);
    errors.push(...seedErrorsOf(origin.file, origin.label, problems));
    if (problems.length === 0) view.addRelationship(record.type, record.from, record.to);
  }
  return { graph: { nodes, relationships, evidence }, errors };
}

type EvidenceIdsOf = (items: readonly EvidenceQuote[], sourceId: string) => string[];

/** The events each source reports, with the quotes that tell of them. */
type ReportedBy = Map<string, { eventId: string; sourceId: string; evidenceIds: string[] }>;

function mergeNodes(files: readonly ParsedGraphFile[], evidenceIdsOf: EvidenceIdsOf, errors: SeedError[]): { nodes: Map<string, MergedNode>; reportedBy: ReportedBy } {
  const nodes = new Map<string, MergedNode>();
  const reportedBy: ReportedBy = new Map();
  for (const file of files) {
    const sourceId = file.source.source.id;
    for (const section of NODE_SECTIONS) {
      (file.data[section] as readonly AnyNodeRecord[]).forEach((record, index) => {
        const label = nodeRecordLabel(section, index, record.id);
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
  return { nodes, reportedBy };
}

function mergeRelationships(
  files: readonly ParsedGraphFile[],
  view: InMemoryGraphView,
  evidenceIdsOf: EvidenceIdsOf,
  errors: SeedError[],
): Map<string, MergedRelationship> {
  const relationships = new Map<string, MergedRelationship>();
  for (const file of files) {
    const sourceId = file.source.source.id;
    const seenInFile = new Map<string, string>();
    file.data.relationships.forEach((record, index) => {
      const label = relationshipRecordLabel(index, record);
      const endProblems = checkEnds(record, view);
      if (endProblems.length > 0) {
        errors.push(...seedErrorsOf(file.path, label, endProblems));
        return;
      }
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
  return relationships;
}

/** REPORTED_BY follows from the file an event is written in; an explicit record adds its evidence. */
function addReportedBy(relationships: Map<string, MergedRelationship>, reportedBy: ReportedBy): void {
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
}

/** Fields that may differ between files holding the same entity: they are unioned, not compared. */
const MERGEABLE_FIELDS = new Set(['aliases', 'evidence', 'basis']);

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

function mergeBasis(a: Basis, b: Basis): Basis {
  // A fact that any article states outranks the same fact taken from plain geography.
  return a === 'article' || b === 'article' ? 'article' : 'gazetteer';
}

function pushUnique(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}
