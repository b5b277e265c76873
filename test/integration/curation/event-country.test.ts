import { ApplyChangesDocument, type ChangeInput, RemoveRelationshipDocument, RevertBatchDocument, UpdateEventDocument } from '../../../src/generated/operations';
import { migrateEventCountries } from '../../../src/events/event-country';
import { relationshipIdOf } from '../../../src/seeds/seed.model';
import { TEST_DATABASE } from '../../helpers/test-database';
import { EDITOR, errorOf, graphHash, tag, useCurationClient } from './curation-client';

/*
 * The country stored on each event (countryId, derived from HELD_IN and the place chain) serves a country's
 * page of events from an index. Every write keeps it right in its own transaction; these tests move places,
 * events and links and read the country's page and the stored property again.
 */
const client = useCurationClient();

/** Raw Cypher on the file's own Neo4j: what the graph holds, past every mapper. */
const cypher = (query: string, params: Record<string, unknown> = {}) => client.db.driver.executeQuery(query, params, { database: TEST_DATABASE });
const storedCountry = async (id: string): Promise<unknown> => (await cypher('MATCH (e:Event {id: $id}) RETURN e.countryId AS c', { id })).records[0]?.get('c') ?? null;

const EVENTS_OF = `query EventsOf($countryId: ID!) {
  events(filter: {countryId: $countryId}, first: 10) { totalCount edges { node { id } } }
}`;

async function pageOf(countryId: string): Promise<{ total: unknown; ids: string[] }> {
  const { data, errors } = await client.run(EVENTS_OF, { countryId });
  expect(errors).toBeUndefined();
  const events = data!.events as { totalCount: number; edges: { node: { id: string } }[] };
  return { total: events.totalCount, ids: events.edges.map((edge) => edge.node.id) };
}

const TEXT = 'عقد منتدى الحوار الأمني اجتماعا في مدينة النور التابعة لبلاد الشمس ثم انتقلت المدينة إلى بلاد القمر.';

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

async function createOwnPlaces(t: string): Promise<ReturnType<typeof ownPlaces> & { batchId: string }> {
  const result = await client.run(ApplyChangesDocument, { changes: ownPlaceChanges(t) }, EDITOR);
  if (result.errors) throw new Error(`The own places of ${t} were refused: ${JSON.stringify(result.errors)}`);
  return { ...ownPlaces(t), batchId: result.data!.applyChanges.batchId };
}

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
    const toSun = relationshipIdOf('LOCATED_IN', ids.city, ids.sun);
    const moved = await client.run(ApplyChangesDocument, {
      changes: [
        { removeRelationship: { id: toSun, version: 1 } },
        { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: [{ sourceId: ids.source, quote: 'انتقلت المدينة إلى بلاد القمر' }] } },
      ],
    }, EDITOR);
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
  });

  it('keeps the country of an event through an update of the event, and drops it when its country stops being one', async () => {
    const ids = await createOwnPlaces(tag());
    const updated = await client.run(UpdateEventDocument, { input: { id: ids.meeting, version: 1, note: 'A note.' } }, EDITOR);
    expect(updated.errors).toBeUndefined();
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    const demoted = await client.run(ApplyChangesDocument, { changes: [{ updatePlace: { id: ids.sun, version: 1, kind: 'GOVERNORATE' } }] }, EDITOR);
    expect(demoted.errors).toBeUndefined();
    expect(await storedCountry(ids.meeting)).toBeNull();
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
    await cypher('MATCH (e:Event) REMOVE e.countryId');
    await cypher('MATCH (m:Migration) DETACH DELETE m');
    expect(await storedCountry(ids.meeting)).toBeNull();

    const pass = await migrateEventCountries(client.db.executor);
    expect(pass).toMatchObject({ refreshed: expect.any(Number) });
    expect(pass!.refreshed).toBeGreaterThanOrEqual(2);
    expect(pass!.read).toBeGreaterThanOrEqual(pass!.refreshed);
    expect(await storedCountry(ids.meeting)).toBe(ids.sun);
    expect(await storedCountry(seedEvent)).toBe(seedCountry);
    expect(await pageOf(ids.sun)).toEqual({ total: 1, ids: [ids.meeting] });
    // The second start finds the marker and reads no event.
    expect(await migrateEventCountries(client.db.executor)).toBeNull();
  });
});
