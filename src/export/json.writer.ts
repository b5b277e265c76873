import { type ExportEdge, type ExportGraph, type ExportNode, displayLabel } from './export.model';
import { NODE_COLOURS } from './gexf.writer';

/**
 * The two JSON shapes drawing libraries import as they are, written as the batches come (one JSON text in
 * the end, never one string in memory):
 * - graphology's serialised graph, for `graph.import(json)` (and so sigma.js);
 * - Cytoscape.js elements, for `cy.json(json)` or `cytoscape({ elements: json.elements })`, which Cytoscape
 *   desktop also opens as a .cyjs file.
 * Absent values are left out rather than written as null.
 */

const present = (values: Record<string, string | readonly string[] | null>) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)));

const hex = (node: ExportNode) => `#${NODE_COLOURS[node.type].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** Joins the items of every batch with commas, across batches. */
async function* listItems<T>(batches: AsyncIterable<readonly T[]>, item: (value: T) => unknown, indent: string): AsyncGenerator<string> {
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield `${first ? '' : ','}\n${batch.map((value) => `${indent}${JSON.stringify(item(value))}`).join(',\n')}`;
    first = false;
  }
}

// graphology: `type` is left to sigma.js, which reads a node's or an edge's `type` as the name of the program
// that draws it; the node type is `nodeType`, the edge's `relation`.
const graphologyNode = (node: ExportNode) => ({
  key: node.id,
  attributes: present({ label: displayLabel(node), nodeType: node.type, kind: node.kind, nameAr: node.nameAr, nameEn: node.nameEn, color: hex(node) }),
});
const graphologyEdge = (edge: ExportEdge) => ({
  key: edge.id,
  source: edge.source,
  target: edge.target,
  attributes: present({ label: edge.relation, relation: edge.relation, role: edge.role, title: edge.title, evidence: edge.evidence }),
});

export async function* graphologyChunks(graph: ExportGraph): AsyncGenerator<string> {
  const attributes = { name: graph.description.title, takenAt: graph.description.takenAt };
  // Multi: an actor may both organise and fund one event, two relationships between the same two nodes.
  yield `{"attributes":${JSON.stringify(attributes)},"options":{"type":"directed","multi":true,"allowSelfLoops":false},"nodes":[`;
  yield* listItems(graph.nodeBatches(), graphologyNode, '  ');
  yield '\n],"edges":[';
  yield* listItems(graph.edgeBatches(), graphologyEdge, '  ');
  yield '\n]}\n';
}

const cytoscapeNode = (node: ExportNode) => ({
  data: present({ id: node.id, label: displayLabel(node), type: node.type, kind: node.kind, nameAr: node.nameAr, nameEn: node.nameEn }),
});
const cytoscapeEdge = (edge: ExportEdge) => ({
  data: present({ id: edge.id, source: edge.source, target: edge.target, label: edge.relation, relation: edge.relation, role: edge.role, title: edge.title, evidence: edge.evidence }),
});

export async function* cytoscapeChunks(graph: ExportGraph): AsyncGenerator<string> {
  // The header fields are those of Cytoscape desktop's .cyjs files; Cytoscape.js reads `data` and `elements`.
  const header = { format_version: '1.0', generated_by: 'jisr', target_cytoscapejs_version: '~3', data: { name: graph.description.title, takenAt: graph.description.takenAt } };
  yield `${JSON.stringify(header).slice(0, -1)},"elements":{"nodes":[`;
  yield* listItems(graph.nodeBatches(), cytoscapeNode, '  ');
  yield '\n],"edges":[';
  yield* listItems(graph.edgeBatches(), cytoscapeEdge, '  ');
  yield '\n]}}\n';
}
