import { int } from 'neo4j-driver';
import { RelationType } from '../../src/common/enums';
import type { CypherName } from '../../src/neo4j/cypher-registry';
import { uniqueId, withOwnGraph } from '../helpers/own-data';
import { TEST_DATABASE, useTestDatabase } from '../helpers/test-database';

const db = useTestDatabase();

// Plans are chosen from the indexes' statistics and then cached. On a database that was just created and
// loaded, a plan cached while the statistics still said "empty" may scan the id index rather than seek it
// (76 entries either way): refresh the statistics and forget such plans, so that the plans asserted here are
// those a loaded database gets.
beforeAll(async () => {
  for (const procedure of ['CALL db.awaitIndexes(60)', 'CALL db.resampleOutdatedIndexes()', 'CALL db.clearQueryCaches()']) {
    await db.driver.executeQuery(procedure, {}, { database: TEST_DATABASE });
  }
});

interface PlanNode { operatorType: string; rows?: number; children: PlanNode[] }
const operators = (plan: PlanNode, acc: { op: string; rows: number }[] = []) => {
  acc.push({ op: plan.operatorType.replace(/@.*/, ''), rows: Number(plan.rows ?? 0) });
  for (const child of plan.children) operators(child, acc);
  return acc;
};

const ALL = Object.values(RelationType);
/** A page of flows reads some properties of its nodes (the README's question), as requests do. */
const flowNodes = { funderProperties: ['id', 'name'], eventProperties: ['id', 'title', 'date', 'datePrecision'], programProperties: ['id'] };

/** Statements whose answer is local to a node or two, with the parameters of a real request. */
const LOCAL: [CypherName, Record<string, unknown>][] = [
  ['graph/nodes-by-ids', { ids: ['org:undp', 'event:2009-06-18-jenin-open-meeting'] }],
  ['graph/outgoing', { ids: ['event:2009-06-18-jenin-open-meeting'], types: ['HELD_IN', 'PART_OF'] }],
  ['graph/incoming', { ids: ['program:saned-community-peace'], types: ['FUNDED'] }],
  ['graph/countries', { ids: ['org:dgsn-sidi-bernoussi-security-zone', 'place:ye-lahj-radfan'] }],
  ['events/event-funders', { ids: ['event:undated-psd-community-police-donors-conference'] }],
  ['evidence/evidence-by-ids', { ids: ['evidence:seed-000:322-353'] }],
  // The quotes of a source whose text a batch changes: a prefix seek of the evidence ids, never every quote.
  ['curation/read-quotes', { sources: [{ id: 'source:seed-000', prefix: 'evidence:seed-000:' }] }],
  // The words around two quotes of different sources: each source found by its id, never by scanning the sources.
  ['evidence/evidence-contexts', { items: [
    { key: 'a', id: 'evidence:seed-000:322-353', chars: int(240) }, { key: 'b', id: 'evidence:seed-004:108-130', chars: int(240) },
  ] }],
  // The lookahead of an event card: links both ways, evidence with sources, funders, the place's country, the
  // organisers' and the place's parents.
  ['graph/lookahead', {
    ids: ['event:2009-06-18-jenin-open-meeting', 'event:undated-psd-community-police-donors-conference'], withNode: true, outgoing: ['HELD_IN', 'PART_OF'],
    incoming: ['ORGANIZED', 'PARTICIPATED_IN'], evidence: true, funders: true, country: false, countryOutgoing: ['HELD_IN'], countryIncoming: [], parentOutgoing: ['HELD_IN'], parentIncoming: ['ORGANIZED'],
    bareOutgoing: ['PART_OF'], bareIncoming: [],
  }],
  // An organisation's: its parent and the parent's parent, its own country, evidence; the event-only parts switched off.
  ['graph/lookahead', {
    ids: ['org:saferworld', 'org:dgsn-sidi-bernoussi-security-zone'], withNode: false, outgoing: ['PART_OF'], incoming: ['HOLDS_POSITION'],
    evidence: true, funders: false, country: true, countryOutgoing: [], countryIncoming: [], parentOutgoing: ['PART_OF'], parentIncoming: [],
    bareOutgoing: [], bareIncoming: [],
  }],
  ['funding/funding-flows', {
    funderId: 'org:saferworld', eventKinds: null, countryId: null, fromStart: null, toEnd: null, directOnly: false,
    afterFunder: null, afterDate: null, afterEvent: null, limit: int(51), withCount: true, ...flowNodes,
  }],
  ['funding/funder-reach', { funderId: 'org:embassy-of-japan-jordan' }],
  ['network/neighbourhood', { centerId: 'program:saned-community-peace', depth: int(2), room: int(199), types: ALL, allTypes: true }],
  ['network/shortest-paths', { fromId: 'org:saferworld', toId: 'org:marib-police', maxHops: int(4), first: int(3), types: ALL }],
  ['analysis/partners', { actorId: 'org:musaala', limit: int(21), sharedLimit: null }],
  ['analysis/partners', { actorId: 'org:musaala', limit: int(21), sharedLimit: int(3) }],
  ['analysis/interlocks', { actorId: 'org:musaala', otherId: 'org:sada', first: int(20), funderActivityProperties: false, tieEventProperties: false }],
  ['analysis/interlocks', { actorId: 'org:musaala', otherId: 'org:sada', first: int(20), funderActivityProperties: true, tieEventProperties: true }],
  ['analysis/collaboration-links', { countryId: 'place:ye', limit: int(150_001), actorsUpTo: int(3_000) }],
  ['analysis/who-works-where', { countryId: 'place:ye', limit: int(2001) }],
  // The same answers with the evidence of what they list (evidence/evidence-records, by id).
  ['funding/funding-flows-with-evidence', {
    funderId: 'org:saferworld', eventKinds: null, countryId: null, fromStart: null, toEnd: null, directOnly: false,
    afterFunder: null, afterDate: null, afterEvent: null, limit: int(51), withCount: true, ...flowNodes,
  }],
  ['network/neighbourhood-with-evidence', { centerId: 'program:saned-community-peace', depth: int(2), room: int(199), types: ALL, allTypes: true }],
  ['network/shortest-paths-with-evidence', { fromId: 'org:saferworld', toId: 'org:marib-police', maxHops: int(4), first: int(3), types: ALL }],
  ['analysis/partners-with-evidence', { actorId: 'org:musaala', limit: int(21), sharedLimit: int(3) }],
  ['analysis/interlocks-with-evidence', { actorId: 'org:musaala', otherId: 'org:sada', first: int(20), funderActivityProperties: true, tieEventProperties: true }],
];

const SCANS = /AllNodesScan|NodeByLabelScan|IntersectionNodeByLabelsScan|UnionNodeByLabelsScan|RelationshipTypeScan|NodeIndexScan/;

