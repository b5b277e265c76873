import { int } from 'neo4j-driver';
import { rawCypher, useTestDatabase } from '../../helpers/test-database';
import type { EventPageQuery } from '../../../src/events/event.repository';
import { startPlanWarmup, statementsToWarm } from '../../../src/neo4j/plan-warmup';

// A Neo4j of its own: the plan cache is the whole server's, and other files' questions would fill it meanwhile.
const db = useTestDatabase({ ownNeo4j: true });

const ctx = { operation: 'plan-cache-test' };
const everyEvent: EventPageQuery = {
  kinds: null, countryId: null, organizerId: null, funderId: null, fromStart: null, toEnd: null, afterDate: null, afterId: null, limit: 20, withCount: true,
};

/** How many statements Neo4j holds a plan of, emptying its caches: the count of those planned since the last call. */
async function plannedSinceLastCall(): Promise<number> {
  const [row] = await rawCypher<{ value: string }>(db, 'CALL db.clearQueryCaches()');
  const counted = /cleared of (\d+) quer/.exec(row!.value);
  return counted ? Number(counted[1]) : 0;
}

describe('Neo4j plans each statement once', () => {
  it('plans the events page once whatever its filters: null or given, short or long ids, one kind or several', async () => {
    await plannedSinceLastCall();
    const { events } = db.repositories;
    const shapes: Partial<EventPageQuery>[] = [
      {},
      { countryId: 'place:ma' },
      { countryId: 'place:ye-lahj' },
      { countryId: 'place:ye-a-place-whose-id-is-far-longer-than-the-others' },
      { countryId: 'place:ma', fromStart: '2014-01-01', toEnd: '2014-12-31' },
      { kinds: ['CONFERENCE'] },
      { kinds: ['CONFERENCE', 'WORKSHOP', 'DISCUSSION_SESSION'], organizerId: 'org:musaala' },
      { funderId: 'org:saferworld', limit: 5, withCount: false },
      { afterDate: '2014-01-01', afterId: 'event:a' },
    ];
    const counts = [];
    for (const shape of shapes) counts.push((await events.page({ ...everyEvent, ...shape }, ctx)).totalCount);
    // The pages are real answers (Morocco's events of 2014 are in the seed graph), not failures.
    expect(counts[4]).toBeGreaterThan(0);
    expect(await plannedSinceLastCall()).toBe(1);
  });

  it('has every read statement planned by the warm-up, under the same key as the requests that follow it', async () => {
    await plannedSinceLastCall();
    const names = statementsToWarm(db.cypher);
    const result = await startPlanWarmup(db.executor, names).done;
    expect(result).toMatchObject({ planned: names.length, of: names.length });
    expect(result.stoppedBy).toBeUndefined();
    // Questions as people ask them: had any been keyed apart from its warm-up, it would be one more plan.
    await db.repositories.events.page({ ...everyEvent, countryId: 'place:ye-lahj', kinds: ['CONFERENCE'] }, ctx);
    await db.executor.read('search/search-nodes', { lucene: 'saferworld', candidates: int(50), phrase: ['saferworld'], key: 'saferworld', words: ['saferworld'], first: int(10) }, ctx);
    expect(await plannedSinceLastCall()).toBe(names.length);
  });

  it('warms nothing that may write', () => {
    const warmed = statementsToWarm(db.cypher);
    expect(warmed).toEqual(expect.arrayContaining(['events/events-page-with-lookahead', 'graph/nodes-by-ids', 'search/search-nodes', 'funding/funding-flows']));
    for (const name of ['curation/create-nodes', 'seed/reset', 'funding/refresh-funder-totals', 'auth/create-api-key'] as const) expect(warmed).not.toContain(name);
  });
});
