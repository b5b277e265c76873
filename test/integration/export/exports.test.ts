import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { ExportRepository } from '../../../src/export/export.repository';
import type { ExportFormat } from '../../../src/export/export.formats';
import { type ExportScope, prepareExport } from '../../../src/export/export.service';
import { FundingFlowsDocument, NetworkDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { csvRecords, textOf, validateGraphml } from './read-export';

const client = useGraphQLTestClient();

const exportText = async (format: ExportFormat, scope: ExportScope) => {
  const prepared = await prepareExport(format, scope, { repositories: client.repositories, exports: new ExportRepository(client.executor, { nodes: 7, startNodes: 5 }) }, {
    query: { operation: 'export test' }, now: () => new Date('2024-05-01T10:00:00Z'),
  });
  return { text: await textOf(prepared.chunks()), prepared };
};

const SANED = { kind: 'neighbourhood', centerId: 'program:saned-community-peace', depth: 2, limit: 2000 } as const;

async function sanedNetwork() {
  const { result } = await client.run(NetworkDocument, { centerId: SANED.centerId, depth: SANED.depth, limit: SANED.limit });
  expect(result.errors).toBeUndefined();
  const { nodes, edges } = result.data!.network;
  return { nodeIds: nodes.map((n) => n.id).sort(), edgeIds: edges.map((e) => e.id).sort() };
}

describe('neighbourhood exports', () => {
  it('GEXF parses back in graphology with the nodes and edges the network query draws', async () => {
    const expected = await sanedNetwork();
    const { text, prepared } = await exportText('gexf', SANED);
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.nodes().sort()).toEqual(expected.nodeIds);
    expect(graph.edges().sort()).toEqual(expected.edgeIds);
    expect(prepared.counts).toMatchObject({ nodes: expected.nodeIds.length, edges: expected.edgeIds.length });
    expect(prepared.fileName).toBe('jisr-program-saned-community-peace-depth-2.gexf');
    // Arabic labels, typed attributes, and the quotes of a relationship.
    expect(graph.getNodeAttributes('org:saferworld')).toMatchObject({ label: expect.stringMatching(/سيفيرورلد/), type: 'ORGANIZATION', kind: 'INTERNATIONAL_NGO', nameEn: 'Saferworld' });
    const funded = graph.edges().find((e) => e.startsWith('rel:FUNDED:org:saferworld:program:saned-community-peace'))!;
    expect(graph.getEdgeAttributes(funded)).toMatchObject({ label: 'FUNDED', relation: 'FUNDED', evidence: expect.stringMatching(/\S/) });
  });

  it('graphology JSON imports as it is, with the same node and edge ids', async () => {
    const expected = await sanedNetwork();
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse((await exportText('json', SANED)).text));
    expect(graph.nodes().sort()).toEqual(expected.nodeIds);
    expect(graph.edges().sort()).toEqual(expected.edgeIds);
  });

  it('Cytoscape.js JSON lists the same elements, every edge between two of its nodes', async () => {
    const expected = await sanedNetwork();
    const { elements } = JSON.parse((await exportText('cytoscape', SANED)).text) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string; source: string; target: string } }[] } };
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual(expected.nodeIds);
    expect(elements.edges.map((e) => e.data.id).sort()).toEqual(expected.edgeIds);
  });

  it('GraphML validates against the GraphML schema', async () => {
    const { text } = await exportText('graphml', SANED);
    expect(await validateGraphml(text)).toMatchObject({ valid: true });
    expect(text).toContain('<node id="org:saferworld">');
  });

  it('the relationships CSV has one row per edge of the network', async () => {
    const expected = await sanedNetwork();
    const rows = csvRecords((await exportText('csv', SANED)).text);
    expect(rows.map((r) => r.relationship_id).sort()).toEqual(expected.edgeIds);
  });

  it('refuses an unknown centre with NOT_FOUND and a depth out of range with BAD_USER_INPUT, as the network query does', async () => {
    await expect(exportText('gexf', { kind: 'neighbourhood', centerId: 'org:no-such-org', depth: 1, limit: 10 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportText('gexf', { kind: 'neighbourhood', centerId: 'org:saferworld', depth: 4, limit: 10 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: 'Expected depth to be between 1 and 3, but got 4. Expand a node again to go further.',
    });
  });
});

describe('whole-graph exports', () => {
  // Other test files write their own nodes meanwhile: the seed graph is compared as a part, never the whole.
  it('GEXF pages through the whole graph and parses back, the seed graph among it', async () => {
    const { text, prepared } = await exportText('gexf', { kind: 'graph' });
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(prepared.counts.nodes);
    expect(graph.size).toBe(prepared.counts.edges);
    for (const id of ['org:saferworld', 'program:saned-community-peace', 'place:ye', 'source:seed-004', 'event:2009-06-18-jenin-open-meeting']) expect(graph.hasNode(id)).toBe(true);
    expect(graph.hasEdge('rel:FUNDED:org:saferworld:program:saned-community-peace')).toBe(true);
    expect(graph.getNodeAttribute('source:seed-004', 'type')).toBe('SOURCE');
  });

  it('GraphML of the whole graph validates against the GraphML schema', async () => {
    const { text } = await exportText('graphml', { kind: 'graph' });
    const verdict = await validateGraphml(text);
    expect(verdict.output).not.toMatch(/error/i);
    expect(verdict.valid).toBe(true);
  });

  it('the nodes CSV lists the seed graph\'s nodes with their kinds and Arabic names', async () => {
    const rows = csvRecords((await exportText('nodes-csv', { kind: 'graph' })).text);
    expect(rows.find((r) => r.id === 'org:saferworld')).toMatchObject({ type: 'ORGANIZATION', kind: 'INTERNATIONAL_NGO', name_en: 'Saferworld', name_ar: expect.stringMatching(/سيفيرورلد/) });
  });
});

describe('funder flow exports', () => {
  const SAFERWORLD = { kind: 'funder', funderId: 'org:saferworld' } as const;

  it('the audit CSV has one row per flow fundingFlows lists for Saferworld, in its order, with every hop\'s quotes', async () => {
    const { result } = await client.run(FundingFlowsDocument, { filter: { funderId: 'org:saferworld' }, first: 200 });
    expect(result.errors).toBeUndefined();
    const flows = result.data!.fundingFlows.edges.map((e) => e.node);
    const rows = csvRecords((await exportText('csv', SAFERWORLD)).text);
    expect(rows.map((r) => ({ funder: r.funder_id, event: r.event_id, direct: r.direct, via: r.via_ids, evidence: r.evidence }))).toEqual(flows.map((f) => ({
      funder: f.funder.id,
      event: f.event.id,
      direct: String(f.direct),
      via: f.via.map((p) => p.id).join(' | '),
      evidence: f.hops.flatMap((h) => h.evidence.map((e) => e.quote)).join('\n'),
    })));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('the audit CSV says where, when, how many, who organised and implemented, and which sources say so', async () => {
    const rows = csvRecords((await exportText('csv', SAFERWORLD)).text);
    const marib = rows.find((r) => r.event_id === 'event:2022-11-marib-consultative-meeting')!;
    expect(marib).toMatchObject({
      funder: 'Saferworld', via_ids: 'program:saned-community-peace', event_kind: 'CONSULTATIVE_MEETING', date: '2022-11', date_precision: 'MONTH',
      country_id: 'place:ye', country: expect.stringMatching(/\S/), place_chain: expect.stringMatching(/ > /),
      implementers: expect.stringMatching(/\S/), sources: expect.stringMatching(/مأرب/),
    });
    // The seed articles do not state their addresses: the column is there, and empty.
    expect(marib.source_urls).toBe('');
  });

  it('the flow graph runs from the funder through the programs to the events', async () => {
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse((await exportText('json', SAFERWORLD)).text));
    expect(graph.hasNode('org:saferworld')).toBe(true);
    expect(graph.hasEdge('rel:FUNDED:org:saferworld:program:saned-community-peace')).toBe(true);
    expect(graph.getNodeAttribute('event:2022-11-marib-consultative-meeting', 'nodeType')).toBe('EVENT');
    expect(graph.outNeighbors('org:saferworld')).toContain('program:saned-community-peace');
  });

  it('refuses an actor that is not there with NOT_FOUND, and a node table with BAD_USER_INPUT', async () => {
    await expect(exportText('csv', { kind: 'funder', funderId: 'org:no-such-funder' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportText('nodes-csv', SAFERWORLD)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(exportText('csv', { kind: 'funder', funderId: 'event:2009-06-18-jenin-open-meeting' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
