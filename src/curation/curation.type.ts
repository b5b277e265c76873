import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActorKind, DatePrecision, EventKind, PlaceKind, RelationType } from '../common/enums';
import { GraphEdge } from '../network/graph-element.type';
import { Node } from '../nodes/node.interface';
import { type ChangeOp as ChangeOpValue, CHANGE_OPS } from './curation.model';

export const ChangeOp = Object.freeze(Object.fromEntries(CHANGE_OPS.map((op) => [op, op]))) as { readonly [K in ChangeOpValue]: K };
export type ChangeOp = ChangeOpValue;
registerEnumType(ChangeOp, { name: 'ChangeOp', description: 'What one recorded change did to its node or relationship.' });

/** The seed format's `basis`, as a GraphQL enum whose values are the stored words. */
export const FactBasis = { ARTICLE: 'article', GAZETTEER: 'gazetteer' } as const;
export type FactBasis = (typeof FactBasis)[keyof typeof FactBasis];
registerEnumType(FactBasis, {
  name: 'FactBasis',
  description: 'What a fact rests on: ARTICLE when a source states it; GAZETTEER for plain geography the source takes for granted (Lahj is in Yemen).',
});

const EVIDENCE_DESCRIPTION = 'The quotes that state the fact: at least one, each verbatim in its source\'s text.';
const ADDED_EVIDENCE_DESCRIPTION = 'Quotes to add to the fact\'s evidence (a correction names what states it).';
const REMOVED_EVIDENCE_DESCRIPTION = 'Evidence ids to take off the fact; at least one quote must remain.';
const VERSION_DESCRIPTION = 'The version you read; a change to a newer one is refused with CONFLICT, so no edit is lost.';
const ID_DESCRIPTION = 'The id to give it; derived from the English name or title when left out (`org:` + a slug). Must not exist yet.';
const KEEP = 'Left out: unchanged.';
const KEEP_OR_CLEAR = 'Left out: unchanged; null: removed.';

@InputType({ description: 'A quote that states a fact. The service finds it in the source\'s text; `start` is needed only when it occurs more than once.' })
export class EvidenceInput {
  @Field(() => ID, { description: 'The source the quote comes from (`source:…`).' })
  sourceId!: string;

  @Field({ description: 'The exact words of the source: spelling, hamza, spaces and punctuation as published.' })
  quote!: string;

  @Field(() => Int, { nullable: true, description: 'Offset of the quote in the source text (UTF-16 code units); only when the quote occurs more than once.' })
  start?: number | null;
}

@InputType({ description: 'A new organisation.' })
export class CreateOrganizationInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
  id?: string | null;

  @Field(() => ActorKind, { description: 'What kind of organisation it is (not PERSON).' })
  kind!: ActorKind;

  @Field({ description: 'The Arabic name as published.' })
  nameAr!: string;

  @Field({ description: 'Official English name or transliteration.' })
  nameEn!: string;

  @Field(() => [String], { nullable: true, description: 'Acronyms and other spellings.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A curator\'s note on a judgement call.' })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: EVIDENCE_DESCRIPTION })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Corrections to an organisation. Fields left out keep their values.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organisation to change.' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => ActorKind, { nullable: true, description: KEEP })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: KEEP })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: KEEP })
  nameEn?: string | null;

  @Field(() => [String], { nullable: true, description: `The whole list of aliases. ${KEEP}` })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  note?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: ADDED_EVIDENCE_DESCRIPTION })
  evidence?: EvidenceInput[] | null;

  @Field(() => [ID], { nullable: true, description: REMOVED_EVIDENCE_DESCRIPTION })
  removeEvidence?: string[] | null;
}

@InputType({ description: 'A new person.' })
export class CreatePersonInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
  id?: string | null;

  @Field({ description: 'The Arabic name as published.' })
  nameAr!: string;

  @Field({ description: 'Transliteration or the English form the person uses.' })
  nameEn!: string;

  @Field(() => [String], { nullable: true, description: 'Other spellings.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Honorific or rank as the source writes it before the name («العميد الركن»).' })
  honorific?: string | null;

  @Field(() => String, { nullable: true, description: 'A curator\'s note on a judgement call.' })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: EVIDENCE_DESCRIPTION })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Corrections to a person. Fields left out keep their values.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person to change.' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => String, { nullable: true, description: KEEP })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: KEEP })
  nameEn?: string | null;

  @Field(() => [String], { nullable: true, description: `The whole list of aliases. ${KEEP}` })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  honorific?: string | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  note?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: ADDED_EVIDENCE_DESCRIPTION })
  evidence?: EvidenceInput[] | null;

  @Field(() => [ID], { nullable: true, description: REMOVED_EVIDENCE_DESCRIPTION })
  removeEvidence?: string[] | null;
}

