import type { NodeType, RelationType } from '../model/vocabulary';

/**
 * The graph as the exports write it: the `network` query's shape (src/network/graph-element.type.ts) with
 * each relationship's quotes inlined, because a file taken away cannot ask for them later.
 *
 * Nothing here imports Node-only modules: the writers run in a browser as well (the explorer may offer
 * the same files built from what it already drew).
 */

export interface ExportNode {
  readonly id: string;
  readonly type: NodeType;
  /** The actor, event or place kind; null for programs and sources. */
  readonly kind: string | null;
  /** The display label of the API: English where known, else Arabic. */
  readonly label: string;
  readonly nameAr: string | null;
  readonly nameEn: string | null;
}

export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly relation: RelationType;
  /** ORGANIZED and PARTICIPATED_IN: lead, co-organiser, host, speaker, chair, attendee. */
  readonly role: string | null;
  /** HOLDS_POSITION and PARTICIPATED_IN: the post as the source gives it. */
  readonly title: string | null;
  /** The verbatim quotes that state the relationship, in the order the relationship cites them. */
  readonly evidence: readonly string[];
}

/** What a file says about itself: where the graph comes from and what part of it this is. */
export interface ExportDescription {
  /** One line, e.g. "Jisr: the neighbourhood of org:saferworld, depth 2". */
  readonly title: string;
  /** When the export was taken (ISO 8601). */
  readonly takenAt: string;
}

/**
 * A graph to write, in batches: every node batch comes before the first edge batch (GEXF and most readers
 * need the nodes first), and every edge's ends are among the nodes. The writers consume each batch once,
 * as it comes, so a whole-graph export never holds more than a page of it.
 */
export interface ExportGraph {
  readonly description: ExportDescription;
  nodeBatches(): AsyncIterable<readonly ExportNode[]>;
  edgeBatches(): AsyncIterable<readonly ExportEdge[]>;
}

/** The label a file shows for a node: Arabic where the graph has it (the sources are Arabic), else the API's label. */
export function displayLabel(node: ExportNode): string {
  return node.nameAr ?? node.label;
}
