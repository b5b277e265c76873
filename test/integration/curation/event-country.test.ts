import { ApplyChangesDocument, type ChangeInput, RemoveRelationshipDocument, RevertBatchDocument, UpdateEventDocument } from '../../../src/generated/operations';
import { migrateEventCountries } from '../../../src/events/event-country';
import { relationshipIdOf } from '../../../src/seeds/seed.model';
import { TEST_DATABASE } from '../../helpers/test-database';
import { EDITOR, actorsIn as actorsOf, errorOf, graphHash, tag, useCurationClient } from './curation-client';

/*
 * The country and region stored on each event (countryId and regionId, derived from HELD_IN and the place chain)
 * serve a country's and a governorate's page of events, and a funder's flows there, from an index. Every write keeps it right in its own transaction; these tests move places,
 * events and links and read the country's page and the stored property again.
 */
const client = useCurationClient();

/** Raw Cypher on the file's own Neo4j: what the graph holds, past every mapper. */
const cypher = (query: string, params: Record<string, unknown> = {}) => client.db.driver.executeQuery(query, params, { database: TEST_DATABASE });
const storedCountry = async (id: string): Promise<unknown> => (await cypher('MATCH (e:Event {id: $id}) RETURN e.countryId AS c', { id })).records[0]?.get('c') ?? null;
const storedRegion = async (id: string): Promise<unknown> => (await cypher('MATCH (e:Event {id: $id}) RETURN e.regionId AS r', { id })).records[0]?.get('r') ?? null;

const EVENTS_OF = `query EventsOf($countryId: ID!) {
  events(filter: {countryId: $countryId}, first: 10) { totalCount edges { node { id } } }
}`;

async function pageOf(countryId: string): Promise<{ total: unknown; ids: string[] }> {
  const { data, errors } = await client.run(EVENTS_OF, { countryId });
  expect(errors).toBeUndefined();
  const events = data!.events as { totalCount: number; edges: { node: { id: string } }[] };
  return { total: events.totalCount, ids: events.edges.map((edge) => edge.node.id) };
}

const FLOWS_IN = `query FlowsIn($funderId: ID!, $countryId: ID!) {
  fundingFlows(filter: {funderId: $funderId, countryId: $countryId}, first: 10) { totalCount edges { node { direct event { id } } } }
}`;

async function flowsIn(funderId: string, countryId: string): Promise<{ total: unknown; ids: string[] }> {
  const { data, errors } = await client.run(FLOWS_IN, { funderId, countryId });
  expect(errors).toBeUndefined();
  const flows = data!.fundingFlows as { totalCount: number; edges: { node: { event: { id: string } } }[] };
  return { total: flows.totalCount, ids: flows.edges.map((edge) => edge.node.event.id) };
}

const TEXT = 'عقد منتدى الحوار الأمني اجتماعا في مدينة النور التابعة لبلاد الشمس ثم انتقلت المدينة إلى بلاد القمر.'
  + ' وتقع المدينة في ولاية الشروق ثم ضمت إلى ولاية الغروب، وذلك بدعم من صندوق النجوم ونظمه ملتقى الأمان.';

/** Two countries of the test's own, a city in the first, and an event held in the city. */
function ownPlaces(t: string) {
  return {
    source: `source:test-country-article-${t}`,
    sun: `place:sun-${t}`,
    moon: `place:moon-${t}`,
    city: `place:nur-${t}`,
    meeting: `event:2024-05-01-security-dialogue-meeting-${t}`,
  };
}

