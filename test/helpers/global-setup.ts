import 'reflect-metadata';
import { prepareTestDatabase } from './test-database';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './throwaway-neo4j';

declare global {
  // The throwaway Neo4j started for this jest run, stopped by global-teardown.
  var __JISR_TEST_NEO4J__: ThrowawayNeo4j | undefined;
}

/**
 * Starts one throwaway local Neo4j on a free port for the whole run (or uses NEO4J_URI when set),
 * applies the schema and loads the seed graph once. Workers inherit NEO4J_URI from this process.
 * Each data-touching jest project names this setup; the first one to run does the work.
 * Test files read the seed graph in it and write only nodes of their own (test/helpers/own-data.ts);
 * a file that resets or fingerprints the whole database starts a Neo4j of its own instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.JISR_TEST_DATABASE_READY === 'true') return;
  if (!process.env.NEO4J_URI) {
    const neo4j = await startThrowawayNeo4j({ log: (line: string) => process.stderr.write(`[test neo4j] ${line}\n`) });
    globalThis.__JISR_TEST_NEO4J__ = neo4j;
    process.env.NEO4J_URI = neo4j.uri;
  }
  await prepareTestDatabase(process.env.NEO4J_URI);
  process.env.JISR_TEST_DATABASE_READY = 'true';
}
