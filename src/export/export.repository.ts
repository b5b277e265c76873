import { int } from 'neo4j-driver';
import { toGraphNode } from '../network/graph-element.mapper';
import { NODE_TYPES, RELATION_TYPES, type RelationType, labelOf } from '../model/vocabulary';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { ExportEdge, ExportNode } from './export.model';

/** Rows per page: nodes are small; a page of relationships holds every relationship of 500 start nodes. */
export interface ExportPageSizes {
  readonly nodes: number;
  readonly startNodes: number;
}

export const DEFAULT_EXPORT_PAGE_SIZES: ExportPageSizes = { nodes: 1_000, startNodes: 500 };

// Labels that name a kind: a node carrying none of them (a label Jisr does not know) is not exported.
const KIND_LABELS = NODE_TYPES.map(labelOf);

interface NodeRow { id: string; node: Record<string, unknown>; labels: string[] }
interface RelationshipRow {
  id: string;
  outgoing: { id: unknown; target: string; type: RelationType; role: unknown; title: unknown; quotes: string[] }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Reads the whole graph for an export, page by page in id order (an index seek from the last id of the previous
 * page), so that no statement returns the whole graph at once. Each page is its own read transaction: an export
 * taken while editors write may see some of their changes and not others; the service keeps it drawable (every
 * edge's ends among the nodes).
 */
export class ExportRepository {
  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly pageSizes: ExportPageSizes = DEFAULT_EXPORT_PAGE_SIZES,
  ) {}

  async counts(ctx: QueryContext): Promise<{ nodes: number; relationships: number }> {
    const [row] = await this.executor.read<{ nodes: number; relationships: number }>('export/graph-counts', { labels: KIND_LABELS, types: RELATION_TYPES }, ctx);
    return row ?? { nodes: 0, relationships: 0 };
  }

  async *nodePages(ctx: QueryContext): AsyncGenerator<ExportNode[]> {
    for await (const rows of this.pages<NodeRow>('export/nodes-page', { labels: KIND_LABELS }, this.pageSizes.nodes, ctx)) {
      yield rows.map((row) => {
        const node = toGraphNode(row.node, row.labels);
        return { id: node.id, type: node.type, kind: node.kind, label: node.label, nameAr: node.nameAr, nameEn: node.nameEn };
      });
    }
  }

  async *relationshipPages(ctx: QueryContext): AsyncGenerator<ExportEdge[]> {
    for await (const rows of this.pages<RelationshipRow>('export/relationships-page', { types: RELATION_TYPES }, this.pageSizes.startNodes, ctx)) {
      yield rows.flatMap((row) => row.outgoing.map((rel): ExportEdge => ({
        // Relationships written by hand in Cypher may lack an id; the API names them the same way.
        id: text(rel.id) ?? `rel:${rel.type}:${row.id}:${rel.target}`,
        source: row.id,
        target: rel.target,
        relation: rel.type,
        role: text(rel.role),
        title: text(rel.title),
        evidence: rel.quotes,
      })));
    }
  }

  private async *pages<Row extends { id: string }>(name: 'export/nodes-page' | 'export/relationships-page', params: Record<string, unknown>, limit: number, ctx: QueryContext): AsyncGenerator<Row[]> {
    // Ids are non-empty strings, so '' sorts before every one of them.
    let after = '';
    for (;;) {
      const rows = await this.executor.read<Row>(name, { ...params, after, limit: int(limit) }, ctx); // LIMIT needs an integer
      if (rows.length > 0) yield rows;
      const last = rows.at(-1);
      if (rows.length < limit || !last) return;
      after = last.id;
    }
  }
}
