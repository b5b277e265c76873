import { parse } from 'graphql';
import {
  createJisrClient, FundingFlowsDocument, JisrClientError, type JisrClientErrorCode, NetworkDocument, SourceByIdDocument, type TypedDocumentNode,
} from '../../../src/client';
import { useOwnKeys } from '../../helpers/auth/own-keys';
import { freePort } from '../../helpers/free-port';
import { useServer } from '../export/use-server';

// The typed client (jisr/client) against the real HTTP server on a free port, over the test Neo4j.

const keys = useOwnKeys();

/** The error a call rejects with. */
async function failure(call: Promise<unknown>): Promise<JisrClientError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof JisrClientError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('the typed client', () => {
  const server = useServer();
  const client = () => createJisrClient({ url: `${server().url}/graphql` });

  it('sends a typed document and returns its typed data', async () => {
    const data = await client().request(SourceByIdDocument, { id: 'source:seed-004' });
    // `node` is typed by the operation: the inline fragment's fields are there to read, no cast needed.
    const node = data.node;
    expect(node && 'title' in node ? { title: node.title, outlet: node.outlet, url: node.url } : null).toEqual({
      title: 'لقاء في جنين يدعو الى زيادة تعاون بين المواطنين والمؤسسة الامنية', outlet: 'معا', url: null,
    });
  });

  it('pages through funding flows with variables and cursors', async () => {
    const first = await client().request(FundingFlowsDocument, { filter: { funderId: 'org:saferworld' }, first: 1 });
    expect(first.fundingFlows.edges).toHaveLength(1);
    const next = await client().request(FundingFlowsDocument, { filter: { funderId: 'org:saferworld' }, first: 1, after: first.fundingFlows.pageInfo.endCursor });
    expect(next.fundingFlows.edges[0]?.node.event.id).not.toBe(first.fundingFlows.edges[0]!.node.event.id);
  });

  it('throws a JisrClientError with the server\'s code and message', async () => {
    const notFound = await failure(client().request(NetworkDocument, { centerId: 'org:no-such-org' }));
    expect(notFound).toMatchObject({ code: 'NOT_FOUND', message: 'No node has the id "org:no-such-org" (centerId). Find ids with `search`.', status: 200 });
    const badInput = await failure(client().request(NetworkDocument, { centerId: 'org:saferworld', depth: 9 }));
    expect(badInput.code).toBe('BAD_USER_INPUT');
    // A code the union names (a typo here is a compile error).
    const expected: JisrClientErrorCode = 'GRAPHQL_VALIDATION_FAILED';
    const invalid = await failure(client().request(parse('query Nope { nope }') as TypedDocumentNode<unknown, Record<string, never>>));
    expect(invalid.code).toBe(expected);
  });

  it('throws NETWORK_ERROR when nothing answers', async () => {
    const nowhere = createJisrClient({ url: `http://127.0.0.1:${await freePort()}/graphql` });
    expect((await failure(nowhere.request(SourceByIdDocument, { id: 'source:seed-004' }))).code).toBe('NETWORK_ERROR');
  });

  it('builds export addresses beside /graphql and fetches them', async () => {
    const c = client();
    expect(c.exportUrl({ format: 'gexf', centerId: 'org:saferworld', depth: 2 })).toBe(`${server().url}/export/graph.gexf?centerId=org%3Asaferworld&depth=2`);
    expect(c.exportUrl({ format: 'csv', funderId: 'org:saferworld' })).toBe(`${server().url}/export/funders/org%3Asaferworld/flows.csv`);
    expect(c.exportUrl({ format: 'nodes-csv' })).toBe(`${server().url}/export/graph.nodes.csv`);
    const response = await c.fetchExport({ format: 'cytoscape', centerId: 'org:saferworld' });
    expect(((await response.json()) as { elements: { nodes: unknown[] } }).elements.nodes.length).toBeGreaterThan(1);
    expect((await failure(c.fetchExport({ format: 'gexf', centerId: 'org:no-such-org' })))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});

describe('the typed client with READS_REQUIRE_KEY', () => {
  const server = useServer({ readsRequireKey: true });

  it('is refused with UNAUTHENTICATED without a key, and reads with one', async () => {
    const url = `${server().url}/graphql`;
    const refused = await failure(createJisrClient({ url }).request(SourceByIdDocument, { id: 'source:seed-004' }));
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    const reader = await keys.create('reader');
    const data = await createJisrClient({ url, apiKey: reader.secret }).request(SourceByIdDocument, { id: 'source:seed-004' });
    expect(data.node?.id).toBe('source:seed-004');
    const download = await createJisrClient({ url, apiKey: reader.secret }).fetchExport({ format: 'csv', funderId: 'org:saferworld' });
    expect(download.status).toBe(200);
  });
});
