/**
 * The proposal: what an article would add to the graph, for a curator to review. Plain data (JSON-serialisable):
 * entities either matched to an existing node (with the span and the reason) or new (a record in the curated
 * seed format, src/seeds/seed.schema.ts), relationships between them by reference, the mentions that could not
 * be resolved, and warnings. Every fact carries the verbatim quotes that state it, the rule or cue that found
 * it and a confidence in [0, 1].
 */
import { type NodeType, type RelationType, type RelationshipRole } from '../model/vocabulary';
import {
  type EventRecord, type OrganizationRecord, type PersonRecord, type PlaceRecord, type ProgramRecord,
} from '../seeds/seed.schema';
import { type Quote } from './article.text';
import { type PublicationDate } from './dates';
import { type UnresolvedMention } from './mentions/find-mentions';

export const PROPOSAL_VERSION = 1;

export type ProposedNodeType = Exclude<NodeType, 'SOURCE'>;

/** The record a new entity would be, in the seed file format of its section. */
export type ProposedRecord =
  | { readonly section: 'organizations'; readonly record: OrganizationRecord }
  | { readonly section: 'persons'; readonly record: PersonRecord }
  | { readonly section: 'events'; readonly record: EventRecord }
  | { readonly section: 'programs'; readonly record: ProgramRecord }
  | { readonly section: 'places'; readonly record: PlaceRecord };

interface EntityBase {
  /** Reference inside the proposal: `org-1`, `person-2`, `event-1`, `program-1`, `place-3`. */
  readonly ref: string;
  readonly type: ProposedNodeType;
  /** How a curator reads it: the name (or an event's title) as published. */
  readonly label: string;
  /** Every span of the article that names it. */
  readonly mentions: readonly Quote[];
  readonly rule: string;
  readonly confidence: number;
}

/** An entity the graph already has. */
export interface MatchedEntity extends EntityBase {
  readonly resolution: 'matched';
  readonly match: {
    readonly id: string;
    /** The span that answered to the node's name. */
    readonly span: Quote;
    /** The name or alias it answered to, and why it is this node. */
    readonly name: string;
    readonly reason: string;
  };
}

/** An entity the graph does not have yet: the record it would be. */
export interface NewEntity extends EntityBase {
  readonly resolution: 'new';
  readonly proposed: ProposedRecord;
  /** Where the record's names come from when not only from the article: the gazetteer or the actor lexicon. */
  readonly suggestedBy?: { readonly origin: 'gazetteer' | 'lexicon'; readonly reason: string };
  /** What an event's record cannot hold: a count read from words, the last day of a multi-day event, why the date is as precise as it is. */
  readonly reading?: {
    readonly participantCount?: number;
    readonly participantCountApproximate?: boolean;
    readonly endDate?: string;
    readonly dateReason?: string;
  };
}

export type ProposedEntity = MatchedEntity | NewEntity;

export interface ProposedRelationship {
  readonly ref: string;
  readonly type: RelationType;
  /** Entity refs. */
  readonly from: string;
  readonly to: string;
  readonly role?: RelationshipRole;
  readonly title?: string;
  /** `gazetteer` when it rests on geography the article takes for granted (Lahj is in Yemen). */
  readonly basis: 'article' | 'gazetteer';
  readonly evidence: readonly Quote[];
  /** The rule that proposed it, naming its cue («بدعم من», «نظمت»). */
  readonly rule: string;
  /** The cue words, verbatim, when a cue produced it. */
  readonly cue?: Quote;
  readonly confidence: number;
  readonly note?: string;
}

export interface ArticleInfo {
  readonly path?: string;
  /** Title: the article's first line. */
  readonly title: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: PublicationDate | null;
  /** The country the article is about, when its places and actors say. */
  readonly country: string | null;
  /** UTF-16 length of the text the offsets count in. */
  readonly length: number;
  readonly sha256: string;
}

export interface Proposal {
  readonly version: typeof PROPOSAL_VERSION;
  readonly article: ArticleInfo;
  readonly entities: readonly ProposedEntity[];
  readonly relationships: readonly ProposedRelationship[];
  readonly unresolved: readonly UnresolvedMention[];
  readonly warnings: readonly string[];
}