function ownPlaceChanges(t: string): ChangeInput[] {
  const ids = ownPlaces(t);
  const q = (words: string) => ({ sourceId: ids.source, quote: words });
  return [
    { createSource: { id: ids.source, title: `Test country article ${t}`, language: 'ar', text: TEXT } },
    { createPlace: { id: ids.sun, kind: 'COUNTRY', nameAr: 'بلاد الشمس', nameEn: `Sun ${t}`, evidence: [q('بلاد الشمس')] } },
    { createPlace: { id: ids.moon, kind: 'COUNTRY', nameAr: 'بلاد القمر', nameEn: `Moon ${t}`, evidence: [q('بلاد القمر')] } },
    { createPlace: { id: ids.city, kind: 'CITY', nameAr: 'مدينة النور', nameEn: `Nur ${t}`, evidence: [q('مدينة النور')] } },
    {
      createEvent: {
        id: ids.meeting, kind: 'CONSULTATIVE_MEETING', titleAr: 'اجتماع منتدى الحوار الأمني', titleEn: `Security dialogue meeting ${t}`,
        date: '2024-05-01', datePrecision: 'DAY', evidence: [q('عقد منتدى الحوار الأمني اجتماعا')],
      },
    },
    { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.sun, basis: 'GAZETTEER', evidence: [q('مدينة النور التابعة لبلاد الشمس')] } },
    { addRelationship: { type: 'HELD_IN', from: ids.meeting, to: ids.city, evidence: [q('اجتماعا في مدينة النور')] } },
  ];
}

/** Moves the test's city from one place to another in one batch, on the quote that says so. */
function moveCity(ids: { source: string; city: string }, from: string, to: string, quote: string) {
  return client.run(ApplyChangesDocument, {
    changes: [
      { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, from), version: 1 } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.city, to, basis: 'GAZETTEER', evidence: [{ sourceId: ids.source, quote }] } },
    ],
  }, EDITOR);
}

async function createOwnPlaces(t: string): Promise<ReturnType<typeof ownPlaces> & { batchId: string }> {
  const result = await client.run(ApplyChangesDocument, { changes: ownPlaceChanges(t) }, EDITOR);
  if (result.errors) throw new Error(`The own places of ${t} were refused: ${JSON.stringify(result.errors)}`);
  return { ...ownPlaces(t), batchId: result.data!.applyChanges.batchId };
}

const actorsIn = (countryId: string) => actorsOf(client, countryId);

/**
 * Two governorates of Sun, a funder and an organiser of the test's own, the city in the first; the fund pays for
 * the meeting and the forum organises it.
 */
async function createOwnGovernorates(t: string) {
  const ids = { ...await createOwnPlaces(t), east: `place:sun-east-${t}`, west: `place:sun-west-${t}`, fund: `org:star-fund-${t}`, forum: `org:aman-forum-${t}` };
  const q = (words: string) => [{ sourceId: ids.source, quote: words }];
  const result = await client.run(ApplyChangesDocument, {
    changes: [
      { createPlace: { id: ids.east, kind: 'GOVERNORATE', nameAr: 'ولاية الشروق', nameEn: `East ${t}`, evidence: q('ولاية الشروق') } },
      { createPlace: { id: ids.west, kind: 'GOVERNORATE', nameAr: 'ولاية الغروب', nameEn: `West ${t}`, evidence: q('ولاية الغروب') } },
      { createOrganization: { id: ids.fund, kind: 'FOREIGN_GOVERNMENT', nameAr: 'صندوق النجوم', nameEn: `Star Fund ${t}`, evidence: q('صندوق النجوم') } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.east, to: ids.sun, basis: 'GAZETTEER', evidence: q('ولاية الشروق') } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.west, to: ids.sun, basis: 'GAZETTEER', evidence: q('ولاية الغروب') } },
      { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.east, basis: 'GAZETTEER', evidence: q('وتقع المدينة في ولاية الشروق') } },
      { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.meeting, evidence: q('وذلك بدعم من صندوق النجوم') } },
      { createOrganization: { id: ids.forum, kind: 'NGO', nameAr: 'ملتقى الأمان', nameEn: `Aman Forum ${t}`, evidence: q('ملتقى الأمان') } },
      { addRelationship: { type: 'ORGANIZED', from: ids.forum, to: ids.meeting, role: 'lead', evidence: q('ونظمه ملتقى الأمان') } },
    ],
  }, EDITOR);
  if (result.errors) throw new Error(`The own governorates of ${t} were refused: ${JSON.stringify(result.errors)}`);
  return ids;
}

