import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeeds, readValidatedSeeds, SeedLoadError, writeSeedGraph } from '../../../src/loading/seed-loader';
import { SeedValidationError } from '../../../src/seeds/seed.model';
import { graphFingerprint } from '../../helpers/graph-fingerprint';
import { connect, SEEDS_DIR } from '../../helpers/test-database';

const { driver, executor, repositories } = connect();
afterAll(() => driver.close());

/** A copy of the real seeds in a temp folder, with one graph file edited. */
function seedsWithEdit(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const target = path.join(dir, 'graph', file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

const FIRST_GRAPH_FILE = '000_2afb7b945ed686bc.yaml';

describe('seed loader', () => {
  it('leaves the graph identical when loaded twice: same nodes, relationships and properties', async () => {
    await loadSeeds(executor, repositories, SEEDS_DIR);
    const before = await graphFingerprint(driver);
    await loadSeeds(executor, repositories, SEEDS_DIR);
    const after = await graphFingerprint(driver);
    expect(before.nodes).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it('rebuilds the same graph with --reset, in one transaction', async () => {
    const before = await graphFingerprint(driver);
    await loadSeeds(executor, repositories, SEEDS_DIR, { reset: true });
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('rejects a file with an unknown reference, naming file, record and field, and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const dir = seedsWithEdit(FIRST_GRAPH_FILE, (t) => t.replace('from: org:eu\n', 'from: org:european-onion\n'));
    try {
      const attempt = loadSeeds(executor, repositories, dir, { reset: true });
      await expect(attempt).rejects.toThrow(SeedValidationError);
      await expect(loadSeeds(executor, repositories, dir)).rejects.toThrow(/graph\/000_2afb7b945ed686bc\.yaml: relationships\[\d+\] .*field "(to|from)": .*org:european-onion/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('rejects a quote that is not in its article and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const dir = seedsWithEdit(FIRST_GRAPH_FILE, (t) => t.replace('quote: "بدعم من مؤسسة الشباب الديمقراطي"', 'quote: "بتمويل من مؤسسة الشباب الديمقراطي"'));
    try {
      await expect(loadSeeds(executor, repositories, dir, { reset: true })).rejects.toThrow(/quote/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('rolls back everything when a write fails half-way, even after a reset in the same transaction', async () => {
    const before = await graphFingerprint(driver);
    const { graph, sources } = readValidatedSeeds(SEEDS_DIR);
    // A relationship to a node the graph does not hold: the nodes before it are written, then the load fails.
    const broken = { ...graph, relationships: [...graph.relationships, { ...graph.relationships[0]!, id: 'rel:broken', to: 'org:not-in-the-graph' }] };
    await expect(writeSeedGraph(executor, repositories, broken, sources, { reset: true })).rejects.toThrow(SeedLoadError);
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('refuses a relationship type outside the RelationType vocabulary before sending any Cypher', async () => {
    const { graph, sources } = readValidatedSeeds(SEEDS_DIR);
    const injected = { ...graph, relationships: [{ ...graph.relationships[0]!, type: 'FUNDED]->() DETACH DELETE (x' as never }] };
    await expect(writeSeedGraph(executor, repositories, injected, sources)).rejects.toThrow('which is not one of FUNDED, IMPLEMENTED');
  });
});
