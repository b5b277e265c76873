import { InterlocksOfActorsDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { evidenceIdOf } from '../../../src/seeds/seed.model';
import { type OwnNode, type OwnRelationship, quoteOf, uniqueId, withOwnGraph } from '../../helpers/own-data';

const client = useGraphQLTestClient();

const interlocksOf = async (actorId: string, otherId: string, first?: number) => {
  const { result, context } = await client.run(InterlocksOfActorsDocument, { actorId, otherId, first });
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

  it('counts every list, and says nothing was cut when each is shorter than first', async () => {
    const { interlocks } = await interlocksOf('org:musaala', 'org:sada');
    expect(interlocks).toMatchObject({ sharedFunderCount: 1, sharedEventCount: 2, sharedProgramCount: 1, sharedPersonCount: 2, truncated: false });
    expect(interlocks.sharedFunders[0]).toMatchObject({ actorActivityCount: 2, otherActivityCount: 2 });
    expect(interlocks.sharedPeople.map((p) => [p.actorTieCount, p.otherTieCount])).toEqual(interlocks.sharedPeople.map((p) => [p.actorTies.length, p.otherTies.length]));
  });

  it('lists the first `first` of each list by id, the funders\' activities and the people\'s ties included, with the counts of all and truncated', async () => {
    const whole = (await interlocksOf('org:undp', 'org:jordan-psd')).interlocks;
    const { interlocks } = await interlocksOf('org:undp', 'org:jordan-psd', 1);
    expect(interlocks.truncated).toBe(true);
    expect(interlocks.sharedPrograms.map((s) => ids([s.activity])[0])).toEqual(['program:psd-undp-community-police-mou']);
    expect(interlocks.sharedProgramCount).toBe(2);
    expect(interlocks.sharedPeople).toHaveLength(1);
    expect(interlocks.sharedPeople[0]!.person.id).toBe(whole.sharedPeople[0]!.person.id);
    expect(interlocks.sharedPersonCount).toBe(whole.sharedPeople.length);
    // Sara Ferrer Olivella's two ties to UNDP: the position comes first, and is the one listed.
    const [japan] = interlocks.sharedFunders;
    expect(japan!.otherActivities).toHaveLength(1);
    expect(ids(japan!.otherActivities)).toEqual(ids(whole.sharedFunders[0]!.otherActivities).slice(0, 1));
    expect(japan!.otherActivityCount).toBe(whole.sharedFunders[0]!.otherActivities.length);
    expect(japan!.otherActivityCount).toBeGreaterThan(1);
  });

  it('refuses a first outside 1 to 1000 with BAD_USER_INPUT', async () => {
    const query = 'query ($first: Int) { interlocks(actorId: "org:musaala", otherId: "org:sada", first: $first) { sharedEvents { activity { __typename } } } }';
    expect((await client.run(query, { first: 1000 })).result.errors).toBeUndefined();
    for (const first of [0, 1001]) {
      const { result } = await client.run(query, { first });
      expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', `Expected first to be between 1 and 1000, but got ${first}. The counts say how many there are; no list holds more than 1000.`],
      ]);
    }
  });

  it('costs one statement, the links\' and ties\' evidence asked for and its sources included', async () => {
    const { interlocks, statements } = await interlocksOf('org:undp', 'org:jordan-psd');
    expect(JSON.stringify(interlocks)).toContain('"quote":');
    expect(statements).toEqual(['analysis/interlocks-with-evidence']);
  });

  it('rejects unknown ids with NOT_FOUND naming the argument, and the same actor twice or a wrong type with BAD_USER_INPUT', async () => {
    const error = async (actorId: string, otherId: string) => (await client.run(InterlocksOfActorsDocument, { actorId, otherId })).result.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await error('org:musaala', 'person:nobody')).toEqual([['NOT_FOUND', 'Expected otherId to be the id of an actor in the graph, but none has the id "person:nobody". Look ids up with search(text:).']]);
    expect(await error('org:nobody', 'org:sada')).toEqual([['NOT_FOUND', 'Expected actorId to be the id of an actor in the graph, but none has the id "org:nobody". Look ids up with search(text:).']]);
    expect(await error('org:sada', 'org:sada')).toEqual([['BAD_USER_INPUT', 'Expected otherId to be another actor than actorId, but both are "org:sada".']]);
    expect(await error('org:sada', 'place:ye')).toEqual([['BAD_USER_INPUT', 'Expected otherId to be the id of an organization or person, but got "place:ye", the id of a place.']]);
  });
});

