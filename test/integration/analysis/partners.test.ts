import { PartnersOfActorDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

const partnersOf = async (actorId: string, first?: number) => {
  const { result, context } = await client.run(PartnersOfActorDocument, { actorId, first });
  expect(result.errors).toBeUndefined();
  return { partners: result.data!.partners, statements: context.recorder.names() };
};

const activityId = (activity: { __typename: string } & ({ id: string } | object)) => ('id' in activity ? activity.id : undefined);

describe('partners', () => {
  it('ranks SADA first among Musa\'ala\'s partners: the Marib meetings they co-organised and the Saned project they implement', async () => {
    const { partners } = await partnersOf('org:musaala');
    expect(partners.map((p) => [p.actor.id, p.sharedCount])).toEqual([
      ['org:sada', 3],
      ['org:marib-police', 1],
      ['org:saferworld', 1],
      ['person:abdrabbuh-halis', 1],
      ['person:abdrabbuh-jadie', 1],
    ]);
    const sada = partners[0]!;
    expect(sada.shared.map((s) => activityId(s.activity))).toEqual([
      'event:2022-11-marib-consultative-meeting',
      'event:2022-11-marib-journalists-consultative-meeting',
      'program:saned-community-peace',
    ]);
    expect(sada.shared[0]).toMatchObject({
      actorLinks: [{ type: 'ORGANIZED', role: 'co-organiser' }],
      otherLinks: [{ type: 'ORGANIZED', role: 'co-organiser' }],
    });
    expect(sada.shared[2]).toMatchObject({ actorLinks: [{ type: 'IMPLEMENTED', role: null }], otherLinks: [{ type: 'IMPLEMENTED' }] });
  });

  it('says how each side is linked: Saferworld funds the Saned project that Musa\'ala implements, with the quote that states it', async () => {
    const { partners } = await partnersOf('org:musaala');
    const saferworld = partners.find((p) => p.actor.id === 'org:saferworld')!;
    expect(saferworld.shared).toHaveLength(1);
    expect(saferworld.shared[0]).toMatchObject({
      activity: { __typename: 'Program', id: 'program:saned-community-peace' },
      actorLinks: [{ type: 'IMPLEMENTED' }],
      otherLinks: [{ type: 'FUNDED' }],
    });
    const [evidence] = saferworld.shared[0]!.otherLinks[0]!.evidence;
    expect(evidence!.quote).toContain('سيفيرورلد');
    expect(evidence!.source.id).toBe('source:seed-003');
  });

  it('counts a person through their own links only: Waheeb al-Dhibani shares the Al-Habilayn session, not Ruwad\'s project', async () => {
    const { partners } = await partnersOf('person:waheeb-al-dhibani');
    expect(partners.map((p) => p.actor.id)).toEqual(['org:democratic-youth-foundation', 'org:eu', 'org:ruwad-foundation']);
    for (const partner of partners) expect(partner.shared.map((s) => activityId(s.activity))).toEqual(['event:undated-al-habilayn-discussion-session']);
    expect(partners[2]!.shared[0]).toMatchObject({ actorLinks: [{ type: 'PARTICIPATED_IN', role: 'speaker' }], otherLinks: [{ type: 'ORGANIZED', role: 'lead' }] });
  });

  it('lists every relationship of one side to a shared event, by type then role', async () => {
    // The Fatah office in Jenin co-organised and hosted the Jenin open meeting: two ORGANIZED relationships.
    const { partners } = await partnersOf('org:fatah-jenin-office');
    const prDepartment = partners.find((p) => p.actor.id === 'org:ps-nsf-public-relations')!;
    expect(prDepartment.shared[0]!.actorLinks).toEqual([{ type: 'ORGANIZED', role: 'co-organiser' }, { type: 'ORGANIZED', role: 'host' }]);
  });

  it('answers an empty list for an actor that shares nothing: the Sidi Bernoussi zone alone organised its meetings', async () => {
    expect((await partnersOf('org:dgsn-sidi-bernoussi-security-zone')).partners).toEqual([]);
  });

  it('cuts the ranking at first, best partners kept', async () => {
    const { partners } = await partnersOf('org:musaala', 2);
    expect(partners.map((p) => p.actor.id)).toEqual(['org:sada', 'org:marib-police']);
  });

  it('costs one statement, plus one for the evidence asked for (the quotes come with their sources)', async () => {
    const { statements } = await partnersOf('org:musaala');
    expect(statements).toEqual(['analysis/partners', 'evidence/evidence-by-ids']);
  });

  it('rejects an unknown actor with NOT_FOUND, an id of the wrong type and a first out of range with BAD_USER_INPUT', async () => {
    const error = async (vars: { actorId: string; first?: number }) => (await client.run(PartnersOfActorDocument, vars)).result.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await error({ actorId: 'org:nobody' })).toEqual([['NOT_FOUND', 'Expected actorId to be the id of an actor in the graph, but none has the id "org:nobody". Look ids up with search(text:).']]);
    expect(await error({ actorId: 'event:2009-06-18-jenin-open-meeting' })).toEqual([[
      'BAD_USER_INPUT', 'Expected actorId to be the id of an organization or person, but got "event:2009-06-18-jenin-open-meeting", the id of an event.',
    ]]);
    expect(await error({ actorId: 'org:musaala', first: 101 })).toEqual([['BAD_USER_INPUT', 'Expected first to be between 1 and 100, but got 101. The ranking stops at the first 100 partners.']]);
  });
});
