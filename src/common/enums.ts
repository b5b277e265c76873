import { registerEnumType } from 'type-graphql';

// The contract's enums (../shared/contract.graphql), with the same names and values.

export enum ActorKind {
  NGO = 'NGO',
  INTERNATIONAL_NGO = 'INTERNATIONAL_NGO',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  FOREIGN_GOVERNMENT = 'FOREIGN_GOVERNMENT',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  SECURITY_AGENCY = 'SECURITY_AGENCY',
  POLITICAL_PARTY = 'POLITICAL_PARTY',
  MEDIA = 'MEDIA',
  PERSON = 'PERSON',
  OTHER = 'OTHER',
}
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of actor an organisation or person is. Funder is a role (see FUNDED), not a kind.',
});

export enum EventKind {
  DISCUSSION_SESSION = 'DISCUSSION_SESSION',
  COMMUNICATION_MEETING = 'COMMUNICATION_MEETING',
  CONSULTATIVE_MEETING = 'CONSULTATIVE_MEETING',
  OPEN_MEETING = 'OPEN_MEETING',
  CONFERENCE = 'CONFERENCE',
  WORKSHOP = 'WORKSHOP',
  TRAINING = 'TRAINING',
  AWARENESS_CAMPAIGN = 'AWARENESS_CAMPAIGN',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind', description: 'What kind of gathering an event is, as its source describes it.' });

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date is known: 2014-08-07 (DAY), 2022-11 (MONTH), 2009 (YEAR), or nothing.',
});

export enum PlaceKind {
  COUNTRY = 'COUNTRY',
  GOVERNORATE = 'GOVERNORATE',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  VENUE = 'VENUE',
}
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'GOVERNORATE is any first-level division: governorate, province, region, prefecture.',
});

export enum NodeType {
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
  EVENT = 'EVENT',
  PROGRAM = 'PROGRAM',
  PLACE = 'PLACE',
  SOURCE = 'SOURCE',
}
registerEnumType(NodeType, { name: 'NodeType', description: 'The type of a node, as its id prefix says.' });

export enum RelationType {
  FUNDED = 'FUNDED',
  IMPLEMENTED = 'IMPLEMENTED',
  ORGANIZED = 'ORGANIZED',
  PARTNERED_WITH = 'PARTNERED_WITH',
  PARTICIPATED_IN = 'PARTICIPATED_IN',
  PART_OF = 'PART_OF',
  HELD_IN = 'HELD_IN',
  LOCATED_IN = 'LOCATED_IN',
  HOLDS_POSITION = 'HOLDS_POSITION',
  REPORTED_BY = 'REPORTED_BY',
}
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'The relationship vocabulary; see the design brief for what each one means.',
});