describe('the region stored on each event', () => {
  it('puts an event held in a city on its governorate\'s page, its funder\'s flows and its organiser\'s actors there, and nowhere else', async () => {
    const ids = await createOwnGovernorates(tag());
    expect(await storedRegion(ids.meeting)).toBe(ids.east);
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    expect(await pageOf(ids.east)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await pageOf(ids.west)).toEqual({ total: 0, ids: [] });
    expect(await flowsIn(ids.fund, ids.east)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await flowsIn(ids.fund, ids.west)).toEqual({ total: 0, ids: [] });
    expect(await actorsIn(ids.east)).toEqual({ total: 1, ids: [ids.forum] });
    expect(await actorsIn(ids.west)).toEqual({ total: 0, ids: [] });
    // The governorate's counts, a range whose bounds fall in the event's month and one that leaves it out.
    const inRange = async (from: string, to: string) => (await client.run(
      `query { events(filter: {countryId: "${ids.east}", from: "${from}", to: "${to}", kinds: [CONSULTATIVE_MEETING]}) { totalCount edges { node { id } } } }`,
    )).data!.events;
    expect(await inRange('2024-05-01', '2024-05-31')).toEqual({ totalCount: 1, edges: [{ node: { id: ids.meeting } }] });
    expect(await inRange('2024-05-02', '2025')).toEqual({ totalCount: 0, edges: [] });
    expect(await inRange('2020', '2030')).toEqual({ totalCount: 1, edges: [{ node: { id: ids.meeting } }] });
    // The funder's events in the governorate read the same entries.
    const { data } = await client.run(`query { events(filter: {funderId: "${ids.fund}", countryId: "${ids.east}"}) { totalCount edges { node { id } } } }`);
    expect(data!.events).toEqual({ totalCount: 1, edges: [{ node: { id: ids.meeting } }] });
  });

  it('moves the events of a city to the other governorate when the city moves, and back when the move is reverted', async () => {
    const ids = await createOwnGovernorates(tag());
    const moved = await moveCity(ids, ids.east, ids.west, 'ضمت إلى ولاية الغروب');
    expect(moved.errors).toBeUndefined();
    expect(await storedRegion(ids.meeting)).toBe(ids.west);
    expect(await pageOf(ids.east)).toEqual({ total: 0, ids: [] });
    expect(await pageOf(ids.west)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await flowsIn(ids.fund, ids.east)).toEqual({ total: 0, ids: [] });
    expect(await flowsIn(ids.fund, ids.west)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await actorsIn(ids.east)).toEqual({ total: 0, ids: [] });
    expect(await actorsIn(ids.west)).toEqual({ total: 1, ids: [ids.forum] });

    const reverted = await client.run(RevertBatchDocument, { batchId: moved.data!.applyChanges.batchId }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await storedRegion(ids.meeting)).toBe(ids.east);
    expect(await flowsIn(ids.fund, ids.east)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await actorsIn(ids.east)).toEqual({ total: 1, ids: [ids.forum] });
  });

  it('drops the region of its events when a governorate stops being one, and the page walks the place instead', async () => {
    const ids = await createOwnGovernorates(tag());
    const demoted = await client.run(ApplyChangesDocument, { changes: [{ updatePlace: { id: ids.east, version: 1, kind: 'DISTRICT' } }] }, EDITOR);
    expect(demoted.errors).toBeUndefined();
    expect(await storedRegion(ids.meeting)).toBeNull();
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    // A district is still a place whose events are those held beneath it.
    expect(await pageOf(ids.east)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await flowsIn(ids.fund, ids.east)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await actorsIn(ids.east)).toEqual({ total: 1, ids: [ids.forum] });
  });
});

