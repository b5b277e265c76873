import { type ExportGraph, displayLabel } from './export.model';
import { xmlAttributes, xmlText } from './export.xml';

/**
 * GraphML as the GraphML schema defines it (test/fixtures/graphml/ holds the XSD the tests validate against):
 * `<key>` declarations, then one directed `<graph>` with its nodes and edges, each with `<data>` for the keys
 * it has. Cytoscape desktop, yEd, Gephi, NetworkX and igraph read it. Key ids and names are XML name tokens;
 * node ids (`org:undp`) and edge ids are name tokens too, as the schema requires.
 */

// An XML name token: the schema's type for ids. Jisr's ids are; an edge id that is not (a relationship written by
// hand in Cypher) is left out, as GraphML allows, rather than making the file invalid.
const NAME_TOKEN = /^[\p{L}\p{M}\p{N}._:\u00B7-]+$/u;

const NODE_KEYS = ['label', 'type', 'kind', 'nameAr', 'nameEn'] as const;
const EDGE_KEYS = ['label', 'relation', 'role', 'title', 'evidence'] as const;

// Node and edge keys share names ("label"), so their ids carry the domain: n_label, e_label.
const keyDeclarations = (domain: 'node' | 'edge', names: readonly string[]) =>
  names.map((name) => `  <key${xmlAttributes({ id: `${domain[0]}_${name}`, for: domain, 'attr.name': name, 'attr.type': 'string' })}/>\n`).join('');

const data = (domain: 'node' | 'edge', values: Readonly<Record<string, string | null>>) =>
  Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `      <data key="${domain[0]}_${name}">${xmlText(value)}</data>\n`)
    .join('');

export async function* graphmlChunks(graph: ExportGraph): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    + `  <desc>${xmlText(`${graph.description.title} (taken ${graph.description.takenAt})`)}</desc>\n`
    + keyDeclarations('node', NODE_KEYS)
    + keyDeclarations('edge', EDGE_KEYS)
    + '  <graph id="jisr" edgedefault="directed">\n';
  for await (const batch of graph.nodeBatches()) {
    yield batch.map((node) => `    <node${xmlAttributes({ id: node.id })}>\n`
      + data('node', { label: displayLabel(node), type: node.type, kind: node.kind, nameAr: node.nameAr, nameEn: node.nameEn })
      + '    </node>\n').join('');
  }
  for await (const batch of graph.edgeBatches()) {
    yield batch.map((edge) => `    <edge${xmlAttributes({ id: NAME_TOKEN.test(edge.id) ? edge.id : null, source: edge.source, target: edge.target })}>\n`
      + data('edge', {
        label: edge.relation, relation: edge.relation, role: edge.role, title: edge.title,
        evidence: edge.evidence.length > 0 ? edge.evidence.join('\n') : null,
      })
      + '    </edge>\n').join('');
  }
  yield '  </graph>\n</graphml>\n';
}
