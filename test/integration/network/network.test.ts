import { NetworkDocument, PathsDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { TEST_DATABASE } from '../../helpers/test-database';

const client = useGraphQLTestClient();

const network = async (vars: { centerId: string; depth?: number; limit?: number; relationTypes?: ('FUNDED' | 'PART_OF' | 'IMPLEMENTED')[] }) => {
  const { result } = await client.run(NetworkDocument, vars);
  expect(result.errors).toBeUndefined();
  return result.data!.network;
};

describe('network', () => {
  it('draws the neighbourhood of a program: its funder, implementers, partner and events, every edge among the nodes', async () => {
    const net = await network({ centerId: 'program:saned-community-peace' });
    expect(net.nodes[0]).toMatchObject({ id: 'program:saned-community-peace', type: 'PROGRAM' });
    expect(net.nodes.map((n) => n.id).slice(1)).toEqual(['event:2022-11-marib-consultative-meeting', 'org:marib-police', 'org:musaala', 'org:sada', 'org:saferworld']);
    const ids = new Set(net.nodes.map((n) => n.id));
    for (const edge of net.edges) {
      expect(ids.has(edge.source)).toBe(true);
      expect(ids.has(edge.target)).toBe(true);
    }
    expect(net.edges.map((e) => `${e.source} ${e.type} ${e.target}`)).toContain('org:saferworld FUNDED program:saned-community-peace');
    expect(net.truncated).toBe(false);
  });

  it('labels nodes for drawing with Arabic and English names', async () => {
    const net = await network({ centerId: 'org:saferworld' });
    expect(net.nodes[0]).toMatchObject({ id: 'org:saferworld', type: 'ORGANIZATION', kind: 'INTERNATIONAL_NGO', label: 'Saferworld' });
    expect(net.nodes[0]!.nameAr).toMatch(/سيفيرورلد/);
  });

  it('keeps the nearest nodes when the limit cuts, says so, and keeps every edge\'s ends among the nodes', async () => {
    const full = await network({ centerId: 'place:ye', depth: 3, limit: 2000 });
    const cut = await network({ centerId: 'place:ye', depth: 3, limit: 5 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(5);
    // Nearest first: the four kept neighbours are the first four of the full network, which lists level 1 first.
    expect(cut.nodes.map((n) => n.id)).toEqual(full.nodes.slice(0, 5).map((n) => n.id));
    const ids = new Set(cut.nodes.map((n) => n.id));
    expect(cut.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(full.truncated).toBe(false);
  });

  it('grows with depth and gives the same order on every call', async () => {
    const one = await network({ centerId: 'org:saferworld', depth: 1 });
    const two = await network({ centerId: 'org:saferworld', depth: 2 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.slice(0, one.nodes.length).map((n) => n.id)).toEqual(one.nodes.map((n) => n.id));
    expect(await network({ centerId: 'org:saferworld', depth: 2 })).toEqual(two);
  });

  // Edges are gathered from the walk itself (and the last level's own relationships): every relationship
  // of the graph between two drawn nodes must be there, whichever level found each end, however the limit cut.
  it.each([
    ['program:saned-community-peace', 1, 200], ['program:saned-community-peace', 2, 200], ['place:ye', 3, 2000],
    ['place:ye', 2, 6], ['org:saferworld', 3, 12], ['org:saferworld', 2, 2],
  ])('draws every relationship among the nodes of the network of %s (depth %d, limit %d)', async (centerId, depth, limit) => {
    const net = await network({ centerId, depth, limit });
    const ids = net.nodes.map((n) => n.id);
    const { records } = await client.driver.executeQuery(`
      MATCH (a:Node)-[r]->(b:Node) WHERE a.id IN $ids AND b.id IN $ids
      WITH r ORDER BY r.id RETURN collect(r.id) AS edges`, { ids }, { database: TEST_DATABASE });
    expect(net.edges.map((e) => e.id)).toEqual(records[0]!.get('edges'));
  });

  it('follows only the relationship types asked for', async () => {
    const net = await network({ centerId: 'program:saned-community-peace', relationTypes: ['FUNDED'] });
    expect(net.nodes.map((n) => n.id)).toEqual(['program:saned-community-peace', 'org:saferworld']);
  });

  it.each([
    [{ centerId: 'org:saferworld', depth: 0 }, 'BAD_USER_INPUT', 'Expected depth to be between 1 and 3, but got 0. Expand a node again to go further.'],
    [{ centerId: 'org:saferworld', depth: 50 }, 'BAD_USER_INPUT', 'Expected depth to be between 1 and 3, but got 50. Expand a node again to go further.'],
    [{ centerId: 'org:saferworld', limit: 5000 }, 'BAD_USER_INPUT', 'Expected limit to be between 1 and 2000, but got 5000. For larger networks export the graph (GEXF) instead.'],
    [{ centerId: 'org:nobody' }, 'NOT_FOUND', 'No node has the id "org:nobody" (centerId). Find ids with `search`.'],
    [{ centerId: 'saferworld' }, 'BAD_USER_INPUT', expect.stringContaining('Expected centerId to be a node id like')],
  ])('rejects %j with %s', async (vars, code, message) => {
    const { result } = await client.run(NetworkDocument, vars);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code }, message });
  });
});

describe('paths', () => {
  it('connects Saferworld to the Marib police through the Saned project', async () => {
    const { result } = await client.run(PathsDocument, { fromId: 'org:saferworld', toId: 'org:marib-police' });
    expect(result.errors).toBeUndefined();
    const [path] = result.data!.paths;
    expect(path).toMatchObject({ length: 2, nodes: [{ id: 'org:saferworld' }, { id: 'program:saned-community-peace' }, { id: 'org:marib-police' }] });
    expect(path!.edges.map((e) => e.type)).toEqual(['FUNDED', 'PARTNERED_WITH']);
    expect(path!.edges.every((e) => e.evidence.length > 0)).toBe(true);
  });

  it('starts every path at fromId and ends it at toId, with length = number of edges, each edge joining neighbours', async () => {
    const { result } = await client.run(PathsDocument, { fromId: 'org:musaala', toId: 'org:sada', maxHops: 6, first: 20 });
    const paths = result.data!.paths;
    expect(paths.length).toBeGreaterThan(1);
    for (const p of paths) {
      expect(p.nodes[0]!.id).toBe('org:musaala');
      expect(p.nodes.at(-1)!.id).toBe('org:sada');
      expect(p.length).toBe(p.edges.length);
      p.edges.forEach((e, i) => expect([e.source, e.target].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort()));
    }
    expect(new Set(paths.map((p) => p.length)).size).toBe(1);
  });

  it('returns no path when the shortest is longer than maxHops (the EU and Saferworld meet only through Yemen\'s place chain, 9 hops)', async () => {
    const { result } = await client.run(PathsDocument, { fromId: 'org:eu', toId: 'org:saferworld', maxHops: 6 });
    expect(result.data!.paths).toEqual([]);
  });

  it('rejects unknown ids, the same node twice and maxHops out of range, with codes', async () => {
    const error = async (vars: { fromId: string; toId: string; maxHops?: number }) => (await client.run(PathsDocument, vars)).result.errors?.[0];
    expect(await error({ fromId: 'org:eu', toId: 'org:nobody' })).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await error({ fromId: 'org:eu', toId: 'org:eu' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Expected fromId and toId to be two different nodes, but both are "org:eu".' });
    expect(await error({ fromId: 'org:eu', toId: 'org:undp', maxHops: 7 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
