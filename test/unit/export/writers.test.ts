import { csvCell, csvHead, csvRow, nodesCsvChunks, relationshipsCsvChunks } from '../../../src/export/csv.writer';
import type { ExportEdge, ExportGraph, ExportNode } from '../../../src/export/export.model';
import { xmlAttribute, xmlText } from '../../../src/export/export.xml';
import { FLOW_AUDIT_COLUMNS } from '../../../src/export/funder-flows.audit';
import { gexfChunks } from '../../../src/export/gexf.writer';
import { graphmlChunks } from '../../../src/export/graphml.writer';
import { cytoscapeChunks, graphologyChunks } from '../../../src/export/json.writer';

const nodes: ExportNode[] = [
  { id: 'org:saferworld', type: 'ORGANIZATION', kind: 'INTERNATIONAL_NGO', label: 'Saferworld', nameAr: 'سيفر وورلد', nameEn: 'Saferworld' },
  { id: 'event:2022-11-26-marib', type: 'EVENT', kind: 'CONSULTATIVE_MEETING', label: 'لقاء "تشاوري" <موسع> & مفتوح', nameAr: null, nameEn: null },
];
const edges: ExportEdge[] = [{
  id: 'rel:FUNDED:org:saferworld:event:2022-11-26-marib', source: 'org:saferworld', target: 'event:2022-11-26-marib', relation: 'FUNDED',
  role: null, title: null, evidence: ['بدعم من منظمة سيفر وورلد', 'quote with a, comma\u0001 and "quotes"'],
}];

/** The graph above, in batches of one, as the service hands them out. */
const graph: ExportGraph = {
  description: { title: 'Jisr: a test & <graph>', takenAt: '2024-05-01T10:00:00.000Z' },
  async *nodeBatches() { for (const node of nodes) yield [node]; },
  async *edgeBatches() { yield edges; },
};

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const chunk of chunks) all += chunk;
  return all;
}

describe('XML text in exports', () => {
  it('escapes the five special characters and keeps Arabic as it is', () => {
    expect(xmlText('a & b < c > d "e" \'f\' سيفر وورلد')).toBe('a &amp; b &lt; c &gt; d "e" \'f\' سيفر وورلد');
    expect(xmlAttribute('a & b < c > d "e" \'f\' سيفر وورلد')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; سيفر وورلد');
  });

  it('keeps line breaks and tabs in attributes as character references, so a parser does not turn them into spaces', () => {
    expect(xmlAttribute('one\ntwo\tthree\r')).toBe('one&#10;two&#9;three&#13;');
  });

  it('drops what XML 1.0 cannot hold: C0 controls, U+FFFE/U+FFFF and lone surrogates, but keeps pairs (emoji)', () => {
    expect(xmlText('a\u0000b\u0001c\u001Fd\uFFFEe\uD800f 🙂')).toBe('abcdef 🙂');
  });
});

describe('CSV cells', () => {
  it('quotes a cell with a comma, a quote, a line break or surrounding spaces, doubling its quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('مؤسسة رواد التنمية، ردفان')).toBe('مؤسسة رواد التنمية، ردفان');
  });

  it('writes numbers, booleans and absent values plainly', () => {
    expect(csvRow([20, true, null, 'x'])).toBe('20,true,,x\r\n');
  });

  it('defuses a cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-')).toBe("'-");
  });

  it('starts with a byte-order mark, the header row and the HXL hashtag row', () => {
    const head = csvHead(FLOW_AUDIT_COLUMNS);
    const [header, hxl] = head.slice(1).split('\r\n');
    expect(head.startsWith('\uFEFFfunder_id,funder,')).toBe(true);
    expect(header!.split(',')).toHaveLength(FLOW_AUDIT_COLUMNS.length);
    expect(hxl!.split(',')).toEqual(FLOW_AUDIT_COLUMNS.map((c) => c.hxl));
    expect(hxl).toContain('#org+funder+name');
    expect(hxl).toContain('#adm1+name');
    expect(hxl).toContain('#reached');
    // Every tag is an HXL hashtag: #tag then +attributes, lower-case letters, digits and underscores.
    for (const tag of hxl!.split(',')) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
  });

  it('names both ends of each relationship and quotes the evidence one per line', async () => {
    const csv = await text(relationshipsCsvChunks(graph));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('from_id,from_type,from_kind,from_label,from_name_en,relation,role,title,to_id,to_type,to_kind,to_label,to_name_en,evidence,relationship_id');
    expect(lines[1]).toMatch(/^#x_from\+code,/);
    expect(lines[2]).toBe('org:saferworld,ORGANIZATION,INTERNATIONAL_NGO,سيفر وورلد,Saferworld,FUNDED,,,event:2022-11-26-marib,EVENT,CONSULTATIVE_MEETING,'
      + '"لقاء ""تشاوري"" <موسع> & مفتوح",,"بدعم من منظمة سيفر وورلد\nquote with a, comma\u0001 and ""quotes""",rel:FUNDED:org:saferworld:event:2022-11-26-marib');
  });

  it('lists every node in the nodes table', async () => {
    const csv = await text(nodesCsvChunks(graph));
    expect(csv.slice(1).split('\r\n').slice(2, 4)).toEqual([
      'org:saferworld,ORGANIZATION,INTERNATIONAL_NGO,سيفر وورلد,سيفر وورلد,Saferworld',
      'event:2022-11-26-marib,EVENT,CONSULTATIVE_MEETING,"لقاء ""تشاوري"" <موسع> & مفتوح",,',
    ]);
  });
});

