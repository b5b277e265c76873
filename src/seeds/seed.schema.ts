/**
 * The format of the curated seed files: `seeds/articles/sources.yaml` (article metadata) and
 * `seeds/graph/<article-file-stem>.yaml` (the facts one article states, each with its quotes).
 *
 * The enums are those of `contract.graphql`; the relationship rules say which kinds of node each
 * relationship type may connect (design brief §3). Structural checks live here; checks that need
 * several records or the article text (references, quotes, dates, merges) live in seed.validate.ts.
 */
import { z } from 'zod';

export const ACTOR_KINDS = [
  'NGO', 'INTERNATIONAL_NGO', 'INTERNATIONAL_ORGANIZATION', 'FOREIGN_GOVERNMENT', 'GOVERNMENT_BODY',
  'SECURITY_AGENCY', 'POLITICAL_PARTY', 'MEDIA', 'PERSON', 'OTHER',
] as const;
export const EVENT_KINDS = [
  'DISCUSSION_SESSION', 'COMMUNICATION_MEETING', 'CONSULTATIVE_MEETING', 'OPEN_MEETING', 'CONFERENCE',
  'WORKSHOP', 'TRAINING', 'AWARENESS_CAMPAIGN', 'OTHER',
] as const;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'UNKNOWN'] as const;
export const PLACE_KINDS = ['COUNTRY', 'GOVERNORATE', 'DISTRICT', 'CITY', 'NEIGHBOURHOOD', 'VENUE'] as const;
export const RELATION_TYPES = [
  'FUNDED', 'IMPLEMENTED', 'ORGANIZED', 'PARTNERED_WITH', 'PARTICIPATED_IN', 'PART_OF', 'HELD_IN',
  'LOCATED_IN', 'HOLDS_POSITION', 'REPORTED_BY',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

/** Roles of an organiser of an event (ORGANIZED.role). */
export const ORGANIZER_ROLES = ['lead', 'co-organiser', 'host'] as const;
/** Roles of a participant in an event (PARTICIPATED_IN.role). */
export const PARTICIPANT_ROLES = ['speaker', 'chair', 'attendee'] as const;
export const RELATIONSHIP_ROLES = [...ORGANIZER_ROLES, ...PARTICIPANT_ROLES] as const;
export type RelationshipRole = (typeof RELATIONSHIP_ROLES)[number];

/**
 * What a fact rests on. `article`: the article states it. `gazetteer`: plain reference knowledge
 * (Lahj is in Yemen; Casablanca is in Morocco) that the article takes for granted; its evidence
 * quotes the article's mention of the thing being placed.
 */
export const BASES = ['article', 'gazetteer'] as const;
export type Basis = (typeof BASES)[number];

/** The kinds of node an id can name, told by its prefix. */
export const ENTITY_KINDS = ['organization', 'person', 'event', 'program', 'place', 'source'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ID_PREFIX: Readonly<Record<EntityKind, string>> = {
  organization: 'org', person: 'person', event: 'event', program: 'program', place: 'place', source: 'source',
};

/** Any id: a typed prefix, a colon, then lower-case ASCII letters, digits and hyphens. */
export const ID_PATTERN = /^(org|person|event|program|place|source):[a-z0-9][a-z0-9-]*$/;

export const ID_EXAMPLES: Readonly<Record<EntityKind, string>> = {
  organization: 'org:undp',
  person: 'person:waheeb-al-dhibani',
  event: 'event:2014-08-07-sidi-bernoussi-meeting',
  program: 'program:saned-community-peace',
  place: 'place:ye-lahj-radfan',
  source: 'source:seed-000',
};

export function entityKindOfId(id: string): EntityKind | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_KINDS.find((kind) => ID_PREFIX[kind] === prefix);
}

function idOf(kind: EntityKind) {
  const pattern = new RegExp(`^${ID_PREFIX[kind]}:[a-z0-9][a-z0-9-]*$`);
  return z.string().regex(pattern, { message: `expected an id like "${ID_EXAMPLES[kind]}"` });
}

const anyId = z.string().regex(ID_PATTERN, {
  message: 'expected an id like "org:undp" (prefix org|person|event|program|place|source, then a-z, 0-9 and hyphens)',
});

/**
 * Which kinds each relationship type may connect (design brief §3). PART_OF pairs its ends:
 * an event belongs to a program, a program to a program, an organisation to an organisation.
 */
export const RELATIONSHIP_ENDPOINTS: Readonly<Record<RelationType, ReadonlyArray<readonly [EntityKind, EntityKind]>>> = {
  FUNDED: [['organization', 'program'], ['organization', 'event'], ['person', 'program'], ['person', 'event']],
  IMPLEMENTED: [['organization', 'program'], ['person', 'program']],
  ORGANIZED: [['organization', 'event'], ['person', 'event']],
  PARTNERED_WITH: [['organization', 'program'], ['organization', 'event'], ['person', 'program'], ['person', 'event']],
  PARTICIPATED_IN: [['organization', 'event'], ['person', 'event']],
  PART_OF: [['event', 'program'], ['program', 'program'], ['organization', 'organization']],
  HELD_IN: [['event', 'place']],
  LOCATED_IN: [['place', 'place'], ['organization', 'place']],
  HOLDS_POSITION: [['person', 'organization']],
  REPORTED_BY: [['event', 'source']],
};

/** In words, for error messages: "FUNDED goes from an actor to a program or an event". */
export const RELATIONSHIP_RULES_IN_WORDS: Readonly<Record<RelationType, string>> = {
  FUNDED: 'from an actor to a program or an event',
  IMPLEMENTED: 'from an actor to a program',
  ORGANIZED: 'from an actor to an event',
  PARTNERED_WITH: 'from an actor to a program or an event',
  PARTICIPATED_IN: 'from an actor to an event',
  PART_OF: 'from an event to a program, a program to a program, or an organization to an organization',
  HELD_IN: 'from an event to a place',
  LOCATED_IN: 'from a place to a place, or an organization to a place',
  HOLDS_POSITION: 'from a person to an organization',
  REPORTED_BY: 'from an event to a source',
};

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
  id: idOf('organization'),
  kind: z.enum(ACTOR_KINDS).refine((kind) => kind !== 'PERSON', { message: 'an organization cannot have kind PERSON' }),
  nameAr: nonEmpty,
  nameEn: nonEmpty,
  aliases,
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

export const personSchema = z.strictObject({
  id: idOf('person'),
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
  id: idOf('event'),
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
  id: idOf('program'),
  /** As published; left out when the article only says «هذا المشروع». */
  nameAr: nonEmpty.optional(),
  nameEn: nonEmpty,
  aliases,
  note: nonEmpty.optional(),
  evidence: evidenceList,
});

export const placeSchema = z.strictObject({
  id: idOf('place'),
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
  source: idOf('source'),
  organizations: z.array(organizationSchema).default([]),
  persons: z.array(personSchema).default([]),
  events: z.array(eventSchema).default([]),
  programs: z.array(programSchema).default([]),
  places: z.array(placeSchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
});

/** One entry of `seeds/articles/sources.yaml`. */
export const sourceEntrySchema = z.strictObject({
  id: idOf('source'),
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
  organizations: 'organization', persons: 'person', events: 'event', programs: 'program', places: 'place',
};