describe('the country stored on each event', () => {
  it('puts a new event held in a city on the page of the city\'s country, and nowhere else', async () => {
    const ids = await createOwnPlaces(tag());
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    expect(await pageOf(ids.sun)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await pageOf(ids.moon)).toEqual({ total: 0, ids: [] });
    // A place that is not a country still walks its chain: the city's own page.
    expect(await pageOf(ids.city)).toEqual({ total: 1, ids: [ids.meeting] });
  });

  it('moves the events of a place to the other country when the place moves, and back when the move is reverted', async () => {
    const t = tag();
    const ids = await createOwnPlaces(t);
    const moved = await moveCity(ids, ids.sun, ids.moon, 'انتقلت المدينة إلى بلاد القمر');
    expect(moved.errors).toBeUndefined();
    expect(await storedCountry(ids.meeting)).toBe(ids.moon);
    expect(await pageOf(ids.sun)).toEqual({ total: 0, ids: [] });
    expect(await pageOf(ids.moon)).toEqual({ total: 1, ids: [ids.meeting] });

    const reverted = await client.run(RevertBatchDocument, { batchId: moved.data!.applyChanges.batchId }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    expect(await pageOf(ids.sun)).toEqual({ total: 1, ids: [ids.meeting] });
  });

  it('takes an event off its country\'s page when its HELD_IN is removed, and keeps the country out of history', async () => {
    const ids = await createOwnPlaces(tag());
    expect(await pageOf(ids.sun)).toEqual({ total: 1, ids: [ids.meeting] });
    const removed = await client.run(RemoveRelationshipDocument, { input: { id: relationshipIdOf('HELD_IN', ids.meeting, ids.city), version: 1 } }, EDITOR);
    expect(removed.errors).toBeUndefined();
    expect(await storedCountry(ids.meeting)).toBeNull();
    expect(await pageOf(ids.sun)).toEqual({ total: 0, ids: [] });

    // An update of the event rewrites all its properties; the derived one is neither a fact nor history.
    const updated = await client.run(UpdateEventDocument, { input: { id: ids.meeting, version: 1, note: 'Held somewhere in Sun.' } }, EDITOR);
    expect(updated.errors).toBeUndefined();
    const [change] = updated.data!.updateEvent.changes;
    expect(change!.before).not.toHaveProperty('properties.countryId');
    expect(change!.after).not.toHaveProperty('properties.countryId');
    expect(JSON.stringify(change)).not.toContain('countryId');
    expect(JSON.stringify(change)).not.toContain('regionId');
  });

  it('keeps the country of an event through an update of the event, and drops it when its country stops being one', async () => {
    const ids = await createOwnPlaces(tag());
    const updated = await client.run(UpdateEventDocument, { input: { id: ids.meeting, version: 1, note: 'A note.' } }, EDITOR);
    expect(updated.errors).toBeUndefined();
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    const demoted = await client.run(ApplyChangesDocument, { changes: [{ updatePlace: { id: ids.sun, version: 1, kind: 'GOVERNORATE' } }] }, EDITOR);
    expect(demoted.errors).toBeUndefined();
    expect(await storedCountry(ids.meeting)).toBeNull();
    expect(await storedRegion(ids.meeting)).toBe(ids.sun);
  });

  it('leaves the stored country as it was when a batch is refused', async () => {
    const ids = await createOwnPlaces(tag());
    const before = await graphHash(client.db);
    const refused = errorOf(await client.run(ApplyChangesDocument, {
      changes: [
        { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
        { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: [{ sourceId: ids.source, quote: 'انتقلت المدينة إلى بلاد القمر' }] } },
        { addRelationship: { type: 'HELD_IN', from: ids.meeting, to: 'place:nowhere-at-all', evidence: [{ sourceId: ids.source, quote: 'مدينة النور' }] } },
      ],
    }, EDITOR));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await graphHash(client.db)).toBe(before);
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
  });

  it('is filled at start-up in a database whose events were written without it, once', async () => {
    const ids = await createOwnPlaces(tag());
    const seedEvent = 'event:2009-06-18-jenin-open-meeting';
    const seedCountry = await storedCountry(seedEvent);
    expect(seedCountry).toBe('place:ps');
    // As a Jisr before the derived country left the graph: no countryId anywhere, and no migration marker.
    await cypher('MATCH (e:Event) REMOVE e.countryId, e.regionId');
    await cypher('MATCH (m:Migration) DETACH DELETE m');
    expect(await storedCountry(ids.meeting)).toBeNull();

    const pass = await migrateEventCountries(client.db.executor);
    expect(pass).toMatchObject({ refreshed: expect.any(Number) });
    expect(pass!.refreshed).toBeGreaterThanOrEqual(2);
    expect(pass!.read).toBeGreaterThanOrEqual(pass!.refreshed);
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    expect(await storedCountry(seedEvent)).toBe(seedCountry);
    expect(await storedRegion('event:undated-al-habilayn-discussion-session')).toBe('place:ye-lahj');
    expect(await pageOf(ids.sun)).toEqual({ total: 1, ids: [ids.meeting] });
    // The second start finds the marker and reads no event.
    expect(await migrateEventCountries(client.db.executor)).toBeNull();
  });
});
