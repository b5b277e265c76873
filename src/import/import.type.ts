import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeType, RelationType } from '../common/enums';
import { CurationResult, FactBasis } from '../curation/curation.type';

/** How the importer resolved an entity: to a node the graph has, or to a record it would create. */
export const ImportResolution = { MATCHED: 'matched', NEW: 'new' } as const;
export type ImportResolution = (typeof ImportResolution)[keyof typeof ImportResolution];
registerEnumType(ImportResolution, {
  name: 'ImportResolution',
  description: 'MATCHED: an existing node the article names (by its name or an alias). NEW: a record the graph does not have yet.',
});

/** What a curator decides for one item of a proposal. */
export const ImportChoice = { ACCEPT: 'ACCEPT', REJECT: 'REJECT', REPOINT: 'REPOINT' } as const;
export type ImportChoice = (typeof ImportChoice)[keyof typeof ImportChoice];
registerEnumType(ImportChoice, {
  name: 'ImportChoice',
  description: 'ACCEPT the item as proposed; REJECT it (a rejected entity takes its relationships with it); REPOINT an entity to another existing node (repointTo).',
});

/** The choice for the items a curator did not decide on. */
export const ImportDefaultChoice = { ACCEPT: 'ACCEPT', REJECT: 'REJECT' } as const;
export type ImportDefaultChoice = (typeof ImportDefaultChoice)[keyof typeof ImportDefaultChoice];
registerEnumType(ImportDefaultChoice, { name: 'ImportDefaultChoice', description: 'What happens to the items the choices leave out.' });

@ObjectType({ description: 'Words of the article, verbatim, at their UTF-16 offsets: `text.slice(start, end) === quote`.' })
export class ImportQuote {
  @Field({ description: 'The words as published.' })
  quote!: string;

  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;
}

@ObjectType({ description: 'Why a proposed entity is an existing node.' })
export class ImportMatch {
  @Field(() => ID, { description: 'The node it is.' })
  id!: string;

  @Field(() => ImportQuote, { description: 'The span of the article that answered to the node\'s name.' })
  span!: ImportQuote;

  @Field({ description: 'The name or alias of the node the span answered to.' })
  name!: string;

  @Field({ description: 'Why it is this node (which name, which country).' })
  reason!: string;
}

@ObjectType({ description: 'Where a new entity\'s names come from when not only from the article.' })
export class ImportSuggestion {
  @Field({ description: '`gazetteer` (the shipped places) or `lexicon` (international bodies news names without a head noun).' })
  origin!: string;

  @Field({ description: 'What it was found as.' })
  reason!: string;
}

@ObjectType({ description: 'An organisation, person, event, program or place the article mentions.' })
export class ImportEntity {
  @Field({ description: 'Its reference inside the proposal (`org-1`, `event-2`): what choices and relationships name.' })
  ref!: string;

  @Field(() => ImportResolution, { description: 'Matched to an existing node, or new.' })
  resolution!: ImportResolution;

  @Field(() => NodeType, { description: 'What kind of node it is.' })
  type!: NodeType;

  @Field(() => String, { nullable: true, description: 'Its kind where its type has one (an ActorKind, EventKind or PlaceKind value); null for a matched node and for programs.' })
  kind!: string | null;

  @Field({ description: 'How a curator reads it: the name, or an event\'s title.' })
  label!: string;

  @Field(() => [String], { description: 'Every name it goes by here: the label, the matched name, or the new record\'s Arabic and English names and aliases.' })
  names!: string[];

  @Field(() => [ImportQuote], { description: 'Every span of the article that names it.' })
  mentions!: ImportQuote[];

  @Field(() => ImportMatch, { nullable: true, description: 'For MATCHED: the node, the span and why.' })
  match!: ImportMatch | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'For NEW: `{ section, record }`, the record in the curated seed format (seeds/graph/*.yaml) it would be created as.' })
  proposed!: Record<string, unknown> | null;

  @Field(() => ImportSuggestion, { nullable: true, description: 'For NEW: the gazetteer or lexicon entry its names come from, if any.' })
  suggestedBy!: ImportSuggestion | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'For a NEW event: what its record cannot hold (a count read from words, the last day, why the date is as precise as it is).' })
  reading!: Record<string, unknown> | null;

  @Field({ description: 'The rules that found it.' })
  rule!: string;

  @Field(() => Float, { description: 'How sure the importer is, from 0 to 1.' })
  confidence!: number;
}

@ObjectType({ description: 'A relationship the article states between two entities of the proposal.' })
export class ImportRelationship {
  @Field({ description: 'Its reference inside the proposal (`rel-3`).' })
  ref!: string;

  @Field(() => RelationType, { description: 'What it means.' })
  type!: RelationType;

  @Field({ description: 'The ref of the entity it starts from.' })
  from!: string;

  @Field({ description: 'The ref of the entity it points to.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'ORGANIZED: lead, co-organiser or host; PARTICIPATED_IN: speaker, chair or attendee.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'HOLDS_POSITION and PARTICIPATED_IN: the post as the article gives it.' })
  title!: string | null;

  @Field(() => FactBasis, { description: 'ARTICLE when the article states it; GAZETTEER for geography it takes for granted.' })
  basis!: FactBasis;

