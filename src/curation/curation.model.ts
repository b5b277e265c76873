/**
 * The words of curation: what an editor asks for (a CurationRequest), what the graph holds of the targets
 * (snapshots), what a batch writes (Writes, one per node or relationship changed) and what it refuses
 * (problems and conflicts). Plain data, no GraphQL and no Cypher: the planner and the repository meet here.
 */
import type { NodeType, RelationType } from '../model/vocabulary';

export const CHANGE_OPS = [
  'CREATE_NODE', 'UPDATE_NODE', 'DELETE_NODE', 'ADD_RELATIONSHIP', 'UPDATE_RELATIONSHIP', 'REMOVE_RELATIONSHIP',
] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/** Stored properties as Neo4j holds them (no nulls: an absent value is a missing key). */
export type Properties = Record<string, unknown>;

/** A node as the graph holds it: its properties without `id` and `version`, which are kept apart. */
export interface NodeSnapshot {
  readonly type: NodeType;
  readonly labels: readonly string[];
  readonly properties: Properties;
  /** Every write increments it; a node never written since the seed load has none stored and reads 1. */
  readonly version: number;
}

/** A relationship as the graph holds it: its properties without `id` and `version`. */
export interface RelationshipSnapshot {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
  readonly version: number;
}

export type TargetKind = 'NODE' | 'RELATIONSHIP';

interface WriteOf<K extends TargetKind, S> {
  readonly target: K;
  readonly op: ChangeOp;
  readonly id: string;
  /** Null when the write creates the target. */
  readonly before: S | null;
  /** Null when the write deletes the target. */
  readonly after: S | null;
  /** The request of the batch that caused it. */
  readonly index: number;
  /** The change this write reverts, when it is a revert. */
  readonly revertOf?: string;
}

/** One node or relationship changed: the unit the graph is written in and history is recorded in. */
export type Write = WriteOf<'NODE', NodeSnapshot> | WriteOf<'RELATIONSHIP', RelationshipSnapshot>;

/** A quote located in its source: the Evidence node a fact points at. */
export interface LocatedQuote {
  readonly id: string;
  readonly sourceId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** The ChangeInput fields, one per kind of change; a request is exactly one of them. */
export const CHANGE_NAMES = [
  'createOrganization', 'updateOrganization', 'createPerson', 'updatePerson', 'createEvent', 'updateEvent',
  'createProgram', 'updateProgram', 'createPlace', 'updatePlace', 'createSource', 'updateSource',
  'addRelationship', 'updateRelationship', 'removeRelationship', 'deleteNode',
] as const;
export type ChangeName = (typeof CHANGE_NAMES)[number];

/** One thing an editor asks for: the ChangeInput field set, and its input as GraphQL gave it. */
export interface CurationRequest {
  readonly change: ChangeName;
  readonly input: Readonly<Record<string, unknown>>;
}

/** One reason a request is refused: which request, which of its fields, the value received and the fix. */
export interface CurationProblem {
  readonly index: number;
  readonly change: string;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  /** For a quote that occurs several times: the offsets `start` may take. */
  readonly candidates?: readonly number[];
  /** For a node deleted without cascade: the relationships that would go with it. */
  readonly links?: ReadonlyArray<{ readonly id: string; readonly type: string; readonly direction: 'OUTGOING' | 'INCOMING'; readonly otherId: string }>;
}

/** A request that named a version the target no longer has. */
export interface CurationConflict {
  readonly index: number;
  readonly change: string;
  readonly id: string;
  readonly version: number | null;
  readonly currentVersion: number | null;
  readonly current: Properties | null;
  readonly message: string;
}

/** A recorded change as history stores it. */
export interface StoredChange {
  readonly id: string;
  readonly batchId: string;
  readonly seq: number;
  readonly at: string;
  readonly author: string;
  readonly authorKeyId: string;
  readonly op: ChangeOp;
  readonly target: TargetKind;
  readonly targetId: string;
  readonly before: NodeSnapshot | RelationshipSnapshot | null;
  readonly after: NodeSnapshot | RelationshipSnapshot | null;
  readonly revertOf: string | null;
}

/** Who applies a batch, as history records them. */
export interface Author {
  readonly name: string;
  readonly keyId: string;
}
