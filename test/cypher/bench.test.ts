import { toMarkdown, writesMarkdown } from '../../src/bench/bench-report';
import { BENCH_EDITOR, WRITE_SCENARIOS, measureWrites, touchedFacts, writeProblems } from '../../src/bench/bench-writes';
import { buildJisrSchema } from '../../src/schema/build-schema';
import { parseBenchArgs, runBench } from '../../scripts/bench/bench';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { type TestDatabase, rawCypher, testNeo4jUri, useTestDatabase } from '../helpers/test-database';

// The bench's smoke run on the seed graph of the test Neo4j (taken as it is: nothing is written). It proves that
// every part works (capture, PROFILE, the four servers in their processes, interleaved rounds, autocannon, the
// report) and asserts what it counted, never how fast anything was: performance lives in `npm run bench`.
describe('npm run bench --quick', () => {
  it('answers a question through the driver, the floor, both stack\'s floors, Jisr and @neo4j/graphql, and reports them', async () => {
    const args = parseBenchArgs([
      '--quick', '--uri', testNeo4jUri(), '--sizes', 'seed', '--questions', 'event with organisers,flows saferworld',
      '--rounds', '2', '--samples', '3', '--duration', '1', '--targets', 'floor,stack-floor,typed-stack-floor,jisr,neo4j-graphql',
    ]);
    // A Neo4j given by --uri is not written to unless --writes says so.
    expect(args.writes).toBe(0);
    const report = await runBench(args, () => undefined);

    expect(report.sizes).toHaveLength(1);
    const [size] = report.sizes;
    expect(size.writes).toBeUndefined();
    expect(size.questions.map((q) => q.name)).toEqual(['flows saferworld', 'event with organisers, place, evidence']);
    for (const question of size.questions) {
      expect(question.jisrError).toBeNull();
      expect(question.jisrStatements).toBeGreaterThan(0);
      expect(question.jisrDbHits).toBeGreaterThan(0);
      // What Neo4j charged the statement against the transaction memory limit, from the same PROFILE.
      expect(question.jisrMemoryBytes).toBeGreaterThan(0);
      // Up to 3 requests per way in each of the 2 rounds (1 when the last took over 250 ms), every way as many.
      expect(question.latency.driver?.n).toBeGreaterThanOrEqual(2);
      expect(question.latency.driver?.n).toBeLessThanOrEqual(6);
      expect(question.latency.floor?.n).toBe(question.latency.driver?.n);
      expect(question.latency['stack-floor']?.n).toBe(question.latency.driver?.n);
      // The typed stack's floor was checked to answer Jisr's very answer before it was timed (runBench throws otherwise).
      expect(question.latency['typed-stack-floor']?.n).toBe(question.latency.driver?.n);
      expect(question.latency.jisr?.n).toBe(question.latency.driver?.n);
      // Jisr's own log counts the statements a request ran: the same as captured.
      expect(question.statementsPerRequest.jisr).toBe(question.jisrStatements);
      expect(question.statementsPerRequest.floor).toBe(question.jisrStatements);
      expect(question.statementsPerRequest['stack-floor']).toBe(question.jisrStatements);
      expect(question.failures['stack-floor'] ?? 0).toBe(0);
      expect(question.statementsPerRequest['typed-stack-floor']).toBe(question.jisrStatements);
      expect(question.failures['typed-stack-floor'] ?? 0).toBe(0);
      expect(question.throughput['10']?.jisr?.requestsPerSecond).toBeGreaterThan(0);
      expect(question.throughput['10']?.jisr?.non2xx).toBe(0);
    }
    const card = size.questions[1];
    // @neo4j/graphql sends one statement per root field.
    expect(card.neo4jGraphqlError).toBeNull();
    expect(card.neo4jGraphqlStatements).toBe(1);
    expect(card.latency['neo4j-graphql']?.n).toBe(card.latency.driver?.n);
    expect(size.questions[0].latency['neo4j-graphql']).toBeUndefined();

    const markdown = toMarkdown(report);
    expect(markdown).toContain('| flows saferworld |');
    expect(markdown).toContain('Jisr ÷ floor p50 / p99');
    expect(markdown).toContain('Jisr ÷ stack\'s floor p50');
    expect(markdown).toContain('Jisr ÷ typed stack\'s floor p50');
    expect(markdown).toContain('| db hits | memory |');
  }, 240_000);
});

/** Every node and relationship with its properties (versions aside), and every derived entry: what the reads read. */
async function wholeGraph(db: TestDatabase): Promise<{ facts: string; derived: string }> {
  const { dump } = await graphFingerprint(db.driver);
  const derived = await rawCypher<{ entry: unknown }>(db, 'MATCH (d:Derived) RETURN [labels(d), properties(d)] AS entry');
  return {
    facts: JSON.stringify(JSON.parse(dump), (key, value: unknown) => (key === 'version' ? undefined : value)),
    derived: derived.map((row) => JSON.stringify(row.entry)).sort().join('\n'),
  };
}

