import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateActorCountries, migrateActorCountryCounts, rebuildActorCountryCounts, refreshAllActorCountries } from '../../../src/actors/actor-country';
import { migrateFunderEvents, refreshAllFunderEvents } from '../../../src/funding/funder-event';
import { migrateFunderTotals, rebuildFunderTotals } from '../../../src/funding/funder-total';
import { migratePartnerPairs, refreshAllPartnerPairs } from '../../../src/analysis/partner-pairs';
import { migrateActorFunders, refreshAllActorFunders } from '../../../src/analysis/actor-funders';
import { migrateActorPeople, refreshAllActorPeople } from '../../../src/analysis/actor-people';
import { migrateEventCounts, rebuildEventCounts } from '../../../src/events/event-count';
import { DumpRepository } from '../../../src/dump/dump.repository';
import { dumpGraph } from '../../../src/dump/dump.service';
import { ApplyChangesDocument, type ChangeInput, MergeActorsDocument, RevertBatchDocument } from '../../../src/generated/operations';
import { EVENT_KINDS } from '../../../src/model/vocabulary';
import { relationshipIdOf } from '../../../src/seeds/seed.model';
import { rawCypher, TEST_DATABASE } from '../../helpers/test-database';
import { EDITOR, actorsIn as actorsOf, errorOf, graphHash, tag, useCurationClient } from './curation-client';

/*
 * The derived entries behind a country's page of actors (ActorCountry), a funder's page of flows
 * (FunderEvent), an actor's partners (PartnerPair), the funders of its work (ActorFunder) and the people tied to it
 * (ActorPerson): every write keeps them right in its own transaction. These tests write their own countries,
 * actors, programs and links through curation, move and remove them, and read the pages again; after each test,
 * a from-scratch refresh of every actor and every event finds nothing to change, so the entries a batch left are
 * exactly the ones the rules give.
 */
const client = useCurationClient();
const cypher = <R = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}) => rawCypher<R>(client.db, query, params);

afterEach(async () => {
  expect(await refreshAllActorCountries(client.db.executor)).toMatchObject({ refreshed: 0 });
  // The counts kept on write are the entries' own, counted afresh.
  expect(await rebuildActorCountryCounts(client.db.executor)).toMatchObject({ refreshed: 0 });
  expect(await rebuildEventCounts(client.db.executor)).toMatchObject({ refreshed: 0 });
  expect(await refreshAllFunderEvents(client.db.executor)).toMatchObject({ refreshed: 0 });
  // A funder's totals are its entries' and programs' own, recounted afresh.
  expect(await rebuildFunderTotals(client.db.executor)).toMatchObject({ refreshed: 0 });
  expect(await refreshAllPartnerPairs(client.db.executor)).toMatchObject({ refreshed: 0 });
  expect(await refreshAllActorFunders(client.db.executor)).toMatchObject({ refreshed: 0 });
  expect(await refreshAllActorPeople(client.db.executor)).toMatchObject({ refreshed: 0 });
  // A refresh retires stale entries and the write deletes them before it commits: none is ever seen outside it.
  expect(await cypher('MATCH (entry:Retired) RETURN count(entry) AS retired')).toEqual([{ retired: 0 }]);
});

const actorsIn = (countryId: string, kinds: string[] | null = null) => actorsOf(client, countryId, kinds);

const TEXT = [
  'The Sun Relief Network is based in the city of Nur in the land of Sun. Its youth wing works beside it.',
  'Its director Hana Said opened a dialogue meeting in Nur, organised by the Civic Forum.',
  'The Moon Fund paid for the meeting through its dialogue programme, which belongs to its regional programme.',
  'Later Nur passed to the land of Moon. The Civic Forum Association is another name of the same forum.',
  'Some 30 participants attended the meeting.',
].join(' ');

/** A test's own ids: two countries, a city in the first, actors based or active there, and a funder's programs. */
function ownIds(t: string) {
  return {
    source: `source:test-derived-${t}`, sun: `place:sun-${t}`, moon: `place:moon-${t}`, city: `place:nur-${t}`,
    network: `org:sun-relief-network-${t}`, wing: `org:youth-wing-${t}`, hana: `person:hana-said-${t}`, forum: `org:civic-forum-${t}`,
    fund: `org:moon-fund-${t}`, dialogue: `program:dialogue-${t}`, regional: `program:regional-${t}`, meeting: `event:2024-05-01-dialogue-meeting-${t}`,
  };
}
type Ids = ReturnType<typeof ownIds>;

function ownChanges(ids: Ids): ChangeInput[] {
  const q = (words: string) => [{ sourceId: ids.source, quote: words }];
  return [
    { createSource: { id: ids.source, title: `Derived entries article ${ids.source}`, language: 'en', text: TEXT } },
    { createPlace: { id: ids.sun, kind: 'COUNTRY', nameAr: 'الشمس', nameEn: `Sun ${ids.sun}`, evidence: q('the land of Sun') } },
    { createPlace: { id: ids.moon, kind: 'COUNTRY', nameAr: 'القمر', nameEn: `Moon ${ids.moon}`, evidence: q('passed to the land of Moon') } },
    { createPlace: { id: ids.city, kind: 'CITY', nameAr: 'النور', nameEn: `Nur ${ids.city}`, evidence: q('the city of Nur') } },
    { createOrganization: { id: ids.network, kind: 'NGO', nameAr: 'شبكة', nameEn: `Sun Relief Network ${ids.network}`, evidence: q('The Sun Relief Network') } },
    { createOrganization: { id: ids.wing, kind: 'OTHER', nameAr: 'جناح', nameEn: `Youth wing ${ids.wing}`, evidence: q('Its youth wing works beside it') } },
    { createPerson: { id: ids.hana, nameAr: 'هناء', nameEn: `Hana Said ${ids.hana}`, evidence: q('Its director Hana Said') } },
    { createOrganization: { id: ids.forum, kind: 'NGO', nameAr: 'منتدى', nameEn: `Civic Forum ${ids.forum}`, evidence: q('organised by the Civic Forum') } },
    { createOrganization: { id: ids.fund, kind: 'FOREIGN_GOVERNMENT', nameAr: 'صندوق', nameEn: `Moon Fund ${ids.fund}`, evidence: q('The Moon Fund paid for the meeting') } },
    { createProgram: { id: ids.dialogue, nameAr: 'حوار', nameEn: `Dialogue ${ids.dialogue}`, evidence: q('through its dialogue programme') } },
    { createProgram: { id: ids.regional, nameAr: 'إقليمي', nameEn: `Regional ${ids.regional}`, evidence: q('which belongs to its regional programme') } },
    {
      createEvent: {
        id: ids.meeting, kind: 'CONSULTATIVE_MEETING', titleAr: 'اجتماع حوار', titleEn: `Dialogue meeting ${ids.meeting}`,
        date: '2024-05-01', datePrecision: 'DAY', evidence: q('opened a dialogue meeting in Nur'),
      },
    },
    { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.sun, basis: 'GAZETTEER', evidence: q('the city of Nur in the land of Sun') } },
    { addRelationship: { type: 'LOCATED_IN', from: ids.network, to: ids.city, evidence: q('The Sun Relief Network is based in the city of Nur') } },
    { addRelationship: { type: 'PART_OF', from: ids.wing, to: ids.network, evidence: q('Its youth wing works beside it') } },
    { addRelationship: { type: 'HOLDS_POSITION', from: ids.hana, to: ids.network, title: 'director', evidence: q('Its director Hana Said') } },
    { addRelationship: { type: 'HELD_IN', from: ids.meeting, to: ids.city, evidence: q('opened a dialogue meeting in Nur') } },
    { addRelationship: { type: 'ORGANIZED', from: ids.forum, to: ids.meeting, role: 'lead', evidence: q('organised by the Civic Forum') } },
    { addRelationship: { type: 'PART_OF', from: ids.meeting, to: ids.dialogue, evidence: q('through its dialogue programme') } },
    { addRelationship: { type: 'PART_OF', from: ids.dialogue, to: ids.regional, evidence: q('which belongs to its regional programme') } },
    { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.regional, evidence: q('The Moon Fund paid for the meeting') } },
  ];
}

async function createOwn(t = tag()): Promise<Ids & { batchId: string }> {
  const ids = ownIds(t);
  const result = await client.run(ApplyChangesDocument, { changes: ownChanges(ids) }, EDITOR);
  if (result.errors) throw new Error(`The own facts of ${t} were refused: ${JSON.stringify(result.errors)}`);
  return { ...ids, batchId: result.data!.applyChanges.batchId };
}

async function apply(changes: ChangeInput[]): Promise<string> {
  const result = await client.run(ApplyChangesDocument, { changes }, EDITOR);
  expect(result.errors).toBeUndefined();
  return result.data!.applyChanges.batchId;
}

const evidence = (ids: Ids, words: string) => [{ sourceId: ids.source, quote: words }];
/** Everyone based in Sun through the city (the network, its wing, its director) and the meeting's organiser. */
const everyoneOf = (ids: Ids) => [ids.forum, ids.network, ids.wing, ids.hana].sort();

