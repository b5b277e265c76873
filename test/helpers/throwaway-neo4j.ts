import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ThrowawayNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** Stops the JVM and deletes the data dir when this helper made it. Safe to call twice. */
  stop(): Promise<void>;
}

export interface ThrowawayNeo4jOptions {
  /** Reuse a data dir (say, one a CLI run left behind); it is then kept on stop. Default: a fresh temp dir. */
  readonly dataDir?: string;
  /** Progress lines of the launcher. Default: none. */
  readonly log?: (line: string) => void;
}

/**
 * A local Neo4j of its own on a free port, for the whole run (global setup) or for one test file whose
 * writes reset or fingerprint the whole database, which must never happen in the Neo4j that the other
 * files read in parallel. Its database is empty: `prepareTestDatabase(uri)` applies the schema and the seeds.
 */
export async function startThrowawayNeo4j(options: ThrowawayNeo4jOptions = {}): Promise<ThrowawayNeo4j> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'jisr-test-neo4j-'));
  const ownsDataDir = options.dataDir === undefined;
  // Loaded only when needed: with NEO4J_URI set, the shared database needs neither Java nor the launcher.
  const { startLocalNeo4j } = await import('../../src/local-neo4j/local-neo4j');
  try {
    const neo4j = await startLocalNeo4j({ port: 0, dataDir, heapMb: 768, log: options.log });
    return {
      uri: neo4j.uri,
      port: neo4j.port,
      dataDir,
      async stop() {
        await neo4j.stop();
        if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
