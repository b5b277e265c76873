/**
 * The graph as Neo4j stores it, read back for `jisr dump`: what the dump writer turns into seed files.
 *
 * Unlike the SeedGraph the loader writes from, nothing here has been checked: a node may carry labels or
 * properties Jisr does not know (a curation `version`, a `Change` node's label), a relationship may cite a
 * quote that is gone. The writer decides what the seed format can hold, and says what it leaves out.
 */

/** A stored property value as the dump reads it (Neo4j values other than these arrive as their text). */
export type StoredValue = string | number | boolean | null | StoredValue[];

export type StoredProperties = Readonly<Record<string, StoredValue>>;

/** A `:Node` other than a source, with the relationships that start from it. */
export interface StoredNode {
  readonly id: string;
  readonly labels: readonly string[];
  /** Every property but `id` and `evidenceIds`. */
  readonly properties: StoredProperties;
  /** The Evidence ids it cites, in stored order. */
  readonly evidenceIds: readonly string[];
}

/** A relationship of one of the vocabulary's types between two `:Node`s. */
export interface StoredRelationship {
  /** The stored `id`; null when it has none (written by hand in Cypher). */
  readonly id: string | null;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Every property but `id` and `evidenceIds`. */
  readonly properties: StoredProperties;
  readonly evidenceIds: readonly string[];
}

/** An `:Evidence` node: a verbatim quote of a source at its offsets. */
export interface StoredEvidence {
  readonly id: string;
  readonly sourceId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** A `:Source` node with its text. */
export interface StoredSource {
  readonly id: string;
  /** Every property but `id` (title, outlet, …, text, and `file` when the loader stored one). */
  readonly properties: StoredProperties;
}

export interface StoredGraph {
  readonly sources: readonly StoredSource[];
  readonly nodes: readonly StoredNode[];
  readonly relationships: readonly StoredRelationship[];
  readonly evidence: readonly StoredEvidence[];
}
