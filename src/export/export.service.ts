import type { Repositories } from '../context/context';
import { Loaders, type RequestScope } from '../context/loaders';
import { badUserInput, ErrorCode, JisrError } from '../errors';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import { NETWORK_BOUNDS, neighbourhood } from '../network/network.service';
import type { QueryContext } from '../neo4j/executor';
import { csvHead, csvRows, nodesCsvChunks, relationshipsCsvChunks } from './csv.writer';
import { EXPORT_FORMATS, type ExportFormat, FUNDER_FORMAT_NAMES } from './export.formats';
import type { ExportEdge, ExportGraph, ExportNode } from './export.model';
import type { ExportRepository } from './export.repository';
import { FLOW_AUDIT_COLUMNS } from './funder-flows.audit';
import { auditRows, flowGraph, fundingFlowPages } from './funder-flows.export';
import { gexfChunks } from './gexf.writer';
import { graphmlChunks } from './graphml.writer';
import { cytoscapeChunks, graphologyChunks } from './json.writer';

/** What part of the graph to export. */
export type ExportScope =
  | { readonly kind: 'graph' }
  | { readonly kind: 'neighbourhood'; readonly centerId: string; readonly depth: number; readonly limit: number }
  | { readonly kind: 'funder'; readonly funderId: string };