describe('query plans of local questions', () => {
  it.each(LOCAL)('%s starts from an index seek and no scan does any work', async (name, params) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const result = await session.run(`PROFILE ${db.cypher.get(name)}`, db.cypher.paramsOf(name, params));
      const ops = operators(result.summary.profile as unknown as PlanNode);
      expect(ops.some((o) => o.op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
      // A scan may sit in a branch the parameters switch off; it must then produce nothing.
      expect(ops.filter((o) => SCANS.test(o.op) && o.rows > 0)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

const page = { after: null, limit: int(21), withCount: true };
const noEventFilter = { kinds: null, countryId: null, organizerId: null, funderId: null, fromStart: null, toEnd: null, afterDate: null, afterId: null, limit: int(21), withCount: true };
/** The lookahead of the bench's programs list and events list, for the pages that read it in their statement. */
const noLookahead = {
  withNode: false, outgoing: [], incoming: [], evidence: false, funders: false, country: false, countryOutgoing: [], countryIncoming: [],
  parentOutgoing: [], parentIncoming: [], bareOutgoing: [], bareIncoming: [], lookaheadFirst: int(20),
};
const programsAhead = { ...noLookahead, incoming: ['FUNDED', 'IMPLEMENTED', 'PARTNERED_WITH', 'PART_OF'], bareIncoming: ['FUNDED', 'IMPLEMENTED', 'PARTNERED_WITH', 'PART_OF'] };
const eventsAhead = { ...noLookahead, incoming: ['ORGANIZED'], outgoing: ['HELD_IN'], countryOutgoing: ['HELD_IN'], parentIncoming: ['ORGANIZED'], funders: true, evidence: true };
const noTimelineFilter = { kinds: null, countryId: null, funderId: null, fromStart: null, toEnd: null, perBucket: int(20), afterPeriod: null, firstPeriods: int(120), eventProperties: null };

/**
 * Filtered pages and analyses (issue 12): each starts from an index (an id seek, the Actor.kind or Event.kind
 * index, the event_date index in order, or the count store), never from a label scan that tests every node.
 */
const FILTERED: [string, CypherName, Record<string, unknown>][] = [
  ['actors in a country', 'actors/actors-page', { ...page, kinds: null, countryId: 'place:ye' }],
  ['actors of a kind in a country', 'actors/actors-page', { ...page, kinds: ['NGO'], countryId: 'place:ye' }],
  ['actors of a kind', 'actors/actors-page', { ...page, kinds: ['NGO'], countryId: null }],
  ['every actor, a page in id order', 'actors/actors-page', { ...page, kinds: null, countryId: null }],
  ['events in a country', 'events/events-page', { ...noEventFilter, countryId: 'place:ye' }],
  ['events in a country in a year', 'events/events-page', { ...noEventFilter, countryId: 'place:ma', fromStart: '2014-01-01', toEnd: '2014-12-31' }],
  ['events of an organiser', 'events/events-page', { ...noEventFilter, organizerId: 'org:musaala' }],
  ['events a funder reached', 'events/events-page', { ...noEventFilter, funderId: 'org:saferworld' }],
  ['events of a kind', 'events/events-page', { ...noEventFilter, kinds: ['OPEN_MEETING'] }],
  ['every event, a page in date order', 'events/events-page', noEventFilter],
  ['a second page of every event', 'events/events-page', { ...noEventFilter, afterDate: '2009-06-18', afterId: 'event:2009-06-18-jenin-open-meeting' }],
  ['programs, a page in id order', 'programs/programs-page', { ...page }],
  ['programs, a second page', 'programs/programs-page', { after: 'program:saned-community-peace', limit: int(21) }],
  ['funders, largest first', 'funding/funders-page', { afterCount: null, afterId: null, limit: int(21) }],
  ['funders, a second page', 'funding/funders-page', { afterCount: int(2), afterId: 'org:saferworld', limit: int(21) }],
  ['countries with events', 'places/places-page', { kinds: ['COUNTRY'], withinId: null, withEvents: true, after: null, limit: int(101) }],
  ['the governorates of a country', 'places/places-page', { kinds: ['GOVERNORATE'], withinId: 'place:ye', withEvents: false, after: null, limit: int(51) }],
  ['the places beneath a country', 'places/places-page', { kinds: null, withinId: 'place:ye', withEvents: false, after: null, limit: int(51) }],
  ['every place, a page in id order', 'places/places-page', { kinds: null, withinId: null, withEvents: false, after: null, limit: int(51) }],
  ['the governorates of a country with their parents and countries', 'places/places-page-with-lookahead', {
    ...noLookahead, outgoing: ['LOCATED_IN'], country: true, kinds: ['GOVERNORATE'], withinId: 'place:ye', withEvents: true, after: null, limit: int(51),
  }],
  ['a timeline of a country', 'analysis/timeline', { ...noTimelineFilter, countryId: 'place:ma' }],
  ['a timeline of a funder', 'analysis/timeline', { ...noTimelineFilter, funderId: 'org:saferworld' }],
  ['a timeline of a kind', 'analysis/timeline', { ...noTimelineFilter, kinds: ['CONSULTATIVE_MEETING'] }],
  ['the whole graph\'s timeline', 'analysis/timeline', noTimelineFilter],
  ['the whole graph\'s timeline in a date range', 'analysis/timeline', { ...noTimelineFilter, fromStart: '2014-08-15', toEnd: '2022-11-20' }],
  ['who works where in a country', 'analysis/who-works-where', { countryId: 'place:ye', limit: int(2001) }],
  ['the flows of a country', 'funding/funding-flows', {
    funderId: 'org:saferworld', eventKinds: null, countryId: 'place:ye', fromStart: null, toEnd: null, directOnly: false,
    afterFunder: null, afterDate: null, afterEvent: null, limit: int(51), withCount: true, ...flowNodes,
  }],
  ['the reach of a funder', 'funding/funder-reach', { funderId: 'org:eu' }],
  ['a page of the programs a funder reached', 'funding/funder-reach-page', { funderId: 'org:embassy-of-japan-jordan', requests: [{ list: 'PROGRAMS', after: null, limit: int(101) }], maxLimit: int(101) }],
  ['a page of the events a funder reached', 'funding/funder-reach-page', { funderId: 'org:eu', requests: [{ list: 'EVENTS', after: null, limit: int(101) }], maxLimit: int(101) }],
  ['the pages of every list a funder reached', 'funding/funder-reach-page', {
    funderId: 'org:saferworld',
    requests: ['PROGRAMS', 'EVENTS', 'ORGANIZATIONS', 'PLACES'].map((list) => ({ list, after: list === 'ORGANIZATIONS' ? 'org:a' : null, limit: int(1001) })),
    maxLimit: int(1001),
  }],
  ['a timeline of a country, its second page of periods', 'analysis/timeline', { ...noTimelineFilter, countryId: 'place:ma', afterPeriod: '2014', firstPeriods: int(1) }],
  ['the partners of an actor', 'analysis/partners', { actorId: 'org:musaala', limit: int(6), sharedLimit: null }],
  ['the partners of an actor, three shared activities each', 'analysis/partners', { actorId: 'org:musaala', limit: int(6), sharedLimit: int(3) }],
  // Pages with their nodes' lookahead in the same statement (src/neo4j/composed-statements.ts).
  ['programs with their funders, implementers, partners and events', 'programs/programs-page-with-lookahead', { ...page, ...programsAhead }],
  ['a second page of programs with their links', 'programs/programs-page-with-lookahead', { ...programsAhead, after: 'program:saned-community-peace', limit: int(21) }],
  ['every event with its organisers and funders', 'events/events-page-with-lookahead', { ...noEventFilter, ...eventsAhead }],
  ['events in a country with their links', 'events/events-page-with-lookahead', { ...noEventFilter, ...eventsAhead, countryId: 'place:ye' }],
  ['events of a kind with their links', 'events/events-page-with-lookahead', { ...noEventFilter, ...eventsAhead, kinds: ['OPEN_MEETING'], withCount: false }],
  ['events of an organiser with their links', 'events/events-page-with-lookahead', { ...noEventFilter, ...eventsAhead, organizerId: 'org:musaala' }],
  ['events in a date range with their links', 'events/events-page-with-lookahead', { ...noEventFilter, ...eventsAhead, fromStart: '2010-01-01', toEnd: '2016-06-30' }],
];

const LABEL_SCANS = /AllNodesScan|NodeByLabelScan|IntersectionNodeByLabelsScan|UnionNodeByLabelsScan/;
const FROM_AN_INDEX = /NodeUniqueIndexSeek|NodeIndexSeek|NodeCountFromCountStore/;

describe('query plans of filtered pages and analyses', () => {
  it.each(FILTERED)('%s (%s) starts from an index, and no label scan does any work', async (_what, name, params) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const result = await session.run(`PROFILE ${db.cypher.get(name)}`, db.cypher.paramsOf(name, params));
      const ops = operators(result.summary.profile as unknown as PlanNode);
      expect(ops.some((o) => FROM_AN_INDEX.test(o.op))).toBe(true);
      // The other filters' branches hold scans behind UNWIND guards: switched off, they read nothing.
      expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/**
 * A country's events (issue 12): its page and its count, and its timeline, read the events' derived countryId
 * from the event_country_date and event_country indexes, and never walk the country's place chain down to
 * every one of its events (the walk grew with the country: 746,183 db hits at a million nodes).
 */
const BY_COUNTRY: [string, CypherName, Record<string, unknown>][] = [
  ['events in a country', 'events/events-page', { ...noEventFilter, countryId: 'place:ye' }],
  ['events in a country in a year', 'events/events-page', { ...noEventFilter, countryId: 'place:ma', fromStart: '2014-01-01', toEnd: '2014-12-31' }],
  ['a later page of a country\'s events', 'events/events-page', { ...noEventFilter, countryId: 'place:ye', afterDate: '2014-01-01', afterId: 'event:' }],
  ['events of a kind in a country', 'events/events-page', { ...noEventFilter, countryId: 'place:ye', kinds: ['CONSULTATIVE_MEETING'] }],
  ['a timeline of a country', 'analysis/timeline', { ...noTimelineFilter, countryId: 'place:ma' }],
];

interface DetailedPlanNode { operatorType: string; rows?: number; arguments?: { Details?: string }; children: DetailedPlanNode[] }
const detailedOperators = (plan: DetailedPlanNode, acc: { op: string; rows: number; details: string }[] = []) => {
  acc.push({ op: plan.operatorType.replace(/@.*/, ''), rows: Number(plan.rows ?? 0), details: String(plan.arguments?.Details ?? '') });
  for (const child of plan.children) detailedOperators(child, acc);
  return acc;
};

/** The operators of a statement's PROFILE with its parameters, in a session of its own. */
async function profiledOperators(name: CypherName, params: Record<string, unknown>): Promise<ReturnType<typeof detailedOperators>> {
  const session = db.driver.session({ database: TEST_DATABASE });
  try {
    const result = await session.run(`PROFILE ${db.cypher.get(name)}`, db.cypher.paramsOf(name, params));
    return detailedOperators(result.summary.profile as unknown as DetailedPlanNode);
  } finally {
    await session.close();
  }
}

describe('query plans of a list of places', () => {
  it('reads the places of a kind from the place_kind index, not every place, and tests a country\'s events by one seek', async () => {
    const ops = await profiledOperators('places/places-page', { kinds: ['COUNTRY'], withinId: null, withEvents: true, after: null, limit: int(101) });
    expect(ops.find((o) => o.op === 'NodeIndexSeek' && o.details.includes('p:Place(kind, id)'))!.rows).toBeGreaterThan(0);
    expect(ops.some((o) => o.op === 'NodeIndexSeek' && o.details.includes('e:Event(countryId, id)') && o.rows > 0)).toBe(true);
    // The run of every place id is behind its guard, and no walk goes down from a country to its events.
    expect(ops.filter((o) => o.op === 'NodeUniqueIndexSeekByRange' && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => o.op.includes('Expand') && o.rows > 0)).toEqual([]);
  });

  it('tests the ancestors of each place of a kind, not everything located beneath the place', async () => {
    const ops = await profiledOperators('places/places-page', { kinds: ['GOVERNORATE'], withinId: 'place:ye', withEvents: false, after: null, limit: int(51) });
    // The walk down from the country (through places only: a pruning expand) is behind its guard.
    expect(ops.some((o) => o.op.startsWith('VarLengthExpand(Pruning'))).toBe(true);
    expect(ops.filter((o) => o.op.startsWith('VarLengthExpand(Pruning') && o.rows > 0)).toEqual([]);
    expect(ops.find((o) => o.op === 'NodeIndexSeek' && o.details.includes('p:Place(kind, id)'))!.rows).toBeGreaterThan(0);
  });
});

describe('query plans of the list of funders', () => {
  it.each([
    ['the first page', { afterCount: null, afterId: null, limit: int(3) }],
    ['a later page', { afterCount: int(1), afterId: 'zzz', limit: int(3) }],
  ])('%s reads the funder_total_rank index in its order, stops at the page, and counts from the count store', async (_what, params) => {
    const ops = await profiledOperators('funding/funders-page', params);
    const seek = ops.find((o) => o.op === 'NodeIndexSeek' && o.details.includes('t:FunderTotal(eventCount, funderId)'));
    expect(seek).toBeDefined();
    // The seek's order is the page's: nothing sorts, and no more entries are read than the page takes.
    expect(ops.filter((o) => /Sort|Top/.test(o.op))).toEqual([]);
    expect(seek!.rows).toBeLessThanOrEqual(3);
    expect(ops.some((o) => o.op === 'NodeCountFromCountStore')).toBe(true);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op))).toEqual([]);
  });
});

describe('query plans of a country\'s events', () => {
  it.each(BY_COUNTRY)('%s (%s) seeks the events\' country index and walks no place chain', async (_what, name, params) => {
    const ops = await profiledOperators(name, params);
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^RANGE INDEX e:Event\(countryId, /)]),
    );
    expect(ops.filter((o) => o.op.startsWith('VarLengthExpand') && o.details.includes('LOCATED_IN') && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * A governorate's events (any first-level division): its page and its count read the events' derived regionId
 * from the event_region_date, event_region_precision and event_region indexes, and a funder's events there its
 * FunderEvent entries' regionId, never walking the governorate's place chain down to its events (Lahj at 100k
 * nodes: 3,581 events beneath it, each reached through its places).
 */
const BY_REGION: [string, CypherName, Record<string, unknown>, RegExp][] = [
  ['events in a governorate', 'events/events-page', { ...noEventFilter, countryId: 'place:ye-lahj' }, /^RANGE INDEX e:Event\(regionId, /],
  ['a governorate\'s undated events', 'events/events-page', { ...noEventFilter, countryId: 'place:ye-lahj', afterDate: '9999-12-31', afterId: 'event:' }, /^RANGE INDEX e:Event\(regionId, datePrecision, id\)/],
  ['an organiser\'s events of a kind in a governorate', 'events/events-page', { ...noEventFilter, countryId: 'place:ye-lahj', kinds: ['DISCUSSION_SESSION'], organizerId: 'org:ruwad-foundation' }, /^RANGE INDEX e:Event\(regionId, id\)/],
  ['a governorate\'s totalCount', 'events/events-page', { ...noEventFilter, countryId: 'place:ye-lahj', limit: int(1) }, /^UNIQUE tally:EventCount\(countryId, period, kind\)/],
  ['a funder\'s events in a governorate', 'events/events-page', { ...noEventFilter, countryId: 'place:ye-lahj', funderId: 'org:eu' }, /^RANGE INDEX entry:FunderEvent\(funderId, regionId, sortDate, eventId\)/],
  // A governorate's timeline reads its counts and lists its events from event_region_precision (Lahj's seed event
  // is undated); with a funder it reads its events from event_region.
  ['a timeline of a governorate', 'analysis/timeline', { ...noTimelineFilter, countryId: 'place:ye-lahj' }, /^RANGE INDEX e:Event\(regionId, datePrecision, id\)/],
  ['a timeline of a funder in a governorate', 'analysis/timeline', { ...noTimelineFilter, countryId: 'place:ye-lahj', funderId: 'org:eu' }, /^RANGE INDEX e:Event\(regionId, id\)/],
];

describe('query plans of a governorate\'s events', () => {
  it.each(BY_REGION)('%s seeks the events\' region index or counts and walks no place chain', async (_what, name, params, index) => {
    const ops = await profiledOperators(name, params);
    expect(ops.filter((o) => /^Node(Unique)?IndexSeek$/.test(o.op) && o.rows > 0).map((o) => o.details)).toEqual(expect.arrayContaining([expect.stringMatching(index)]));
    expect(ops.filter((o) => /HELD_IN|LOCATED_IN/.test(o.details) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * A page of events in a date range read in date order from an index starts its seek at the first day of the
 * range's first year, not at the first event ever: an event's dates are the bounds of one partial date, so an
 * event that ends in the range starts in its first year or later (Morocco's events of 2014 at a million nodes:
 * 46,380 db hits, now 376).
 */
describe('query plans of a page of events in a date range', () => {
  it.each([
    // Palestine's seed events: one of 2008, one of 2009.
    ['a country\'s events in a year', { ...noEventFilter, countryId: 'place:ps', fromStart: '2009-01-01', toEnd: '2009-12-31', limit: int(1), withCount: false }, /^RANGE INDEX e:Event\(countryId, dateStart, id\)/],
    ['every event from a year on', { ...noEventFilter, fromStart: '2009-01-01', limit: int(1), withCount: false }, /^RANGE INDEX e:Event\(dateStart, id\)/],
  ])('%s reads no event that starts before the range\'s first year', async (_what, params, index) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const result = await session.run(`PROFILE ${db.cypher.get('events/events-page')}`, db.cypher.paramsOf('events/events-page', params));
      const ops = detailedOperators(result.summary.profile as unknown as DetailedPlanNode);
      const seeks = ops.filter((o) => o.op === 'NodeIndexSeek' && index.test(o.details));
      expect(seeks.length).toBeGreaterThan(0);
      // There are earlier events to skip: a seek from the first event ever would read them.
      const before = await session.run(
        `MATCH (e:Event) WHERE e.dateStart < '2009-01-01' AND ($countryId IS NULL OR e.countryId = $countryId) RETURN count(e) AS n`,
        { countryId: params.countryId },
      );
      const earlier = Number(before.records[0]!.get('n'));
      expect(earlier).toBeGreaterThan(0);
      // The seek reads its page and stops: none of the earlier events.
      for (const seek of seeks) expect(seek.rows).toBeLessThanOrEqual(Number(params.limit));
    } finally {
      await session.close();
    }
  });
});

/**
 * A country's counts (issue 12) are sums of its EventCounts (events/count-keys), kept by every write: its
 * events' totalCount and its timeline's counts read no event of the country (Yemen's totalCount at a million
 * nodes read 99,466 index entries, one per event).
 */
describe('query plans of a country\'s counts of events', () => {
  it.each([
    ['a country\'s totalCount', 'events/events-page', { ...noEventFilter, countryId: 'place:ye', limit: int(1) }],
    ['a country\'s totalCount in a range of whole months', 'events/events-page', { ...noEventFilter, countryId: 'place:ye', fromStart: '2000-01-01', toEnd: '2030-12-31', limit: int(1) }],
    ['a country\'s totalCount of some kinds', 'events/events-page', { ...noEventFilter, countryId: 'place:ye', kinds: ['CONSULTATIVE_MEETING', 'WORKSHOP'], limit: int(1) }],
    ['a country\'s timeline', 'analysis/timeline', { ...noTimelineFilter, countryId: 'place:ye', firstPeriods: int(1), perBucket: int(1) }],
  ] as [string, CypherName, Record<string, unknown>][])('%s reads its counts, not each of its events', async (_what, name, params) => {
    const ops = await profiledOperators(name, params);
    expect(ops.filter((o) => o.op === 'NodeUniqueIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^UNIQUE tally:EventCount\(countryId, period, kind\)/)]),
    );
    // Yemen's seed events, one index entry each, are what the count read before.
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && /e:Event\(countryId, id\)/.test(o.details) && o.rows > 0)).toEqual([]);
    // Only the page's events are read: at most one (a page of one, or one period's first event, and the undated bucket's first).
    const eventSeeks = ops.filter((o) => o.op === 'NodeIndexSeek' && /e:Event\(countryId, /.test(o.details));
    expect(eventSeeks.reduce((sum, o) => sum + o.rows, 0)).toBeLessThanOrEqual(4);
  });
});

describe('query plans of the whole graph\'s timeline', () => {
  it('reads the counts of every place together and lists each page\'s events from the event_date index, never every event', async () => {
    const ops = await profiledOperators('analysis/timeline', { ...noTimelineFilter, firstPeriods: int(1), perBucket: int(1) });
    expect(ops.filter((o) => o.op === 'NodeUniqueIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^UNIQUE tally:EventCount\(countryId, period, kind\)/)]),
    );
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
    // One period of one event, and the undated bucket's first: not the seed graph's events, one entry each.
    const eventSeeks = ops.filter((o) => o.op === 'NodeIndexSeek' && /e:Event\((dateStart|datePrecision), id\)/.test(o.details));
    expect(eventSeeks.length).toBeGreaterThan(0);
    expect(eventSeeks.reduce((sum, o) => sum + o.rows, 0)).toBeLessThanOrEqual(4);
  });
});

describe('query plans of a country\'s totalCount without dates', () => {
  // A country of the test's own, whose three workshops fall in three months: three counts by month, one of all periods.
  const country = uniqueId('PLACE', 'counted-land');
  const workshops = ['2021-03-04', '2021-07-08', '2022-01-02'].map((date) => ({ id: uniqueId('EVENT', 'counted-workshop'), date }));
  withOwnGraph({
    nodes: [
      { type: 'PLACE', id: country, properties: { kind: 'COUNTRY', name: country, nameEn: country, aliases: [], basis: 'article' } },
      ...workshops.map(({ id, date }) => ({
        type: 'EVENT' as const, id,
        properties: { kind: 'WORKSHOP', title: id, titleEn: id, date, datePrecision: 'DAY', dateStart: date, dateEnd: date },
      })),
    ],
    relationships: workshops.map(({ id }) => ({ type: 'HELD_IN' as const, from: id, to: country, properties: { basis: 'article' } })),
  });

  it('reads one count per kind of the country\'s events (period \'*\'), not one per month and kind', async () => {
    const ops = await profiledOperators('events/events-page', { ...noEventFilter, countryId: country, limit: int(1) });
    const countsRead = ops.filter((o) => o.op === 'NodeUniqueIndexSeek' && /tally:EventCount/.test(o.details)).reduce((sum, o) => sum + o.rows, 0);
    expect(countsRead).toBe(1);
    // A range of dates still reads the months' counts: the two whole years hold all three.
    const ranged = await profiledOperators('events/events-page', { ...noEventFilter, countryId: country, fromStart: '2021-01-01', toEnd: '2022-12-31', limit: int(1) });
    expect(ranged.filter((o) => o.op === 'NodeUniqueIndexSeek' && /tally:EventCount/.test(o.details)).reduce((sum, o) => sum + o.rows, 0)).toBe(3);
  });
});

describe('query plans of a page of events of some kinds', () => {
  it('reads each kind\'s page in date order from the (kind, dateStart, id) index and counts nothing when totalCount is not asked', async () => {
    const ops = await profiledOperators('events/events-page', { ...noEventFilter, kinds: ['OPEN_MEETING', 'COMMUNICATION_MEETING'], withCount: false });
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^RANGE INDEX e:Event\(kind, dateStart, id\)/)]),
    );
    // The count's seek of the kind index is switched off: no kind index entry is read for it.
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0 && /^RANGE INDEX e:Event\(kind\) /.test(o.details))).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

const LAST_PAGES: [string, Record<string, unknown>, RegExp][] = [
  ['every event', { ...noEventFilter, afterDate: '9999-12-31', afterId: 'event:' }, /^RANGE INDEX e:Event\(datePrecision, id\)/],
  ['a country\'s events', { ...noEventFilter, countryId: 'place:ye', afterDate: '9999-12-31', afterId: 'event:' }, /^RANGE INDEX e:Event\(countryId, datePrecision, id\)/],
];

describe('query plans of the last pages of every event', () => {
  it.each(LAST_PAGES)('reads the undated events of %s past the dated ones from an index of undated events, not the event range of the id index', async (_what, params, index) => {
    const ops = await profiledOperators('events/events-page', params);
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(expect.arrayContaining([expect.stringMatching(index)]));
    expect(ops.filter((o) => o.op.startsWith('NodeUniqueIndexSeekByRange') && o.rows > 0)).toEqual([]);
    // The page is read in the index's order and stops at the limit: nothing sorts the undated events.
    expect(ops.filter((o) => o.op === 'Top' && o.rows > 0)).toEqual([]);
  });
});

/**
 * A country's actors (issue 12): the page reads the derived ActorCountry entries in id order from the
 * actor_country indexes and stops at the page, and the count sums the country's ActorCountryCount per kind
 * (kept on write) instead of counting its entries (Yemen's NGOs at a million nodes: 35,601 db hits, now 164);
 * neither walks the country's places nor enumerates its events (the walk grew with the country: 2,070,898 db
 * hits at a million nodes).
 */
const ACTORS_BY_COUNTRY: [string, Record<string, unknown>, RegExp][] = [
  ['a country\'s actors', { ...page, kinds: null, countryId: 'place:ye' }, /^RANGE INDEX entry:ActorCountry\(countryId, actorId\)/],
  ['a country\'s NGOs', { ...page, kinds: ['NGO'], countryId: 'place:ye' }, /^RANGE INDEX entry:ActorCountry\(countryId, kind, actorId\)/],
  ['the first of a country\'s actors, with their count', { ...page, kinds: null, countryId: 'place:ye', limit: int(2) }, /^RANGE INDEX entry:ActorCountry\(countryId, actorId\)/],
  ['a later page of a country\'s NGOs and people, without a count', { ...page, kinds: ['NGO', 'PERSON'], countryId: 'place:ye', after: 'org:m', withCount: false }, /^RANGE INDEX entry:ActorCountry\(countryId, kind, actorId\)/],
  // A governorate's are its entries too (the entry's countryId a governorate's id).
  ['a governorate\'s actors', { ...page, kinds: null, countryId: 'place:ye-lahj' }, /^RANGE INDEX entry:ActorCountry\(countryId, actorId\)/],
  ['a governorate\'s NGOs', { ...page, kinds: ['NGO'], countryId: 'place:ye-lahj' }, /^RANGE INDEX entry:ActorCountry\(countryId, kind, actorId\)/],
];

describe('query plans of a country\'s or a governorate\'s actors', () => {
  it.each(ACTORS_BY_COUNTRY)('%s reads the actor_country index in order and walks no place chain', async (_what, params, index) => {
    const ops = await profiledOperators('actors/actors-page', params);
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(expect.arrayContaining([expect.stringMatching(index)]));
    expect(ops.filter((o) => o.op.startsWith('VarLengthExpand') && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => /Expand/.test(o.op) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => /Event\(countryId/.test(o.details) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
    // Read in the index's order: nothing sorts the country's entries.
    expect(ops.filter((o) => (o.op === 'Top' || o.op === 'Sort') && o.rows > Number(params.limit))).toEqual([]);
    // No entry is read beyond the page: the count reads the counts, one per kind.
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && /ActorCountry\(/.test(o.details) && o.rows > Number(params.limit))).toEqual([]);
    if (params.withCount !== false) {
      expect(ops.filter((o) => /IndexSeek/.test(o.op) && o.rows > 0).map((o) => o.details))
        .toEqual(expect.arrayContaining([expect.stringMatching(/^UNIQUE tally:ActorCountryCount\(countryId, kind\)/)]));
    }
  });
});

/**
 * A funder's flows (issue 12): the page reads the funder's derived FunderEvent entries in the answer's order from
 * the funder_event index and stops at the page; only the page's events are walked up to build their routes.
 * Nothing walks down the funder's FUNDED edges and PART_OF chains or sorts its whole portfolio.
 */
const noFlowFilter = {
  eventKinds: null, countryId: null, fromStart: null, toEnd: null, directOnly: false, afterFunder: null, afterDate: null, afterEvent: null, limit: int(21), withCount: true,
  ...flowNodes,
};
const FLOWS_OF_A_FUNDER: [string, Record<string, unknown>][] = [
  ['a funder\'s first page of flows', { ...noFlowFilter, funderId: 'org:saferworld' }],
  ['a funder\'s flows of a kind in a date range, without a count', { ...noFlowFilter, funderId: 'org:saferworld', eventKinds: ['WORKSHOP', 'TRAINING'], fromStart: '2010-01-01', toEnd: '2020-12-31', withCount: false }],
  ['a later page of a funder\'s direct flows', { ...noFlowFilter, funderId: 'org:saferworld', directOnly: true, afterFunder: 'org:saferworld', afterDate: '2012-01-01', afterEvent: 'event:' }],
];

describe('query plans of a funder\'s flows', () => {
  it.each(FLOWS_OF_A_FUNDER)('%s reads the funder_event index in order and walks down no FUNDED edge', async (_what, params) => {
    const ops = await profiledOperators('funding/funding-flows', params);
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^RANGE INDEX entry:FunderEvent\(funderId, sortDate, eventId\)/)]),
    );
    // The routes of the page's events are found walking up from each event into the funder (Expand(Into)), never
    // out of the funder along its FUNDED edges.
    expect(ops.filter((o) => o.op === 'Expand(All)' && /FUNDED/.test(o.details) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => o.op.startsWith('VarLengthExpand') && o.rows > 3 * Number(params.limit))).toEqual([]);
    expect(ops.filter((o) => (o.op === 'Top' || o.op === 'Sort') && o.rows > Number(params.limit))).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * The count of a funder's flows, or of its events in the events list, with no other filter is the eventCount its
 * FunderTotal keeps (one seek): counting the funder's entries read one index entry per flow (32,097 db hits for
 * org:eu's first page at a million nodes).
 */
const UNFILTERED_COUNTS_OF_A_FUNDER: [string, CypherName, Record<string, unknown>][] = [
  ['a funder\'s first page of flows', 'funding/funding-flows', { ...noFlowFilter, funderId: 'org:saferworld' }],
  ['the first page of the events a funder reached', 'events/events-page', { ...noEventFilter, funderId: 'org:saferworld' }],
];

describe('query plans of a funder\'s unfiltered counts', () => {
  it.each(UNFILTERED_COUNTS_OF_A_FUNDER)('%s reads its count from the funder\'s kept total, and the funder_event index for the page only', async (_what, name, params) => {
    const ops = await profiledOperators(name, params);
    const used = ops.filter((o) => /Seek/.test(o.op) && o.rows > 0).map((o) => o.details);
    expect(used.filter((details) => /FunderTotal\(funderId\)/.test(details))).toHaveLength(1);
    expect(used.filter((details) => /FunderEvent\(funderId, sortDate, eventId\)/.test(details))).toHaveLength(1);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * A funder's flows in a COUNTRY: the page and the count read the entries of the funder in that country (the
 * event's stored countryId, copied onto each entry) in order from the funder_event_country index; no event's
 * place chain is walked up to the country (the walk cost 96,306 db hits for org:eu in place:ye at 100k nodes).
 */
const FLOWS_IN_A_COUNTRY: [string, Record<string, unknown>][] = [
  ['a funder\'s first page of flows in a country', { ...noFlowFilter, funderId: 'org:saferworld', countryId: 'place:ye' }],
  ['a later page of a funder\'s flows of a kind in a country, without a count', {
    ...noFlowFilter, funderId: 'org:saferworld', countryId: 'place:ye', eventKinds: ['WORKSHOP', 'TRAINING'], withCount: false,
    afterFunder: 'org:saferworld', afterDate: '2012-01-01', afterEvent: 'event:',
  }],
];

/** A funder's flows in a GOVERNORATE read the funder_event_region index (the event's stored regionId) the same way. */
const FLOWS_IN_A_REGION: [string, Record<string, unknown>][] = [
  ['a funder\'s first page of flows in a governorate', { ...noFlowFilter, funderId: 'org:eu', countryId: 'place:ye-lahj' }],
  ['a later page of a funder\'s direct flows in a governorate, without a count', {
    ...noFlowFilter, funderId: 'org:eu', countryId: 'place:ye-lahj', directOnly: true, withCount: false,
    afterFunder: 'org:eu', afterDate: '2009-01-01', afterEvent: 'event:',
  }],
];

describe.each([
  ['country', 'funder_event_country', 'countryId', FLOWS_IN_A_COUNTRY],
  ['governorate', 'funder_event_region', 'regionId', FLOWS_IN_A_REGION],
])('query plans of a funder\'s flows in a %s', (_area, index, key, cases) => {
  it.each(cases)(`%s reads the ${index} index in order and walks no place chain`, async (_what, params) => {
    const ops = await profiledOperators('funding/funding-flows', params);
    const seeks = ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details);
    expect(seeks).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^RANGE INDEX entry:FunderEvent\\(funderId, ${key}, sortDate, eventId\\)`))]));
    expect(seeks.filter((details) => /FunderEvent\(funderId, sortDate, eventId\)/.test(details))).toEqual([]);
    expect(ops.filter((o) => /HELD_IN|LOCATED_IN/.test(o.details) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => (o.op === 'Top' || o.op === 'Sort') && o.rows > Number(params.limit))).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * The refresh of derived entries, run by every write and by the start-up migrations, finds the entries of the
 * actors or events it refreshes through the entry constraint's index (actorId/eventId first), never by scanning
 * every entry of the other index: the scan made the actor migration take 68 million db hits per 500 actors at a
 * million nodes. Nor does it delete a stale entry: it retires it (or rewrites it in place), and the write deletes
 * every retired entry at once after its last refresh (derived/delete-retired), since Neo4j makes each index seek
 * after a delete copy the transaction's deleted nodes; deleting as it went, moving a governorate at a million
 * nodes ran for over ten minutes. Run in a transaction that is rolled back, so nothing the test database holds changes.
 */
const REFRESHES: [CypherName, Record<string, unknown>, RegExp][] = [
  ['actors/refresh-countries', { actorIds: ['org:musaala', 'org:saferworld', 'person:alaa-al-saadi'], chainIds: [], eventIds: [] }, /^(UNIQUE|RANGE INDEX) entry:ActorCountry\(actorId, countryId\)/],
  ['funding/refresh-funder-events', { eventIds: ['event:2009-06-18-jenin-open-meeting'], anchorIds: ['program:saned-community-peace'], chainIds: [] }, /^(UNIQUE|RANGE INDEX) entry:FunderEvent\(eventId, funderId\)/],
  ['funding/refresh-funder-event-areas', { chainIds: ['place:ye'] }, /^(UNIQUE|RANGE INDEX) entry:FunderEvent\(eventId, funderId\)/],
  ['analysis/refresh-partner-pairs', { actorIds: ['org:musaala', 'org:saferworld', 'person:alaa-al-saadi'] }, /^(UNIQUE|RANGE INDEX) entry:PartnerPair\(actorId, partnerId\)/],
  ['funding/refresh-funder-totals', { funderIds: ['org:embassy-of-japan-jordan', 'org:saferworld'], countryFunderIds: [] }, /^(UNIQUE|RANGE INDEX) total:FunderTotal\(funderId\)/],
  ['funding/refresh-funder-totals', { funderIds: [], countryFunderIds: ['org:embassy-of-japan-jordan', 'org:saferworld'] }, /^RANGE INDEX entry:FunderEvent\(funderId, countryId, sortDate, eventId\)/],
  ['analysis/refresh-partner-pairs-of-links', {
    links: [{ actorId: 'org:musaala', activityId: 'program:saned-community-peace' }, { actorId: 'org:sada', activityId: 'event:2009-06-18-jenin-open-meeting' }],
  }, /^(UNIQUE|RANGE INDEX) entry:PartnerPair\(actorId, partnerId\)/],
];

describe('query plans of the refresh of derived entries', () => {
  it.each(REFRESHES)('%s finds the entries it refreshes by their own key, scans no index, and deletes nothing', async (name, params, ownKey) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    const tx = session.beginTransaction();
    try {
      const result = await tx.run(`PROFILE ${db.cypher.get(name)}`, db.cypher.paramsOf(name, params));
      const ops = detailedOperators(result.summary.profile as unknown as DetailedPlanNode);
      expect(ops.filter((o) => /IndexSeek/.test(o.op) && o.rows > 0).map((o) => o.details)).toEqual(expect.arrayContaining([expect.stringMatching(ownKey)]));
      expect(ops.filter((o) => /IndexScan/.test(o.op) && o.rows > 0)).toEqual([]);
      expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
      expect(ops.filter((o) => /Delete/.test(o.op)).map((o) => o.op)).toEqual([]);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});

/**
 * An actor's partners (issue 12): the ranking is the actor's first entries of the partner_pair_rank index, read
 * in order and cut at the page, and each partner's shared activities are read by id from its entry's list, each
 * link found from the activity's side. Nothing walks out of the actor: counting a hub's two-hop neighbourhood
 * was 186,661 db hits for musaala's five partners at a million nodes, and listing the shared activities by
 * walking out of the actor another 164,000.
 */
describe('query plans of an actor\'s partners', () => {
  it.each([
    ['the ranking alone', { actorId: 'org:musaala', limit: int(3), sharedLimit: int(0) }],
    ['the ranking with every shared activity', { actorId: 'org:musaala', limit: int(3), sharedLimit: null }],
    ['the ranking with two shared activities each', { actorId: 'org:musaala', limit: int(3), sharedLimit: int(2) }],
    ['the ranking with two shared activities each and their links\' evidence', { actorId: 'org:musaala', limit: int(3), sharedLimit: int(2) }, 'analysis/partners-with-evidence'],
  ] as const)('%s reads the partner_pair_rank index in order, stops at the page, and walks out of no node', async (_what, params, name: CypherName = 'analysis/partners') => {
    const ops = await profiledOperators(name, params);
    const seeks = ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details);
    expect(seeks).toEqual([expect.stringMatching(/^RANGE INDEX pair:PartnerPair\(actorId, rank, partnerId\)/)]);
    expect(ops.filter((o) => o.op === 'Top' || (o.op === 'Sort' && /pair/.test(o.details)))).toEqual([]);
    // Links are only checked between two known ends (Expand(Into)); no relationship is walked to find a node.
    expect(ops.filter((o) => /Expand\(All\)|VarLengthExpand|OptionalExpand\(All\)/.test(o.op) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * What two actors share (interlocks): the events and programs both are linked to are their PartnerPair entry's
 * list, one seek; only the listed activities' links to the two are read, between known ends. Meeting both sides'
 * links on the activity read 90,666 db hits for two hubs at a million nodes.
 */
describe('query plan of the activities two actors share', () => {
  it('reads them from the pair\'s PartnerPair entry, and the listed ones\' links between known ends', async () => {
    const ops = await profiledOperators('analysis/interlocks', {
      actorId: 'org:musaala', otherId: 'org:sada', first: int(20), funderActivityProperties: false, tieEventProperties: false,
    });
    expect(ops.filter((o) => /Seek/.test(o.op) && /PartnerPair\(actorId, partnerId\)/.test(o.details) && o.rows > 0)).toHaveLength(1);
    // The links of the listed activities: Expand(Into) from the activity, never every link of a side.
    const allLinkTypes = /ORGANIZED\|PARTNERED_WITH\|PARTICIPATED_IN\|FUNDED\|IMPLEMENTED\]->\(x\)/;
    expect(ops.filter((o) => o.op === 'Expand(All)' && allLinkTypes.test(o.details))).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * The funders two actors share (interlocks): met on the two actors' ActorFunder entries, a seek of the first's and
 * one of the other's per funder; neither side's activities, nor any activity's funders, are walked. Walking them
 * read about 350,000 db hits for two hubs at a million nodes.
 */
describe('query plan of the funders two actors share', () => {
  it('meets them on the two actors\' ActorFunder entries, without walking either side\'s activities or their funders', async () => {
    const ops = await profiledOperators('analysis/interlocks', {
      actorId: 'org:musaala', otherId: 'org:sada', first: int(20), funderActivityProperties: false, tieEventProperties: false,
    });
    expect(ops.filter((o) => /Seek/.test(o.op) && /ActorFunder\(actorId, funderId\)/.test(o.details) && o.rows > 0).length).toBeGreaterThanOrEqual(2);
    // No FunderEvent entry, no FUNDED edge alone (a funder's), no PART_OF chain; a side's stored degree is read, not walked.
    expect(ops.filter((o) => /FunderEvent|:FUNDED\]|PART_OF/.test(o.details) && !/getDegree/.test(o.details))).toEqual([]);
    expect(ops.filter((o) => /Expand/.test(o.op) && /ORGANIZED\|IMPLEMENTED\|PARTNERED_WITH\]->/.test(o.details))).toEqual([]);
  });
});

/**
 * The people tied to both of two actors (interlocks): met on the two actors' ActorPerson entries the same way; only
 * the listed people's ties are read, between known ends. Walking both sides' events and every event's participants
 * read about 293,000 db hits for two hubs at a million nodes.
 */
describe('query plan of the people tied to two actors', () => {
  it('meets them on the two actors\' ActorPerson entries, and expands nothing but between known ends', async () => {
    const ops = await profiledOperators('analysis/interlocks', {
      actorId: 'org:musaala', otherId: 'org:sada', first: int(20), funderActivityProperties: false, tieEventProperties: false,
    });
    expect(ops.filter((o) => /Seek/.test(o.op) && /ActorPerson\(actorId, personId\)/.test(o.details) && o.rows > 0).length).toBeGreaterThanOrEqual(2);
    expect(ops.filter((o) => /Expand/.test(o.op) && o.op !== 'Expand(Into)')).toEqual([]);
  });
});

/**
 * A page of a funder's events (funderReach's eventsPage, issue 12): read in id order from the funder's
 * FunderEvent entries in the funder_event_id index, stopping at the page; the portfolio is never walked down
 * its PART_OF chains nor sorted (collecting the largest funder's events ran out of transaction memory at 1M).
 */
describe('query plans of a page of the events a funder reached', () => {
  it.each([
    ['a first page', { funderId: 'org:saferworld', requests: [{ list: 'EVENTS', after: null, limit: int(3) }], maxLimit: int(3) }],
    ['a later page', { funderId: 'org:saferworld', requests: [{ list: 'EVENTS', after: 'event:2', limit: int(3) }], maxLimit: int(3) }],
  ])('%s reads the funder_event_id index in order and stops at the page', async (_what, params) => {
    const ops = await profiledOperators('funding/funder-reach-page', params);
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^RANGE INDEX entry:FunderEvent\(funderId, eventId\)/)]),
    );
    expect(ops.filter((o) => (o.op === 'Top' || o.op === 'Sort') && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => /PART_OF/.test(o.details) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * A funder's events (`events(filter: {funderId})`, alone or in a country): read in the list's order from the
 * funder's FunderEvent entries (funder_event, or funder_event_country in a country) and stopped at the page;
 * nothing walks down the funder's FUNDED edges or tests the funding rule on a country's every event (387,076
 * and 3,061,233 db hits for org:eu at 1M).
 */
const EVENTS_OF_A_FUNDER: [string, Record<string, unknown>, RegExp][] = [
  ['a funder\'s events', { ...noEventFilter, funderId: 'org:saferworld' }, /^RANGE INDEX entry:FunderEvent\(funderId, sortDate, eventId\)/],
  ['a funder\'s events of a kind in a date range, a later page', {
    ...noEventFilter, funderId: 'org:saferworld', kinds: ['WORKSHOP', 'TRAINING'], fromStart: '2010-01-01', toEnd: '2020-12-31', afterDate: '2012-01-01', afterId: 'event:', withCount: false,
  }, /^RANGE INDEX entry:FunderEvent\(funderId, sortDate, eventId\)/],
  ['a funder\'s events in a country', { ...noEventFilter, funderId: 'org:saferworld', countryId: 'place:ye' }, /^RANGE INDEX entry:FunderEvent\(funderId, countryId, sortDate, eventId\)/],
];

describe('query plans of a funder\'s events', () => {
  it.each(EVENTS_OF_A_FUNDER)('%s reads the funder\'s entries in order and walks down no FUNDED edge', async (_what, params, index) => {
    const ops = await profiledOperators('events/events-page', params);
    expect(ops.filter((o) => o.op === 'NodeIndexSeek' && o.rows > 0).map((o) => o.details)).toEqual(expect.arrayContaining([expect.stringMatching(index)]));
    expect(ops.filter((o) => /FUNDED|PART_OF|HELD_IN|LOCATED_IN/.test(o.details) && o.rows > 0)).toEqual([]);
    expect(ops.filter((o) => (o.op === 'Top' || o.op === 'Sort') && o.rows > Number(params.limit))).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/**
 * Neo4j charges each row a Top or a Sort buffers with every value the row holds. A neighbourhood cuts each level
 * with a Top; when the level's expansions were a list in those rows, a hub's network was charged its nodes kept
 * times the relationships it read (2.7 GB for 500 nodes of a program at 1M, past the server's limit with 1,000).
 * Two programs here differ only in how many relationships the second level reads (10 and 60 events per implementer): the
 * memory Neo4j reports for the same 300 nodes must not follow the relationships read.
 */
describe('memory of a hub\'s neighbourhood', () => {
  const hubOf = (slug: string, eventsPerPartner: number) => {
    const hub = uniqueId('PROGRAM', `${slug}-hub`);
    const partners = Array.from({ length: 40 }, () => uniqueId('ORGANIZATION', `${slug}-implementer`));
    const events = partners.map((partner) => [partner, Array.from({ length: eventsPerPartner }, () => uniqueId('EVENT', `${slug}-event`))] as const);
    const org = (id: string) => ({ type: 'ORGANIZATION' as const, id, properties: { kind: 'NGO', name: id, searchKeys: [] } });
    return {
      hub,
      nodes: [{ type: 'PROGRAM' as const, id: hub, properties: { name: hub, searchKeys: [] } }, ...partners.map(org), ...events.flatMap(([, ids]) => ids.map((id) => ({
        type: 'EVENT' as const, id, properties: { kind: 'WORKSHOP', title: id, searchKeys: [], date: '2011-05-04', datePrecision: 'DAY', dateStart: '2011-05-04', dateEnd: '2011-05-04' },
      })))],
      relationships: [
        ...partners.map((partner) => ({ type: 'IMPLEMENTED' as const, from: partner, to: hub })),
        ...events.flatMap(([partner, ids]) => ids.map((id) => ({ type: 'ORGANIZED' as const, from: partner, to: id }))),
      ],
    };
  };
  const small = hubOf('memory-small', 10);
  const large = hubOf('memory-large', 60);
  withOwnGraph({ nodes: [...small.nodes, ...large.nodes], relationships: [...small.relationships, ...large.relationships] });

  const memoryOf = async (centerId: string) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const params = { centerId, depth: int(2), room: int(299), types: ALL, allTypes: true };
      const result = await session.run(`PROFILE ${db.cypher.get('network/neighbourhood')}`, db.cypher.paramsOf('network/neighbourhood', params));
      const [row] = result.records;
      return { nodes: (row?.get('nodes') as unknown[]).length, truncated: row?.get('truncated') as boolean, bytes: Number((result.summary.profile as unknown as { arguments: { GlobalMemory: unknown } }).arguments.GlobalMemory) };
    } finally {
      await session.close();
    }
  };

  it('is charged for the nodes it keeps, not for every relationship the level below them read', async () => {
    const [few, many] = [await memoryOf(small.hub), await memoryOf(large.hub)];
    expect([few.nodes, few.truncated, many.nodes, many.truncated]).toEqual([300, true, 300, true]);
    // 400 and 2,400 relationships read at the second level: six times as many, charged less than twice as much.
    expect(many.bytes / few.bytes).toBeLessThan(2);
  });
});

/**
 * The `…-with-evidence` statements read each distinct evidence id's record once. Neo4j keys a DISTINCT in a COLLECT
 * expression on every outer variable it reads as well, so each distinct id kept a copy of the whole list of ids:
 * Musa'ala's partners with every shared activity at a million nodes were charged 2.3 GB for 3,706 ids, and the
 * EU's 100 partners ran out of the server's transaction memory.
 */
describe('memory of the evidence read with an answer', () => {
  it.each(LOCAL.filter(([name]) => name.endsWith('-with-evidence')))('%s keys its distinct evidence ids on the id alone', async (name, params) => {
    const ops = await profiledOperators(name, params);
    const distinctIds = ops.filter((o) => /Distinct$/.test(o.op) && /\bevidenceId\b/.test(o.details));
    expect(distinctIds.length).toBeGreaterThan(0);
    expect(distinctIds.filter((o) => o.details.replace(/\s/g, '') !== 'evidenceId')).toEqual([]);
  });
});

/**
 * Every funder's flows (`fundingFlows` with no funder): read in the page's order from the funder_event index and
 * stopped at the page, counted from the label's count store when unfiltered; below a district, found by walking
 * down from it. Walking every FUNDED edge down its PART_OF chains and sorting every pair was 3,289,313 db hits and
 * 3.1 s for a first page at a million nodes.
 */
describe('query plans of every funder\'s flows', () => {
  const everyFunder = {
    funderId: null, eventKinds: null, countryId: null, fromStart: null, toEnd: null, directOnly: false,
    afterFunder: null, afterDate: null, afterEvent: null, limit: int(3), withCount: true, ...flowNodes,
  };
  const entriesRead = (ops: Awaited<ReturnType<typeof profiledOperators>>) =>
    ops.filter((o) => /^NodeIndexSeek/.test(o.op) && /FunderEvent\(funderId, sortDate, eventId\)/.test(o.details) && o.rows > 0);

  it('reads a page in the index\'s order, stops at it, and counts from the count store', async () => {
    const ops = await profiledOperators('funding/funding-flows', everyFunder);
    expect(entriesRead(ops).map((o) => o.rows)).toEqual([3]);
    expect(ops.some((o) => o.op === 'NodeCountFromCountStore')).toBe(true);
    expect(ops.filter((o) => (o.op === 'Top' || o.op === 'Sort') && o.rows > 3)).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });

  it('reads a later page from its cursor\'s funder on, not from the first entry', async () => {
    // The seed's first three flows: Civil Forum's, the Democratic Youth Foundation's, then the first of Japan's two.
    const third = (await flowPage({ ...everyFunder, funderProperties: null, eventProperties: null }))[2];
    expect(third.funderId).toBe('org:embassy-of-japan-jordan');
    const ops = await profiledOperators('funding/funding-flows', { ...everyFunder, afterFunder: third.funderId, afterDate: third.sortDate, afterEvent: third.eventId });
    // Japan's entry before the cursor, then the page: never the two funders before it.
    expect(entriesRead(ops).map((o) => o.rows)).toEqual([4]);
  });

  // Led by the place: the seek reads only the place's entries, in the answer's order once the place is fixed.
  const placeEntriesRead = (ops: Awaited<ReturnType<typeof profiledOperators>>, key: string) =>
    ops.filter((o) => /^NodeIndexSeek/.test(o.op) && new RegExp(`FunderEvent\\(${key}, funderId, sortDate, eventId\\)`).test(o.details) && o.rows > 0);

  it.each([
    ['country', 'place:ye', 'countryId'],
    ['governorate', 'place:ye-lahj', 'regionId'],
  ])('reads a %s\'s page and count from that place\'s own entries, not from every funder\'s', async (_area, countryId, key) => {
    const ops = await profiledOperators('funding/funding-flows', { ...everyFunder, countryId, limit: int(1) });
    const page = await flowPage({ ...everyFunder, countryId, funderProperties: null, eventProperties: null, limit: int(1000) });
    expect(page.length).toBeGreaterThan(1);
    // The count reads each of the place's entries once, the page as many as it lists.
    expect(placeEntriesRead(ops, key).map((o) => o.rows).sort((a, b) => a - b)).toEqual([1, page.length]);
    expect(entriesRead(ops)).toEqual([]);
    expect(ops.filter((o) => (o.op === 'Top' || o.op === 'Sort') && o.rows > 1)).toEqual([]);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });

  it('reads a later page of a country\'s flows from its cursor\'s funder on', async () => {
    const page = await flowPage({ ...everyFunder, countryId: 'place:ye', funderProperties: null, eventProperties: null, limit: int(1000) });
    const cursor = page[page.length - 2];
    const ops = await profiledOperators('funding/funding-flows', {
      ...everyFunder, countryId: 'place:ye', withCount: false, afterFunder: cursor.funderId, afterDate: cursor.sortDate, afterEvent: cursor.eventId,
    });
    // From the cursor funder's first entry to the end (one flow follows the cursor): never the funders before it.
    const firstOfCursorFunder = page.findIndex((flow) => flow.funderId === cursor.funderId);
    expect(firstOfCursorFunder).toBeGreaterThan(0);
    expect(placeEntriesRead(ops, 'countryId').map((o) => o.rows)).toEqual([page.length - firstOfCursorFunder]);
  });

  it('finds one funder\'s flows in a district from the district\'s own events too', async () => {
    const ops = await profiledOperators('funding/funding-flows', { ...everyFunder, funderId: 'org:eu', countryId: 'place:ye-lahj-radfan' });
    expect(ops.filter((o) => /^NodeIndexSeek/.test(o.op) && /FunderEvent\(funderId/.test(o.details) && o.rows > 0)).toEqual([]);
    expect(ops.some((o) => /^NodeUniqueIndexSeek/.test(o.op) && /FunderEvent\(eventId, funderId\)/.test(o.details) && o.rows > 0)).toBe(true);
  });

  it('finds a district\'s flows from the district\'s own events', async () => {
    const ops = await profiledOperators('funding/funding-flows', { ...everyFunder, countryId: 'place:ye-lahj-radfan' });
    expect(entriesRead(ops)).toEqual([]);
    // Each event's entries by the (eventId, funderId) constraint's index.
    expect(ops.some((o) => /^NodeUniqueIndexSeek/.test(o.op) && /FunderEvent\(eventId, funderId\)/.test(o.details) && o.rows > 0)).toBe(true);
    expect(ops.filter((o) => LABEL_SCANS.test(o.op) && o.rows > 0)).toEqual([]);
  });
});

/** The (funderId, sortDate, eventId) keys of a page of every funder's flows, for a cursor. */
async function flowPage(params: Record<string, unknown>): Promise<{ funderId: string; sortDate: string; eventId: string }[]> {
  const session = db.driver.session({ database: TEST_DATABASE });
  try {
    const result = await session.run(db.cypher.get('funding/funding-flows'), db.cypher.paramsOf('funding/funding-flows', params));
    const page = result.records[0]?.get('page') as { funder: { id: string }; event: { id: string }; sortDate: string }[];
    return page.map((flow) => ({ funderId: flow.funder.id, sortDate: flow.sortDate, eventId: flow.event.id }));
  } finally {
    await session.close();
  }
}
