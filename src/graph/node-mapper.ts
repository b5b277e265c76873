import { Organization } from '../actors/organization.type';
import { Person } from '../actors/person.type';
import { ActorKind, DatePrecision, type EventKind, NodeType, type PlaceKind } from '../common/enums';
import { Event } from '../events/event.type';
import { nodeTypeOfLabels } from '../model/vocabulary';
import { Place } from '../places/place.type';
import { Program } from '../programs/program.type';
import { Source } from '../sources/source.type';

/** The GraphQL object of each node type. */
export interface NodeObjects {
  ORGANIZATION: Organization;
  PERSON: Person;
  EVENT: Event;
  PROGRAM: Program;
  PLACE: Place;
  SOURCE: Source;
}
export type GraphNodeObject = NodeObjects[NodeType];
export type StoredProperties = Record<string, unknown>;

/** Stored properties arrive untyped; these read one as the GraphQL field's type, absent as null or []. */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const int = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** Curation's version of a node or relationship: every write increments it; absent (as loaded from the seeds) is 1. */
export const versionOf = (p: StoredProperties): number => int(p.version) ?? 1;

/**
 * The one mapping from a stored node to the GraphQL object of its type. Repositories call it at their edge,
 * so services and resolvers only ever see finished objects.
 */
export function toNode<T extends NodeType>(type: T, p: StoredProperties): NodeObjects[T] {
  return buildNode(type, p) as NodeObjects[T];
}

/**
 * The stored properties each field of Event reads (buildNode, and the Event resolvers: a link field's loader
 * needs the event's id alone, `evidence` its evidenceIds). A statement that returns many events may read only the
 * properties of the fields a request selects (lookahead storedPropertiesAsked); a field missing here makes it
 * read them whole. Typed so that a new field of the class cannot be left out.
 */
export const EVENT_FIELD_PROPERTIES: Readonly<Record<Exclude<keyof Event, 'evidenceIds'> | '__typename' | 'programs', readonly string[]>> = {
  __typename: [],
  id: ['id'],
  version: ['version'],
  kind: ['kind'],
  title: ['title'],
  titleAr: ['titleAr'],
  titleEn: ['titleEn'],
  date: ['date'],
  datePrecision: ['datePrecision'],
  dateText: ['dateText'],
  participantCount: ['participantCount'],
  participantCountText: ['participantCountText'],
  evidence: ['evidenceIds'],
  place: [],
  organizers: [],
  funders: [],
  participants: [],
  programs: [],
  sources: [],
};

/** What ACTOR_FIELD_PROPERTIES and PROGRAM_FIELD_PROPERTIES hold for the fields every named node shares. */
const NAMED_FIELD_PROPERTIES = {
  __typename: [],
  id: ['id'],
  version: ['version'],
  name: ['name'],
  nameAr: ['nameAr'],
  nameEn: ['nameEn'],
  aliases: ['aliases'],
  evidence: ['evidenceIds'],
} as const;

/**
 * The stored properties each field of an actor (Organization or Person) reads, as EVENT_FIELD_PROPERTIES for events:
 * `kind` for its kind, `__typename` nothing (the labels tell the type), a link field the id alone.
 */
export const ACTOR_FIELD_PROPERTIES: Readonly<Record<Exclude<keyof Organization | keyof Person, 'evidenceIds'> | 'positions', readonly string[]>> = {
  ...NAMED_FIELD_PROPERTIES,
  kind: ['kind'],
  parent: [],
  country: [],
  positions: [],
};

/** The stored properties each field of Program reads, as EVENT_FIELD_PROPERTIES for events. */
export const PROGRAM_FIELD_PROPERTIES: Readonly<Record<Exclude<keyof Program, 'evidenceIds'> | 'events', readonly string[]>> = {
  ...NAMED_FIELD_PROPERTIES,
  parent: [],
  funders: [],
  implementers: [],
  partners: [],
  events: [],
};

/**
 * A statement that reads only some properties of many nodes sends each as the list of their values, in the order
 * of `keys` (the keys once per answer, not once per node); this makes the properties of one such node, and passes
 * a whole node's properties (`keys` null) through.
 */
export function storedPropertiesOf(keys: readonly string[] | null, stored: StoredProperties | readonly unknown[]): StoredProperties {
  if (!keys || !Array.isArray(stored)) return stored as StoredProperties;
  // A plain loop: a page of a hub's timeline lists thousands of events, and building each one's properties
  // from key–value pairs (Object.fromEntries) was a tenth of the server's CPU for such an answer.
  const properties: StoredProperties = {};
  for (let i = 0; i < keys.length; i++) properties[keys[i]!] = stored[i];
  return properties;
}

/** A stored node whose type is told by its labels (a row that may hold any kind of node). */
export function toGraphObject(p: StoredProperties, labels: readonly string[]): GraphNodeObject {
  const type = nodeTypeOfLabels(labels);
  if (!type) throw new Error(`Node ${String(p.id)} has none of the labels Jisr knows: ${labels.join(', ')}`);
  return buildNode(type, p);
}

/** A stored actor (organisation or person), told by its labels; anything else means the graph broke the model. */
export function toActorNode(p: StoredProperties, labels: readonly string[]): Organization | Person {
  const type = nodeTypeOfLabels(labels);
  if (type !== NodeType.ORGANIZATION && type !== NodeType.PERSON) throw new Error(`Expected an actor, but ${String(p.id)} is not one (${labels.join(', ')})`);
  return toNode(type, p);
}

function buildNode(type: NodeType, p: StoredProperties): GraphNodeObject {
  const id = String(p.id);
  const common = { id, version: versionOf(p), evidenceIds: strs(p.evidenceIds) };
  const named = { name: str(p.name) ?? id, nameAr: str(p.nameAr), nameEn: str(p.nameEn), aliases: strs(p.aliases) };
  switch (type) {
    case NodeType.ORGANIZATION:
      return Object.assign(new Organization(), common, named, { kind: p.kind as ActorKind });
    case NodeType.PERSON:
      return Object.assign(new Person(), common, named, { kind: ActorKind.PERSON });
    case NodeType.PLACE:
      return Object.assign(new Place(), common, named, { kind: p.kind as PlaceKind });
    case NodeType.PROGRAM:
      return Object.assign(new Program(), common, named);
    case NodeType.EVENT:
      return Object.assign(new Event(), common, {
        kind: p.kind as EventKind,
        title: str(p.title) ?? id,
        titleAr: str(p.titleAr),
        titleEn: str(p.titleEn),
        date: str(p.date),
        datePrecision: (str(p.datePrecision) ?? DatePrecision.UNKNOWN) as DatePrecision,
        dateText: str(p.dateText),
        participantCount: int(p.participantCount),
        participantCountText: str(p.participantCountText),
      });
    case NodeType.SOURCE:
      return Object.assign(new Source(), {
        id,
        version: versionOf(p),
        title: String(p.title),
        outlet: str(p.outlet),
        publishedOn: str(p.publishedOn),
        publishedOnText: str(p.publishedOnText),
        language: String(p.language),
        url: str(p.url),
      });
    default: {
      const unreachable: never = type;
      throw new Error(`Unhandled node type ${String(unreachable)}`);
    }
  }
}
