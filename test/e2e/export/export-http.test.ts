import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { useOwnKeys } from '../../helpers/auth/own-keys';
import { createOwnGraph, uniqueId } from '../../helpers/own-data';
import { useTestDatabase } from '../../helpers/test-database';
import { csvRecords, parseCsv, validateGraphml } from '../../integration/export/read-export';
import { useServer } from './use-server';

// The export routes on the real HTTP server (createServer on a free port) over the test Neo4j.

const keys = useOwnKeys();

/** GET of a path on the block's server, with the headers given. */
const getter = (server: () => { url: string }) => (path: string, headers: Record<string, string> = {}) => fetch(`${server().url}${path}`, { headers });

interface ErrorBody { errors: { message: string; extensions: { code: string } }[] }

describe('GET /export/…', () => {
  const server = useServer();
  const get = getter(server);

  it('serves a neighbourhood as GEXF: a download with its file name, that graphology reads', async () => {
    const response = await get('/export/graph.gexf?centerId=program:saned-community-peace&depth=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="jisr-program-saned-community-peace-depth-2.gexf"');
    const graph = parseGexf(MultiDirectedGraph, await response.text());
    expect(graph.hasNode('org:saferworld')).toBe(true);
    expect(graph.hasEdge('rel:FUNDED:org:saferworld:program:saned-community-peace')).toBe(true);
    expect(server().logLines.map((l) => JSON.parse(l) as { msg: string; export?: string })).toContainEqual(
      expect.objectContaining({ msg: 'export', export: '/graph.gexf', nodes: graph.order, edges: graph.size }),
    );
  });

  it('serves the whole graph as GraphML that validates against the GraphML schema', async () => {
    const response = await get('/export/graph.graphml');
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="jisr-graph.graphml"');
    expect(await validateGraphml(await response.text())).toMatchObject({ valid: true });
  });

  it('serves graphology and Cytoscape.js JSON', async () => {
    const graphology = await get('/export/graph.json?centerId=org:saferworld');
    expect(graphology.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await graphology.json()) as object).toMatchObject({ options: { type: 'directed', multi: true }, nodes: expect.arrayContaining([expect.objectContaining({ key: 'org:saferworld' })]) });
    const cytoscape = await get('/export/graph.cyjs?centerId=org:saferworld');
    expect(cytoscape.headers.get('content-disposition')).toBe('attachment; filename="jisr-org-saferworld-depth-1.cyjs"');
    expect((await cytoscape.json()) as object).toMatchObject({ elements: { nodes: expect.arrayContaining([{ data: expect.objectContaining({ id: 'org:saferworld' }) }]) } });
  });

  it('serves a funder\'s flows as the audit CSV with its HXL row, and as GEXF', async () => {
    const response = await get('/export/funders/org:saferworld/flows.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="jisr-org-saferworld-flows.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    // The byte-order mark that tells Excel the file is UTF-8 (fetch's text() would hide it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(parseCsv(text)[1]).toContain('#org+funder+name');
    expect(csvRecords(text).map((r) => r.funder_id)).toEqual(expect.arrayContaining(['org:saferworld']));
    const gexf = await get('/export/funders/org%3Asaferworld/flows.gexf');
    expect(parseGexf(MultiDirectedGraph, await gexf.text()).hasNode('program:saned-community-peace')).toBe(true);
  });

  it('answers a mistake before any byte of the file, as GraphQL-shaped JSON with a code', async () => {
    const cases: [string, number, string, RegExp][] = [
      ['/export/graph.pdf', 404, 'NOT_FOUND', /Nothing is exported at \/export\/graph\.pdf\. Exports: \/export\/graph\.gexf/],
      ['/export/funders/org:saferworld/flows.nodes.csv', 404, 'NOT_FOUND', /Nothing is exported/],
      ['/export/graph.gexf?centerId=42', 400, 'BAD_USER_INPUT', /Expected centerId to be a node id like/],
      ['/export/graph.gexf?centerId=org:saferworld&depth=two', 400, 'BAD_USER_INPUT', /Expected depth to be a whole number, but got "two"/],
      ['/export/graph.gexf?depth=2', 400, 'BAD_USER_INPUT', /send centerId=<node id>/],
      ['/export/graph.gexf?centerId=org:no-such-org', 404, 'NOT_FOUND', /No node has the id "org:no-such-org"/],
      ['/export/funders/org:no-such-funder/flows.csv', 404, 'NOT_FOUND', /No actor has the id "org:no-such-funder"/],
    ];
    for (const [path, status, code, message] of cases) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBeNull();
      const body = (await response.json()) as ErrorBody;
      expect(body.errors[0]!.extensions.code).toBe(code);
      expect(body.errors[0]!.message).toMatch(message);
    }
  });

  it('refuses a key that is not valid, as /graphql does', async () => {
    const response = await get('/export/graph.gexf?centerId=org:saferworld', { authorization: 'Bearer jisr_nope_nope' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="jisr"/);
    expect(((await response.json()) as ErrorBody).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /export/… asked again', () => {
  const server = useServer();
  const db = useTestDatabase();
  const get = getter(server);
  const version = () => db.executor.graphVersion({ operation: 'export-test' });
  const NEIGHBOURHOOD = '/export/graph.gexf?centerId=program:saned-community-peace&depth=2';

  it('answers 304 Not Modified, without the file, to a client that sends back the tag of an unchanged graph', async () => {
    // Other files write into the shared test Neo4j meanwhile: a try counts only when the version held around it.
    for (let tries = 0; tries < 10; tries++) {
      const before = await version();
      const first = await get(NEIGHBOURHOOD);
      await first.text();
      const tag = first.headers.get('etag');
      const again = await get(NEIGHBOURHOOD, { 'if-none-match': tag ?? '' });
      const body = await again.text();
      // As a cache that holds several copies sends them: a list, any of whose tags may match, weak or not.
      const listed = await get(NEIGHBOURHOOD, { 'if-none-match': `W/"an-older-copy", ${(tag ?? '').replace(/^W\//, '')}` });
      await listed.text();
      if (await version() !== before) continue;
      expect(listed.status).toBe(304);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(tag).toMatch(/^W\/"[\w-]+"$/);
      expect({ status: again.status, etag: again.headers.get('etag'), body }).toEqual({ status: 304, etag: tag, body: '' });
      expect(server().logLines.map((l) => JSON.parse(l) as { msg: string; status?: number })).toContainEqual(expect.objectContaining({ msg: 'export', export: '/graph.gexf', status: 304 }));
      return;
    }
    throw new Error('The graph changed around every one of 10 tries.');
  });

  it('sends the file again, with a new tag, once a write has changed the graph', async () => {
    const first = await get('/export/funders/org:saferworld/flows.csv');
    await first.text();
    const tag = first.headers.get('etag')!;
    const funder = uniqueId('ORGANIZATION', 'export-tag');
    const own = await createOwnGraph(db.driver, { nodes: [{ type: 'ORGANIZATION', id: funder, properties: { kind: 'NGO', name: funder, nameEn: funder, aliases: [] } }] });
    try {
      const again = await get('/export/funders/org:saferworld/flows.csv', { 'if-none-match': tag });
      expect(again.status).toBe(200);
      expect(again.headers.get('etag')).not.toBe(tag);
      expect(csvRecords(await again.text()).map((r) => r.funder_id)).toContain('org:saferworld');
    } finally {
      await own.remove();
    }
  });

  it('tags each file apart: the tag of one format or neighbourhood does not spare another', async () => {
    const gexf = await get(NEIGHBOURHOOD);
    await gexf.text();
    for (const other of ['/export/graph.graphml?centerId=program:saned-community-peace&depth=2', '/export/graph.gexf?centerId=program:saned-community-peace&depth=1']) {
      const response = await get(other, { 'if-none-match': gexf.headers.get('etag')! });
      expect({ other, status: response.status }).toEqual({ other, status: 200 });
      expect(response.headers.get('etag')).not.toBe(gexf.headers.get('etag'));
      expect((await response.text()).length).toBeGreaterThan(0);
    }
  });

  it('answers If-None-Match: * with 304 when the file exists', async () => {
    const response = await get(NEIGHBOURHOOD, { 'if-none-match': '*' });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toMatch(/^W\//);
  });

  it('tags no refusal: a mistake is answered without a tag to send back', async () => {
    const response = await get('/export/graph.gexf?centerId=org:no-such-org', { 'if-none-match': '*' });
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBeNull();
  });
});

describe('GET /export/… with READS_REQUIRE_KEY', () => {
  const server = useServer({ readsRequireKey: true });

  it('needs a key: 401 with a Bearer challenge without one, the file with a reader key', async () => {
    const refused = await fetch(`${server().url}/export/graph.csv?centerId=org:saferworld`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="jisr"');
    const body = (await refused.json()) as ErrorBody;
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/needs a reader API key to read the graph/) });

    const reader = await keys.create('reader');
    const allowed = await fetch(`${server().url}/export/graph.csv?centerId=org:saferworld`, { headers: { authorization: reader.authorization } });
    expect(allowed.status).toBe(200);
    expect(csvRecords(await allowed.text()).length).toBeGreaterThan(0);
  });
});