describe('graph files', () => {
  it('writes GEXF 1.3 with Arabic labels, typed attributes and escaped text', async () => {
    const gexf = await text(gexfChunks(graph));
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('<node id="org:saferworld" label="سيفر وورلد">');
    expect(gexf).toContain('<attvalue for="type" value="ORGANIZATION"/>');
    expect(gexf).toContain('label="لقاء &quot;تشاوري&quot; &lt;موسع&gt; &amp; مفتوح"');
    expect(gexf).toContain('<edge id="rel:FUNDED:org:saferworld:event:2022-11-26-marib" source="org:saferworld" target="event:2022-11-26-marib" label="FUNDED" kind="FUNDED">');
    expect(gexf).toContain('<attvalue for="evidence" value="بدعم من منظمة سيفر وورلد&#10;quote with a, comma and &quot;quotes&quot;"/>');
    expect(gexf).toContain('<description>Jisr: a test &amp; &lt;graph&gt;</description>');
    expect(gexf).not.toContain('\u0001');
  });

  it('writes GraphML with keys declared before the graph and data escaped', async () => {
    const graphml = await text(graphmlChunks(graph));
    expect(graphml.indexOf('<key id="n_label"')).toBeLessThan(graphml.indexOf('<graph '));
    expect(graphml).toContain('<data key="n_label">لقاء "تشاوري" &lt;موسع&gt; &amp; مفتوح</data>');
    expect(graphml).toContain('<data key="e_relation">FUNDED</data>');
  });

  it('writes graphology JSON that parses, with nodeType (type is sigma\'s) and the quotes as a list', async () => {
    const json = JSON.parse(await text(graphologyChunks(graph)));
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(json.nodes.map((n: { key: string }) => n.key)).toEqual(['org:saferworld', 'event:2022-11-26-marib']);
    expect(json.nodes[0].attributes).toEqual({ label: 'سيفر وورلد', nodeType: 'ORGANIZATION', kind: 'INTERNATIONAL_NGO', nameAr: 'سيفر وورلد', nameEn: 'Saferworld', color: '#4e79a7' });
    expect(json.edges[0]).toEqual({ key: edges[0]!.id, source: 'org:saferworld', target: 'event:2022-11-26-marib', attributes: { label: 'FUNDED', relation: 'FUNDED', evidence: edges[0]!.evidence } });
  });

  it('writes Cytoscape.js elements that parse', async () => {
    const json = JSON.parse(await text(cytoscapeChunks(graph)));
    expect(json.elements.nodes[1].data).toEqual({ id: 'event:2022-11-26-marib', label: nodes[1]!.label, type: 'EVENT', kind: 'CONSULTATIVE_MEETING' });
    expect(json.elements.edges[0].data.source).toBe('org:saferworld');
  });

  it('writes valid JSON for a graph with no nodes at all', async () => {
    const empty: ExportGraph = { description: graph.description, async *nodeBatches() { yield []; }, async *edgeBatches() { /* none */ } };
    expect(JSON.parse(await text(graphologyChunks(empty)))).toMatchObject({ nodes: [], edges: [] });
    expect(JSON.parse(await text(cytoscapeChunks(empty)))).toMatchObject({ elements: { nodes: [], edges: [] } });
  });
});
