import { EventsWithOrganizersDocument, ProgramsDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';

describe('batching (DataLoader per request)', () => {
  const client = useGraphQLTestClient();

  it('runs the same number of statements for events → organizers → positions → organization → parent whatever the page size', async () => {
    // One event whose organisers are units with parents and people: every level of the query is reached.
    const one = await client.run(EventsWithOrganizersDocument, { filter: { kinds: ['OPEN_MEETING'] }, first: 1 });
    expect(one.result.data!.events.edges[0]!.node.organizers.some((o) => 'positions' in o && o.positions.length > 0)).toBe(true);
    const all = await client.run(EventsWithOrganizersDocument, { first: 100 });
    expect(one.result.errors).toBeUndefined();
    expect(all.result.errors).toBeUndefined();
    const rows = all.result.data!.events.edges.length;
    expect(rows).toBeGreaterThan(1);
    expect(all.result.data!.events.edges.flatMap((e) => e.node.organizers).length).toBeGreaterThan(1);
    // One statement per resolver level, never one per row: the page with its organizers and their parents (read
    // ahead), then the organizers' positions (whose organization is the organizer, its parent known already).
    expect(all.context.recorder.count).toBe(one.context.recorder.count);
    expect(all.context.recorder.names()).toEqual(['events/events-page-with-lookahead', 'graph/incoming']);
  });

  it('resolves every program\'s funders, implementers, partners and events in the page\'s own statement', async () => {
    const { result, context } = await client.run(ProgramsDocument, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(context.recorder.names()).toEqual(['programs/programs-page-with-lookahead']);
  });
});
