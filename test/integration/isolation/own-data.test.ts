import { randomBytes } from 'node:crypto';
import { EventFundersDocument, FundingFlowsDocument, NetworkDocument, NodeByIdDocument, SearchNodesDocument } from '../../../src/generated/operations';
import { searchKeysOf } from '../../../src/text/arabic-normalize';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { createOwnGraph, type OwnNode, quoteOf, uniqueId, withOwnGraph } from '../../helpers/own-data';

// This file writes into the shared test Neo4j while the other files read the seed graph from it: a funder,
// the workshop it paid for, the country it was held in and the article that says so, all with ids and a
// name word of this run only. They are visible through the API while the file runs and gone after it; the
// other files' assertions hold meanwhile because none of them counts the whole database.

const word = `jisrtest${randomBytes(4).toString('hex')}`;
const ids = {
  funder: uniqueId('ORGANIZATION', 'funder'),
  workshop: uniqueId('EVENT', 'workshop'),
  country: uniqueId('PLACE', 'country'),
  article: uniqueId('SOURCE', 'article'),
};
const article: OwnNode = {
  type: 'SOURCE',
  id: ids.article,
  properties: {
    title: `Workshop in Testland ${word}`, language: 'en', outlet: 'Jisr tests',
    text: `The Test Fund ${word} supported a workshop on community policing, held in Testland ${word} on 4 May 2021, for 12 officers and activists.`,
  },
};
const funded = quoteOf(article, `The Test Fund ${word} supported a workshop`);
const heldIn = quoteOf(article, `held in Testland ${word}`);

withOwnGraph({
  nodes: [
    article,
    {
      type: 'ORGANIZATION', id: ids.funder, evidence: [funded],
      properties: { kind: 'INTERNATIONAL_NGO', name: `Test Fund ${word}`, nameEn: `Test Fund ${word}`, aliases: [], searchKeys: searchKeysOf([`Test Fund ${word}`]) },
    },
    {
      type: 'PLACE', id: ids.country, evidence: [heldIn],
      properties: { kind: 'COUNTRY', name: `Testland ${word}`, nameEn: `Testland ${word}`, aliases: [], basis: 'article', searchKeys: searchKeysOf([`Testland ${word}`]) },
    },
    {
      type: 'EVENT', id: ids.workshop, evidence: [funded, heldIn],
      properties: {
        kind: 'WORKSHOP', title: `Community policing workshop ${word}`, titleEn: `Community policing workshop ${word}`,
        date: '2021-05-04', datePrecision: 'DAY', dateStart: '2021-05-04', dateEnd: '2021-05-04', dateText: 'on 4 May 2021',
        participantCount: 12, searchKeys: searchKeysOf([`Community policing workshop ${word}`]),
      },
    },
  ],
  relationships: [
    { type: 'FUNDED', from: ids.funder, to: ids.workshop, properties: { basis: 'article' }, evidence: [funded] },
    { type: 'HELD_IN', from: ids.workshop, to: ids.country, properties: { basis: 'article' }, evidence: [heldIn] },
    { type: 'REPORTED_BY', from: ids.workshop, to: ids.article, properties: { basis: 'article' }, evidence: [funded] },
  ],
});

const client = useGraphQLTestClient();

