import type { NodeType } from '../model/vocabulary';
import { type ExportGraph, type ExportNode, displayLabel } from './export.model';
import { xmlAttributes, xmlText } from './export.xml';

/**
 * GEXF 1.3, Gephi's own format (also read by Gephi Lite, NetworkX and graphology-gexf). Nodes are labelled in
 * Arabic where the graph has it, coloured by type, and carry type, kind, nameAr and nameEn; edges are
 * labelled with their relation, carry it as their `kind` (so Gephi keeps an organiser who also funded an event
 * as two edges, not one merged edge), and carry role, title and the evidence quotes (one per line).
 * The file is written as the batches come: the header, each node batch, then each edge batch.
 */

/** One colour per node type, so that Gephi opens the file already readable (a Tableau 10 palette). */
export const NODE_COLOURS: Readonly<Record<NodeType, readonly [number, number, number]>> = {
  ORGANIZATION: [78, 121, 167],
  PERSON: [242, 142, 43],
  EVENT: [225, 87, 89],
  PROGRAM: [118, 183, 178],
  PLACE: [89, 161, 79],
  SOURCE: [186, 176, 172],
};

const NODE_ATTRIBUTES = ['type', 'kind', 'nameAr', 'nameEn'] as const;
// "relation", not "type": Gephi's edge table already has a Type column (directed or undirected).
const EDGE_ATTRIBUTES = ['relation', 'role', 'title', 'evidence'] as const;

const declarations = (cls: 'node' | 'edge', ids: readonly string[]) =>
  `    <attributes class="${cls}" mode="static">\n${ids.map((id) => `      <attribute${xmlAttributes({ id, title: id, type: 'string' })}/>\n`).join('')}    </attributes>\n`;

const attvalues = (values: Readonly<Record<string, string | null>>) => {
  const present = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null);
  if (present.length === 0) return '';
  return `        <attvalues>\n${present.map(([key, value]) => `          <attvalue${xmlAttributes({ for: key, value })}/>\n`).join('')}        </attvalues>\n`;
};

function gexfNode(node: ExportNode): string {
  const [r, g, b] = NODE_COLOURS[node.type];
  return `      <node${xmlAttributes({ id: node.id, label: displayLabel(node) })}>\n`
    + attvalues({ type: node.type, kind: node.kind, nameAr: node.nameAr, nameEn: node.nameEn })
    + `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`
    + '      </node>\n';
}

export async function* gexfChunks(graph: ExportGraph): AsyncGenerator<string> {
  const { title, takenAt } = graph.description;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
    + `  <meta lastmodifieddate="${takenAt.slice(0, 10)}">\n    <creator>Jisr</creator>\n    <description>${xmlText(title)}</description>\n  </meta>\n`
    + '  <graph defaultedgetype="directed" mode="static">\n'
    + declarations('node', NODE_ATTRIBUTES)
    + declarations('edge', EDGE_ATTRIBUTES)
    + '    <nodes>\n';
  for await (const batch of graph.nodeBatches()) yield batch.map(gexfNode).join('');
  yield '    </nodes>\n    <edges>\n';
  for await (const batch of graph.edgeBatches()) {
    yield batch.map((edge) => `      <edge${xmlAttributes({ id: edge.id, source: edge.source, target: edge.target, label: edge.relation, kind: edge.relation })}>\n`
      + attvalues({ relation: edge.relation, role: edge.role, title: edge.title, evidence: edge.evidence.length > 0 ? edge.evidence.join('\n') : null })
      + '      </edge>\n').join('');
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
