/**
 * `npm run eval:import`: runs the importer offline on each seed article alone — the known names built from the
 * OTHER four seed graph files (leave-one-out), the shipped gazetteer and actor lexicon — and on the development
 * set (test/fixtures/import/*.txt, matched against all five seed files) and the two held-out sets
 * (test/fixtures/import-heldout/, test/fixtures/import-heldout-2/, matched the same way), and compares each proposal with the
 * curated answer: precision and recall per class, and the share of proposed quotes that are verbatim at their
 * offsets (must be 1). The matching criteria are in src/import/evaluation.ts and the README.
 *
 *   npm run eval:import            the table
 *   npm run eval:import -- --each  one table per article too
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { type Gold, type Scores, answerFileSchema, goldFromAnswer, goldFromSeedFile, quoteExactness, results, scoreProposal } from '../src/import/evaluation';
import { proposeImport } from '../src/import/importer';
import { knownNameIndex, seedFileNodes } from '../src/import/known-names';
import { type Proposal } from '../src/import/proposal';
import { parseGraphFiles, readSeedFiles } from '../src/seeds/seed.read';
import { readSources } from '../src/seeds/seed.sources';

const ROOT = path.resolve(__dirname, '..');
const ROW_ORDER = [
  'organisations', 'people', 'people with titles', 'events (kind)', 'event dates', 'event places', 'event counts', 'programs',
  'rel FUNDED', 'rel ORGANIZED', 'rel PARTNERED_WITH', 'rel IMPLEMENTED', 'rel PARTICIPATED_IN', 'rel PART_OF', 'rel HOLDS_POSITION', 'rel HELD_IN', 'rel LOCATED_IN',
];

interface RunResult {
  readonly scores: Scores;
  readonly quotes: { exact: number; total: number };
}

export interface ArticleRun {
  readonly name: string;
  readonly text: string;
  readonly proposal: Proposal;
  readonly gold: Gold;
}

/** The five seed articles, each imported with the other four files as the known graph. */
export function seedRuns(seedsDir = path.join(ROOT, 'seeds')): ArticleRun[] {
  const files = readSeedFiles(seedsDir);
  const { sources } = readSources(files.sources, files.articles);
  const parsed = parseGraphFiles(files.graphs, sources).files;
  return parsed.map((file, i) => {
    const others = parsed.filter((_, j) => j !== i).map((f) => f.data);
    const proposal = proposeImport(file.source.text, knownNameIndex(seedFileNodes(others)), { path: file.source.articlePath });
    return { name: path.basename(file.path, '.yaml'), text: file.source.text, proposal, gold: goldFromSeedFile(file.data) };
  });
}

/** The development set (or, given its folder, the held-out set), each article matched against the whole seed graph. */
export function devRuns(dir = path.join(ROOT, 'test/fixtures/import'), seedsDir = path.join(ROOT, 'seeds')): ArticleRun[] {
  const files = readSeedFiles(seedsDir);
  const { sources } = readSources(files.sources, files.articles);
  const index = knownNameIndex(seedFileNodes(parseGraphFiles(files.graphs, sources).files.map((f) => f.data)));
  return fs.readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().flatMap((name) => {
    const stem = name.replace(/\.txt$/u, '');
    const answerPath = path.join(dir, `${stem}.answer.yaml`);
    if (!fs.existsSync(answerPath)) return [];
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const metaPath = path.join(dir, `${stem}.meta.yaml`);
    const meta = (fs.existsSync(metaPath) ? parse(fs.readFileSync(metaPath, 'utf8')) : {}) as { url?: string; outlet?: string; published?: string | null };
    const answer = answerFileSchema.parse(parse(fs.readFileSync(answerPath, 'utf8')) ?? {});
    const proposal = proposeImport(text, index, { path: name, url: meta.url ?? null, outlet: meta.outlet ?? null, published: meta.published ?? null });
    return [{ name: stem, text, proposal, gold: goldFromAnswer(answer, text) }];
  });
}

export function scoreRuns(runs: readonly ArticleRun[]): RunResult {
  const scores: Scores = new Map();
  const quotes = { exact: 0, total: 0 };
  for (const run of runs) {
    scoreProposal(run.proposal, run.gold, scores);
    const q = quoteExactness(run.proposal, run.text);
    quotes.exact += q.exact;
    quotes.total += q.total;
  }
  return { scores, quotes };
}

const pct = (x: number): string => x.toFixed(2);

export function table(title: string, result: RunResult): string {
  const rows = results(result.scores).sort((a, b) => order(a.name) - order(b.name));
  const lines = [`${title}`, '', '| class | precision | recall | TP | FP | FN |', '|---|---:|---:|---:|---:|---:|'];
  for (const row of rows) lines.push(`| ${row.name} | ${pct(row.precision)} | ${pct(row.recall)} | ${row.tally.tp} | ${row.tally.fp} | ${row.tally.fn} |`);
  lines.push(`| quotes verbatim at their offsets | ${pct(result.quotes.total === 0 ? 1 : result.quotes.exact / result.quotes.total)} | | ${result.quotes.exact} | ${result.quotes.total - result.quotes.exact} | |`);
  return lines.join('\n');
}

const order = (name: string): number => (ROW_ORDER.indexOf(name) === -1 ? 99 : ROW_ORDER.indexOf(name));

function main(argv: readonly string[]): number {
  const each = argv.includes('--each');
  const seeds = seedRuns();
  const dev = devRuns();
  const heldOut = devRuns(path.join(ROOT, 'test/fixtures/import-heldout'));
  const heldOut2 = devRuns(path.join(ROOT, 'test/fixtures/import-heldout-2'));
  if (each) for (const run of [...seeds, ...dev, ...heldOut, ...heldOut2]) console.log(`${table(`### ${run.name}`, scoreRuns([run]))}\n`);
  const seedResult = scoreRuns(seeds);
  const devResult = scoreRuns(dev);
  const heldOutResult = scoreRuns(heldOut);
  const heldOut2Result = scoreRuns(heldOut2);
  console.log(table(`### Seed articles, leave-one-out (${seeds.length} articles)`, seedResult));
  console.log('');
  console.log(table(`### Development set (${dev.length} articles, test/fixtures/import)`, devResult));
  console.log('');
  console.log(table(`### Held-out set (${heldOut.length} articles, test/fixtures/import-heldout)`, heldOutResult));
  console.log('');
  console.log(table(`### Second held-out set (${heldOut2.length} articles, test/fixtures/import-heldout-2)`, heldOut2Result));
  const exact = [seedResult, devResult, heldOutResult, heldOut2Result].every((result) => result.quotes.exact === result.quotes.total);
  if (!exact) console.error('Some proposed quotes are not verbatim at their offsets.');
  return exact ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
