import {
  MoroccoTimelineDocument, MusaalaPartnersDocument, MusaalaSadaInterlocksDocument, YemenBrokersDocument, YemenWhoWorksWhereDocument,
} from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

// The operations the README shows for the analyses (operations/analysis.graphql), run as written.
describe('analysis examples', () => {
  it('MusaalaPartners: SADA first, sharing the Marib consultative meeting and the Saned project', async () => {
    const { result } = await client.run(MusaalaPartnersDocument);
    expect(result.errors).toBeUndefined();
    const [sada] = result.data!.partners;
    expect(sada!.actor.id).toBe('org:sada');
    expect(sada!.shared.map((s) => ('id' in s.activity ? s.activity.id : null))).toEqual(expect.arrayContaining(['event:2022-11-marib-consultative-meeting', 'program:saned-community-peace']));
  });

  it('MusaalaSadaInterlocks: Saferworld funds both; they share the Marib meetings, Saned and two speakers', async () => {
    const { result } = await client.run(MusaalaSadaInterlocksDocument);
    expect(result.errors).toBeUndefined();
    const interlocks = result.data!.interlocks;
    expect(interlocks.sharedFunders.map((f) => f.funder.name)).toEqual(['Saferworld']);
    expect(interlocks.sharedEvents).toHaveLength(2);
    expect(interlocks.sharedPrograms).toHaveLength(1);
    expect(interlocks.sharedPeople).toHaveLength(2);
  });

  it('YemenBrokers: Musa\'ala and SADA lead', async () => {
    const { result } = await client.run(YemenBrokersDocument);
    expect(result.errors).toBeUndefined();
    expect(result.data!.brokers.ranking.slice(0, 2).map((b) => b.actor.id)).toEqual(['org:musaala', 'org:sada']);
  });

  it('MoroccoTimeline: both meetings in 2014-08', async () => {
    const { result } = await client.run(MoroccoTimelineDocument);
    expect(result.errors).toBeUndefined();
    expect(result.data!.timeline.buckets.map((b) => [b.period, b.count])).toEqual([['2014-08', 2]]);
  });

  it('YemenWhoWorksWhere: Lahj and Marib rows', async () => {
    const { result } = await client.run(YemenWhoWorksWhereDocument);
    expect(result.errors).toBeUndefined();
    expect([...new Set(result.data!.whoWorksWhere.rows.map((r) => r.governorate?.name))]).toEqual(['Lahj', 'Marib']);
  });
});
