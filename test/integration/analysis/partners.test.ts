import { createContext } from '../../../src/context/context';
import { MusaalaPartnersDocument, MusaalaPartnersThreeSharedDocument, PartnersOfActorDocument } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { type OwnNode, type OwnRelationship, quoteOf, uniqueId, withOwnGraph } from '../../helpers/own-data';

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

  it('costs one statement, the evidence asked for and its sources included', async () => {
    const { statements } = await partnersOf('org:musaala');
    expect(statements).toEqual(['analysis/partners-with-evidence']);
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

// An actor of this file's own that shares five activities with one partner (four events it organised with it, a
// program it implements and the partner funds) and two with another: enough to cut a list and see what is kept.
describe('partners, a page of shared activities each', () => {
  const hub = uniqueId('ORGANIZATION', 'partners-hub');
  const wide = uniqueId('ORGANIZATION', 'partners-wide');
  const narrow = uniqueId('PERSON', 'partners-narrow');
  const events = [0, 1, 2, 3].map((i) => uniqueId('EVENT', `partners-event-${i}`));
  const program = uniqueId('PROGRAM', 'partners-program');
  const article = uniqueId('SOURCE', 'partners-article');
  const byId = (ids: readonly string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sharedWithWide = byId([...events, program]);

  const source: OwnNode = {
    type: 'SOURCE', id: article,
    properties: { title: 'Partners test article', language: 'en', outlet: 'Jisr tests', text: 'The hub and its wide partner organised four meetings together.' },
  };
  const together = quoteOf(source, 'organised four meetings together');
  const named = (name: string) => ({ name, nameEn: name, aliases: [], searchKeys: [name.toLowerCase()] });
  const rel = (type: OwnRelationship['type'], from: string, to: string, role?: string): OwnRelationship =>
    ({ type, from, to, properties: { basis: 'article', ...(role ? { role } : {}) }, evidence: [together] });
  withOwnGraph({
    nodes: [
      source,
      { type: 'ORGANIZATION', id: hub, properties: { kind: 'NGO', ...named('Partners test hub') } },
      { type: 'ORGANIZATION', id: wide, properties: { kind: 'NGO', ...named('Partners test wide') } },
      { type: 'PERSON', id: narrow, properties: { kind: 'PERSON', ...named('Partners test narrow') } },
      { type: 'PROGRAM', id: program, properties: named('Partners test program') },
      ...events.map((id, i): OwnNode => ({ type: 'EVENT', id, properties: { kind: 'WORKSHOP', title: `Partners test event ${i}`, searchKeys: [`partners test event ${i}`], datePrecision: 'UNKNOWN' } })),
    ],
    relationships: [
      ...events.flatMap((id) => [rel('ORGANIZED', hub, id, 'lead'), rel('ORGANIZED', wide, id, 'co-organiser')]),
      rel('IMPLEMENTED', hub, program), rel('FUNDED', wide, program),
      rel('PARTICIPATED_IN', narrow, events[1]!, 'speaker'), rel('PARTICIPATED_IN', narrow, events[3]!, 'attendee'),
    ],
  });

  const ids = (shared: readonly { activity: { __typename: string } }[]) => shared.map((s) => activityId(s.activity));
  const partnersOfHub = async (sharedFirst?: number | null) => {
    const { result, context } = await client.run(PartnersOfActorDocument, { actorId: hub, sharedFirst });
    expect(result.errors).toBeUndefined();
    return { partners: result.data!.partners, statements: context.recorder.names() };
  };

  it('lists every shared activity by id when first is left out or null, as before', async () => {
    const { partners } = await partnersOfHub();
    expect(partners.map((p) => [p.actor.id, p.sharedCount])).toEqual([[wide, 5], [narrow, 2]]);
    expect(ids(partners[0]!.shared)).toEqual(sharedWithWide);
    expect((await partnersOfHub(null)).partners).toEqual(partners);
  });

  it('lists the first shared activities by id, the head of the whole list with the same links and quotes, and sharedCount still counts them all', async () => {
    const { partners: whole } = await partnersOfHub();
    const { partners: cut, statements } = await partnersOfHub(3);
    expect(cut.map((p) => [p.actor.id, p.sharedCount])).toEqual([[wide, 5], [narrow, 2]]);
    expect(cut[0]!.shared).toEqual(whole[0]!.shared.slice(0, 3));
    expect(cut[0]!.shared[0]!.otherLinks[0]!.evidence[0]!.quote).toBe('organised four meetings together');
    // A partner sharing fewer than first keeps its whole list.
    expect(cut[1]!.shared).toEqual(whole[1]!.shared);
    expect(ids(cut[1]!.shared)).toEqual(byId([events[1]!, events[3]!]));
    expect(statements).toEqual(['analysis/partners-with-evidence']);
    expect((await partnersOfHub(1)).partners[0]!.shared).toEqual(whole[0]!.shared.slice(0, 1));
  });

  it('cuts the lists in the statement: the repository reads only the first sharedLimit, with the whole count; 0 reads none', async () => {
    const { query } = createContext(client.repositories);
    const [cut, none, all] = await Promise.all([3, 0, null].map(async (sharedLimit) => (await client.repositories.partners.partners(hub, 20, sharedLimit, false, query))?.partners));
    expect(cut!.map((p) => [p.actor.id, p.sharedCount, p.shared.map((s) => s.activity.id)])).toEqual([
      [wide, 5, sharedWithWide.slice(0, 3)],
      [narrow, 2, byId([events[1]!, events[3]!])],
    ]);
    expect(none!.map((p) => [p.actor.id, p.sharedCount, p.shared])).toEqual([[wide, 5, []], [narrow, 2, []]]);
    expect(all![0]!.shared.map((s) => s.activity.id)).toEqual(sharedWithWide);
  });

  it('gives each alias of shared its own first, from one statement that reads the longest', async () => {
    const activity = 'activity { __typename ... on Event { id } ... on Program { id } } otherLinks { type role }';
    const ask = async (fields: string) => {
      const { result, context } = await client.run(`query { partners(actorId: "${hub}") { actor { id } sharedCount ${fields} } }`);
      expect(result.errors).toBeUndefined();
      expect(context.recorder.names()).toEqual(['analysis/partners']);
      return result.data!.partners as Record<string, { activity: { __typename: string; id: string } }[]>[];
    };
    const [withAll] = await ask(`two: shared(first: 2) { ${activity} } four: shared(first: 4) { ${activity} } all: shared { ${activity} }`);
    expect(ids(withAll!.all!)).toEqual(sharedWithWide);
    expect(withAll!.two).toEqual(withAll!.all!.slice(0, 2));
    expect(withAll!.four).toEqual(withAll!.all!.slice(0, 4));
    const [pagesOnly] = await ask(`two: shared(first: 2) { ${activity} } ... on Partner { four: shared(first: 4) { ${activity} } }`);
    expect(pagesOnly).toEqual({ actor: { id: wide }, sharedCount: 5, two: withAll!.two, four: withAll!.four });
  });

  it('counts every shared activity when no list is asked for', async () => {
    const { result } = await client.run(`query { partners(actorId: "${hub}") { actor { id } sharedCount } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.partners).toEqual([{ actor: { id: wide }, sharedCount: 5 }, { actor: { id: narrow }, sharedCount: 2 }]);
  });

  it('rejects a first out of 1 to 1000 with BAD_USER_INPUT, once for the request, whichever alias asks it', async () => {
    const message = (got: number) => `Expected first to be between 1 and 1000, but got ${got}. Leave first out to list every shared activity; sharedCount counts them all.`;
    const errors = async (query: string, variables?: Record<string, unknown>) =>
      (await client.run(query, variables)).result.errors?.map((e) => [e.extensions?.code, e.message, e.path]);
    for (const bad of [0, -1, 1001]) {
      expect(await errors(`query ($n: Int) { partners(actorId: "${hub}") { shared(first: $n) { otherLinks { type } } } }`, { n: bad })).toEqual([['BAD_USER_INPUT', message(bad), ['partners']]]);
    }
    expect(await errors(`query { partners(actorId: "${hub}") { a: shared(first: 2) { otherLinks { type } } b: shared(first: 1001) { otherLinks { type } } } }`))
      .toEqual([['BAD_USER_INPUT', message(1001), ['partners']]]);
  });
});

describe('partners, the README\'s page of shared activities', () => {
  it('MusaalaPartnersThreeShared: the same partners and counts as MusaalaPartners, each with the head of its list', async () => {
    const [whole, cut] = await Promise.all([client.run(MusaalaPartnersDocument), client.run(MusaalaPartnersThreeSharedDocument)]);
    expect(whole.result.errors).toBeUndefined();
    expect(cut.result.errors).toBeUndefined();
    expect(cut.result.data!.partners).toEqual(whole.result.data!.partners.map((p) => ({ ...p, shared: p.shared.slice(0, 3) })));
  });
});
