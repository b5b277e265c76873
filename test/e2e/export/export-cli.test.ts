import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { REPO_ROOT } from '../../../src/config';
import { testNeo4jUri } from '../../helpers/test-database';
import { csvRecords } from '../../integration/export/read-export';

// `jisr export` as an operator runs it, from source, against the test Neo4j (NEO4J_URI): reads only.
// Each run starts the CLI through ts-node, several seconds on a shared two-core machine: the tests get room.
jest.setTimeout(180_000);

interface Run { readonly code: number; readonly stdout: string; readonly stderr: string }

async function jisr(args: readonly string[], env: NodeJS.ProcessEnv = { NEO4J_URI: testNeo4jUri() }): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/jisr.ts', ...args], {
      cwd: REPO_ROOT, env: { ...process.env, CI: 'true', ...env }, maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jisr export', () => {
  it('writes a neighbourhood as GEXF to --out, and says what it wrote', async () => {
    const out = path.join(dir, 'saned.gexf');
    const run = await jisr(['export', '--format', 'gexf', '--center', 'program:saned-community-peace', '--depth', '2', '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    const graph = parseGexf(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect(graph.hasNode('org:saferworld')).toBe(true);
    expect(run.stderr).toContain(`exported ${graph.order} nodes, ${graph.size} relationships as gexf to `);
    // Written beside the target and renamed: no partial file is left.
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('writes a funder\'s audit CSV to stdout by default', async () => {
    const run = await jisr(['export', '--format', 'csv', '--funder', 'org:saferworld']);
    expect(run.code).toBe(0);
    const rows = csvRecords(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.funder_id === 'org:saferworld')).toBe(true);
    expect(run.stderr).toContain(`exported ${rows.length} funding flows as csv to stdout`);
  });

  it('exits 1 with the service\'s message for an unknown centre, and leaves no file', async () => {
    const out = path.join(dir, 'nothing.gexf');
    const run = await jisr(['export', '--format', 'gexf', '--center', 'org:no-such-org', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No node has the id "org:no-such-org" (centerId).');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with the usage for a mistake in the arguments, before looking for any Neo4j', async () => {
    const nowhere = { NEO4J_URI: 'bolt://127.0.0.1:1' };
    const cases: [string[], string][] = [
      [['export'], 'export needs --format <format>: one of gexf, graphml, json, cytoscape, csv, nodes-csv'],
      [['export', '--format', 'pdf'], 'Unknown export format "pdf"'],
      [['export', '--format', 'gexf', '--center', 'org:undp', '--funder', 'org:undp'], 'Give --center or --funder, not both'],
      [['export', '--format', 'gexf', '--depth', '2'], '--depth and --limit need --center <id>'],
      [['export', '--format', 'nodes-csv', '--funder', 'org:undp'], "A funder's flows export as gexf, graphml, json, cytoscape, csv, not nodes-csv"],
      [['export', '--format', 'gexf', '--out', path.join(dir, 'missing', 'x.gexf')], 'the folder'],
    ];
    const runs = await Promise.all(cases.map(([args]) => jisr(args, nowhere)));
    cases.forEach(([args, message], i) => {
      expect({ args, code: runs[i]!.code }).toEqual({ args, code: 2 });
      expect(runs[i]!.stderr).toContain(message);
      expect(runs[i]!.stderr).toContain('export --format <format>');
    });
  });
});
