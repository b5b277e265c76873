import { int } from 'neo4j-driver';
import { RelationType } from '../common/enums';
import { type EvidenceRead, type EvidenceWithSourceRow, evidenceReadOf } from '../graph/graph.repository';
import type { StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { type StoredEdge, toGraphEdge, toGraphNode } from './graph-element.mapper';
import { Network, Path } from './network.type';

interface ElementRows {
  nodes: { node: StoredProperties; labels: string[] }[];
  edges: StoredEdge[];
}

/** What network/neighbourhood read: the network, and its edges' evidence when asked. */
export interface NeighbourhoodRead {
  readonly network: Network;
  /** The edges' evidence, when asked for. */
  readonly evidence: EvidenceRead | null;
}

/** What network/shortest-paths read: whether each end names a node, the paths, and their relationships' evidence when asked. */
export interface PathsRead {
  readonly fromFound: boolean;
  readonly toFound: boolean;
  readonly paths: Path[];
  /** The listed relationships' evidence, when asked for. */
  readonly evidence: EvidenceRead | null;
}

/** Every relation type: network/neighbourhood then skips its test of each relationship's type. */
const ALL_TYPES: readonly RelationType[] = Object.values(RelationType);

const toNodes = (rows: ElementRows['nodes']) => rows.map((n) => toGraphNode(n.node, n.labels));

export class NetworkRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Null when the centre is not in the graph. With `withEvidence`, the evidence of its edges comes along. */
  async neighbourhood(
    centerId: string, depth: number, limit: number, types: readonly RelationType[], withEvidence: boolean, ctx: QueryContext,
  ): Promise<NeighbourhoodRead | null> {
    const [row] = await this.executor.read<ElementRows & { truncated: boolean; evidenceIds: string[]; evidence?: EvidenceWithSourceRow[] }>(
      withEvidence ? 'network/neighbourhood-with-evidence' : 'network/neighbourhood',
      // Slices and comparisons need integers; the centre takes one place of the limit.
      { centerId, depth: int(depth), room: int(limit - 1), types, allTypes: ALL_TYPES.every((type) => types.includes(type)) },
      ctx,
    );
    if (!row) return null;
    return {
      network: Object.assign(new Network(), { nodes: toNodes(row.nodes), edges: row.edges.map(toGraphEdge), truncated: row.truncated }),
      evidence: evidenceReadOf(row),
    };
  }

  async shortestPaths(
    fromId: string, toId: string, maxHops: number, first: number, types: readonly RelationType[], withEvidence: boolean, ctx: QueryContext,
  ): Promise<PathsRead> {
    const [row] = await this.executor.read<{ fromFound: boolean; toFound: boolean; paths: ElementRows[]; evidenceIds: string[]; evidence?: EvidenceWithSourceRow[] }>(
      withEvidence ? 'network/shortest-paths-with-evidence' : 'network/shortest-paths', { fromId, toId, maxHops: int(maxHops), first: int(first), types }, ctx,
    );
    if (!row) throw new Error('network/shortest-paths returned no row');
    return {
      fromFound: row.fromFound,
      toFound: row.toFound,
      paths: row.paths.map((path) => Object.assign(new Path(), { nodes: toNodes(path.nodes), edges: path.edges.map(toGraphEdge), length: path.edges.length })),
      evidence: evidenceReadOf(row),
    };
  }
}