describe('a test\'s own nodes in the shared test database', () => {
  it('reads the own workshop by id, with its place, funder, source and verbatim evidence', async () => {
    const { result } = await client.run(NodeByIdDocument, { id: ids.workshop });
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toMatchObject({
      __typename: 'Event',
      id: ids.workshop,
      eventKind: 'WORKSHOP',
      date: '2021-05-04',
      datePrecision: 'DAY',
      participantCount: 12,
      place: { id: ids.country, country: { id: ids.country } },
      funders: [{ id: ids.funder, name: `Test Fund ${word}` }],
      sources: [{ id: ids.article }],
      evidence: [
        { quote: funded.quote, start: funded.start, end: funded.end, source: { id: ids.article } },
        { quote: heldIn.quote, start: heldIn.start, end: heldIn.end, source: { id: ids.article } },
      ],
    });
  });

  it('finds the own nodes, and only them, by the word of this run', async () => {
    const { result } = await client.run(SearchNodesDocument, { text: word, first: 50 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.map((hit) => hit.node.id).sort()).toEqual([ids.workshop, ids.funder, ids.country].sort());
  });

  it('follows the own funder to the workshop it paid for, and gives the workshop that funder', async () => {
    const { result } = await client.run(FundingFlowsDocument, { filter: { funderId: ids.funder } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.fundingFlows.totalCount).toBe(1);
    expect(result.data!.fundingFlows.edges.map((e) => e.node)).toEqual([{
      funder: { id: ids.funder, name: `Test Fund ${word}` },
      event: { id: ids.workshop, title: `Community policing workshop ${word}`, date: '2021-05-04' },
      direct: true,
      via: [],
      hops: [{ type: 'FUNDED', fromId: ids.funder, toId: ids.workshop, evidence: [{ quote: funded.quote, start: funded.start, end: funded.end, source: { id: ids.article } }] }],
      evidence: [{ quote: funded.quote }],
    }]);
    const funders = await client.run(EventFundersDocument, { id: ids.workshop });
    expect(funders.result.data!.node).toMatchObject({ funders: [{ id: ids.funder }] });
  });

  it('draws the network around the own funder: the workshop, then its country and its article', async () => {
    const { result } = await client.run(NetworkDocument, { centerId: ids.funder, depth: 3 });
    expect(result.errors).toBeUndefined();
    const network = result.data!.network;
    expect(network.nodes.map((n) => [n.id, n.type])).toEqual([
      [ids.funder, 'ORGANIZATION'],
      [ids.workshop, 'EVENT'],
      [ids.country, 'PLACE'],
      [ids.article, 'SOURCE'],
    ]);
    expect(network.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual([
      `${ids.funder} FUNDED ${ids.workshop}`,
      `${ids.workshop} HELD_IN ${ids.country}`,
      `${ids.workshop} REPORTED_BY ${ids.article}`,
    ].sort());
    expect(network.truncated).toBe(false);
  });
});

describe('own data helpers', () => {
  it('remove what they created, by id, and leave the API answering null for it', async () => {
    const id = uniqueId('ORGANIZATION', 'short-lived');
    const own = await createOwnGraph(client.driver, { nodes: [{ type: 'ORGANIZATION', id, properties: { kind: 'NGO', name: 'Short-lived', searchKeys: [] } }] });
    expect((await client.run(NodeByIdDocument, { id })).result.data!.node).toMatchObject({ __typename: 'Organization', id });
    await own.remove();
    expect((await client.run(NodeByIdDocument, { id })).result.data).toEqual({ node: null });
  });

  it('refuse an id they did not issue, so that a test can never overwrite or delete a seed node', async () => {
    await expect(createOwnGraph(client.driver, { nodes: [{ type: 'ORGANIZATION', id: 'org:undp', properties: {} }] }))
      .rejects.toThrow('Expected an id made by uniqueId(), but got "org:undp"');
    expect((await client.run(NodeByIdDocument, { id: 'org:undp' })).result.data!.node).toMatchObject({ id: 'org:undp' });
  });

  it('refuse a relationship the vocabulary does not allow, before any Cypher runs', async () => {
    const [place, org] = [uniqueId('PLACE', 'somewhere'), uniqueId('ORGANIZATION', 'someone')];
    await expect(createOwnGraph(client.driver, {
      nodes: [{ type: 'PLACE', id: place, properties: {} }, { type: 'ORGANIZATION', id: org, properties: {} }],
      relationships: [{ type: 'FUNDED', from: place, to: org }],
    })).rejects.toThrow('FUNDED cannot go from a place to an organization.');
    expect((await client.run(NodeByIdDocument, { id: place })).result.data).toEqual({ node: null });
  });
});