/** Progress as the CLI's progress bar draws it (the seed loader's shape). */
export interface ExportProgress {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

export interface ExportCounts {
  nodes: number;
  edges: number;
  /** Audit CSV rows (funding flows). */
  rows: number;
}

/** An export that has passed its checks and its first read: what remains is to write it. */
export interface PreparedExport {
  readonly format: ExportFormat;
  /** A file name without a path: `jisr-org-saferworld-depth-2.gexf`. */
  readonly fileName: string;
  readonly contentType: string;
  /** The file's text, chunk by chunk; reading stops when the consumer stops asking. */
  chunks(): AsyncGenerator<string>;
  /** What has been written so far (all of it once chunks() is done). */
  readonly counts: Readonly<ExportCounts>;
}

export interface ExportDependencies {
  readonly repositories: Pick<Repositories, 'graph' | 'network' | 'funding'>;
  readonly exports: ExportRepository;
}

export interface ExportOptions {
  readonly query: QueryContext;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Clock for the file's "taken at"; tests pin it. */
  readonly now?: () => Date;
}

/** How many nodes a neighbourhood export keeps when no limit is given: the most `network` allows. */
export const DEFAULT_EXPORT_LIMIT = NETWORK_BOUNDS.maxLimit;

const fileSafe = (id: string) => id.replace(/[^a-z0-9-]+/g, '-');

function chunksOf(format: ExportFormat, graph: ExportGraph): AsyncGenerator<string> {
  switch (format) {
    case 'gexf': return gexfChunks(graph);
    case 'graphml': return graphmlChunks(graph);
    case 'json': return graphologyChunks(graph);
    case 'cytoscape': return cytoscapeChunks(graph);
    case 'csv': return relationshipsCsvChunks(graph);
    case 'nodes-csv': return nodesCsvChunks(graph);
    default: {
      const unreachable: never = format;
      throw new Error(`Unhandled export format ${String(unreachable)}`);
    }
  }
}

/** A graph already in memory (a neighbourhood, a funder's flows), handed out in batches of `size`. */
function graphInMemory(title: string, takenAt: string, nodes: readonly ExportNode[], edges: readonly ExportEdge[], counts: ExportCounts, size = 500): ExportGraph {
  const batches = async function* <T>(items: readonly T[], count: (n: number) => void) {
    for (let i = 0; i < items.length; i += size) {
      const batch = items.slice(i, i + size);
      count(batch.length);
      yield batch;
    }
  };
  return {
    description: { title, takenAt },
    nodeBatches: () => batches(nodes, (n) => { counts.nodes += n; }),
    edgeBatches: () => batches(edges, (n) => { counts.edges += n; }),
  };
}

/**
 * Checks the request and does the first read (a neighbourhood, the counts of the whole graph, the funder), so
 * that a mistake or an unreachable database is an error before any byte of the file is sent; then hands out
 * the file chunk by chunk.
 */
export async function prepareExport(format: ExportFormat, scope: ExportScope, deps: ExportDependencies, options: ExportOptions): Promise<PreparedExport> {
  const takenAt = (options.now?.() ?? new Date()).toISOString();
  const { extension, contentType } = EXPORT_FORMATS[format];
  const counts: ExportCounts = { nodes: 0, edges: 0, rows: 0 };
  const request: RequestScope = { loaders: new Loaders(deps.repositories.graph, options.query), query: options.query };
  const progress = options.onProgress ?? (() => undefined);

  switch (scope.kind) {
    case 'graph': {
      const totals = await deps.exports.counts(options.query);
      // Pages are separate transactions: an edge whose end was not among the nodes written (a node added or
      // removed between the pages) is left out, so that every reader can draw the file.
      const written = new Set<string>();
      const graph: ExportGraph = {
        description: { title: 'Jisr: the whole graph', takenAt },
        async *nodeBatches() {
          for await (const batch of deps.exports.nodePages(options.query)) {
            for (const node of batch) written.add(node.id);
            counts.nodes += batch.length;
            progress({ step: 'nodes', done: counts.nodes, total: Math.max(totals.nodes, counts.nodes) });
            yield batch;
          }
          // The counts were read first; when the pages found fewer, the bar still ends full.
          if (counts.nodes < totals.nodes) progress({ step: 'nodes', done: counts.nodes, total: counts.nodes });
        },
        async *edgeBatches() {
          for await (const batch of deps.exports.relationshipPages(options.query)) {
            const drawable = batch.filter((edge) => written.has(edge.source) && written.has(edge.target));
            counts.edges += drawable.length;
            progress({ step: 'edges', done: counts.edges, total: Math.max(totals.relationships, counts.edges) });
            yield drawable;
          }
          if (counts.edges < totals.relationships) progress({ step: 'edges', done: counts.edges, total: counts.edges });
        },
      };
      return { format, fileName: `jisr-graph.${extension}`, contentType, chunks: () => chunksOf(format, graph), counts };
    }
    case 'neighbourhood': {
      // The network query's own traversal and checks (id, depth 1–3, limit), so the file and the drawing agree.
      // With the edges' evidence, which then comes in the network's own statement.
      const network = await neighbourhood(scope.centerId, scope.depth, scope.limit, null, true, deps.repositories.network, request);
      const records = await request.loaders.evidenceOf([...new Set(network.edges.flatMap((e) => e.evidenceIds))]);
      const quotes = new Map(records.map((record) => [record.id, record]));
      const nodes = network.nodes.map((n): ExportNode => ({ id: n.id, type: n.type, kind: n.kind, label: n.label, nameAr: n.nameAr, nameEn: n.nameEn }));
      const edges = network.edges.map((e): ExportEdge => ({
        id: e.id, source: e.source, target: e.target, relation: e.type, role: e.role, title: e.title,
        evidence: e.evidenceIds.flatMap((id) => quotes.get(id)?.quote ?? []),
      }));
      const title = `Jisr: the neighbourhood of ${scope.centerId}, depth ${scope.depth}${network.truncated ? ` (cut at ${scope.limit} nodes)` : ''}`;
      const graph = graphInMemory(title, takenAt, nodes, edges, counts);
      progress({ step: 'network', done: nodes.length, total: nodes.length });
      return { format, fileName: `jisr-${fileSafe(scope.centerId)}-depth-${scope.depth}.${extension}`, contentType, chunks: () => chunksOf(format, graph), counts };
    }
    case 'funder': {
      if (!FUNDER_FORMAT_NAMES.includes(format)) {
        throw badUserInput(`A funder's flows export as ${FUNDER_FORMAT_NAMES.join(', ')}, not ${format}.`, { argument: 'format' });
      }
      const { id } = parseNodeIdOf(scope.funderId, ACTOR_NODE_TYPES, 'funderId');
      if (!(await request.loaders.nodes.load(id))) {
        throw new JisrError(ErrorCode.NOT_FOUND, `No actor has the id ${JSON.stringify(id)} (funderId). Find funders with \`search\` or \`fundingFlows\`.`, { argument: 'funderId' });
      }
      const pages = fundingFlowPages(id, deps.repositories.funding, request);
      const first = await pages.next();
      const fileName = `jisr-${fileSafe(id)}-flows.${extension}`;
      const allPages = async function* () {
        if (first.done) return;
        yield first.value;
        yield* pages;
      };
      if (format === 'csv') {
        const chunks = async function* () {
          yield csvHead(FLOW_AUDIT_COLUMNS);
          for await (const { flows, totalCount } of allPages()) {
            const rows = await auditRows(flows, request);
            counts.rows += rows.length;
            progress({ step: 'flows', done: counts.rows, total: Math.max(totalCount, counts.rows) });
            if (rows.length > 0) yield csvRows(FLOW_AUDIT_COLUMNS, rows);
          }
        };
        return { format, fileName, contentType, chunks, counts };
      }
      // The flow graph of one funder is as large as its portfolio: read whole, then written in batches.
      const chunks = async function* () {
        const flows = [];
        for await (const page of allPages()) {
          flows.push(...page.flows);
          progress({ step: 'flows', done: flows.length, total: Math.max(page.totalCount, flows.length) });
        }
        counts.rows = flows.length;
        const { nodes, edges } = await flowGraph(flows, request.loaders);
        yield* chunksOf(format, graphInMemory(`Jisr: the funding flows of ${id}`, takenAt, nodes, edges, counts));
      };
      return { format, fileName, contentType, chunks, counts };
    }
    default: {
      const unreachable: never = scope;
      throw new Error(`Unhandled export scope ${JSON.stringify(unreachable)}`);
    }
  }
}