describe('a country\'s page of actors', () => {
  it('lists the actors based in a new country and the organiser of an event held there, by kind too, and no one in another country', async () => {
    const ids = await createOwn();
    expect(await actorsIn(ids.sun)).toEqual({ total: 4, ids: everyoneOf(ids) });
    expect(await actorsIn(ids.sun, ['NGO'])).toEqual({ total: 2, ids: [ids.forum, ids.network].sort() });
    expect(await actorsIn(ids.sun, ['PERSON', 'OTHER'])).toEqual({ total: 2, ids: [ids.hana, ids.wing].sort() });
    // A kind named twice counts its actors once, as the page lists them once.
    expect(await actorsIn(ids.sun, ['NGO', 'NGO'])).toEqual({ total: 2, ids: [ids.forum, ids.network].sort() });
    expect(await actorsIn(ids.moon)).toEqual({ total: 0, ids: [] });
    // The funder of the meeting's program is neither based nor active in Sun.
    expect((await actorsIn(ids.sun)).ids).not.toContain(ids.fund);
  });

  it('moves everyone to the other country when their city moves, and back when the move is reverted', async () => {
    const ids = await createOwn();
    const moved = await apply([
      { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: evidence(ids, 'Later Nur passed to the land of Moon') } },
    ]);
    expect(await actorsIn(ids.sun)).toEqual({ total: 0, ids: [] });
    expect(await actorsIn(ids.moon)).toEqual({ total: 4, ids: everyoneOf(ids) });

    const reverted = await client.run(RevertBatchDocument, { batchId: moved }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await actorsIn(ids.sun)).toEqual({ total: 4, ids: everyoneOf(ids) });
    expect(await actorsIn(ids.moon)).toEqual({ total: 0, ids: [] });
  });

  it('takes off the page a director whose position is removed, a unit taken out of its organisation, and an organiser whose event leaves the country', async () => {
    const ids = await createOwn();
    await apply([
      { removeRelationship: { id: relationshipIdOf('HOLDS_POSITION', ids.hana, ids.network), version: 1 } },
      { removeRelationship: { id: relationshipIdOf('PART_OF', ids.wing, ids.network), version: 1 } },
    ]);
    expect(await actorsIn(ids.sun)).toEqual({ total: 2, ids: [ids.forum, ids.network].sort() });
    await apply([{ removeRelationship: { id: relationshipIdOf('HELD_IN', ids.meeting, ids.city), version: 1 } }]);
    expect(await actorsIn(ids.sun)).toEqual({ total: 1, ids: [ids.network] });
    // The organiser is active in a country again when its event is held there again.
    await apply([{ addRelationship: { type: 'HELD_IN', from: ids.meeting, to: ids.moon, evidence: evidence(ids, 'opened a dialogue meeting in Nur') } }]);
    expect(await actorsIn(ids.moon)).toEqual({ total: 1, ids: [ids.forum] });
  });

  it('follows an actor\'s new kind, and drops a country that stops being a country or a governorate', async () => {
    const ids = await createOwn();
    await apply([{ updateOrganization: { id: ids.network, version: 1, kind: 'MEDIA' } }]);
    expect(await actorsIn(ids.sun, ['NGO'])).toEqual({ total: 1, ids: [ids.forum] });
    expect(await actorsIn(ids.sun, ['MEDIA'])).toEqual({ total: 1, ids: [ids.network] });
    // A governorate keeps entries of its own, as a country does.
    await apply([{ updatePlace: { id: ids.sun, version: 1, kind: 'GOVERNORATE' } }]);
    expect(await actorsIn(ids.sun, ['MEDIA'])).toEqual({ total: 1, ids: [ids.network] });
    await apply([{ updatePlace: { id: ids.sun, version: 2, kind: 'DISTRICT' } }]);
    expect(await cypher('MATCH (c:ActorCountry {countryId: $id}) RETURN c.actorId AS id', { id: ids.sun })).toEqual([]);
    // A place that is neither still lists what is beneath it, walking down.
    expect(await actorsIn(ids.sun)).toEqual({ total: 4, ids: everyoneOf(ids) });
  });

  it('forgets a deleted actor, and moves a merged duplicate\'s country to the actor kept', async () => {
    const ids = await createOwn();
    await apply([{ deleteNode: { id: ids.hana, version: 1, cascade: true } }]);
    expect(await cypher('MATCH (c:ActorCountry {actorId: $id}) RETURN c', { id: ids.hana })).toEqual([]);
    expect(await actorsIn(ids.sun)).toEqual({ total: 3, ids: [ids.forum, ids.network, ids.wing].sort() });

    // The fund, active nowhere, is merged into the forum's record: the forum keeps Sun. Then the forum into the fund.
    const merged = await client.run(MergeActorsDocument, { keepId: ids.fund, duplicateId: ids.forum, keepVersion: 1, duplicateVersion: 1 }, EDITOR);
    expect(merged.errors).toBeUndefined();
    expect(await actorsIn(ids.sun)).toEqual({ total: 3, ids: [ids.fund, ids.network, ids.wing].sort() });
    expect(await cypher('MATCH (c:ActorCountry {actorId: $id}) RETURN c', { id: ids.forum })).toEqual([]);
  });

  it('leaves the entries as they were when a batch is refused', async () => {
    const ids = await createOwn();
    const entries = () => cypher('MATCH (c:ActorCountry) RETURN c.actorId AS a, c.countryId AS c, c.kind AS k ORDER BY a, c');
    const before = [await graphHash(client.db), await entries()];
    const refused = errorOf(await client.run(ApplyChangesDocument, {
      changes: [
        { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
        { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: evidence(ids, 'Later Nur passed to the land of Moon') } },
        { addRelationship: { type: 'HELD_IN', from: ids.meeting, to: 'place:nowhere-at-all', evidence: evidence(ids, 'opened a dialogue meeting in Nur') } },
      ],
    }, EDITOR));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect([await graphHash(client.db), await entries()]).toEqual(before);
  });

  it('keeps one entry when two transactions add the same one at the same time', async () => {
    const ids = await createOwn();
    // The entry taken away with its count, as if never written: each of the two must not count the one entry.
    await cypher(`MATCH (c:ActorCountry {actorId: $id}) MATCH (t:ActorCountryCount {countryId: c.countryId, kind: c.kind})
      SET t.n = t.n - 1 DELETE c`, { id: ids.forum });
    const refresh = client.db.cypher.get('actors/refresh-countries');
    const params = client.db.cypher.paramsOf('actors/refresh-countries', { actorIds: [ids.forum], chainIds: [], eventIds: [] });
    const [first, second] = [client.db.driver.session({ database: TEST_DATABASE }), client.db.driver.session({ database: TEST_DATABASE })];
    try {
      const tx1 = await first.beginTransaction();
      await tx1.run(refresh, params);
      // The second transaction does not see the first one's entry yet: it reaches the entry's MERGE and waits.
      const tx2 = await second.beginTransaction();
      const racing = tx2.run(refresh, params).then(() => tx2.commit());
      await new Promise((resolve) => setTimeout(resolve, 500));
      await tx1.commit();
      await racing;
    } finally {
      await first.close();
      await second.close();
    }
    expect(await cypher('MATCH (c:ActorCountry {actorId: $id}) RETURN c.countryId AS country', { id: ids.forum })).toEqual([{ country: ids.sun }]);
  });

  it('never shows its entries in an answer or a dump: they are not graph nodes', async () => {
    const ids = await createOwn();
    const { data, errors } = await client.run(`query { search(text: "Sun Relief Network", first: 50) { node { id } } node(id: "${ids.network}") { id } }`);
    expect(errors).toBeUndefined();
    expect(JSON.stringify(data)).toContain(ids.network);
    expect(JSON.stringify(data)).not.toMatch(/ActorCountry|actorId/);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-derived-dump-'));
    try {
      await dumpGraph(new DumpRepository(client.db.executor), { outDir: dir, origin: { uri: client.db.uri, database: TEST_DATABASE } });
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(readFileSync(path.join(file.parentPath, file.name), 'utf8')).not.toMatch(/ActorCountry|FunderEvent|actorId/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is filled at start-up in a database whose actors were written without entries, once', async () => {
    const ids = await createOwn();
    const seedPage = await actorsIn('place:ye', ['NGO']);
    await cypher('MATCH (c:ActorCountry|ActorCountryCount) DELETE c');
    await cypher('MATCH (m:Migration) DETACH DELETE m');
    expect(await actorsIn(ids.sun)).toEqual({ total: 0, ids: [] });

    const pass = await migrateActorCountries(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(4);
    expect(pass!.read).toBeGreaterThanOrEqual(pass!.refreshed);
    expect(await actorsIn(ids.sun)).toEqual({ total: 4, ids: everyoneOf(ids) });
    expect(await actorsIn('place:ye', ['NGO'])).toEqual(seedPage);
    // The second start finds the marker and reads no actor.
    expect(await migrateActorCountries(client.db.executor)).toBeNull();
  });

  it('counts a country\'s actors at start-up in a database whose entries were written before their counts, once', async () => {
    const ids = await createOwn();
    const seedNgos = await actorsIn('place:ye', ['NGO']);
    await cypher('MATCH (c:ActorCountryCount) DELETE c');
    await cypher('MATCH (m:Migration) WHERE m.id STARTS WITH $prefix DETACH DELETE m', { prefix: 'actor-country-count-' });
    // The page is read from the entries, the total from the counts.
    expect(await actorsIn(ids.sun)).toEqual({ total: 0, ids: everyoneOf(ids) });

    const pass = await migrateActorCountryCounts(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(3);
    expect(await actorsIn(ids.sun)).toEqual({ total: 4, ids: everyoneOf(ids) });
    expect(await actorsIn(ids.sun, ['NGO'])).toEqual({ total: 2, ids: [ids.forum, ids.network].sort() });
    expect(await actorsIn('place:ye', ['NGO'])).toEqual(seedNgos);
    expect(await migrateActorCountryCounts(client.db.executor)).toBeNull();
  });
});

const EVENTS_IN = `query EventsIn($countryId: ID!, $kinds: [EventKind!], $from: String, $to: String) {
  events(filter: {countryId: $countryId, kinds: $kinds, from: $from, to: $to}, first: 10) { totalCount }
  timeline(filter: {countryId: $countryId, kinds: $kinds, from: $from, to: $to}) {
    totalCount buckets { period count events { id } } undated { count events { id } } undatedExcludedCount
  }
}`;

interface CountryEvents {
  readonly total: number;
  /** The timeline's buckets as `period: count`, the undated bucket as `undated: count`, and what a range left out. */
  readonly timeline: string[];
}

/** A country's events as the events list counts them and as its timeline buckets them; both must agree on the total. */
async function eventsIn(countryId: string, filter: { kinds?: string[]; from?: string; to?: string } = {}): Promise<CountryEvents> {
  const { data, errors } = await client.run(EVENTS_IN, { countryId, ...filter });
  expect(errors).toBeUndefined();
  const timeline = data!.timeline as { totalCount: number; buckets: { period: string; count: number; events: unknown[] }[]; undated: { count: number; events: unknown[] }; undatedExcludedCount: number };
  const total = (data!.events as { totalCount: number }).totalCount;
  expect(timeline.totalCount).toBe(total);
  // A bucket lists as many events as it counts (all fewer than the cap here).
  for (const bucket of [...timeline.buckets, timeline.undated]) expect(bucket.events).toHaveLength(bucket.count);
  return {
    total,
    timeline: [
      ...timeline.buckets.map((b) => `${b.period}: ${b.count}`),
      ...(timeline.undated.count > 0 ? [`undated: ${timeline.undated.count}`] : []),
      ...(timeline.undatedExcludedCount > 0 ? [`left out: ${timeline.undatedExcludedCount}`] : []),
    ],
  };
}

/** Three more events in the city of the own graph: one dated to a month, one to a year, one undated. */
async function moreEvents(ids: Ids): Promise<{ month: string; year: string; undated: string }> {
  const t = ids.city.slice('place:nur-'.length);
  const more = { month: `event:2024-05-follow-up-${t}`, year: `event:2023-review-${t}`, undated: `event:undated-talk-${t}` };
  const q = evidence(ids, 'opened a dialogue meeting in Nur');
  await apply([
    { createEvent: { id: more.month, kind: 'WORKSHOP', titleAr: 'متابعة', titleEn: `Follow-up ${more.month}`, date: '2024-05', datePrecision: 'MONTH', evidence: q } },
    { createEvent: { id: more.year, kind: 'WORKSHOP', titleAr: 'مراجعة', titleEn: `Review ${more.year}`, date: '2023', datePrecision: 'YEAR', evidence: q } },
    { createEvent: { id: more.undated, kind: 'CONSULTATIVE_MEETING', titleAr: 'حديث', titleEn: `Talk ${more.undated}`, datePrecision: 'UNKNOWN', evidence: q } },
    ...Object.values(more).map((id) => ({ addRelationship: { type: 'HELD_IN' as const, from: id, to: ids.city, evidence: q } })),
  ]);
  return more;
}

describe('a country\'s count of events', () => {
  it('counts a country\'s events by kind and date range in its events list and its timeline alike, a day\'s event at the range\'s edge by its day', async () => {
    const ids = await createOwn();
    await moreEvents(ids);
    expect(await eventsIn(ids.sun)).toEqual({ total: 4, timeline: ['2023: 1', '2024-05: 2', 'undated: 1'] });
    expect(await eventsIn(ids.sun, { kinds: ['WORKSHOP'] })).toEqual({ total: 2, timeline: ['2023: 1', '2024-05: 1'] });
    expect(await eventsIn(ids.sun, { kinds: ['WORKSHOP', 'WORKSHOP'] })).toEqual({ total: 2, timeline: ['2023: 1', '2024-05: 1'] });
    // The meeting of 2024-05-01 falls before a range that starts on the 2nd; the month's event overlaps it.
    expect(await eventsIn(ids.sun, { from: '2024-05-02' })).toEqual({ total: 1, timeline: ['2024-05: 1', 'left out: 1'] });
    expect(await eventsIn(ids.sun, { from: '2024-05-01', to: '2024-05-01' })).toEqual({ total: 2, timeline: ['2024-05: 2', 'left out: 1'] });
    expect(await eventsIn(ids.sun, { to: '2023-12-31' })).toEqual({ total: 1, timeline: ['2023: 1', 'left out: 1'] });
    expect(await eventsIn(ids.sun, { from: '2023-06', to: '2024-04' })).toEqual({ total: 1, timeline: ['2023: 1', 'left out: 1'] });
    expect(await eventsIn(ids.sun, { from: '2025' })).toEqual({ total: 0, timeline: ['left out: 1'] });
    expect(await eventsIn(ids.moon)).toEqual({ total: 0, timeline: [] });
  });

  it('moves the counts with the city to the other country, and back when the move is reverted', async () => {
    const ids = await createOwn();
    await moreEvents(ids);
    const moved = await apply([
      { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: evidence(ids, 'Later Nur passed to the land of Moon') } },
    ]);
    expect(await eventsIn(ids.sun)).toEqual({ total: 0, timeline: [] });
    expect(await eventsIn(ids.moon)).toEqual({ total: 4, timeline: ['2023: 1', '2024-05: 2', 'undated: 1'] });

    const reverted = await client.run(RevertBatchDocument, { batchId: moved }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await eventsIn(ids.sun)).toEqual({ total: 4, timeline: ['2023: 1', '2024-05: 2', 'undated: 1'] });
    expect(await eventsIn(ids.moon)).toEqual({ total: 0, timeline: [] });
  });

  it('follows an event\'s new kind and date, an event held somewhere else, a deleted event, and a country that stops being one', async () => {
    const ids = await createOwn();
    const more = await moreEvents(ids);
    await apply([{ updateEvent: { id: ids.meeting, version: 1, kind: 'WORKSHOP', date: '2023-01-02', datePrecision: 'DAY' } }]);
    expect(await eventsIn(ids.sun, { kinds: ['WORKSHOP'] })).toEqual({ total: 3, timeline: ['2023: 1', '2023-01: 1', '2024-05: 1'] });
    expect(await eventsIn(ids.sun, { kinds: ['CONSULTATIVE_MEETING'] })).toEqual({ total: 1, timeline: ['undated: 1'] });

    await apply([
      { removeRelationship: { id: relationshipIdOf('HELD_IN', more.year, ids.city), version: 1 } },
      { addRelationship: { type: 'HELD_IN', from: more.year, to: ids.moon, evidence: evidence(ids, 'opened a dialogue meeting in Nur') } },
    ]);
    expect(await eventsIn(ids.moon)).toEqual({ total: 1, timeline: ['2023: 1'] });
    await apply([{ deleteNode: { id: more.undated, version: 1, cascade: true } }]);
    expect(await eventsIn(ids.sun)).toEqual({ total: 2, timeline: ['2023-01: 1', '2024-05: 1'] });

    // Neither a country nor a governorate, Moon has no count: its events are found by walking down from it.
    await apply([{ updatePlace: { id: ids.moon, version: 1, kind: 'DISTRICT' } }]);
    expect(await cypher('MATCH (c:EventCount {countryId: $id}) RETURN c.n AS n', { id: ids.moon })).toEqual([]);
    expect(await eventsIn(ids.moon)).toEqual({ total: 1, timeline: ['2023: 1'] });
  });

  it('counts both of two events added to one count by two batches at the same time', async () => {
    const ids = await createOwn();
    const t = ids.city.slice('place:nur-'.length);
    const q = evidence(ids, 'opened a dialogue meeting in Nur');
    const batch = (id: string) => client.run(ApplyChangesDocument, {
      changes: [
        { createEvent: { id, kind: 'CONSULTATIVE_MEETING', titleAr: 'اجتماع', titleEn: `Meeting ${id}`, date: '2024-05-20', datePrecision: 'DAY', evidence: q } },
        { addRelationship: { type: 'HELD_IN', from: id, to: ids.city, evidence: q } },
      ],
    }, EDITOR);
    const results = await Promise.all([batch(`event:2024-05-20-first-${t}`), batch(`event:2024-05-20-second-${t}`)]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await eventsIn(ids.sun)).toEqual({ total: 3, timeline: ['2024-05: 3'] });
  });

  it('counts an event right when its kind changes while its city moves to another country in another batch', async () => {
    const ids = await createOwn();
    const [moved, renamed] = await Promise.all([
      client.run(ApplyChangesDocument, {
        changes: [
          { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
          { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: evidence(ids, 'Later Nur passed to the land of Moon') } },
        ],
      }, EDITOR),
      client.run(ApplyChangesDocument, { changes: [{ updateEvent: { id: ids.meeting, version: 1, kind: 'WORKSHOP' } }] }, EDITOR),
    ]);
    expect([moved.errors, renamed.errors]).toEqual([undefined, undefined]);
    expect(await eventsIn(ids.moon)).toEqual({ total: 1, timeline: ['2024-05: 1'] });
    expect(await eventsIn(ids.moon, { kinds: ['WORKSHOP'] })).toEqual({ total: 1, timeline: ['2024-05: 1'] });
    expect(await eventsIn(ids.sun)).toEqual({ total: 0, timeline: [] });
  });

  it('leaves the counts as they were when a batch is refused', async () => {
    const ids = await createOwn();
    const counts = () => cypher('MATCH (c:EventCount {countryId: $id}) RETURN c.period AS period, c.kind AS kind, c.n AS n ORDER BY period, kind', { id: ids.sun });
    const before = await counts();
    const refused = errorOf(await client.run(ApplyChangesDocument, {
      changes: [
        { updateEvent: { id: ids.meeting, version: 1, kind: 'WORKSHOP', date: '2023', datePrecision: 'YEAR' } },
        { addRelationship: { type: 'HELD_IN', from: ids.meeting, to: 'place:nowhere-at-all', evidence: evidence(ids, 'opened a dialogue meeting in Nur') } },
      ],
    }, EDITOR));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    // The month's count, and the count of all periods together that a totalCount without dates reads.
    expect(before).toEqual([{ period: '*', kind: 'CONSULTATIVE_MEETING', n: 1 }, { period: '2024-05', kind: 'CONSULTATIVE_MEETING', n: 1 }]);
  });

  it('is filled at start-up in a database whose events were written before the counts existed, once, and counts the seed graph as before', async () => {
    const ids = await createOwn();
    await moreEvents(ids);
    const yemen = await eventsIn('place:ye');
    await cypher('MATCH (c:EventCount) DELETE c');
    await cypher('MATCH (m:Migration) WHERE m.id STARTS WITH $prefix DETACH DELETE m', { prefix: 'event-count-' });
    expect((await eventsIn(ids.sun, { kinds: ['WORKSHOP'] })).total).toBe(0);

    const pass = await migrateEventCounts(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(4);
    expect(await eventsIn(ids.sun)).toEqual({ total: 4, timeline: ['2023: 1', '2024-05: 2', 'undated: 1'] });
    expect(await eventsIn('place:ye')).toEqual(yemen);
    expect(yemen.total).toBeGreaterThan(0);
    expect(await migrateEventCounts(client.db.executor)).toBeNull();
  });
});

const FLOWS_OF = `query FlowsOf($funderId: ID!, $directOnly: Boolean, $eventKinds: [EventKind!], $countryId: ID) {
  fundingFlows(filter: {funderId: $funderId, directOnly: $directOnly, eventKinds: $eventKinds, countryId: $countryId}, first: 10) {
    totalCount edges { node { event { id } direct via { id } } }
  }
}`;

async function flowsOf(funderId: string, filter: Record<string, unknown> = {}): Promise<{ total: unknown; flows: string[] }> {
  const { data, errors } = await client.run(FLOWS_OF, { funderId, ...filter });
  expect(errors).toBeUndefined();
  const flows = data!.fundingFlows as { totalCount: number; edges: { node: { event: { id: string }; direct: boolean; via: { id: string }[] } }[] };
  return { total: flows.totalCount, flows: flows.edges.map(({ node }) => [node.event.id, node.direct ? 'direct' : 'via', ...node.via.map((p) => p.id)].join(' ')) };
}

const EVENTS_FUNDED_BY = `query EventsFundedBy($funderId: ID!, $countryId: ID, $kinds: [EventKind!]) {
  events(filter: {funderId: $funderId, countryId: $countryId, kinds: $kinds}, first: 10) { totalCount edges { node { id } } }
}`;

async function eventsFundedBy(funderId: string, filter: Record<string, unknown> = {}): Promise<{ total: unknown; ids: string[] }> {
  const { data, errors } = await client.run(EVENTS_FUNDED_BY, { funderId, ...filter });
  expect(errors).toBeUndefined();
  const events = data!.events as { totalCount: number; edges: { node: { id: string } }[] };
  return { total: events.totalCount, ids: events.edges.map(({ node }) => node.id) };
}

describe('a funder\'s page of flows', () => {
  it('lists a new event under the funder of the program above its program, through the chain, filtered by kind, directness and country', async () => {
    const ids = await createOwn();
    const flow = `${ids.meeting} via ${ids.regional} ${ids.dialogue}`;
    expect(await flowsOf(ids.fund)).toEqual({ total: 1, flows: [flow] });
    expect(await flowsOf(ids.fund, { eventKinds: ['CONSULTATIVE_MEETING'], countryId: ids.sun })).toEqual({ total: 1, flows: [flow] });
    expect(await flowsOf(ids.fund, { eventKinds: ['WORKSHOP'] })).toEqual({ total: 0, flows: [] });
    expect(await flowsOf(ids.fund, { directOnly: true })).toEqual({ total: 0, flows: [] });
    expect(await flowsOf(ids.fund, { countryId: ids.moon })).toEqual({ total: 0, flows: [] });
    expect(await flowsOf(ids.forum)).toEqual({ total: 0, flows: [] });
  });

  it('counts a funder\'s flows and events without a filter as many as those of every kind, as its events join, leave and come back', async () => {
    const ids = await createOwn();
    const more = await moreEvents(ids);
    // Every kind is a filter, so those totals are counted from the entries; the unfiltered ones are the funder's kept total.
    const kinds = [...EVENT_KINDS];
    const totals = async () => {
      const [flows, events] = [(await flowsOf(ids.fund)).total, (await eventsFundedBy(ids.fund)).total];
      expect([(await flowsOf(ids.fund, { eventKinds: kinds })).total, (await eventsFundedBy(ids.fund, { kinds })).total]).toEqual([flows, events]);
      return [flows, events];
    };
    expect(await totals()).toEqual([1, 1]);
    const q = evidence(ids, 'The Moon Fund paid for the meeting');
    const joined = await apply([
      { addRelationship: { type: 'PART_OF', from: more.month, to: ids.dialogue, evidence: q } },
      { addRelationship: { type: 'FUNDED', from: ids.fund, to: more.year, evidence: q } },
      { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.meeting, evidence: q } },
    ]);
    expect(await totals()).toEqual([3, 3]);
    await apply([{ removeRelationship: { id: relationshipIdOf('PART_OF', ids.dialogue, ids.regional), version: 1 } }]);
    // The meeting stays, funded directly; the month's event left with the program.
    expect(await totals()).toEqual([2, 2]);
    const reverted = await client.run(RevertBatchDocument, { batchId: joined }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await totals()).toEqual([0, 0]);
  });

  it('makes a flow direct when the funder also pays for the event itself, and drops it when its program leaves the chain, until the batch is reverted', async () => {
    const ids = await createOwn();
    await apply([{ addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.meeting, evidence: evidence(ids, 'The Moon Fund paid for the meeting') } }]);
    expect(await flowsOf(ids.fund)).toEqual({ total: 1, flows: [`${ids.meeting} direct`] });
    await apply([{ removeRelationship: { id: relationshipIdOf('FUNDED', ids.fund, ids.meeting), version: 1 } }]);

    const cut = await apply([{ removeRelationship: { id: relationshipIdOf('PART_OF', ids.dialogue, ids.regional), version: 1 } }]);
    expect(await flowsOf(ids.fund)).toEqual({ total: 0, flows: [] });
    const reverted = await client.run(RevertBatchDocument, { batchId: cut }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await flowsOf(ids.fund)).toEqual({ total: 1, flows: [`${ids.meeting} via ${ids.regional} ${ids.dialogue}`] });
  });

  it('follows an event\'s new date and kind, forgets a deleted event, and moves a merged funder\'s flows to the funder kept', async () => {
    const ids = await createOwn();
    await apply([{ updateEvent: { id: ids.meeting, version: 1, kind: 'WORKSHOP', date: '2023-01-02', datePrecision: 'DAY' } }]);
    expect(await cypher('MATCH (f:FunderEvent {eventId: $id}) RETURN f.sortDate AS date, f.kind AS kind', { id: ids.meeting })).toEqual([{ date: '2023-01-02', kind: 'WORKSHOP' }]);
    expect((await flowsOf(ids.fund, { eventKinds: ['WORKSHOP'] })).total).toBe(1);

    const merged = await client.run(MergeActorsDocument, { keepId: ids.forum, duplicateId: ids.fund, keepVersion: 1, duplicateVersion: 1 }, EDITOR);
    expect(merged.errors).toBeUndefined();
    expect(await flowsOf(ids.forum)).toEqual({ total: 1, flows: [`${ids.meeting} via ${ids.regional} ${ids.dialogue}`] });
    expect(await cypher('MATCH (f:FunderEvent {funderId: $id}) RETURN f', { id: ids.fund })).toEqual([]);

    await apply([{ deleteNode: { id: ids.meeting, version: 2, cascade: true } }]);
    expect(await cypher('MATCH (f:FunderEvent {eventId: $id}) RETURN f', { id: ids.meeting })).toEqual([]);
    expect(await flowsOf(ids.forum)).toEqual({ total: 0, flows: [] });
  });

  it('lists a funder\'s events in the events list from the same entries, in its country and a city of it, and follows a cut in the chain', async () => {
    const ids = await createOwn();
    expect(await eventsFundedBy(ids.fund)).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await eventsFundedBy(ids.fund, { countryId: ids.sun, kinds: ['CONSULTATIVE_MEETING'] })).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await eventsFundedBy(ids.fund, { countryId: ids.city })).toEqual({ total: 1, ids: [ids.meeting] });
    expect(await eventsFundedBy(ids.fund, { countryId: ids.moon })).toEqual({ total: 0, ids: [] });
    expect(await eventsFundedBy(ids.fund, { kinds: ['WORKSHOP'] })).toEqual({ total: 0, ids: [] });

    const cut = await apply([{ removeRelationship: { id: relationshipIdOf('PART_OF', ids.dialogue, ids.regional), version: 1 } }]);
    expect(await eventsFundedBy(ids.fund)).toEqual({ total: 0, ids: [] });
    const reverted = await client.run(RevertBatchDocument, { batchId: cut }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await eventsFundedBy(ids.fund, { countryId: ids.sun })).toEqual({ total: 1, ids: [ids.meeting] });
  });

  it('lists a funder\'s flows in a country from the events held there, and in a city of it by its place chain', async () => {
    const ids = await createOwn();
    const flow = `${ids.meeting} via ${ids.regional} ${ids.dialogue}`;
    expect(await cypher('MATCH (f:FunderEvent {eventId: $id}) RETURN f.countryId AS country', { id: ids.meeting })).toEqual([{ country: ids.sun }]);
    expect(await flowsOf(ids.fund, { countryId: ids.sun })).toEqual({ total: 1, flows: [flow] });
    expect(await flowsOf(ids.fund, { countryId: ids.city })).toEqual({ total: 1, flows: [flow] });
    expect(await flowsOf(ids.fund, { countryId: ids.sun, eventKinds: ['WORKSHOP'] })).toEqual({ total: 0, flows: [] });
    expect(await flowsOf(ids.fund, { countryId: ids.sun, directOnly: true })).toEqual({ total: 0, flows: [] });
    expect(await flowsOf(ids.fund, { countryId: ids.moon })).toEqual({ total: 0, flows: [] });
    expect(await flowsOf(ids.forum, { countryId: ids.sun })).toEqual({ total: 0, flows: [] });
  });

  it('moves a flow to the other country when its event\'s city moves, and back when the move is reverted', async () => {
    const ids = await createOwn();
    const flow = `${ids.meeting} via ${ids.regional} ${ids.dialogue}`;
    const moved = await apply([
      { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: evidence(ids, 'Later Nur passed to the land of Moon') } },
    ]);
    expect(await flowsOf(ids.fund, { countryId: ids.moon })).toEqual({ total: 1, flows: [flow] });
    expect(await flowsOf(ids.fund, { countryId: ids.sun })).toEqual({ total: 0, flows: [] });
    expect(await cypher('MATCH (f:FunderEvent {eventId: $id}) RETURN f.countryId AS country', { id: ids.meeting })).toEqual([{ country: ids.moon }]);

    const reverted = await client.run(RevertBatchDocument, { batchId: moved }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await flowsOf(ids.fund, { countryId: ids.sun })).toEqual({ total: 1, flows: [flow] });
    expect(await flowsOf(ids.fund, { countryId: ids.moon })).toEqual({ total: 0, flows: [] });
  });

  it('moves a flow with its event held somewhere else, and takes it out of a country that stops being one', async () => {
    const ids = await createOwn();
    const flow = `${ids.meeting} via ${ids.regional} ${ids.dialogue}`;
    await apply([
      { removeRelationship: { id: relationshipIdOf('HELD_IN', ids.meeting, ids.city), version: 1 } },
      { addRelationship: { type: 'HELD_IN', from: ids.meeting, to: ids.moon, evidence: evidence(ids, 'opened a dialogue meeting in Nur') } },
    ]);
    expect(await flowsOf(ids.fund, { countryId: ids.moon })).toEqual({ total: 1, flows: [flow] });
    expect(await flowsOf(ids.fund, { countryId: ids.sun })).toEqual({ total: 0, flows: [] });

    await apply([{ updatePlace: { id: ids.moon, version: 1, kind: 'GOVERNORATE' } }]);
    expect(await cypher('MATCH (f:FunderEvent {eventId: $id}) RETURN f.countryId AS country, f.regionId AS region', { id: ids.meeting }))
      .toEqual([{ country: null, region: ids.moon }]);
    // No longer a country, Moon is a governorate the event is held in: its flows are read by the stored region.
    expect(await flowsOf(ids.fund, { countryId: ids.moon })).toEqual({ total: 1, flows: [flow] });
  });

  it('leaves the entries as they were when a batch is refused', async () => {
    const ids = await createOwn();
    const entries = () => cypher('MATCH (f:FunderEvent) RETURN f.funderId AS f, f.eventId AS e, f.direct AS d ORDER BY f, e');
    const before = await entries();
    const refused = errorOf(await client.run(ApplyChangesDocument, {
      changes: [
        { removeRelationship: { id: relationshipIdOf('PART_OF', ids.dialogue, ids.regional), version: 1 } },
        { addRelationship: { type: 'FUNDED', from: ids.fund, to: 'program:nowhere-at-all', evidence: evidence(ids, 'The Moon Fund paid for the meeting') } },
      ],
    }, EDITOR));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await entries()).toEqual(before);
  });

  it('is filled at start-up in a database whose events were written without entries, once, and answers the seed graph as before', async () => {
    const ids = await createOwn();
    const saferworld = await flowsOf('org:saferworld');
    // Such a database keeps no funder totals either: they came after the entries, and are counted from them.
    await cypher('MATCH (f:FunderEvent|FunderTotal) DELETE f');
    await cypher('MATCH (m:Migration) DETACH DELETE m');
    expect(await flowsOf(ids.fund)).toEqual({ total: 0, flows: [] });

    // In start-up's order: the entries, then the totals from them.
    const pass = await migrateFunderEvents(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(2);
    await migrateFunderTotals(client.db.executor);
    expect(await flowsOf(ids.fund)).toEqual({ total: 1, flows: [`${ids.meeting} via ${ids.regional} ${ids.dialogue}`] });
    expect(await flowsOf('org:saferworld')).toEqual(saferworld);
    expect(await migrateFunderEvents(client.db.executor)).toBeNull();
  });

  it('gives the entries written before they carried the event\'s country that country at start-up, once', async () => {
    const ids = await createOwn();
    const flow = `${ids.meeting} via ${ids.regional} ${ids.dialogue}`;
    await cypher('MATCH (f:FunderEvent) REMOVE f.countryId');
    await cypher('MATCH (m:Migration) WHERE m.id STARTS WITH $prefix DETACH DELETE m', { prefix: 'funder-event-' });
    expect(await flowsOf(ids.fund, { countryId: ids.sun })).toEqual({ total: 0, flows: [] });

    const pass = await migrateFunderEvents(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(2);
    expect(await flowsOf(ids.fund, { countryId: ids.sun })).toEqual({ total: 1, flows: [flow] });
    expect(await migrateFunderEvents(client.db.executor)).toBeNull();
  });
});

