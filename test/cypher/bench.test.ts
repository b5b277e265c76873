import { toMarkdown } from '../../src/bench/bench-report';
import { parseBenchArgs, runBench } from '../../scripts/bench/bench';
import { testNeo4jUri } from '../helpers/test-database';

// The bench's smoke run on the seed graph of the test Neo4j (taken as it is: nothing is written). It proves that
// every part works (capture, PROFILE, the three servers in their processes, interleaved rounds, autocannon, the
// report) and asserts what it counted, never how fast anything was: performance lives in `npm run bench`.
describe('npm run bench --quick', () => {
  it('answers a question through the driver, the floor, Jisr and @neo4j/graphql, and reports them', async () => {
    const args = parseBenchArgs([
      '--quick', '--uri', testNeo4jUri(), '--sizes', 'seed', '--questions', 'event with organisers,flows saferworld',
      '--rounds', '2', '--samples', '3', '--duration', '1',
    ]);
    const report = await runBench(args, () => undefined);

    expect(report.sizes).toHaveLength(1);
    const [size] = report.sizes;
    expect(size.questions.map((q) => q.name)).toEqual(['flows saferworld', 'event with organisers, place, evidence']);
    for (const question of size.questions) {
      expect(question.jisrError).toBeNull();
      expect(question.jisrStatements).toBeGreaterThan(0);
      expect(question.jisrDbHits).toBeGreaterThan(0);
      // Up to 3 requests per way in each of the 2 rounds (1 when the last took over 250 ms), every way as many.
      expect(question.latency.driver?.n).toBeGreaterThanOrEqual(2);
      expect(question.latency.driver?.n).toBeLessThanOrEqual(6);
      expect(question.latency.floor?.n).toBe(question.latency.driver?.n);
      expect(question.latency.jisr?.n).toBe(question.latency.driver?.n);
      // Jisr's own log counts the statements a request ran: the same as captured.
      expect(question.statementsPerRequest.jisr).toBe(question.jisrStatements);
      expect(question.statementsPerRequest.floor).toBe(question.jisrStatements);
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
  }, 240_000);
});