// The writes the bench measures at every size, on the seed graph of a Neo4j of the block's own: they move a
// place and add an event for a moment, which the files reading the shared Neo4j in parallel must never see.
describe('npm run bench: curation writes', () => {
  const db = useTestDatabase({ ownNeo4j: true });

  it('runs by default on the bench\'s own Neo4j, once with --quick, and as often as --writes says', () => {
    expect(parseBenchArgs([]).writes).toBe(3);
    expect(parseBenchArgs(['--quick']).writes).toBe(1);
    expect(parseBenchArgs(['--quick', '--writes', '2']).writes).toBe(2);
    expect(parseBenchArgs(['--uri', 'bolt://localhost:7687', '--writes', '1']).writes).toBe(1);
    expect(parseBenchArgs(['--writes', '0']).writes).toBe(0);
    expect(() => parseBenchArgs(['--writes', 'some'])).toThrow('--writes takes a number of rounds');
    // --report prints a report written before and runs nothing (nor writes).
    expect(parseBenchArgs(['--report', 'bench.json']).report).toBe('bench.json');
    expect(parseBenchArgs([]).report).toBeUndefined();
    // The stack's floors run when asked for by name: they explain a floor ratio, and the targets do not need them.
    expect(parseBenchArgs([]).targets).toEqual(['floor', 'jisr', 'neo4j-graphql']);
    expect(parseBenchArgs(['--targets', 'floor,stack-floor,jisr']).targets).toEqual(['floor', 'stack-floor', 'jisr']);
    expect(() => parseBenchArgs(['--targets', 'floor,bare'])).toThrow('Unknown target "bare"; expected some of floor, stack-floor, typed-stack-floor, jisr, neo4j-graphql.');
  });

  it('applies and reverts each scenario on the seed graph as an editor, times both, and leaves the facts as they were', async () => {
    const before = await wholeGraph(db);
    const target = { executor: db.executor, repositories: db.repositories };
    const writes = await measureWrites(target, await buildJisrSchema(), { rounds: 2, log: () => undefined });

    expect(writes.error).toBeNull();
    expect(writeProblems('seed', writes)).toEqual([]);
    expect(writes.scenarios.map((s) => s.name)).toEqual([...WRITE_SCENARIOS]);
    // Chosen from the graph: Casablanca has the most beneath it of the places directly in a country.
    expect(writes.scenarios.map((s) => s.subject)).toEqual([
      'place:ma-casablanca (13 beneath) from place:ma to place:jo',
      'held in place:ma-casablanca, organised by org:dgsn-sidi-bernoussi-security-zone (3 ORGANIZED), part of program:undp-psd-community-policing-cooperation of org:embassy-of-japan-jordan (1 FUNDED)',
      "org:dgsn-sidi-bernoussi-security-zone's nameEn",
    ]);
    // A removal and an addition; the event, its three links and the REPORTED_BY its quote derives; the rename.
    expect(writes.scenarios.map((s) => s.changes)).toEqual([2, 5, 1]);
    for (const scenario of writes.scenarios) {
      expect(scenario.error).toBeNull();
      for (const timing of [scenario.apply, scenario.revert]) {
        expect(timing?.n).toBe(2);
        expect(timing?.samples).toHaveLength(2);
        expect(timing!.p50).toBeGreaterThan(0);
        expect(timing!.max).toBeGreaterThanOrEqual(timing!.p50);
      }
    }

    // The bench's own digest of the touched ids, and the whole graph with every derived entry: as before.
    expect(writes.facts?.restored).toBe(true);
    expect(writes.facts!.before.relationships).toBeGreaterThan(0);
    expect(await touchedFacts(target, writes.facts!.ids)).toEqual(writes.facts!.before);
    expect(await wholeGraph(db)).toEqual(before);
    // Only history is left: each round's changes and their reverts, by the bench's editor.
    const [history] = await rawCypher<{ changes: number }>(db, 'MATCH (c:Change {authorKeyId: $keyId}) RETURN count(c) AS changes', { keyId: BENCH_EDITOR.keyId });
    expect(history.changes).toBe(2 * 2 * (2 + 5 + 1));

    const markdown = writesMarkdown(writes, undefined).join('\n');
    expect(markdown).toContain('| scenario | apply p50 / max | revert p50 / max | apply p50 ÷ seed |');
    expect(markdown).toContain('| move the largest governorate |');
    expect(markdown).toContain('are as before the writes');
    // Against a seed run twice as fast: each apply p50 is 2.00 times the seed's.
    const halved = { ...writes, scenarios: writes.scenarios.map((s) => ({ ...s, apply: { ...s.apply!, p50: s.apply!.p50 / 2 } })) };
    expect(writesMarkdown(writes, halved).filter((line) => line.includes(' | 2.00 | '))).toHaveLength(3);
  }, 180_000);
});