const REACH_OF = `query ReachOf($funderId: ID!) {
  funderReach(funderId: $funderId) {
    programCount eventCount organizationCount placeCount countries { id } participantCount eventsWithParticipantCount firstDate lastDate
  }
}`;

async function reachOf(funderId: string): Promise<Record<string, unknown>> {
  const { data, errors } = await client.run(REACH_OF, { funderId });
  expect(errors).toBeUndefined();
  return data!.funderReach as Record<string, unknown>;
}

describe('a funder\'s reach', () => {
  it('adds up its events\' participants, places, organisers, countries and dates from its entries, and follows each as it changes', async () => {
    const ids = await createOwn();
    const reach = { programCount: 2, eventCount: 1, organizationCount: 1, placeCount: 1, countries: [{ id: ids.sun }], participantCount: 0, eventsWithParticipantCount: 0, firstDate: '2024-05-01', lastDate: '2024-05-01' };
    expect(await reachOf(ids.fund)).toEqual(reach);

    await apply([{ updateEvent: { id: ids.meeting, version: 1, date: '2024-05', datePrecision: 'MONTH', participantCount: 30, participantCountText: '30 participants' } }]);
    expect(await reachOf(ids.fund)).toEqual({ ...reach, participantCount: 30, eventsWithParticipantCount: 1, firstDate: '2024-05', lastDate: '2024-05' });

    // An organisation partnering in the event counts; the forum whose organising is removed does not.
    await apply([
      { addRelationship: { type: 'PARTNERED_WITH', from: ids.network, to: ids.meeting, evidence: evidence(ids, 'opened a dialogue meeting in Nur') } },
      { removeRelationship: { id: relationshipIdOf('ORGANIZED', ids.forum, ids.meeting, 'lead'), version: 1 } },
    ]);
    expect(await cypher('MATCH (f:FunderEvent {eventId: $id}) RETURN f.organizationIds AS organizations', { id: ids.meeting })).toEqual([{ organizations: [ids.network] }]);
    // An organisation implementing a program counts too, once however many ways it is tied.
    await apply([{ addRelationship: { type: 'IMPLEMENTED', from: ids.network, to: ids.dialogue, evidence: evidence(ids, 'through its dialogue programme') } }]);
    expect(await reachOf(ids.fund)).toMatchObject({ organizationCount: 1 });
    await apply([{ addRelationship: { type: 'IMPLEMENTED', from: ids.wing, to: ids.dialogue, evidence: evidence(ids, 'Its youth wing works beside it') } }]);
    expect(await reachOf(ids.fund)).toMatchObject({ organizationCount: 2 });

    await apply([
      { removeRelationship: { id: relationshipIdOf('LOCATED_IN', ids.city, ids.sun), version: 1 } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: ids.moon, basis: 'GAZETTEER', evidence: evidence(ids, 'Later Nur passed to the land of Moon') } },
    ]);
    expect(await reachOf(ids.fund)).toMatchObject({ placeCount: 1, countries: [{ id: ids.moon }] });
    await apply([
      { removeRelationship: { id: relationshipIdOf('HELD_IN', ids.meeting, ids.city), version: 1 } },
      { addRelationship: { type: 'HELD_IN', from: ids.meeting, to: ids.sun, evidence: evidence(ids, 'opened a dialogue meeting in Nur') } },
    ]);
    expect(await cypher('MATCH (f:FunderEvent {eventId: $id}) RETURN f.placeIds AS places', { id: ids.meeting })).toEqual([{ places: [ids.sun] }]);
    expect(await reachOf(ids.fund)).toMatchObject({ placeCount: 1, countries: [{ id: ids.sun }] });
  });

  it('follows the funder\'s programs as their chain and funding change, and keeps no totals for a funder that reaches nothing', async () => {
    const ids = await createOwn();
    expect(await reachOf(ids.fund)).toMatchObject({ programCount: 2, eventCount: 1 });
    // The dialogue programme, and the meeting in it, leave the regional programme: the fund reaches the regional one alone.
    await apply([{ removeRelationship: { id: relationshipIdOf('PART_OF', ids.dialogue, ids.regional), version: 1 } }]);
    expect(await reachOf(ids.fund)).toMatchObject({ programCount: 1, eventCount: 0, organizationCount: 0, placeCount: 0, countries: [], firstDate: null });
    // Funding the dialogue programme itself brings it and its meeting back.
    await apply([{ addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.dialogue, evidence: evidence(ids, 'through its dialogue programme') } }]);
    expect(await reachOf(ids.fund)).toMatchObject({ programCount: 2, eventCount: 1, organizationCount: 1, countries: [{ id: ids.sun }] });
    const totalOf = (funderId: string) => cypher('MATCH (t:FunderTotal {funderId: $funderId}) RETURN t.programCount AS programs', { funderId });
    expect(await totalOf(ids.fund)).toEqual([{ programs: 2 }]);
    await apply([
      { removeRelationship: { id: relationshipIdOf('FUNDED', ids.fund, ids.regional), version: 1 } },
      { removeRelationship: { id: relationshipIdOf('FUNDED', ids.fund, ids.dialogue), version: 1 } },
    ]);
    expect(await reachOf(ids.fund)).toMatchObject({ programCount: 0, eventCount: 0, organizationCount: 0, participantCount: 0, countries: [] });
    expect(await totalOf(ids.fund)).toEqual([]);
  });

  it('counts both of two events a funder gains from two batches at the same time', async () => {
    const ids = await createOwn();
    const t = ids.city.slice('place:nur-'.length);
    const q = evidence(ids, 'through its dialogue programme');
    // Each batch writes nodes and counts of its own (another program, kind and month): they share the fund's totals alone.
    const batch = (id: string, program: string, kind: 'WORKSHOP' | 'CONFERENCE', date: string) => client.run(ApplyChangesDocument, {
      changes: [
        { createEvent: { id, kind, titleAr: 'ورشة', titleEn: `Workshop ${id}`, date, datePrecision: 'DAY', participantCount: 30, participantCountText: '30 participants', evidence: q } },
        { addRelationship: { type: 'PART_OF', from: id, to: program, evidence: q } },
      ],
    }, EDITOR);
    const results = await Promise.all([
      batch(`event:2024-06-01-first-${t}`, ids.dialogue, 'WORKSHOP', '2024-06-01'),
      batch(`event:2024-07-01-second-${t}`, ids.regional, 'CONFERENCE', '2024-07-01'),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await reachOf(ids.fund)).toMatchObject({ eventCount: 3, participantCount: 60, eventsWithParticipantCount: 2, lastDate: '2024-07-01' });
  });

  it('recounts a funder\'s totals after the other of two transactions changing its entries commits, so neither change is lost', async () => {
    const ids = await createOwn();
    const t = ids.city.slice('place:nur-'.length);
    // Two entries of the fund, each written by a transaction of its own as its refresh of entries would; no other
    // node or count is shared, so only the total can make the second wait for the first.
    const entry = (eventId: string) => `CREATE (:Derived:FunderEvent {funderId: $funderId, eventId: '${eventId}', sortDate: '2024-06-01', direct: true, participantCount: 30})`;
    const refresh = client.db.cypher.get('funding/refresh-funder-totals');
    const params = client.db.cypher.paramsOf('funding/refresh-funder-totals', { funderIds: [ids.fund], countryFunderIds: [] });
    const [first, second] = [client.db.driver.session({ database: TEST_DATABASE }), client.db.driver.session({ database: TEST_DATABASE })];
    const fakes = [`event:race-first-${t}`, `event:race-second-${t}`];
    try {
      const tx1 = await first.beginTransaction();
      await tx1.run(entry(fakes[0]!), { funderId: ids.fund });
      await tx1.run(refresh, params);
      const tx2 = await second.beginTransaction();
      await tx2.run(entry(fakes[1]!), { funderId: ids.fund });
      // The second recount waits for the first transaction's lock on the total, then reads its committed entry.
      const racing = tx2.run(refresh, params).then(() => tx2.commit());
      await new Promise((resolve) => setTimeout(resolve, 500));
      await tx1.commit();
      await racing;
      expect(await cypher('MATCH (t:FunderTotal {funderId: $id}) RETURN t.eventCount AS events, t.participantCount AS participants', { id: ids.fund }))
        .toEqual([{ events: 3, participants: 60 }]);
    } finally {
      await first.close();
      await second.close();
      // The entries name no event: gone again, and the total recounted, before the file's check of every total.
      await cypher('MATCH (f:FunderEvent) WHERE f.eventId IN $fakes DELETE f', { fakes });
      await cypher(refresh, client.db.cypher.paramsOf('funding/refresh-funder-totals', { funderIds: [ids.fund], countryFunderIds: [] }));
    }
  });

  it('gives a database written before the reach\'s totals were kept its entries\' places and organisers, and its totals, at start-up, once', async () => {
    const ids = await createOwn();
    const saferworld = await reachOf('org:saferworld');
    await cypher('MATCH (f:FunderEvent) REMOVE f.placeIds, f.organizationIds, f.participantCount, f.date');
    await cypher('MATCH (t:FunderTotal) DETACH DELETE t');
    await cypher('MATCH (m:Migration) WHERE m.id STARTS WITH $event OR m.id STARTS WITH $total DETACH DELETE m', { event: 'funder-event-', total: 'funder-total-' });
    expect(await reachOf(ids.fund)).toMatchObject({ programCount: 0, eventCount: 0, placeCount: 0, organizationCount: 0, firstDate: null });

    const entries = await migrateFunderEvents(client.db.executor);
    expect(entries!.refreshed).toBeGreaterThanOrEqual(1);
    const totals = await migrateFunderTotals(client.db.executor);
    expect(totals!.refreshed).toBeGreaterThanOrEqual(2);
    expect(await reachOf(ids.fund)).toMatchObject({ programCount: 2, eventCount: 1, placeCount: 1, organizationCount: 1, firstDate: '2024-05-01' });
    expect(await reachOf('org:saferworld')).toEqual(saferworld);
    expect(await migrateFunderEvents(client.db.executor)).toBeNull();
    expect(await migrateFunderTotals(client.db.executor)).toBeNull();
  });
});

