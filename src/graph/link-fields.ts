import { NODE_KINDS, type NodeType, RELATIONS, type RelationType } from '../model/vocabulary';
import type { Direction } from './graph.repository';

/** One hop along relationships of some types, seen from the node a field belongs to. */
export interface LinkSpec {
  readonly types: readonly RelationType[];
  readonly direction: Direction;
}

const outgoing = (...types: RelationType[]): LinkSpec => ({ types, direction: 'outgoing' });
const incoming = (...types: RelationType[]): LinkSpec => ({ types, direction: 'incoming' });

/**
 * The GraphQL fields that follow one hop of relationships, declared once: the field resolvers ask the link
 * loader for exactly these hops, and the lookahead (src/graph/lookahead.ts) fetches and primes exactly these
 * hops when a root field's selection asks for the field. Keyed by node type, so that the GraphQL type name and
 * the relationship ends come from the vocabulary (checked below when the module loads).
 */
export const LINK_FIELDS = {
  EVENT: {
    place: outgoing('HELD_IN'),
    organizers: incoming('ORGANIZED'),
    participants: incoming('PARTICIPATED_IN'),
    programs: outgoing('PART_OF'),
    sources: outgoing('REPORTED_BY'),
  },
  ORGANIZATION: { parent: outgoing('PART_OF'), positions: incoming('HOLDS_POSITION') },
  PERSON: { positions: outgoing('HOLDS_POSITION') },
  PROGRAM: {
    parent: outgoing('PART_OF'),
    funders: incoming('FUNDED'),
    implementers: incoming('IMPLEMENTED'),
    partners: incoming('PARTNERED_WITH'),
    events: incoming('PART_OF'),
  },
  PLACE: { parent: outgoing('LOCATED_IN') },
} as const satisfies Partial<Record<NodeType, Record<string, LinkSpec>>>;

/**
 * Fields that are not a plain hop but that the request's loaders answer, and the lookahead can prime: the
 * node's evidence records (loaders.evidenceOf, with each record's source), its country (loaders.countries),
 * an event's funders, direct or through its programs (loaders.eventFunders).
 */
export const LOADED_FIELDS = {
  evidence: ['EVENT', 'ORGANIZATION', 'PERSON', 'PROGRAM', 'PLACE'],
  country: ['ORGANIZATION', 'PLACE'],
  funders: ['EVENT'],
} as const satisfies Record<string, readonly NodeType[]>;

/** The key of a hop: links of one node along the same hop are the same list, whichever field asked. */
export const linkKey = (spec: LinkSpec): string => `${spec.direction}:${[...spec.types].sort().join(',')}`;

/** The node types that have a `parent` field. */
export const PARENT_TYPES = (Object.keys(LINK_FIELDS) as (keyof typeof LINK_FIELDS)[]).filter((type) => 'parent' in LINK_FIELDS[type]);

/** Each hop once, by `linkKey`, in the order first met. */
export const distinctLinks = (specs: readonly LinkSpec[]): LinkSpec[] => [...new Map(specs.map((spec) => [linkKey(spec), spec])).values()];

/**
 * The hops of the `parent` fields (an organisation's or a program's PART_OF, a place's LOCATED_IN), each once: what
 * the lookahead reads of the ends of a hop whose selection asks their `parent` (graph/lookahead-of-node names
 * exactly these types; test/unit/graph/relation-type-branches.test.ts keeps the two in step).
 */
export const PARENT_LINKS: readonly LinkSpec[] = distinctLinks(PARENT_TYPES.map((type) => linkFieldsOf(type).parent!));

/** The link fields of a node type, or none. */
export function linkFieldsOf(type: NodeType): Readonly<Record<string, LinkSpec>> {
  return type in LINK_FIELDS ? LINK_FIELDS[type as keyof typeof LINK_FIELDS] : {};
}

/** Whether a node of `type` may be the near end of `spec`'s relationships, as the vocabulary allows them. */
function mayStart(type: NodeType, spec: LinkSpec): boolean {
  return spec.types.every((relation) => (RELATIONS[relation].ends as ReadonlyArray<readonly [NodeType, NodeType]>)
    .some(([from, to]) => (spec.direction === 'outgoing' ? from : to) === type));
}

// A field declared on a type that the relationship cannot start from would always answer nothing: fail at start-up.
for (const [type, fields] of Object.entries(LINK_FIELDS) as [NodeType, Record<string, LinkSpec>][]) {
  for (const [field, spec] of Object.entries(fields)) {
    if (!mayStart(type, spec)) throw new Error(`${NODE_KINDS[type].typename}.${field} follows ${spec.direction} ${spec.types.join('|')}, which the vocabulary never connects to ${NODE_KINDS[type].noun}.`);
  }
}
