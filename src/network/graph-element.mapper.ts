import { NodeType, type RelationType } from '../common/enums';
import { type StoredProperties, str, strs, versionOf } from '../graph/node-mapper';
import { nodeTypeOfLabels } from '../model/vocabulary';
import { GraphEdge, GraphNode } from './graph-element.type';

/**
 * The stored properties toGraphNode reads, and all that network/neighbourhood and network/shortest-paths project of
 * a node: a drawing needs no more, and a hub's network is smaller without the rest.
 */
export const GRAPH_NODE_PROPERTIES = ['id', 'kind', 'name', 'title', 'nameAr', 'titleAr', 'nameEn', 'titleEn'] as const;
/** The stored properties toGraphEdge reads, all that those statements project of a relationship. */
export const GRAPH_EDGE_PROPERTIES = ['id', 'version', 'role', 'title', 'evidenceIds'] as const;

/** A stored node as a drawable GraphNode: events are labelled by title, everything else by name. */
export function toGraphNode(p: StoredProperties, labels: readonly string[]): GraphNode {
  const type = nodeTypeOfLabels(labels);
  if (!type) throw new Error(`Node ${String(p.id)} has none of the labels Jisr knows: ${labels.join(', ')}`);
  const event = type === NodeType.EVENT;
  return Object.assign(new GraphNode(), {
    id: String(p.id),
    type,
    kind: str(p.kind),
    label: str(event ? p.title : p.name) ?? str(p.title) ?? String(p.id),
    nameAr: str(event ? p.titleAr : p.nameAr),
    nameEn: str(event ? p.titleEn : p.nameEn),
  });
}

export interface StoredEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly props: StoredProperties;
}

export function toGraphEdge(e: StoredEdge): GraphEdge {
  return Object.assign(new GraphEdge(), {
    id: str(e.props.id) ?? `rel:${e.type}:${e.source}:${e.target}`,
    source: e.source,
    target: e.target,
    type: e.type,
    version: versionOf(e.props),
    role: str(e.props.role),
    title: str(e.props.title),
    evidenceIds: strs(e.props.evidenceIds),
  });
}