const PARTNERS_OF = `query PartnersOf($actorId: ID!) {
  partners(actorId: $actorId, first: 10) { actor { id } sharedCount shared(first: 2) { activity { ... on Event { id } ... on Program { id } } } }
}`;

/** An actor's partners as `partner count: first shared activities`, in the ranking's order. */
async function partnersOf(actorId: string): Promise<string[]> {
  const { data, errors } = await client.run(PARTNERS_OF, { actorId });
  expect(errors).toBeUndefined();
  const partners = data!.partners as { actor: { id: string }; sharedCount: number; shared: { activity: { id: string } }[] }[];
  return partners.map((p) => `${p.actor.id} ${p.sharedCount}: ${p.shared.map((s) => s.activity.id).join(' ')}`);
}

/** The own graph's actors all working on the meeting, and the fund and the wing on the dialogue programme. */
async function createPartners(): Promise<Ids> {
  const ids = await createOwn();
  await apply([
    { addRelationship: { type: 'PARTNERED_WITH', from: ids.network, to: ids.meeting, evidence: evidence(ids, 'organised by the Civic Forum') } },
    { addRelationship: { type: 'PARTICIPATED_IN', from: ids.hana, to: ids.meeting, role: 'speaker', evidence: evidence(ids, 'Its director Hana Said opened a dialogue meeting') } },
    { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.meeting, evidence: evidence(ids, 'The Moon Fund paid for the meeting') } },
    { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.dialogue, evidence: evidence(ids, 'through its dialogue programme') } },
    { addRelationship: { type: 'IMPLEMENTED', from: ids.wing, to: ids.dialogue, evidence: evidence(ids, 'Its youth wing works beside it') } },
    { addRelationship: { type: 'PARTNERED_WITH', from: ids.network, to: ids.dialogue, evidence: evidence(ids, 'through its dialogue programme') } },
  ]);
  return ids;
}