// Two organisations of this file's own with a funder above both through a program chain, a shared event, and
// people tied to both in each way: a position and an event, and an event whose two relationships to the
// actor make one tie. Enough to tell an answer read by ids from one read whole.
describe('interlocks, the lists read by id alone', () => {
  const actor = uniqueId('ORGANIZATION', 'interlocks-actor');
  const other = uniqueId('ORGANIZATION', 'interlocks-other');
  const funder = uniqueId('ORGANIZATION', 'interlocks-funder');
  const [director, speaker, bystander] = ['director', 'speaker', 'bystander'].map((slug) => uniqueId('PERSON', `interlocks-${slug}`)) as [string, string, string];
  const [umbrella, project] = ['umbrella', 'project'].map((slug) => uniqueId('PROGRAM', `interlocks-${slug}`)) as [string, string];
  const [meeting, workshop, launch] = ['meeting', 'workshop', 'launch'].map((slug) => uniqueId('EVENT', `interlocks-${slug}`)) as [string, string, string];
  const article = uniqueId('SOURCE', 'interlocks-article');

  const source: OwnNode = {
    type: 'SOURCE', id: article,
    properties: { title: 'Interlocks test article', language: 'en', outlet: 'Jisr tests', text: 'The director spoke at the workshop; the speaker attended the meeting twice.' },
  };
  const [spoke, attended] = [quoteOf(source, 'The director spoke at the workshop'), quoteOf(source, 'the speaker attended the meeting twice')];
  const named = (name: string) => ({ name, nameEn: name, aliases: [], searchKeys: [name.toLowerCase()] });
  const event = (id: string, title: string): OwnNode => ({ type: 'EVENT', id, properties: { kind: 'WORKSHOP', title, searchKeys: [title.toLowerCase()], date: '2024-05-01', datePrecision: 'DAY' } });
  const rel = (type: OwnRelationship['type'], from: string, to: string, properties: Record<string, unknown> = {}, evidence = [spoke]): OwnRelationship =>
    ({ type, from, to, properties: { basis: 'article', ...properties }, evidence });
  withOwnGraph({
    nodes: [
      source,
      ...[[actor, 'Interlocks test actor'], [other, 'Interlocks test other'], [funder, 'Interlocks test funder']]
        .map(([id, name]): OwnNode => ({ type: 'ORGANIZATION', id: id!, properties: { kind: 'NGO', ...named(name!) } })),
      ...[[director, 'Interlocks test director'], [speaker, 'Interlocks test speaker'], [bystander, 'Interlocks test bystander']]
        .map(([id, name]): OwnNode => ({ type: 'PERSON', id: id!, properties: { kind: 'PERSON', ...named(name!) } })),
      { type: 'PROGRAM', id: umbrella, properties: named('Interlocks test umbrella') },
      { type: 'PROGRAM', id: project, properties: named('Interlocks test project') },
      event(meeting, 'Interlocks test meeting'), event(workshop, 'Interlocks test workshop'), event(launch, 'Interlocks test launch'),
    ],
    relationships: [
      // The funder reaches both sides' events through the project and the umbrella above it.
      rel('FUNDED', funder, umbrella), rel('PART_OF', project, umbrella),
      rel('PART_OF', meeting, project), rel('PART_OF', workshop, project), rel('PART_OF', launch, project),
      rel('ORGANIZED', actor, meeting, { role: 'lead' }), rel('FUNDED', actor, meeting), rel('ORGANIZED', other, meeting, { role: 'co-organiser' }),
      rel('IMPLEMENTED', actor, project), rel('PARTNERED_WITH', other, workshop), rel('ORGANIZED', actor, launch, { role: 'lead' }),
      rel('HOLDS_POSITION', director, actor, { title: 'director' }), rel('HOLDS_POSITION', director, actor, { title: 'board member' }),
      rel('PARTICIPATED_IN', director, workshop, { role: 'speaker', title: 'keynote' }),
      rel('PARTICIPATED_IN', speaker, meeting, { role: 'speaker' }, [attended]), rel('PARTICIPATED_IN', speaker, meeting, { role: 'attendee' }, [attended]),
      rel('PARTICIPATED_IN', bystander, launch, { role: 'attendee' }),
    ],
  });

  const activity = (more: string) => `__typename ... on Event { id ${more} } ... on Program { id ${more ? 'name' : ''} }`;
  const operation = (more: string) => `query ($actorId: ID!, $otherId: ID!) {
    interlocks(actorId: $actorId, otherId: $otherId) {
      sharedFunders { funder { id name } actorActivities { ${activity(more)} } otherActivities { ${activity(more)} } }
      sharedPeople { person { id name } actorTies { type title event { id ${more} } evidence { id } } otherTies { type title event { id ${more} } evidence { id } } }
    }
  }`;
  interface Answer {
    sharedFunders: { funder: object; actorActivities: { __typename: string; id: string }[]; otherActivities: { __typename: string; id: string }[] }[];
    sharedPeople: { person: object; actorTies: { event: { id: string } | null }[]; otherTies: { event: { id: string } | null }[] }[];
  }
  /** An answer as the operation asking ids alone would have it: the activities' and the events' other fields dropped. */
  const toIds = ({ sharedFunders, sharedPeople }: Answer): Answer => ({
    sharedFunders: sharedFunders.map((shared) => ({
      ...shared,
      actorActivities: shared.actorActivities.map(({ __typename, id }) => ({ __typename, id })),
      otherActivities: shared.otherActivities.map(({ __typename, id }) => ({ __typename, id })),
    })),
    sharedPeople: sharedPeople.map((shared) => ({
      ...shared,
      actorTies: shared.actorTies.map((tie) => ({ ...tie, event: tie.event && { id: tie.event.id } })),
      otherTies: shared.otherTies.map((tie) => ({ ...tie, event: tie.event && { id: tie.event.id } })),
    })),
  });
  const ask = async (query: string, actorId: string, otherId: string) => {
    const read = jest.spyOn(client.executor, 'read');
    try {
      const { result, context } = await client.run(query, { actorId, otherId });
      expect(result.errors).toBeUndefined();
      const params = read.mock.calls.find(([name]) => name.startsWith('analysis/interlocks'))![1];
      return { interlocks: result.data!.interlocks as Answer, params, context };
    } finally {
      read.mockRestore();
    }
  };

  it.each([
    ['the own actors', actor, other],
    ['the own actors the other way round', other, actor],
    ['Musa\'ala and SADA', 'org:musaala', 'org:sada'],
    ['UNDP and the PSD', 'org:undp', 'org:jordan-psd'],
  ])('answers %s the same whether the funders\' activities and the ties\' events are read whole or by id', async (_, actorId, otherId) => {
    const whole = await ask(operation('title date'), actorId, otherId);
    const byId = await ask(operation(''), actorId, otherId);
    expect(whole.params).toMatchObject({ funderActivityProperties: true, tieEventProperties: true });
    expect(byId.params).toMatchObject({ funderActivityProperties: false, tieEventProperties: false });
    expect(whole.interlocks.sharedFunders.length).toBeGreaterThan(0);
    expect(whole.interlocks.sharedPeople.length).toBeGreaterThan(0);
    expect(byId.interlocks).toEqual(toIds(whole.interlocks));
  });

  it('finds the funder above both sides\' activities, and lists each person\'s ties to each side once, positions before events', async () => {
    const { interlocks } = await ask(operation(''), actor, other);
    expect(interlocks.sharedFunders).toEqual([{
      funder: { id: funder, name: 'Interlocks test funder' },
      // FUNDED is not among the relationships the funders rule follows; the actor's meeting counts as organised.
      actorActivities: [{ __typename: 'Event', id: launch }, { __typename: 'Event', id: meeting }, { __typename: 'Program', id: project }],
      otherActivities: [{ __typename: 'Event', id: meeting }, { __typename: 'Event', id: workshop }],
    }]);
    const [spokeId, attendedId] = [spoke, attended].map((q) => evidenceIdOf(q.sourceId, q.start, q.end));
    // The bystander took part in the actor's launch only; the speaker's two relationships to the meeting, which
    // the actor both organised and funded, are one tie: the same event, stated by the same quote. A participation's
    // own title (the director's keynote) is not the tie's: only a position has one.
    expect(interlocks.sharedPeople).toEqual([
      {
        person: { id: director, name: 'Interlocks test director' },
        actorTies: [
          { type: 'HOLDS_POSITION', title: 'board member', event: null, evidence: [{ id: spokeId }] },
          { type: 'HOLDS_POSITION', title: 'director', event: null, evidence: [{ id: spokeId }] },
        ],
        otherTies: [{ type: 'PARTICIPATED_IN', title: null, event: { id: workshop }, evidence: [{ id: spokeId }] }],
      },
      {
        person: { id: speaker, name: 'Interlocks test speaker' },
        actorTies: [{ type: 'PARTICIPATED_IN', title: null, event: { id: meeting }, evidence: [{ id: attendedId }] }],
        otherTies: [{ type: 'PARTICIPATED_IN', title: null, event: { id: meeting }, evidence: [{ id: attendedId }] }],
      },
    ].sort((x, y) => (x.person.id < y.person.id ? -1 : 1)));
  });

  it('cuts a funder\'s activities and a person\'s ties to their first `first`, counting them all', async () => {
    const { result } = await client.run(`query ($actorId: ID!, $otherId: ID!) {
      interlocks(actorId: $actorId, otherId: $otherId, first: 1) {
        truncated sharedFunderCount sharedPersonCount
        sharedFunders { actorActivityCount otherActivityCount actorActivities { ... on Event { id } ... on Program { id } } }
        sharedPeople { person { id } actorTieCount otherTieCount actorTies { type title } }
      }
    }`, { actorId: actor, otherId: other });
    expect(result.errors).toBeUndefined();
    expect(result.data!.interlocks).toEqual({
      truncated: true,
      sharedFunderCount: 1,
      sharedPersonCount: 2,
      sharedFunders: [{ actorActivityCount: 3, otherActivityCount: 2, actorActivities: [{ id: launch }] }],
      // The director, first by id, holds two positions: the first by title is listed.
      sharedPeople: [{ person: { id: director }, actorTieCount: 2, otherTieCount: 1, actorTies: [{ type: 'HOLDS_POSITION', title: 'board member' }] }],
    });
  });

  it('reads the activities whole when any alias or fragment asks more of them than ids', async () => {
    const { interlocks, params } = await ask(`query ($actorId: ID!, $otherId: ID!) {
      interlocks(actorId: $actorId, otherId: $otherId) {
        ids: sharedFunders { actorActivities { ... on Event { id } } }
        titles: sharedFunders { ...Titles }
        sharedPeople { actorTies { event { id } } }
      }
    }
    fragment Titles on SharedFunder { actorActivities { ... on Event { title } } }`, actor, other);
    expect(params).toMatchObject({ funderActivityProperties: true, tieEventProperties: false });
    expect(interlocks).toMatchObject({
      ids: [{ actorActivities: [{ id: launch }, { id: meeting }, {}] }],
      titles: [{ actorActivities: [{ title: 'Interlocks test launch' }, { title: 'Interlocks test meeting' }, {}] }],
    });
  });

  it('leaves the node loader to read whole a node the statement read by id alone', async () => {
    const { context } = await ask(operation(''), actor, other);
    const node = await context.loaders.nodes.load(launch);
    expect(node).toMatchObject({ id: launch, title: 'Interlocks test launch', date: '2024-05-01' });
    expect(context.recorder.names()).toContain('graph/nodes-by-ids');
  });
});