  @Field(() => [ImportQuote], { description: 'The quotes that state it.' })
  evidence!: ImportQuote[];

  @Field({ description: 'The rule that proposed it, naming its cue («بدعم من», «نظمت»).' })
  rule!: string;

  @Field(() => ImportQuote, { nullable: true, description: 'The cue words, when a cue produced it.' })
  cue!: ImportQuote | null;

  @Field(() => Float, { description: 'How sure the importer is, from 0 to 1.' })
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'A note for the curator.' })
  note!: string | null;
}

@ObjectType({ description: 'A mention the importer could not resolve: listed, not dropped.' })
export class ImportUnresolvedMention {
  @Field({ description: 'The words, verbatim.' })
  text!: string;

  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;

  @Field(() => NodeType, { nullable: true, description: 'What it looked like, if anything.' })
  type!: NodeType | null;

  @Field({ description: 'Why it was not resolved.' })
  reason!: string;
}

@ObjectType({ description: 'The article a proposal was made from.' })
export class ImportArticle {
  @Field({ description: 'Its title: the one given, or its headline line.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where it can be read.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet that published it.' })
  outlet!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (partial ISO), given or read from the dateline.' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'The country it is about (`place:ye`), when its places and actors say.' })
  country!: string | null;

  @Field(() => Int, { description: 'UTF-16 length of the text the offsets count in.' })
  length!: number;

  @Field({ description: 'SHA-256 of the text (hex): applyImport checks the text it is given against it.' })
  sha256!: string;
}

@ObjectType({ description: 'What an article would add to the graph, for a curator to review. Nothing is written by proposing.' })
export class ImportProposal {
  @Field(() => Int, { description: 'The proposal format\'s version.' })
  version!: number;

  @Field(() => ImportArticle, { description: 'The article.' })
  article!: ImportArticle;

  @Field(() => [ImportEntity], { description: 'Entities it mentions, matched or new.' })
  entities!: ImportEntity[];

  @Field(() => [ImportRelationship], { description: 'Relationships it states, between entities by ref.' })
  relationships!: ImportRelationship[];

  @Field(() => [ImportUnresolvedMention], { description: 'Mentions it could not resolve.' })
  unresolved!: ImportUnresolvedMention[];

  @Field(() => [String], { description: 'What a curator should know (no publication date, a date that disagrees…).' })
  warnings!: string[];

  @Field(() => GraphQLJSONObject, { description: 'The whole proposal as JSON: send it back unchanged to applyImport.' })
  proposal!: Record<string, unknown>;
}

@InputType({ description: 'An article to propose an import from.' })
export class ProposeImportInput {
  @Field({ description: 'The article\'s text, verbatim (UTF-8, mostly Arabic, at most 5 MB).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where it can be read.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet that published it.' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD); overrides the dateline and anchors «اليوم», «أمس».' })
  published?: string | null;

  @Field(() => String, { nullable: true, description: 'Its title; left out, the headline line.' })
  title?: string | null;
}

@InputType({ description: 'A curator\'s decision on one entity or relationship of a proposal.' })
export class ImportChoiceInput {
  @Field({ description: 'The ref of the entity or relationship.' })
  ref!: string;

  @Field(() => ImportChoice, { description: 'ACCEPT, REJECT, or (entities only) REPOINT.' })
  choice!: ImportChoice;

  @Field(() => ID, { nullable: true, description: 'With REPOINT: the existing node the entity is instead of its match or new record.' })
  repointTo?: string | null;
}

@InputType({ description: 'A reviewed proposal to apply as one curation batch.' })
export class ApplyImportInput {
  @Field(() => GraphQLJSONObject, { description: 'The proposal as proposeImport returned it (`ImportProposal.proposal`).' })
  proposal!: Record<string, unknown>;

  @Field(() => [ImportChoiceInput], { nullable: true, description: 'The curator\'s decisions; each ref at most once.' })
  choices?: ImportChoiceInput[] | null;

  @Field(() => ID, { nullable: true, description: 'The source every quote comes from. With createSource, the id to give it (default `source:article-` + the first 12 hex digits of the text\'s SHA-256); without, a source the graph has, whose text is the article\'s.' })
  sourceId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Create the source first, from `text` and the proposal\'s article metadata.' })
  createSource?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The article\'s text, needed with createSource: the very text the proposal was made from (checked against its sha256).' })
  text?: string | null;

  @Field(() => ImportDefaultChoice, { nullable: true, defaultValue: ImportDefaultChoice.ACCEPT, description: 'The choice for the items the choices leave out (default ACCEPT).' })
  otherwise?: ImportDefaultChoice | null;
}

@ObjectType({ description: 'An item of the proposal that was not written, and why.' })
export class ImportSkipped {
  @Field({ description: 'The ref of the entity or relationship.' })
  ref!: string;

  @Field({ description: 'Why it was left out (rejected, or an end was rejected).' })
  reason!: string;
}

@ObjectType({ description: 'What applying a reviewed proposal wrote, and what it left out.' })
export class ImportApplyResult {
  @Field(() => CurationResult, { description: 'The batch, as applyChanges answers it: its id (revertBatch undoes it), the changes recorded, what was written.' })
  result!: CurationResult;

  @Field(() => [ImportSkipped], { description: 'Entities and relationships not written, with the reason.' })
  skipped!: ImportSkipped[];
}
