import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../src/config';
import { type Proposal } from '../../src/import/proposal';
import { readValidatedSeeds } from '../../src/loading/seed-loader';
import { seedGraphFileSchema } from '../../src/seeds/seed.schema';
import { type CliRun, runJisrCli } from '../helpers/jisr-cli';

// `jisr import` as a user runs it: the CLI from source, on real article files. --offline matches names against the
// seed files and the gazetteer; the last test matches against the test Neo4j (NEO4J_URI, loaded with the seeds).

function jisr(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runJisrCli(args, env);
}

const MARIB = path.join(REPO_ROOT, 'seeds/articles/003_519500e86f7a6d5c.txt');
const MAHRA = path.join(REPO_ROOT, 'test/fixtures/import/ye-mahra-tarabut-workshop.txt');

describe('jisr import', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-import-e2e-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the whole proposal as JSON with --json, every quote verbatim at its offsets', async () => {
    const run = await jisr(['import', MARIB, '--offline', '--json']);
    expect(run.code).toBe(0);
    const proposal = JSON.parse(run.stdout) as Proposal;
    const text = fs.readFileSync(MARIB, 'utf8');
    expect(proposal.article.published?.date).toBe('2022-11-26');
    expect(proposal.entities.some((e) => e.resolution === 'matched' && e.match.id === 'org:saferworld')).toBe(true);
    for (const rel of proposal.relationships) for (const q of rel.evidence) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it('prints a readable summary by default', async () => {
    const run = await jisr(['import', MAHRA, '--offline', '--url', 'https://yemennownews.com/article/3024971', '--published', '2024-02-07']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Entities (');
    expect(run.stdout).toMatch(/FUNDED +«برنامج الأمم المتحدة الإنمائي» → «ترابط»/u);
  });

  it('writes a draft seed file with --draft that the seed validator accepts beside its article', async () => {
    const out = path.join(dir, 'draft.yaml');
    const run = await jisr(['import', MAHRA, '--offline', '--published', '2024-02-07', '--draft', out, '--source-id', 'source:mahra-tarabut']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('wrote the draft seed file');
    const draft = fs.readFileSync(out, 'utf8');
    expect(seedGraphFileSchema.safeParse(parse(draft)).success).toBe(true);
    const seeds = path.join(dir, 'seeds');
    fs.cpSync(path.join(REPO_ROOT, 'seeds'), seeds, { recursive: true });
    fs.copyFileSync(MAHRA, path.join(seeds, 'articles/ye-mahra-tarabut-workshop.txt'));
    fs.appendFileSync(path.join(seeds, 'articles/sources.yaml'), '- { id: source:mahra-tarabut, file: ye-mahra-tarabut-workshop.txt, title: ورشة عمل, outlet: null, publishedOn: "2024-02-07", publishedOnText: null, language: ar, url: null }\n');
    fs.copyFileSync(out, path.join(seeds, 'graph/ye-mahra-tarabut-workshop.yaml'));
    expect(() => readValidatedSeeds(seeds)).not.toThrow();
  });

  it.each([
    ['an empty file', '', 'is empty'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), 'binary file'],
    ['an English text', 'Police and civil society met in Aden on Monday to discuss security.', 'letters'],
  ])('refuses %s with a clear error and writes nothing', async (_what, content, message) => {
    const article = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.txt`);
    fs.writeFileSync(article, content);
    const out = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.yaml`);
    const run = await jisr(['import', article, '--offline', '--draft', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Nothing was written.');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses an article that mentions nothing known, and writes no draft', async () => {
    const article = path.join(dir, 'weather.txt');
    fs.writeFileSync(article, 'كان الطقس جميلا والسماء صافية وذهب الاطفال الى الحديقة للعب.');
    const out = path.join(dir, 'weather.yaml');
    const run = await jisr(['import', article, '--offline', '--draft', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mentions nothing Jisr knows or can propose');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('names a usage mistake', async () => {
    const run = await jisr(['import', MARIB, '--published', 'yesterday']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected --published as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('matches against the graph in Neo4j without --offline', async () => {
    const run = await jisr(['import', MARIB, '--json'], { NEO4J_URI: process.env.NEO4J_URI });
    expect(run.code === 0 ? 'exit 0' : run.stderr).toBe('exit 0');
    const proposal = JSON.parse(run.stdout) as Proposal;
    expect(proposal.entities.filter((e) => e.resolution === 'matched').map((e) => e.resolution === 'matched' && e.match.id)).toEqual(expect.arrayContaining(['org:musaala', 'org:saferworld', 'place:ye-marib']));
  }, 120_000);
});