describe('an actor\'s partners', () => {
  it('ranks the actors that share a new event or program with it by how many they share, on both sides of each pair', async () => {
    const ids = await createPartners();
    // The network shares the meeting and the programme with the fund; the others one of them.
    expect(await partnersOf(ids.fund)).toEqual([
      `${ids.network} 2: ${ids.meeting} ${ids.dialogue}`, `${ids.forum} 1: ${ids.meeting}`, `${ids.wing} 1: ${ids.dialogue}`, `${ids.hana} 1: ${ids.meeting}`,
    ]);
    expect(await partnersOf(ids.wing)).toEqual([`${ids.fund} 1: ${ids.dialogue}`, `${ids.network} 1: ${ids.dialogue}`]);
    expect(await partnersOf(ids.forum)).toEqual([`${ids.fund} 1: ${ids.meeting}`, `${ids.network} 1: ${ids.meeting}`, `${ids.hana} 1: ${ids.meeting}`]);
    expect(await cypher('MATCH (p:PartnerPair {actorId: $a, partnerId: $b}) RETURN p.shared AS shared, p.activityIds AS ids', { a: ids.network, b: ids.fund }))
      .toEqual([{ shared: 2, ids: [ids.meeting, ids.dialogue] }]);
  });

  it('drops a pair whose last shared link is removed, lowers one that keeps another, and brings both back when the batch is reverted', async () => {
    const ids = await createPartners();
    const removed = await apply([
      { removeRelationship: { id: relationshipIdOf('PARTNERED_WITH', ids.network, ids.dialogue), version: 1 } },
      { removeRelationship: { id: relationshipIdOf('IMPLEMENTED', ids.wing, ids.dialogue), version: 1 } },
    ]);
    expect(await partnersOf(ids.fund)).toEqual([`${ids.forum} 1: ${ids.meeting}`, `${ids.network} 1: ${ids.meeting}`, `${ids.hana} 1: ${ids.meeting}`]);
    expect(await partnersOf(ids.wing)).toEqual([]);
    expect(await cypher('MATCH (p:PartnerPair) WHERE p.actorId = $id OR p.partnerId = $id RETURN p', { id: ids.wing })).toEqual([]);

    const reverted = await client.run(RevertBatchDocument, { batchId: removed }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect((await partnersOf(ids.fund))[0]).toBe(`${ids.network} 2: ${ids.meeting} ${ids.dialogue}`);
    expect(await partnersOf(ids.wing)).toEqual([`${ids.fund} 1: ${ids.dialogue}`, `${ids.network} 1: ${ids.dialogue}`]);
  });

  it('forgets a deleted actor and an event deleted with its links, and moves a merged duplicate\'s partners to the actor kept', async () => {
    const ids = await createPartners();
    await apply([{ deleteNode: { id: ids.hana, version: 1, cascade: true } }]);
    expect(await partnersOf(ids.forum)).toEqual([`${ids.fund} 1: ${ids.meeting}`, `${ids.network} 1: ${ids.meeting}`]);
    expect(await cypher('MATCH (p:PartnerPair) WHERE p.actorId = $id OR p.partnerId = $id RETURN p', { id: ids.hana })).toEqual([]);

    // The forum's record is merged into the wing's: the wing takes its place on the meeting.
    const merged = await client.run(MergeActorsDocument, { keepId: ids.wing, duplicateId: ids.forum, keepVersion: 1, duplicateVersion: 1 }, EDITOR);
    expect(merged.errors).toBeUndefined();
    expect(await partnersOf(ids.wing)).toEqual([`${ids.fund} 2: ${ids.meeting} ${ids.dialogue}`, `${ids.network} 2: ${ids.meeting} ${ids.dialogue}`]);
    expect(await cypher('MATCH (p:PartnerPair) WHERE p.actorId = $id OR p.partnerId = $id RETURN p', { id: ids.forum })).toEqual([]);

    // The meeting node itself is unchanged by the merge (only its links moved): still its first version.
    await apply([{ deleteNode: { id: ids.meeting, version: 1, cascade: true } }]);
    expect(await partnersOf(ids.fund)).toEqual([`${ids.network} 1: ${ids.dialogue}`, `${ids.wing} 1: ${ids.dialogue}`]);
  });

  it('leaves the entries as they were when a batch is refused', async () => {
    const ids = await createPartners();
    const entries = () => cypher('MATCH (p:PartnerPair) RETURN p.actorId AS a, p.partnerId AS b, p.shared AS n ORDER BY a, b');
    const before = [await graphHash(client.db), await entries()];
    const refused = errorOf(await client.run(ApplyChangesDocument, {
      changes: [
        { removeRelationship: { id: relationshipIdOf('FUNDED', ids.fund, ids.meeting), version: 1 } },
        { addRelationship: { type: 'ORGANIZED', from: ids.wing, to: 'event:nowhere-at-all', role: 'lead', evidence: evidence(ids, 'Its youth wing works beside it') } },
      ],
    }, EDITOR));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect([await graphHash(client.db), await entries()]).toEqual(before);
  });

  it('is filled at start-up in a database whose actors were written without entries, once, and ranks the seed graph\'s partners as before', async () => {
    const ids = await createPartners();
    const musaala = await partnersOf('org:musaala');
    await cypher('MATCH (p:PartnerPair) DELETE p');
    await cypher('MATCH (m:Migration {id: $id}) DETACH DELETE m', { id: 'partner-pair-1' });
    expect(await partnersOf(ids.wing)).toEqual([]);

    const pass = await migratePartnerPairs(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(5);
    expect(await partnersOf(ids.wing)).toEqual([`${ids.fund} 1: ${ids.dialogue}`, `${ids.network} 1: ${ids.dialogue}`]);
    expect(await partnersOf('org:musaala')).toEqual(musaala);
    expect(await migratePartnerPairs(client.db.executor)).toBeNull();
  });
});

const SHARED_FUNDERS_OF = `query SharedFundersOf($actorId: ID!, $otherId: ID!) {
  interlocks(actorId: $actorId, otherId: $otherId) {
    sharedFunderCount
    sharedFunders { funder { id } actorActivities { ... on Event { id } ... on Program { id } } otherActivities { ... on Event { id } ... on Program { id } } }
  }
}`;

/** The funders two actors share as `funder: the first's activities | the other's`, by funder id. */
async function sharedFundersOf(actorId: string, otherId: string): Promise<string[]> {
  const { data, errors } = await client.run(SHARED_FUNDERS_OF, { actorId, otherId });
  expect(errors).toBeUndefined();
  const interlocks = data!.interlocks as { sharedFunderCount: number; sharedFunders: { funder: { id: string }; actorActivities: { id: string }[]; otherActivities: { id: string }[] }[] };
  expect(interlocks.sharedFunderCount).toBe(interlocks.sharedFunders.length);
  const ids = (list: { id: string }[]) => list.map((x) => x.id).join(' ');
  return interlocks.sharedFunders.map((s) => `${s.funder.id}: ${ids(s.actorActivities)} | ${ids(s.otherActivities)}`);
}

/** An actor's ActorFunder entries as `funder: activities`, by funder id. */
async function entriesOf(actorId: string): Promise<string[]> {
  const rows = await cypher<{ f: string; ids: string[] }>('MATCH (e:ActorFunder {actorId: $actorId}) RETURN e.funderId AS f, e.activityIds AS ids ORDER BY f', { actorId });
  return rows.map((row) => `${row.f}: ${row.ids.join(' ')}`);
}

/**
 * The own graph with a second funder: the network partners in the dialogue programme, the wing implements the
 * meeting's programme too, and the Sun Fund pays for the meeting itself. The Moon Fund pays for the regional
 * programme above both.
 */
async function createFunded(): Promise<Ids & { sunFund: string }> {
  const ids = await createOwn();
  const sunFund = ids.fund.replace('moon-fund', 'sun-fund');
  await apply([
    { createOrganization: { id: sunFund, kind: 'FOREIGN_GOVERNMENT', nameAr: 'صندوق الشمس', nameEn: `Sun Fund ${sunFund}`, evidence: evidence(ids, 'The Moon Fund paid for the meeting') } },
    { addRelationship: { type: 'FUNDED', from: sunFund, to: ids.meeting, evidence: evidence(ids, 'The Moon Fund paid for the meeting') } },
    { addRelationship: { type: 'PARTNERED_WITH', from: ids.network, to: ids.dialogue, evidence: evidence(ids, 'through its dialogue programme') } },
    { addRelationship: { type: 'IMPLEMENTED', from: ids.wing, to: ids.dialogue, evidence: evidence(ids, 'Its youth wing works beside it') } },
  ]);
  return { ...ids, sunFund };
}

describe('the funders of an actor\'s work (interlocks)', () => {
  it('finds the funder of the programme above an event or a programme, and the funder of the event itself, for each actor', async () => {
    const ids = await createFunded();
    expect(await entriesOf(ids.forum)).toEqual([`${ids.fund}: ${ids.meeting}`, `${ids.sunFund}: ${ids.meeting}`]);
    expect(await entriesOf(ids.network)).toEqual([`${ids.fund}: ${ids.dialogue}`]);
    // A participant's work is not supported work: Hana's taking part gives her no funder.
    await apply([{ addRelationship: { type: 'PARTICIPATED_IN', from: ids.hana, to: ids.meeting, role: 'speaker', evidence: evidence(ids, 'Its director Hana Said opened a dialogue meeting') } }]);
    expect(await entriesOf(ids.hana)).toEqual([]);
    expect(await sharedFundersOf(ids.forum, ids.network)).toEqual([`${ids.fund}: ${ids.meeting} | ${ids.dialogue}`]);
    expect(await sharedFundersOf(ids.network, ids.wing)).toEqual([`${ids.fund}: ${ids.dialogue} | ${ids.dialogue}`]);
  });

  it('follows a link added and removed, a cut in the chain and funding that stops, and takes them all back when the batches are reverted', async () => {
    const ids = await createFunded();
    const linked = await apply([{ addRelationship: { type: 'ORGANIZED', from: ids.network, to: ids.meeting, role: 'co-organiser', evidence: evidence(ids, 'organised by the Civic Forum') } }]);
    expect(await entriesOf(ids.network)).toEqual([`${ids.fund}: ${ids.meeting} ${ids.dialogue}`, `${ids.sunFund}: ${ids.meeting}`]);
    expect(await sharedFundersOf(ids.forum, ids.network)).toEqual([`${ids.fund}: ${ids.meeting} | ${ids.meeting} ${ids.dialogue}`, `${ids.sunFund}: ${ids.meeting} | ${ids.meeting}`]);

    // The dialogue programme leaves the regional one: the Moon Fund supports nothing of theirs any more.
    const cut = await apply([{ removeRelationship: { id: relationshipIdOf('PART_OF', ids.dialogue, ids.regional), version: 1 } }]);
    expect(await entriesOf(ids.network)).toEqual([`${ids.sunFund}: ${ids.meeting}`]);
    expect(await entriesOf(ids.wing)).toEqual([]);
    // The Sun Fund stops paying for the meeting; the Moon Fund pays for the dialogue programme itself.
    const refunded = await apply([
      { removeRelationship: { id: relationshipIdOf('FUNDED', ids.sunFund, ids.meeting), version: 1 } },
      { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.dialogue, evidence: evidence(ids, 'through its dialogue programme') } },
    ]);
    expect(await entriesOf(ids.forum)).toEqual([`${ids.fund}: ${ids.meeting}`]);
    expect(await entriesOf(ids.wing)).toEqual([`${ids.fund}: ${ids.dialogue}`]);

    for (const batchId of [refunded, cut, linked]) expect((await client.run(RevertBatchDocument, { batchId }, EDITOR)).errors).toBeUndefined();
    expect(await entriesOf(ids.forum)).toEqual([`${ids.fund}: ${ids.meeting}`, `${ids.sunFund}: ${ids.meeting}`]);
    expect(await entriesOf(ids.network)).toEqual([`${ids.fund}: ${ids.dialogue}`]);
    expect(await entriesOf(ids.wing)).toEqual([`${ids.fund}: ${ids.dialogue}`]);
  });

  it('forgets a deleted funder and a deleted actor, and moves a merged duplicate\'s funders to the actor kept', async () => {
    const ids = await createFunded();
    await apply([{ deleteNode: { id: ids.sunFund, version: 1, cascade: true } }]);
    expect(await entriesOf(ids.forum)).toEqual([`${ids.fund}: ${ids.meeting}`]);
    expect(await cypher('MATCH (e:ActorFunder {funderId: $id}) RETURN e', { id: ids.sunFund })).toEqual([]);

    // The forum's record is merged into the network's: the network takes its place on the meeting.
    const merged = await client.run(MergeActorsDocument, { keepId: ids.network, duplicateId: ids.forum, keepVersion: 1, duplicateVersion: 1 }, EDITOR);
    expect(merged.errors).toBeUndefined();
    expect(await entriesOf(ids.network)).toEqual([`${ids.fund}: ${ids.meeting} ${ids.dialogue}`]);
    expect(await entriesOf(ids.forum)).toEqual([]);

    await apply([{ deleteNode: { id: ids.wing, version: 1, cascade: true } }]);
    expect(await entriesOf(ids.wing)).toEqual([]);
  });

  it('keeps both activities when two transactions each add one to an actor\'s entry at the same time', async () => {
    const ids = await createFunded();
    await apply([
      { addRelationship: { type: 'ORGANIZED', from: ids.network, to: ids.meeting, role: 'co-organiser', evidence: evidence(ids, 'organised by the Civic Forum') } },
      { addRelationship: { type: 'IMPLEMENTED', from: ids.network, to: ids.regional, evidence: evidence(ids, 'which belongs to its regional programme') } },
    ]);
    // The network's Moon Fund entry set back to the dialogue programme alone, as if neither new link had been counted.
    await cypher('MATCH (e:ActorFunder {actorId: $id, funderId: $fund}) SET e.activityIds = [$dialogue]', { id: ids.network, fund: ids.fund, dialogue: ids.dialogue });
    const refresh = client.db.cypher.get('analysis/refresh-actor-funders');
    const paramsFor = (activityId: string) => client.db.cypher.paramsOf('analysis/refresh-actor-funders', { actorIds: [], links: [{ actorId: ids.network, activityId }], anchorIds: [] });
    const [first, second] = [client.db.driver.session({ database: TEST_DATABASE }), client.db.driver.session({ database: TEST_DATABASE })];
    try {
      const tx1 = await first.beginTransaction();
      await tx1.run(refresh, paramsFor(ids.meeting));
      // The second waits for the first's lock on the actor, then reads the entry as the first committed it.
      const tx2 = await second.beginTransaction();
      const racing = tx2.run(refresh, paramsFor(ids.regional)).then(() => tx2.commit());
      await new Promise((resolve) => setTimeout(resolve, 500));
      await tx1.commit();
      await racing;
    } finally {
      await first.close();
      await second.close();
    }
    expect(await entriesOf(ids.network)).toEqual([`${ids.fund}: ${ids.meeting} ${ids.dialogue} ${ids.regional}`, `${ids.sunFund}: ${ids.meeting}`]);
  });

  it('leaves the entries as they were when a batch is refused', async () => {
    const ids = await createFunded();
    const entries = () => cypher('MATCH (e:ActorFunder) RETURN e.actorId AS a, e.funderId AS f, e.activityIds AS ids ORDER BY a, f');
    const before = [await graphHash(client.db), await entries()];
    const refused = errorOf(await client.run(ApplyChangesDocument, {
      changes: [
        { removeRelationship: { id: relationshipIdOf('PART_OF', ids.dialogue, ids.regional), version: 1 } },
        { addRelationship: { type: 'ORGANIZED', from: ids.wing, to: 'event:nowhere-at-all', role: 'lead', evidence: evidence(ids, 'Its youth wing works beside it') } },
      ],
    }, EDITOR));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect([await graphHash(client.db), await entries()]).toEqual(before);
  });

  it('is filled at start-up in a database whose actors were written without entries, once, and answers the seed graph\'s interlocks as before', async () => {
    const ids = await createFunded();
    const seed = await sharedFundersOf('org:musaala', 'org:sada');
    await cypher('MATCH (e:ActorFunder) DELETE e');
    await cypher('MATCH (m:Migration {id: $id}) DETACH DELETE m', { id: 'actor-funder-1' });
    expect(await sharedFundersOf(ids.forum, ids.network)).toEqual([]);

    const pass = await migrateActorFunders(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(4);
    expect(await sharedFundersOf(ids.forum, ids.network)).toEqual([`${ids.fund}: ${ids.meeting} | ${ids.dialogue}`]);
    expect(await sharedFundersOf('org:musaala', 'org:sada')).toEqual(seed);
    expect(await migrateActorFunders(client.db.executor)).toBeNull();
  });
});

const SHARED_PEOPLE_OF = `query SharedPeopleOf($actorId: ID!, $otherId: ID!) {
  interlocks(actorId: $actorId, otherId: $otherId) {
    sharedPersonCount
    sharedPeople { person { id } actorTies { type title event { id } } otherTies { type title event { id } } }
  }
}`;

/** The people tied to two actors as `person: ties to the first | ties to the other`, each tie its title or its event. */
async function sharedPeopleOf(actorId: string, otherId: string): Promise<string[]> {
  const { data, errors } = await client.run(SHARED_PEOPLE_OF, { actorId, otherId });
  expect(errors).toBeUndefined();
  type Tie = { type: string; title: string | null; event: { id: string } | null };
  const interlocks = data!.interlocks as { sharedPersonCount: number; sharedPeople: { person: { id: string }; actorTies: Tie[]; otherTies: Tie[] }[] };
  expect(interlocks.sharedPersonCount).toBe(interlocks.sharedPeople.length);
  const ties = (list: Tie[]) => list.map((t) => `${t.type} ${t.title ?? t.event?.id}`).join(', ');
  return interlocks.sharedPeople.map((s) => `${s.person.id}: ${ties(s.actorTies)} | ${ties(s.otherTies)}`);
}

/** An actor's ActorPerson entries as `person: position? events`, by person id. */
async function peopleEntriesOf(actorId: string): Promise<string[]> {
  const rows = await cypher<{ p: string; position: boolean; ids: string[] }>(
    'MATCH (e:ActorPerson {actorId: $actorId}) RETURN e.personId AS p, e.position AS position, e.eventIds AS ids ORDER BY p', { actorId },
  );
  return rows.map((row) => `${row.p}:${row.position ? ' position' : ''}${row.ids.map((id) => ` ${id}`).join('')}`);
}

/** The own graph with Hana Said speaking at the meeting the forum organised; she directs the network. */
async function createTied(): Promise<Ids> {
  const ids = await createOwn();
  await apply([{ addRelationship: { type: 'PARTICIPATED_IN', from: ids.hana, to: ids.meeting, role: 'speaker', evidence: evidence(ids, 'Its director Hana Said opened a dialogue meeting') } }]);
  return ids;
}

describe('the people tied to an actor (interlocks)', () => {
  it('ties a participant to every actor of her event and a director to her organisation, and no one to a participant alone', async () => {
    const ids = await createTied();
    expect(await peopleEntriesOf(ids.forum)).toEqual([`${ids.hana}: ${ids.meeting}`]);
    expect(await peopleEntriesOf(ids.network)).toEqual([`${ids.hana}: position`]);
    // Hana is the event's only participant: she is tied to no one through her own taking part.
    expect(await peopleEntriesOf(ids.hana)).toEqual([]);
    expect(await sharedPeopleOf(ids.forum, ids.network)).toEqual([`${ids.hana}: PARTICIPATED_IN ${ids.meeting} | HOLDS_POSITION director`]);
  });

  it('follows links and positions added and removed, and takes them back when the batches are reverted', async () => {
    const ids = await createTied();
    const joined = await apply([{ addRelationship: { type: 'PARTNERED_WITH', from: ids.network, to: ids.meeting, evidence: evidence(ids, 'organised by the Civic Forum') } }]);
    expect(await peopleEntriesOf(ids.network)).toEqual([`${ids.hana}: position ${ids.meeting}`]);
    expect(await sharedPeopleOf(ids.network, ids.forum)).toEqual([`${ids.hana}: HOLDS_POSITION director, PARTICIPATED_IN ${ids.meeting} | PARTICIPATED_IN ${ids.meeting}`]);

    const left = await apply([
      { removeRelationship: { id: relationshipIdOf('ORGANIZED', ids.forum, ids.meeting, 'lead'), version: 1 } },
      { removeRelationship: { id: relationshipIdOf('HOLDS_POSITION', ids.hana, ids.network), version: 1 } },
    ]);
    expect(await peopleEntriesOf(ids.forum)).toEqual([]);
    expect(await peopleEntriesOf(ids.network)).toEqual([`${ids.hana}: ${ids.meeting}`]);

    for (const batchId of [left, joined]) expect((await client.run(RevertBatchDocument, { batchId }, EDITOR)).errors).toBeUndefined();
    expect(await peopleEntriesOf(ids.forum)).toEqual([`${ids.hana}: ${ids.meeting}`]);
    expect(await peopleEntriesOf(ids.network)).toEqual([`${ids.hana}: position`]);
  });

  it('forgets a deleted event and a deleted person, and moves a merged duplicate\'s people to the actor kept', async () => {
    const ids = await createTied();
    // The forum's record is merged into the wing's: the wing takes its place on the meeting.
    const merged = await client.run(MergeActorsDocument, { keepId: ids.wing, duplicateId: ids.forum, keepVersion: 1, duplicateVersion: 1 }, EDITOR);
    expect(merged.errors).toBeUndefined();
    expect(await peopleEntriesOf(ids.wing)).toEqual([`${ids.hana}: ${ids.meeting}`]);
    expect(await peopleEntriesOf(ids.forum)).toEqual([]);

    await apply([{ deleteNode: { id: ids.meeting, version: 1, cascade: true } }]);
    expect(await peopleEntriesOf(ids.wing)).toEqual([]);
    await apply([{ deleteNode: { id: ids.hana, version: 1, cascade: true } }]);
    expect(await peopleEntriesOf(ids.network)).toEqual([]);
  });

  it('leaves the entries as they were when a batch is refused', async () => {
    const ids = await createTied();
    const entries = () => cypher('MATCH (e:ActorPerson) RETURN e.actorId AS a, e.personId AS p, e.position AS position, e.eventIds AS ids ORDER BY a, p');
    const before = [await graphHash(client.db), await entries()];
    const refused = errorOf(await client.run(ApplyChangesDocument, {
      changes: [
        { removeRelationship: { id: relationshipIdOf('HOLDS_POSITION', ids.hana, ids.network), version: 1 } },
        { addRelationship: { type: 'ORGANIZED', from: ids.wing, to: 'event:nowhere-at-all', role: 'lead', evidence: evidence(ids, 'Its youth wing works beside it') } },
      ],
    }, EDITOR));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect([await graphHash(client.db), await entries()]).toEqual(before);
  });

  it('is filled at start-up in a database whose actors were written without entries, once, and answers the seed graph\'s interlocks as before', async () => {
    const ids = await createTied();
    const seed = await sharedPeopleOf('org:musaala', 'org:sada');
    await cypher('MATCH (e:ActorPerson) DELETE e');
    await cypher('MATCH (m:Migration {id: $id}) DETACH DELETE m', { id: 'actor-person-1' });
    expect(await sharedPeopleOf(ids.forum, ids.network)).toEqual([]);

    const pass = await migrateActorPeople(client.db.executor);
    expect(pass!.refreshed).toBeGreaterThanOrEqual(2);
    expect(await sharedPeopleOf(ids.forum, ids.network)).toEqual([`${ids.hana}: PARTICIPATED_IN ${ids.meeting} | HOLDS_POSITION director`]);
    expect(await sharedPeopleOf('org:musaala', 'org:sada')).toEqual(seed);
    expect(await migrateActorPeople(client.db.executor)).toBeNull();
  });
});
