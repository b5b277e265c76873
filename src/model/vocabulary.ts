/**
 * Jisr's vocabulary: the one table every other part derives from.
 *
 * Node kinds (their Neo4j labels, id prefix, GraphQL typename and the words used in messages), the
 * relation types with the ends each may connect, and the kinds of actors, events and places. The GraphQL
 * enums (src/common/enums.ts), the seed file schema, the id parser, the Cypher label guard and the
 * network mapper all read these constants; a label, prefix or type string written anywhere else is a bug
 * waiting for the next kind.
 */

export const ACTOR_KINDS = [
  'NGO', 'INTERNATIONAL_NGO', 'INTERNATIONAL_ORGANIZATION', 'FOREIGN_GOVERNMENT', 'GOVERNMENT_BODY',
  'SECURITY_AGENCY', 'POLITICAL_PARTY', 'MEDIA', 'PERSON', 'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const EVENT_KINDS = [
  'DISCUSSION_SESSION', 'COMMUNICATION_MEETING', 'CONSULTATIVE_MEETING', 'OPEN_MEETING', 'CONFERENCE',
  'WORKSHOP', 'TRAINING', 'AWARENESS_CAMPAIGN', 'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** GOVERNORATE is any first-level division: governorate, province, region, prefecture. */
export const PLACE_KINDS = ['COUNTRY', 'GOVERNORATE', 'DISTRICT', 'CITY', 'NEIGHBOURHOOD', 'VENUE'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'UNKNOWN'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Every Jisr node that is an actor also carries this label, so "any actor" is one index. */
export const ACTOR_LABEL = 'Actor';
/** The label of the verbatim quotes that state facts; not a node kind of the API. */
export const EVIDENCE_LABEL = 'Evidence';
/** Every fact node (not evidence, keys or history) carries this label, so "any node by id" is one index. */
export const NODE_LABEL = 'Node';
/** Bookkeeping labels: not facts of the graph, never exported or dumped as facts. */
export const SYSTEM_LABELS = { API_KEY: 'ApiKey', CHANGE: 'Change', REDIRECT: 'Redirect' } as const;

interface NodeKindSpec {
  /** The labels a node of this kind carries, most general first; the last one names the kind. */
  readonly labels: readonly string[];
  readonly idPrefix: string;
  readonly typename: string;
  /** The kind in words, with its article: "an organization". */
  readonly noun: string;
  readonly example: string;
}

/**
 * The kinds of node, keyed by the GraphQL NodeType value. Order matters where a node is classified by its
 * labels: the more specific labels come first.
 */
export const NODE_KINDS = {
  ORGANIZATION: { labels: [ACTOR_LABEL, 'Organization'], idPrefix: 'org', typename: 'Organization', noun: 'an organization', example: 'org:undp' },
  PERSON: { labels: [ACTOR_LABEL, 'Person'], idPrefix: 'person', typename: 'Person', noun: 'a person', example: 'person:waheeb-al-dhibani' },
  EVENT: { labels: ['Event'], idPrefix: 'event', typename: 'Event', noun: 'an event', example: 'event:2009-06-18-jenin-open-meeting' },
  PROGRAM: { labels: ['Program'], idPrefix: 'program', typename: 'Program', noun: 'a program', example: 'program:saned-community-peace' },
  PLACE: { labels: ['Place'], idPrefix: 'place', typename: 'Place', noun: 'a place', example: 'place:ye-lahj-radfan' },
  SOURCE: { labels: ['Source'], idPrefix: 'source', typename: 'Source', noun: 'a source', example: 'source:seed-000' },
} as const satisfies Record<string, NodeKindSpec>;

export type NodeType = keyof typeof NODE_KINDS;
export const NODE_TYPES = Object.keys(NODE_KINDS) as NodeType[];
export const ACTOR_NODE_TYPES = ['ORGANIZATION', 'PERSON'] as const satisfies readonly NodeType[];

/** The label that names a kind (`Organization`), as opposed to the shared `Actor`. */
export const labelOf = (type: NodeType): string => NODE_KINDS[type].labels.at(-1)!;
export const labelsOf = <T extends NodeType>(type: T): (typeof NODE_KINDS)[T]['labels'] => NODE_KINDS[type].labels;
export type NodeLabel = (typeof NODE_KINDS)[NodeType]['labels'][number];

/** Every label a Jisr node can carry; the Cypher label guard accepts these and nothing else. */
export const NODE_LABELS: readonly NodeLabel[] = [...new Set(NODE_TYPES.flatMap((t) => labelsOf(t)))];

/** The node type of a stored node, told by its labels; undefined when it has none Jisr knows. */
export function nodeTypeOfLabels(labels: readonly string[]): NodeType | undefined {
  return NODE_TYPES.find((type) => labels.includes(labelOf(type)));
}

const TYPE_BY_PREFIX: ReadonlyMap<string, NodeType> = new Map(NODE_TYPES.map((t) => [NODE_KINDS[t].idPrefix, t]));
export const ID_PREFIXES: readonly string[] = [...TYPE_BY_PREFIX.keys()];

/** Any id: a typed prefix, a colon, then lower-case ASCII letters, digits and hyphens. */
export const ID_PATTERN = new RegExp(`^(${ID_PREFIXES.join('|')}):[a-z0-9][a-z0-9-]*$`);
/** Ids are readable slugs; a longer one is a mistake or an attack, and is refused before any Cypher runs. */
export const ID_MAX_LENGTH = 200;

/** The pattern of one kind's ids. */
export const idPatternOf = (type: NodeType): RegExp => new RegExp(`^${NODE_KINDS[type].idPrefix}:[a-z0-9][a-z0-9-]*$`);

/** The node type an id addresses, by its prefix; undefined when the id is malformed. */
export function nodeTypeOfId(id: string): NodeType | undefined {
  if (id.length > ID_MAX_LENGTH || !ID_PATTERN.test(id)) return undefined;
  return TYPE_BY_PREFIX.get(id.slice(0, id.indexOf(':')));
}

interface RelationSpec {
  /** Which node types the relationship may connect, as (from, to) pairs. */
  readonly ends: ReadonlyArray<readonly [NodeType, NodeType]>;
  /** The same rule in words, for error messages: "FUNDED goes from an actor to a program or an event". */
  readonly inWords: string;
  /** The properties a relationship of this type may carry besides its evidence. */
  readonly properties: readonly ('role' | 'title' | 'titleEn')[];
}

const ACTOR_TO = (...targets: NodeType[]): Array<[NodeType, NodeType]> =>
  ACTOR_NODE_TYPES.flatMap((actor) => targets.map((target): [NodeType, NodeType] => [actor, target]));

/**
 * The relationship vocabulary (design brief §3). PART_OF pairs its ends: an event belongs to a program, a
 * program to a program, an organisation to an organisation.
 */
export const RELATIONS = {
  FUNDED: { ends: ACTOR_TO('PROGRAM', 'EVENT'), inWords: 'from an actor to a program or an event', properties: [] },
  IMPLEMENTED: { ends: ACTOR_TO('PROGRAM'), inWords: 'from an actor to a program', properties: [] },
  ORGANIZED: { ends: ACTOR_TO('EVENT'), inWords: 'from an actor to an event', properties: ['role'] },
  PARTNERED_WITH: { ends: ACTOR_TO('PROGRAM', 'EVENT'), inWords: 'from an actor to a program or an event', properties: [] },
  PARTICIPATED_IN: { ends: ACTOR_TO('EVENT'), inWords: 'from an actor to an event', properties: ['role', 'title', 'titleEn'] },
  PART_OF: {
    ends: [['EVENT', 'PROGRAM'], ['PROGRAM', 'PROGRAM'], ['ORGANIZATION', 'ORGANIZATION']],
    inWords: 'from an event to a program, a program to a program, or an organization to an organization',
    properties: [],
  },
  HELD_IN: { ends: [['EVENT', 'PLACE']], inWords: 'from an event to a place', properties: [] },
  LOCATED_IN: { ends: [['PLACE', 'PLACE'], ['ORGANIZATION', 'PLACE']], inWords: 'from a place to a place, or an organization to a place', properties: [] },
  HOLDS_POSITION: { ends: [['PERSON', 'ORGANIZATION']], inWords: 'from a person to an organization', properties: ['title', 'titleEn'] },
  REPORTED_BY: { ends: [['EVENT', 'SOURCE']], inWords: 'from an event to a source', properties: [] },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

/** Whether a relationship of this type may go from a node of one type to a node of the other. */
export function allowsEnds(type: RelationType, from: NodeType, to: NodeType): boolean {
  return (RELATIONS[type].ends as ReadonlyArray<readonly [NodeType, NodeType]>).some(([f, t]) => f === from && t === to);
}

/** Roles of an organiser of an event (ORGANIZED.role). */
export const ORGANIZER_ROLES = ['lead', 'co-organiser', 'host'] as const;
/** Roles of a participant in an event (PARTICIPATED_IN.role). */
export const PARTICIPANT_ROLES = ['speaker', 'chair', 'attendee'] as const;
export const RELATIONSHIP_ROLES = [...ORGANIZER_ROLES, ...PARTICIPANT_ROLES] as const;
export type RelationshipRole = (typeof RELATIONSHIP_ROLES)[number];

/** Guards for the only places where a label or type is spliced into Cypher text (Cypher cannot parameterise them). */
export function assertNodeLabel(label: string): string {
  if (!(NODE_LABELS as readonly string[]).includes(label)) throw new Error(`"${label}" is not a Jisr node label (${NODE_LABELS.join(', ')}).`);
  return label;
}
export function assertRelationType(type: string): RelationType {
  if (!(RELATION_TYPES as string[]).includes(type)) throw new Error(`"${type}" is not a Jisr relation type (${RELATION_TYPES.join(', ')}).`);
  return type as RelationType;
}