@InputType({ description: 'A new event. Its date obeys the seed rules: the precision fits the date, and a weekday or «اليوم» in dateText agrees with it.' })
export class CreateEventInput {
  @Field(() => ID, { nullable: true, description: 'The id to give it; derived from the date and English title when left out (`event:2014-08-07-…`, `event:undated-…`). Must not exist yet.' })
  id?: string | null;

  @Field(() => EventKind, { description: 'What kind of gathering it was.' })
  kind!: EventKind;

  @Field({ description: 'The Arabic title.' })
  titleAr!: string;

  @Field({ description: 'The English title.' })
  titleEn!: string;

  @Field(() => String, { nullable: true, description: 'Partial ISO date (`2014-08-07`, `2022-11`, `2009`); null when unknown.' })
  date?: string | null;

  @Field(() => DatePrecision, { description: 'How much of the date is known.' })
  datePrecision!: DatePrecision;

  @Field(() => String, { nullable: true, description: 'The verbatim words the date was read from.' })
  dateText?: string | null;

  @Field(() => Int, { nullable: true, description: 'Participants as the source counts them.' })
  participantCount?: number | null;

  @Field(() => String, { nullable: true, description: 'The verbatim phrase that counts the participants; needed with participantCount.' })
  participantCountText?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Held remotely rather than in a room.' })
  online?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A curator\'s note on a judgement call.' })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: `${EVIDENCE_DESCRIPTION} Each source quoted becomes a REPORTED_BY of the event.` })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Corrections to an event. Fields left out keep their values; the whole event is checked again.' })
export class UpdateEventInput {
  @Field(() => ID, { description: 'The event to change.' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => EventKind, { nullable: true, description: KEEP })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: KEEP })
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: KEEP })
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  date?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: KEEP })
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  dateText?: string | null;

  @Field(() => Int, { nullable: true, description: KEEP_OR_CLEAR })
  participantCount?: number | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  participantCountText?: string | null;

  @Field(() => Boolean, { nullable: true, description: KEEP_OR_CLEAR })
  online?: boolean | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  note?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: `${ADDED_EVIDENCE_DESCRIPTION} A source quoted for the first time becomes a REPORTED_BY of the event.` })
  evidence?: EvidenceInput[] | null;

  @Field(() => [ID], { nullable: true, description: REMOVED_EVIDENCE_DESCRIPTION })
  removeEvidence?: string[] | null;
}

@InputType({ description: 'A new program.' })
export class CreateProgramInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The Arabic name as published; left out when the source only says «هذا المشروع».' })
  nameAr?: string | null;

  @Field({ description: 'English name or translation.' })
  nameEn!: string;

  @Field(() => [String], { nullable: true, description: 'Other names (a hashtag, an acronym).' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A curator\'s note on a judgement call.' })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: EVIDENCE_DESCRIPTION })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Corrections to a program. Fields left out keep their values.' })
export class UpdateProgramInput {
  @Field(() => ID, { description: 'The program to change.' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: KEEP })
  nameEn?: string | null;

  @Field(() => [String], { nullable: true, description: `The whole list of aliases. ${KEEP}` })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  note?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: ADDED_EVIDENCE_DESCRIPTION })
  evidence?: EvidenceInput[] | null;

  @Field(() => [ID], { nullable: true, description: REMOVED_EVIDENCE_DESCRIPTION })
  removeEvidence?: string[] | null;
}

@InputType({ description: 'A new place. Place it in its parent with addRelationship(LOCATED_IN).' })
export class CreatePlaceInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
  id?: string | null;

  @Field(() => PlaceKind, { description: 'Level of the place in the administrative chain.' })
  kind!: PlaceKind;

  @Field({ description: 'The Arabic name as published.' })
  nameAr!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;

  @Field(() => [String], { nullable: true, description: 'Other names and spellings.' })
  aliases?: string[] | null;

  @Field(() => FactBasis, { nullable: true, description: 'ARTICLE (default) or GAZETTEER.' })
  basis?: FactBasis | null;

  @Field(() => String, { nullable: true, description: 'A curator\'s note on a judgement call.' })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: EVIDENCE_DESCRIPTION })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Corrections to a place. Fields left out keep their values.' })
