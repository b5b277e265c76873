import { InterlocksOfActorsDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

const interlocksOf = async (actorId: string, otherId: string) => {
  const { result, context } = await client.run(InterlocksOfActorsDocument, { actorId, otherId });
  expect(result.errors).toBeUndefined();
  return { interlocks: result.data!.interlocks, statements: context.recorder.names() };
};

const ids = (activities: readonly object[]) => activities.map((a) => ('id' in a ? a.id : undefined));

describe('interlocks', () => {
  it('finds what Musa\'ala and SADA share: Saferworld\'s funding, both Marib meetings, the Saned project and the two speakers', async () => {
    const { interlocks } = await interlocksOf('org:musaala', 'org:sada');
    expect(interlocks.actor.id).toBe('org:musaala');
    expect(interlocks.other.id).toBe('org:sada');
    expect(interlocks.sharedFunders.map((f) => f.funder.id)).toEqual(['org:saferworld']);
    expect(interlocks.sharedEvents.map((s) => ids([s.activity])[0])).toEqual([
      'event:2022-11-marib-consultative-meeting',
      'event:2022-11-marib-journalists-consultative-meeting',
    ]);
    expect(interlocks.sharedEvents[0]).toMatchObject({ actorLinks: [{ type: 'ORGANIZED', role: 'co-organiser' }], otherLinks: [{ type: 'ORGANIZED', role: 'co-organiser' }] });
    expect(interlocks.sharedPrograms.map((s) => ids([s.activity])[0])).toEqual(['program:saned-community-peace']);
    expect(interlocks.sharedPeople.map((p) => p.person.id)).toEqual(['person:abdrabbuh-halis', 'person:abdrabbuh-jadie']);
    expect(interlocks.sharedPeople[0]!.actorTies).toMatchObject([{ type: 'PARTICIPATED_IN', title: null, event: { id: 'event:2022-11-marib-consultative-meeting' } }]);
  });

  it('follows a funder through the program an event belongs to: Saferworld reaches the Marib meeting through Saned', async () => {
    const { interlocks } = await interlocksOf('org:musaala', 'org:sada');
    const [saferworld] = interlocks.sharedFunders;
    expect(ids(saferworld!.actorActivities)).toEqual(['event:2022-11-marib-consultative-meeting', 'program:saned-community-peace']);
    expect(ids(saferworld!.otherActivities)).toEqual(['event:2022-11-marib-consultative-meeting', 'program:saned-community-peace']);
  });

  it('finds the Japanese embassy behind UNDP and the PSD through a chain of programs, and the people tied to both by position or by the conference', async () => {
    const { interlocks } = await interlocksOf('org:undp', 'org:jordan-psd');
    expect(interlocks.sharedFunders.map((f) => f.funder.id)).toEqual(['org:embassy-of-japan-jordan']);
    // The conference is PART_OF the MoU, which is PART_OF the cooperation that Japan funded.
    expect(ids(interlocks.sharedFunders[0]!.otherActivities)).toContain('event:undated-psd-community-police-donors-conference');
    expect(interlocks.sharedEvents[0]).toMatchObject({
      activity: { id: 'event:undated-psd-community-police-donors-conference' },
      actorLinks: [{ type: 'PARTNERED_WITH' }],
      otherLinks: [{ type: 'ORGANIZED', role: 'lead' }],
    });
    expect(interlocks.sharedPrograms.map((s) => ids([s.activity])[0])).toEqual(['program:psd-undp-community-police-mou', 'program:undp-psd-community-policing-cooperation']);
    const sara = interlocks.sharedPeople.find((p) => p.person.id === 'person:sara-ferrer-olivella')!;
    expect(sara.actorTies).toMatchObject([
      { type: 'HOLDS_POSITION', title: 'ممثلة', event: null },
      { type: 'PARTICIPATED_IN', event: { id: 'event:undated-psd-community-police-donors-conference' } },
    ]);
    expect(sara.actorTies[0]!.evidence[0]!.quote).toContain('ممثلة');
    expect(sara.otherTies).toMatchObject([{ type: 'PARTICIPATED_IN' }]);
  });

  it('leaves out a funder that is one of the two actors', async () => {
    const { interlocks } = await interlocksOf('org:saferworld', 'org:musaala');
    expect(interlocks.sharedFunders).toEqual([]);
    expect(interlocks.sharedPrograms).toMatchObject([{ actorLinks: [{ type: 'FUNDED' }], otherLinks: [{ type: 'IMPLEMENTED' }] }]);
  });

  it('answers empty lists for two actors with nothing in common', async () => {
    const { interlocks } = await interlocksOf('org:eu', 'org:undp');
    expect(interlocks).toMatchObject({ sharedFunders: [], sharedEvents: [], sharedPrograms: [], sharedPeople: [] });
  });

  it('costs one statement, plus one per level of evidence asked for', async () => {
    const { statements } = await interlocksOf('org:undp', 'org:jordan-psd');
    expect(statements).toEqual(['analysis/interlocks', 'evidence/evidence-by-ids']);
  });

  it('rejects unknown ids with NOT_FOUND naming the argument, and the same actor twice or a wrong type with BAD_USER_INPUT', async () => {
    const error = async (actorId: string, otherId: string) => (await client.run(InterlocksOfActorsDocument, { actorId, otherId })).result.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await error('org:musaala', 'person:nobody')).toEqual([['NOT_FOUND', 'Expected otherId to be the id of an actor in the graph, but none has the id "person:nobody". Look ids up with search(text:).']]);
    expect(await error('org:nobody', 'org:sada')).toEqual([['NOT_FOUND', 'Expected actorId to be the id of an actor in the graph, but none has the id "org:nobody". Look ids up with search(text:).']]);
    expect(await error('org:sada', 'org:sada')).toEqual([['BAD_USER_INPUT', 'Expected otherId to be another actor than actorId, but both are "org:sada".']]);
    expect(await error('org:sada', 'place:ye')).toEqual([['BAD_USER_INPUT', 'Expected otherId to be the id of an organization or person, but got "place:ye", the id of a place.']]);
  });
});
