import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { prepareTestDatabase } from './test-database';

declare global {
  // The throwaway Neo4j started for this jest run, stopped by global-teardown.
  var __JISR_TEST_NEO4J__: LocalNeo4j | undefined;
}

/**
 * Starts one throwaway local Neo4j on a free port for the whole run (or uses NEO4J_URI when set),
 * applies the schema and loads the seed graph once. Workers inherit NEO4J_URI from this process.
 * Each data-touching jest project names this setup; the first one to run does the work.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.JISR_TEST_DATABASE_READY === 'true') return;
  if (!process.env.NEO4J_URI) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jisr-test-neo4j-'));
    // Loaded only when needed: with NEO4J_URI set, the suite needs neither Java nor the launcher.
    const { startLocalNeo4j } = await import('../../src/local-neo4j/local-neo4j');
    const neo4j = await startLocalNeo4j({ port: 0, dataDir, heapMb: 768, log: (line: string) => process.stderr.write(`[test neo4j] ${line}\n`) });
    globalThis.__JISR_TEST_NEO4J__ = neo4j;
    process.env.NEO4J_URI = neo4j.uri;
    process.env.JISR_TEST_NEO4J_DATA_DIR = dataDir;
  }
  await prepareTestDatabase(process.env.NEO4J_URI);
  process.env.JISR_TEST_DATABASE_READY = 'true';
}
