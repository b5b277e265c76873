import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reloadDifferences, type ReloadedSeeds } from '../../../src/dump/dump.compare';
import type { StoredGraph, StoredProperties, StoredSource, StoredValue } from '../../../src/dump/dump.model';
import { type SeedDump, writeSeedDump } from '../../../src/dump/dump.writer';
import { readValidatedSeeds } from '../../../src/loading/seed-loader';
import type { SeedGraph } from '../../../src/seeds/seed.model';
import type { SourceRecord } from '../../../src/sources/source.repository';

/** What the dump reads of a graph: the seed loader's writes, as cypher/seed/*.cypher and merge-sources store them. */
export function storedGraphOf({ graph, sources }: { graph: SeedGraph; sources: readonly SourceRecord[] }): StoredGraph {
  const stored = (properties: object): StoredProperties => Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== null && value !== undefined),
  ) as Record<string, StoredValue>;
  return {
    sources: sources.map(({ id, ...properties }): StoredSource => ({ id, properties: stored(properties) })),
    nodes: graph.nodes.map((node) => ({ id: node.id, labels: ['Node', ...node.labels], properties: stored(node.properties), evidenceIds: node.evidenceIds })),
    relationships: graph.relationships.map((rel) => ({
      id: rel.id, type: rel.type, from: rel.from, to: rel.to, properties: stored(rel.properties), evidenceIds: rel.evidenceIds,
    })),
    evidence: graph.evidence.map((item) => ({ ...item })),
  };
}

export const ORIGIN = { uri: 'bolt://127.0.0.1:7687', database: 'neo4j', at: new Date('2025-01-02T03:04:05.000Z') };

export interface RoundTrip {
  readonly dump: SeedDump;
  readonly reloaded: ReloadedSeeds;
  readonly differences: string[];
}

/** Writes the dump of `stored` into a temporary folder, loads it back as `jisr seed` would, and compares. */
export function roundTrip(stored: StoredGraph): RoundTrip {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-dump-unit-'));
  try {
    const dump = writeSeedDump(stored, ORIGIN);
    for (const file of dump.files) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.content);
    }
    const reloaded = readValidatedSeeds(dir);
    return { dump, reloaded, differences: reloadDifferences(stored, dump.written, reloaded) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
