/**
 * Shaping the merged graph for Neo4j: flat, storable properties (strings, numbers, booleans, string
 * arrays; absent values left out, never null), the labels of each kind, normalised search keys and the
 * day bounds of every date, so a loader can `SET n += $properties`.
 */
import { labelsOf } from '../model/vocabulary';
import { dateBounds } from '../text/arabic-dates';
import { searchKeysOf } from '../text/arabic-normalize';
import {
  type SeedGraph, type SeedNameProperties, type SeedNode, type SeedRelationship, type SeedRelationshipProperties, type SeedSource,
} from './seed.model';
import { type MergedGraph, type MergedNode, type MergedRelationship } from './seed.merge';
import { type EventRecord, type OrganizationRecord, type PersonRecord, type PlaceRecord, type ProgramRecord } from './seed.schema';

/** The SeedGraph of a merged graph that has no problems left. */
export function shapeSeedGraph(merged: MergedGraph, sources: readonly SeedSource[]): SeedGraph {
  return {
    sources: [...sources],
    nodes: [...merged.nodes.entries()].map(([id, node]) => toSeedNode(id, node)),
    relationships: [...merged.relationships.values()].map((relationship) => toSeedRelationship(relationship)),
    evidence: [...merged.evidence.values()].sort((a, b) => (a.sourceId === b.sourceId ? a.start - b.start || a.end - b.end : a.sourceId < b.sourceId ? -1 : 1)),
  };
}

function compact<T extends Record<string, unknown>>(properties: T): T {
  for (const key of Object.keys(properties)) if (properties[key] === undefined) delete properties[key];
  return properties;
}

/** What every named kind stores of its names: display name (English), both spellings, aliases and their search keys. */
function nameProperties<R extends { nameAr?: string; nameEn: string; note?: string }>(
  record: R,
  aliases: string[],
): Omit<SeedNameProperties, 'nameAr'> & { nameAr: R['nameAr'] } {
  return {
    name: record.nameEn, nameAr: record.nameAr, nameEn: record.nameEn, aliases,
    searchKeys: searchKeysOf([record.nameAr, record.nameEn, ...aliases]), note: record.note,
  };
}

/**
 * One node as the graph stores it, from its checked record. The seed loader shapes merged records through
 * this, and curation shapes the records an editor writes through it too, so both store the same properties.
 */
export function toSeedNode(id: string, merged: Pick<MergedNode, 'kind' | 'record' | 'aliases' | 'evidenceIds' | 'basis'>): SeedNode {
  const { record, aliases, evidenceIds } = merged;
  switch (merged.kind) {
    case 'ORGANIZATION': {
      const organization = record as OrganizationRecord;
      const kind = organization.kind as Exclude<OrganizationRecord['kind'], 'PERSON'>;
      return { id, labels: labelsOf('ORGANIZATION'), evidenceIds, properties: compact({ kind, ...nameProperties(organization, aliases) }) };
    }
    case 'PERSON': {
      const person = record as PersonRecord;
      return {
        id, labels: labelsOf('PERSON'), evidenceIds,
        properties: compact({ kind: 'PERSON' as const, ...nameProperties(person, aliases), honorific: person.honorific }),
      };
    }
    case 'EVENT': {
      const event = record as EventRecord;
      // The date rules have passed, so a date that is given is a valid partial ISO date.
      const bounds = event.date !== null ? dateBounds(event.date) : undefined;
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
    case 'PROGRAM':
      return { id, labels: labelsOf('PROGRAM'), evidenceIds, properties: compact(nameProperties(record as ProgramRecord, aliases)) };
    case 'PLACE': {
      const place = record as PlaceRecord;
      return {
        id, labels: labelsOf('PLACE'), evidenceIds,
        properties: compact({ kind: place.kind, ...nameProperties(place, aliases), basis: merged.basis }),
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

/** One relationship as the graph stores it, from its checked record (seed loader and curation alike). */
export function toSeedRelationship(merged: Pick<MergedRelationship, 'id' | 'record' | 'evidenceIds' | 'basis'>): SeedRelationship {
  const { record } = merged;
  const properties: SeedRelationshipProperties = compact({
    role: record.role, title: record.title, titleEn: record.titleEn, basis: merged.basis, note: record.note,
  });
  return { id: merged.id, type: record.type, from: record.from, to: record.to, properties, evidenceIds: merged.evidenceIds };
}
