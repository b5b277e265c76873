import { int } from 'neo4j-driver';
import { RelationType } from '../common/enums';
import type { StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { type StoredEdge, toGraphEdge, toGraphNode } from './graph-element.mapper';
import { Network, Path } from './network.type';

interface ElementRows {
  nodes: { node: StoredProperties; labels: string[] }[];
  edges: StoredEdge[];
}

/** Every relation type: network/neighbourhood then skips its test of each relationship's type. */
const ALL_TYPES: readonly RelationType[] = Object.values(RelationType);

const toNodes = (rows: ElementRows['nodes']) => rows.map((n) => toGraphNode(n.node, n.labels));

export class NetworkRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Null when the centre is not in the graph. */
  async neighbourhood(centerId: string, depth: number, limit: number, types: readonly RelationType[], ctx: QueryContext): Promise<Network | null> {
    const [row] = await this.executor.read<ElementRows & { truncated: boolean }>('network/neighbourhood', {
      // Slices and comparisons need integers; the centre takes one place of the limit.
      centerId, depth: int(depth), room: int(limit - 1), types, allTypes: ALL_TYPES.every((type) => types.includes(type)),
    }, ctx);
    if (!row) return null;
    return Object.assign(new Network(), { nodes: toNodes(row.nodes), edges: row.edges.map(toGraphEdge), truncated: row.truncated });
  }

  async shortestPaths(fromId: string, toId: string, maxHops: number, first: number, types: readonly RelationType[], ctx: QueryContext): Promise<Path[]> {
    const rows = await this.executor.read<ElementRows>('network/shortest-paths', { fromId, toId, maxHops: int(maxHops), first: int(first), types }, ctx);
    return rows.map((row) => Object.assign(new Path(), { nodes: toNodes(row.nodes), edges: row.edges.map(toGraphEdge), length: row.edges.length }));
  }
}
