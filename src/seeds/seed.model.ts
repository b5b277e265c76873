/**
 * The validated seed graph, as the Neo4j loader consumes it.
 *
 * Everything here is already checked and merged: ids are unique, every reference resolves, every
 * relationship connects the kinds its type allows, every quote sits at its offsets in its article.
 * Node and relationship properties are flat and Neo4j-storable (strings, numbers, booleans, string
 * arrays; absent values are left out, never null), so a loader can `SET n += $properties`.
 */
import type {
  ActorKind, Basis, DatePrecision, EventKind, PlaceKind, RelationType, RelationshipRole,
} from './seed.schema';

import { type NODE_KINDS } from '../model/vocabulary';

/** A value a Neo4j property can hold, as the seed graph uses them. */
export type SeedPropertyValue = string | number | boolean | string[];

/** A published article the graph's facts come from (a `Source` node). */
export interface SeedSource {
  /** `source:seed-000` */
  id: string;
  /** The article's file name under `seeds/articles/`. */
  file: string;
  title: string;
  outlet: string | null;
  /** Partial ISO date as precise as the article gives it; null when it does not say. */
  publishedOn: string | null;
  /** The verbatim words the publication date was read from. */
  publishedOnText: string | null;
  /** BCP 47 tag, `ar`. */
  language: string;
  url: string | null;
}

/** A verbatim quote that states a fact (an `Evidence` node). */
export interface SeedEvidence {
  /** Derived from the source and the offsets, so stable across runs: `evidence:seed-003:512-587`. */
  id: string;
  sourceId: string;
  quote: string;
  /** UTF-16 offset of the first character in the article text (read as UTF-8), inclusive. */
  start: number;
  /** UTF-16 offset after the last character, exclusive: `text.slice(start, end) === quote`. */
  end: number;
}

/** Names of every named node: `name` is the display name (English where known, else Arabic). */
export type SeedNameProperties = {
  name: string;
  nameAr?: string;
  nameEn: string;
  aliases: string[];
  /** Normalised keys (src/text/arabic-normalize.ts) of nameAr, nameEn and every alias. */
  searchKeys: string[];
  /** Curator's note on a judgement call. */
  note?: string;
};

export type SeedOrganizationProperties = SeedNameProperties & { kind: Exclude<ActorKind, 'PERSON'>; nameAr: string };
export type SeedPersonProperties = SeedNameProperties & { kind: 'PERSON'; nameAr: string; honorific?: string };
export type SeedProgramProperties = SeedNameProperties;
export type SeedPlaceProperties = SeedNameProperties & { kind: PlaceKind; nameAr: string; basis: Basis };

export type SeedEventProperties = {
  kind: EventKind;
  /** Display title: English where known, else Arabic. */
  title: string;
  titleAr: string;
  titleEn: string;
  /** Partial ISO date; absent when the precision is UNKNOWN. */
  date?: string;
  datePrecision: DatePrecision;
  /** The verbatim words the date was read from. */
  dateText?: string;
  /** Inclusive first day the date can be (`YYYY-MM-DD`); absent when UNKNOWN. */
  dateStart?: string;
  /** Inclusive last day the date can be (`YYYY-MM-DD`); absent when UNKNOWN. */
  dateEnd?: string;
  /** Participants as the source counts them (people or organisations). */
  participantCount?: number;
  /** The verbatim phrase the count comes from, also when it has no number («العشرات»). */
  participantCountText?: string;
  online?: boolean;
  searchKeys: string[];
  note?: string;
};

interface SeedNodeOf<Type extends keyof typeof NODE_KINDS, Properties> {
  id: string;
  labels: (typeof NODE_KINDS)[Type]['labels'];
  properties: Properties;
  /** Ids of the SeedEvidence records that state this node. */
  evidenceIds: string[];
}

export type SeedOrganizationNode = SeedNodeOf<'ORGANIZATION', SeedOrganizationProperties>;
export type SeedPersonNode = SeedNodeOf<'PERSON', SeedPersonProperties>;
export type SeedEventNode = SeedNodeOf<'EVENT', SeedEventProperties>;
export type SeedProgramNode = SeedNodeOf<'PROGRAM', SeedProgramProperties>;
export type SeedPlaceNode = SeedNodeOf<'PLACE', SeedPlaceProperties>;

export type SeedNode = SeedOrganizationNode | SeedPersonNode | SeedEventNode | SeedProgramNode | SeedPlaceNode;

export type SeedRelationshipProperties = {
  /** ORGANIZED: lead | co-organiser | host. PARTICIPATED_IN: speaker | chair | attendee. */
  role?: RelationshipRole;
  /** HOLDS_POSITION: the post as the source gives it; PARTICIPATED_IN: the post of an unnamed representative. */
  title?: string;
  titleEn?: string;
  /** `article` when a source states it; `gazetteer` when it rests on plain geography. */
  basis: Basis;
  note?: string;
};

export interface SeedRelationship {
  /** `rel:<TYPE>:<from>:<to>`, plus `:<role>` when the type carries a role. */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  properties: SeedRelationshipProperties;
  evidenceIds: string[];
}

export interface SeedGraph {
  sources: SeedSource[];
  nodes: SeedNode[];
  relationships: SeedRelationship[];
  evidence: SeedEvidence[];
}

/** One problem found in the seed files: where it is, what is wrong and how to fix it. */
export interface SeedError {
  /** Path of the file, as given: `seeds/graph/003_519500e86f7a6d5c.yaml`. */
  file: string;
  /** The record: `relationships[4] (FUNDED org:saferworld → program:saned)`, `events[0] (event:…)`. */
  record: string;
  /** The field, dotted for nested ones: `to`, `evidence[1].start`. */
  field: string;
  /** The value received, the rule broken and the fix. */
  message: string;
}

/** `seeds/graph/x.yaml: events[0] (event:y): field "date": …` */
export function formatSeedError(error: SeedError): string {
  const record = error.record ? `${error.record}: ` : '';
  const field = error.field ? `field "${error.field}": ` : '';
  return `${error.file}: ${record}${field}${error.message}`;
}

/** Every problem in the seed files at once, so a curator fixes them in one pass. */
export class SeedValidationError extends Error {
  readonly errors: readonly SeedError[];

  constructor(errors: readonly SeedError[]) {
    super(`The seed files have ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatSeedError).join('\n')}`);
    this.name = 'SeedValidationError';
    this.errors = errors;
  }
}

export function evidenceIdOf(sourceId: string, start: number, end: number): string {
  return `evidence:${sourceId.replace(/^source:/, '')}:${start}-${end}`;
}

export function relationshipIdOf(type: RelationType, from: string, to: string, role?: string): string {
  return `rel:${type}:${from}:${to}${role ? `:${role}` : ''}`;
}
