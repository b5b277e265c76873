import { registerEnumType } from 'type-graphql';
import {
  ACTOR_KINDS, DATE_PRECISIONS, EVENT_KINDS, NODE_TYPES, PLACE_KINDS, RELATION_TYPES,
  type ActorKind as ActorKindValue, type DatePrecision as DatePrecisionValue, type EventKind as EventKindValue,
  type NodeType as NodeTypeValue, type PlaceKind as PlaceKindValue, type RelationType as RelationTypeValue,
} from '../model/vocabulary';

// The contract's enums, as GraphQL sees them. Each is derived from the vocabulary (src/model/vocabulary.ts):
// a value object usable as `ActorKind.NGO`, and a type of the same name.

/** `{ NGO: 'NGO', … }` from a list of values: the shape type-graphql registers as an enum. */
function enumOf<const V extends string>(values: readonly V[]): { readonly [K in V]: K } {
  return Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { readonly [K in V]: K };
}

export const ActorKind = enumOf(ACTOR_KINDS);
export type ActorKind = ActorKindValue;
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of actor an organisation or person is. Funder is a role (see FUNDED), not a kind.',
});

export const EventKind = enumOf(EVENT_KINDS);
export type EventKind = EventKindValue;
registerEnumType(EventKind, { name: 'EventKind', description: 'What kind of gathering an event is, as its source describes it.' });

export const DatePrecision = enumOf(DATE_PRECISIONS);
export type DatePrecision = DatePrecisionValue;
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date is known: 2014-08-07 (DAY), 2022-11 (MONTH), 2009 (YEAR), or nothing.',
});

export const PlaceKind = enumOf(PLACE_KINDS);
export type PlaceKind = PlaceKindValue;
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'GOVERNORATE is any first-level division: governorate, province, region, prefecture.',
});

export const NodeType = enumOf(NODE_TYPES);
export type NodeType = NodeTypeValue;
registerEnumType(NodeType, { name: 'NodeType', description: 'The type of a node, as its id prefix says.' });

export const RelationType = enumOf(RELATION_TYPES);
export type RelationType = RelationTypeValue;
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'The relationship vocabulary; see the design brief for what each one means.',
});
