import graphOperations from '../../operations/graph.graphql';
import { jisr, operation } from '../api/jisr';
import type { EvidenceQuote } from '../evidence/evidence.types';

export type NodeType = 'ORGANIZATION' | 'PERSON' | 'EVENT' | 'PROGRAM' | 'PLACE' | 'SOURCE';
export type RelationType =
  | 'FUNDED' | 'HELD_IN' | 'HOLDS_POSITION' | 'IMPLEMENTED' | 'LOCATED_IN'
  | 'ORGANIZED' | 'PARTICIPATED_IN' | 'PARTNERED_WITH' | 'PART_OF' | 'REPORTED_BY';

/** Any node as search and node(id) return it: actors, programs and places have names, events titles. */
export interface NodeSummary {
  readonly __typename: 'Organization' | 'Person' | 'Event' | 'Program' | 'Place' | 'Source';
  readonly id: string;
  readonly kind?: string;
  readonly name?: string;
  readonly nameAr?: string | null;
  readonly nameEn?: string | null;
  readonly title?: string;
  readonly titleAr?: string | null;
  readonly titleEn?: string | null;
  readonly date?: string | null;
}

export interface SearchHit {
  readonly score: number;
  readonly node: NodeSummary;
}

export interface NetworkNode {
  readonly id: string;
  readonly type: NodeType;
  readonly kind: string | null;
  readonly label: string;
  readonly nameAr: string | null;
  readonly nameEn: string | null;
}

export interface NetworkEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly role: string | null;
  readonly title: string | null;
  readonly evidence: readonly EvidenceQuote[];
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly truncated: boolean;
}

export interface NodeWithEvidence extends NodeSummary {
  readonly evidence?: readonly EvidenceQuote[];
}

const ExplorerSearch = operation<{ search: SearchHit[] }, { text: string; first: number }>(graphOperations, 'ExplorerSearch');
const ExplorerNetwork = operation<{ network: Network }, { centerId: string; depth: number; limit: number }>(graphOperations, 'ExplorerNetwork');
const ExplorerNodeEvidence = operation<{ node: NodeWithEvidence | null }, { id: string }>(graphOperations, 'ExplorerNodeEvidence');

export const searchNodes = (text: string, signal?: AbortSignal) =>
  jisr.request(ExplorerSearch, { text, first: 10 }, { signal }).then((data) => data.search);

/** One hop around a node: enough to read it and to click further, small enough to stay legible. */
export const neighbourhoodOf = (centerId: string) =>
  jisr.request(ExplorerNetwork, { centerId, depth: 1, limit: 60 }).then((data) => data.network);

export const nodeWithEvidence = (id: string) =>
  jisr.request(ExplorerNodeEvidence, { id }).then((data) => data.node);