export class UpdatePlaceInput {
  @Field(() => ID, { description: 'The place to change.' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => PlaceKind, { nullable: true, description: KEEP })
  kind?: PlaceKind | null;

  @Field(() => String, { nullable: true, description: KEEP })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: KEEP })
  nameEn?: string | null;

  @Field(() => [String], { nullable: true, description: `The whole list of aliases. ${KEEP}` })
  aliases?: string[] | null;

  @Field(() => FactBasis, { nullable: true, description: KEEP })
  basis?: FactBasis | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  note?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: ADDED_EVIDENCE_DESCRIPTION })
  evidence?: EvidenceInput[] | null;

  @Field(() => [ID], { nullable: true, description: REMOVED_EVIDENCE_DESCRIPTION })
  removeEvidence?: string[] | null;
}

@InputType({ description: 'A new source: an article with its text and metadata. Its text is what evidence quotes.' })
export class CreateSourceInput {
  @Field(() => ID, { nullable: true, description: 'The id to give it; derived from the title when left out (or from the date and the text when the title has no Latin letters). Must not exist yet.' })
  id?: string | null;

  @Field({ description: 'Headline or title as published.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The outlet that published it.' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Partial ISO date as precise as the source gives it.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The verbatim words the publication date was read from; must agree with publishedOn.' })
  publishedOnText?: string | null;

  @Field({ description: 'BCP 47 language tag, e.g. `ar`.' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'Where it can be read.' })
  url?: string | null;

  @Field({ description: 'The full text, verbatim.' })
  text!: string;
}

@InputType({ description: 'Corrections to a source. Its text may change only where no quote rests on it.' })
export class UpdateSourceInput {
  @Field(() => ID, { description: 'The source to change.' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => String, { nullable: true, description: KEEP })
  title?: string | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  publishedOnText?: string | null;

  @Field(() => String, { nullable: true, description: KEEP })
  language?: string | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  url?: string | null;

  @Field(() => String, { nullable: true, description: `${KEEP} Every quote of the source must still be at its offsets in the new text.` })
  text?: string | null;
}

@InputType({ description: 'A new relationship; its id is `rel:<TYPE>:<from>:<to>` (plus `:<role>` for ORGANIZED and PARTICIPATED_IN).' })
export class AddRelationshipInput {
  @Field(() => RelationType, { description: 'What the relationship means; its allowed ends are the vocabulary\'s.' })
  type!: RelationType;

  @Field(() => ID, { description: 'The node it starts from.' })
  from!: string;

  @Field(() => ID, { description: 'The node it points to.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'ORGANIZED: lead, co-organiser or host. PARTICIPATED_IN: speaker, chair or attendee. No other type has one.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'HOLDS_POSITION (required) and PARTICIPATED_IN: the post as the source gives it.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The post in English, where a title is allowed.' })
  titleEn?: string | null;

  @Field(() => FactBasis, { nullable: true, description: 'ARTICLE (default) or GAZETTEER.' })
  basis?: FactBasis | null;

  @Field(() => String, { nullable: true, description: 'A curator\'s note on a judgement call.' })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: EVIDENCE_DESCRIPTION })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Corrections to a relationship. Its type, ends and role are its identity: to change them, remove it and add another.' })
export class UpdateRelationshipInput {
  @Field(() => ID, { description: 'The relationship to change (`rel:…`).' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  title?: string | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  titleEn?: string | null;

  @Field(() => FactBasis, { nullable: true, description: KEEP })
  basis?: FactBasis | null;

  @Field(() => String, { nullable: true, description: KEEP_OR_CLEAR })
  note?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: ADDED_EVIDENCE_DESCRIPTION })
  evidence?: EvidenceInput[] | null;

  @Field(() => [ID], { nullable: true, description: REMOVED_EVIDENCE_DESCRIPTION })
  removeEvidence?: string[] | null;
}

@InputType({ description: 'A relationship to remove.' })
export class RemoveRelationshipInput {
  @Field(() => ID, { description: 'The relationship (`rel:…`).' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;
}

@InputType({ description: 'A node to delete. Refused while it has relationships, unless cascade is true; the refusal lists them.' })
export class DeleteNodeInput {
  @Field(() => ID, { description: 'The node to delete.' })
  id!: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also remove every relationship of the node (each is recorded, and revertBatch restores them all).' })
  cascade?: boolean | null;
}

@InputType({ description: 'One change of a batch: set exactly one field.' })
export class ChangeInput {
  @Field(() => CreateOrganizationInput, { nullable: true, description: 'As the createOrganization mutation.' })
  createOrganization?: CreateOrganizationInput | null;

  @Field(() => UpdateOrganizationInput, { nullable: true, description: 'As the updateOrganization mutation.' })
  updateOrganization?: UpdateOrganizationInput | null;

  @Field(() => CreatePersonInput, { nullable: true, description: 'As the createPerson mutation.' })
  createPerson?: CreatePersonInput | null;

  @Field(() => UpdatePersonInput, { nullable: true, description: 'As the updatePerson mutation.' })
  updatePerson?: UpdatePersonInput | null;

  @Field(() => CreateEventInput, { nullable: true, description: 'As the createEvent mutation.' })
  createEvent?: CreateEventInput | null;

  @Field(() => UpdateEventInput, { nullable: true, description: 'As the updateEvent mutation.' })
  updateEvent?: UpdateEventInput | null;

  @Field(() => CreateProgramInput, { nullable: true, description: 'As the createProgram mutation.' })
  createProgram?: CreateProgramInput | null;

  @Field(() => UpdateProgramInput, { nullable: true, description: 'As the updateProgram mutation.' })
  updateProgram?: UpdateProgramInput | null;

  @Field(() => CreatePlaceInput, { nullable: true, description: 'As the createPlace mutation.' })
  createPlace?: CreatePlaceInput | null;

  @Field(() => UpdatePlaceInput, { nullable: true, description: 'As the updatePlace mutation.' })
  updatePlace?: UpdatePlaceInput | null;

  @Field(() => CreateSourceInput, { nullable: true, description: 'As the createSource mutation.' })
  createSource?: CreateSourceInput | null;

  @Field(() => UpdateSourceInput, { nullable: true, description: 'As the updateSource mutation.' })
  updateSource?: UpdateSourceInput | null;

  @Field(() => AddRelationshipInput, { nullable: true, description: 'As the addRelationship mutation.' })
  addRelationship?: AddRelationshipInput | null;

  @Field(() => UpdateRelationshipInput, { nullable: true, description: 'As the updateRelationship mutation.' })
  updateRelationship?: UpdateRelationshipInput | null;

  @Field(() => RemoveRelationshipInput, { nullable: true, description: 'As the removeRelationship mutation.' })
  removeRelationship?: RemoveRelationshipInput | null;

  @Field(() => DeleteNodeInput, { nullable: true, description: 'As the deleteNode mutation.' })
  deleteNode?: DeleteNodeInput | null;
}

@ObjectType({ description: 'One recorded change to one node or relationship: who, when, and the values before and after.' })
export class Change {
  @Field(() => ID, { description: 'Stable id of the change; pass it to revertChange.' })
  id!: string;

  @Field(() => ID, { description: 'The batch it was applied in: every change of one mutation shares it.' })
  batchId!: string;

  @Field({ description: 'When it was applied (ISO 8601, UTC, the database\'s clock).' })
  at!: string;

  @Field({ description: 'The name of the API key that applied it.' })
  author!: string;

  @Field(() => ChangeOp, { description: 'What it did.' })
  op!: ChangeOp;

  @Field(() => ID, { description: 'The node or relationship it changed.' })
  targetId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The target before: `{ type, labels?, from?, to?, properties, version }`; null when it was created.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The target after, in the same shape; null when it was deleted or removed.' })
  after!: Record<string, unknown> | null;

  @Field(() => ID, { nullable: true, description: 'The change this one reverted, if it is a revert.' })
  revertOf!: string | null;
}

@ObjectType({ description: 'What a curation mutation applied, all in one transaction.' })
export class CurationResult {
  @Field(() => ID, { description: 'The batch id shared by every change; revertBatch undoes them all.' })
  batchId!: string;

  @Field(() => [Change], { description: 'Every change recorded, in the order applied (a cascade or a derived REPORTED_BY adds its own).' })
  changes!: Change[];

  @Field(() => [Node], { description: 'The nodes created or updated, as they read now, in the order first changed.' })
  nodes!: Node[];

  @Field(() => [GraphEdge], { description: 'The relationships added or updated, as they read now, in the order first changed.' })
  relationships!: GraphEdge[];
}
