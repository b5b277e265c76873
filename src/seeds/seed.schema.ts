/**
 * The format of the curated seed files: `seeds/articles/sources.yaml` (article metadata) and
 * `seeds/graph/<article-file-stem>.yaml` (the facts one article states, each with its quotes).
 *
 * The enums and relationship rules come from the vocabulary (src/model/vocabulary.ts). Structural checks live here; checks
 * that need the article text or the graph a record joins (quotes, dates, ends, cycles) are the record rules of
 * seed.rules.ts, and merges across files are seed.merge.ts's.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS, DATE_PRECISIONS, EVENT_KINDS, ID_PATTERN, ID_PREFIXES, NODE_KINDS, type NodeType, PLACE_KINDS,
  RELATION_TYPES, RELATIONSHIP_ROLES, idPatternOf,
} from '../model/vocabulary';

export {
  ACTOR_KINDS, DATE_PRECISIONS, EVENT_KINDS, ORGANIZER_ROLES, PARTICIPANT_ROLES, PLACE_KINDS, RELATION_TYPES,
  RELATIONSHIP_ROLES,
} from '../model/vocabulary';
export type {
  ActorKind, DatePrecision, EventKind, PlaceKind, RelationType, RelationshipRole,
} from '../model/vocabulary';

/**
 * What a fact rests on. `article`: the article states it. `gazetteer`: plain reference knowledge
 * (Lahj is in Yemen; Casablanca is in Morocco) that the article takes for granted; its evidence
 * quotes the article's mention of the thing being placed.
 */
export const BASES = ['article', 'gazetteer'] as const;
export type Basis = (typeof BASES)[number];

/** The kinds of node an id can name, told by its prefix: the vocabulary's node types. */
export type EntityKind = NodeType;

function idOf(kind: NodeType) {
  return z.string().regex(idPatternOf(kind), { message: `expected an id like "${NODE_KINDS[kind].example}"` });
}

const anyId = z.string().regex(ID_PATTERN, {
  message: `expected an id like "${NODE_KINDS.ORGANIZATION.example}" (prefix ${ID_PREFIXES.join('|')}, then a-z, 0-9 and hyphens)`,
});

/** A verbatim quote of the article and its UTF-16 offsets: `text.slice(start, end) === quote`. */
export const evidenceQuoteSchema = z.strictObject({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

const evidenceList = z.array(evidenceQuoteSchema).min(1, { message: 'every record needs at least one evidence quote' });
const nonEmpty = z.string().trim().min(1);
const aliases = z.array(nonEmpty).default([]);

export const organizationSchema = z.strictObject({
  id: idOf('ORGANIZATION'),
  kind: z.enum(ACTOR_KINDS).refine((kind) => kind !== 'PERSON', { message: 'an organization cannot have kind PERSON' }),
  nameAr: nonEmpty,
  nameEn: nonEmpty,
  aliases,
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

export const personSchema = z.strictObject({
  id: idOf('PERSON'),
  /** Always PERSON; may be left out. */
  kind: z.literal('PERSON').default('PERSON'),
  nameAr: nonEmpty,
  nameEn: nonEmpty,
  aliases,
  /** Honorific or rank as the article writes it before the name («العميد الركن الدكتور»). */
  honorific: nonEmpty.optional(),
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

export const eventSchema = z.strictObject({
  id: idOf('EVENT'),
  kind: z.enum(EVENT_KINDS),
  titleAr: nonEmpty,
  titleEn: nonEmpty,
  /** Partial ISO date (`2014-08-07`, `2022-11`, `2009`) or null when unknown. */
  date: z.string().nullable().default(null),
  datePrecision: z.enum(DATE_PRECISIONS),
  /** The verbatim words the date was read from. */
  dateText: nonEmpty.nullable().default(null),
  participantCount: z.number().int().nonnegative().nullable().default(null),
  /** The verbatim phrase that counts the participants («(20) من القيادات», «العشرات»). */
  participantCountText: nonEmpty.nullable().default(null),
  /** Held remotely (video link) rather than in a room. */
  online: z.boolean().optional(),
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

export const programSchema = z.strictObject({
  id: idOf('PROGRAM'),
  /** As published; left out when the article only says «هذا المشروع». */
  nameAr: nonEmpty.optional(),
  nameEn: nonEmpty,
  aliases,
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

export const placeSchema = z.strictObject({
  id: idOf('PLACE'),
  kind: z.enum(PLACE_KINDS),
  nameAr: nonEmpty,
  nameEn: nonEmpty,
  aliases,
  basis: z.enum(BASES).default('article'),
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

export const relationshipSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  from: anyId,
  to: anyId,
  /** ORGANIZED: lead | co-organiser | host. PARTICIPATED_IN: speaker | chair | attendee. */
  role: z.enum(RELATIONSHIP_ROLES).optional(),
  /** HOLDS_POSITION: the post as the article words it. PARTICIPATED_IN: the post of an unnamed representative. */
  title: nonEmpty.optional(),
  titleEn: nonEmpty.optional(),
  basis: z.enum(BASES).default('article'),
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

/** One `seeds/graph/<article-file-stem>.yaml` file: everything one article states. */
export const seedGraphFileSchema = z.strictObject({
  /** The source id in sources.yaml whose `file` has this file's stem. */
  source: idOf('SOURCE'),
  organizations: z.array(organizationSchema).default([]),
  persons: z.array(personSchema).default([]),
  events: z.array(eventSchema).default([]),
  programs: z.array(programSchema).default([]),
  places: z.array(placeSchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
});

/** One entry of `seeds/articles/sources.yaml`. */
export const sourceEntrySchema = z.strictObject({
  id: idOf('SOURCE'),
  file: z.string().regex(/^[^/\\]+\.txt$/, { message: 'expected the name of an article file beside sources.yaml, like "000_2afb7b945ed686bc.txt"' }),
  title: nonEmpty,
  outlet: nonEmpty.nullable(),
  publishedOn: z.string().nullable(),
  publishedOnText: nonEmpty.nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'expected a BCP 47 language tag like "ar"' }),
  url: z.url().nullable(),
});

export const sourcesFileSchema = z.array(sourceEntrySchema);

export type EvidenceQuote = z.infer<typeof evidenceQuoteSchema>;
export type OrganizationRecord = z.infer<typeof organizationSchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type ProgramRecord = z.infer<typeof programSchema>;
export type PlaceRecord = z.infer<typeof placeSchema>;
export type RelationshipRecord = z.infer<typeof relationshipSchema>;
export type SeedGraphFile = z.infer<typeof seedGraphFileSchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** The node sections of a graph file, in the order a curator reads them. */
export const NODE_SECTIONS = ['organizations', 'persons', 'events', 'programs', 'places'] as const;
export type NodeSection = (typeof NODE_SECTIONS)[number];

export const SECTION_KIND: Readonly<Record<NodeSection, EntityKind>> = {
  organizations: 'ORGANIZATION', persons: 'PERSON', events: 'EVENT', programs: 'PROGRAM', places: 'PLACE',
};
