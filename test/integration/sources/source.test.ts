import { SourceByIdDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';

describe('sources', () => {
  const client = useGraphQLTestClient();

  it('returns a seed article by id with its title, outlet, publication date as precise as given, and language', async () => {
    const { result } = await client.run(SourceByIdDocument, { id: 'source:seed-004' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({
      id: 'source:seed-004',
      title: 'لقاء في جنين يدعو الى زيادة تعاون بين المواطنين والمؤسسة الامنية',
      outlet: 'معا',
      publishedOn: '2009-06-18',
      publishedOnText: 'نشر بتاريخ: 18/06/2009',
      language: 'ar',
      url: null,
    });
  });

  it('gives null, not a guess, for a publication date the article does not state', async () => {
    const { result } = await client.run(SourceByIdDocument, { id: 'source:seed-000' });
    expect(result.data?.node).toMatchObject({ outlet: 'المدنية أونلاين', publishedOn: null, publishedOnText: null });
  });

  it('answers null for a well-formed id that is not in the graph', async () => {
    const { result } = await client.run(SourceByIdDocument, { id: 'source:seed-999' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
  });

  it('rejects a malformed id with BAD_USER_INPUT and the expected form, never a 500', async () => {
    const { result } = await client.run(SourceByIdDocument, { id: 'seed-000' });
    expect(result.data).toEqual({ node: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(
      'Expected id to be a node id like "event:2009-06-18-jenin-open-meeting" (prefix org:, person:, event:, program:, place:, source: then lower-case letters, digits and dashes), but got "seed-000".',
    );
  });

  it('reads the five sources of one request in a single Cypher statement', async () => {
    const ids = ['source:seed-000', 'source:seed-001', 'source:seed-002', 'source:seed-003', 'source:seed-004'];
    const { context } = await client.run(SourceByIdDocument, { id: ids[0]! });
    expect(context.recorder.names()).toEqual(['graph/nodes-by-ids']);
    const loaded = await Promise.all(ids.map((id) => context.loaders.nodes.load(id)));
    expect(loaded.map((s) => s?.id)).toEqual(ids);
    // The five loads after the operation were batched into one more statement, not five.
    expect(context.recorder.names()).toEqual(['graph/nodes-by-ids', 'graph/nodes-by-ids']);
  });
});
