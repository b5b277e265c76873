import * as fs from 'node:fs';
import path from 'node:path';
import { connectionOf, openJisr, resolveNeo4j } from '../composition';
import { loadConfig } from '../config';
import { ArticleText } from '../import/article.text';
import { ImportInputError, readArticleFile } from '../import/article.input';
import { draftSeedYaml } from '../import/draft';
import { ImportRepository } from '../import/import.repository';
import { proposeImport } from '../import/importer';
import { type KnownNameIndex, knownNameIndex, seedFileNodes } from '../import/known-names';
import { type Proposal } from '../import/proposal';
import { slugOf } from '../import/slug';
import { parseGraphFiles, readSeedFiles } from '../seeds/seed.read';
import { seedGraphFileSchema } from '../seeds/seed.schema';
import { readSources } from '../seeds/seed.sources';
import { precisionOfDate } from '../text/arabic-dates';
import { parse } from 'yaml';

/**
 * `jisr import ARTICLE.txt`: an Arabic news article becomes a proposal of graph changes for a curator to review —
 * a readable summary, the whole proposal as JSON (`--json`), or a draft seed file (`--draft OUT.yaml`). Names are
 * matched against the graph in Neo4j, or with `--offline` against the seed files and the shipped gazetteer only.
 * Nothing is written to the graph. Bad input (empty, binary, not Arabic, over 5 MB) is refused with its reason and
 * writes nothing; so is an article that mentions nothing Jisr knows or can propose.
 */

export const IMPORT_USAGE = `  import <article.txt> [--url <url>] [--outlet <name>] [--published <YYYY[-MM[-DD]]>]
         [--json] [--draft <out.yaml>] [--source-id <source:id>] [--offline] [--seeds <folder>]
                                    Read an Arabic news article (UTF-8 text, at most 5 MB) and propose the
                                    organisations, people, events, programs, places and relationships it states,
                                    each with its quote. --json prints the whole proposal; --draft writes it as a
                                    seed file to review and load with jisr seed. --offline matches names against
                                    the seed files (--seeds, default SEEDS_DIR) and the gazetteer, not Neo4j.`;

export interface ImportArgs {
  readonly article: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly json: boolean;
  readonly draft: string | null;
  readonly sourceId: string | null;
  readonly offline: boolean;
  readonly seeds: string | null;
}

export function parseImportArgs(args: readonly string[], usageError: (message: string) => Error): ImportArgs {
  const options: { -readonly [K in keyof ImportArgs]: ImportArgs[K] } = {
    article: '', url: null, outlet: null, published: null, json: false, draft: null, sourceId: null, offline: false, seeds: null,
  };
  const valued = { '--url': 'url', '--outlet': 'outlet', '--published': 'published', '--draft': 'draft', '--source-id': 'sourceId', '--seeds': 'seeds' } as const;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg in valued) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw usageError(`import ${arg} needs a value`);
      options[valued[arg as keyof typeof valued]] = value;
      i += 1;
    } else if (arg === '--json') options.json = true;
    else if (arg === '--offline') options.offline = true;
    else if (arg.startsWith('--')) throw usageError(`Unknown option for import: ${JSON.stringify(arg)}`);
    else if (options.article === '') options.article = arg;
    else throw usageError(`import reads one article at a time, but got a second one: ${JSON.stringify(arg)}`);
  }
  if (options.article === '') throw usageError('import needs the article file: jisr import <article.txt>');
  if (options.published !== null && precisionOfDate(options.published) === null) {
    throw usageError(`Expected --published as YYYY, YYYY-MM or YYYY-MM-DD (a real date), but got ${JSON.stringify(options.published)}.`);
  }
  if (options.sourceId !== null && !/^source:[a-z0-9][a-z0-9-]*$/u.test(options.sourceId)) {
    throw usageError(`Expected --source-id like "source:marib-2022-11", but got ${JSON.stringify(options.sourceId)}.`);
  }
  return options;
}

/** Runs `jisr import`; resolves to the exit code. */
export async function importArticle(args: readonly string[], usageError: (message: string) => Error): Promise<number> {
  const options = parseImportArgs(args, usageError);
  let text: string;
  try {
    text = readArticleFile(options.article);
  } catch (error) {
    if (error instanceof ImportInputError) {
      console.error(`${error.message} Nothing was written.`);
      return 1;
    }
    throw error;
  }
  const config = loadConfig();
  const index = options.offline ? offlineIndex(options.seeds ? path.resolve(options.seeds) : config.seedsDir) : await graphIndex(text);
  const proposal = proposeImport(text, index, { path: options.article, url: options.url, outlet: options.outlet, published: options.published });
  console.log(options.json ? JSON.stringify(proposal, null, 2) : summary(proposal));
  if (proposal.entities.length === 0) {
    console.error(`${options.article} mentions nothing Jisr knows or can propose (no organisation, person, event, program or place). Nothing was written.`);
    return 1;
  }
  if (options.draft) {
    const articleFile = path.basename(options.article);
    const sourceId = options.sourceId ?? `source:${slugOf(articleFile.replace(/\.[^.]*$/u, ''), 8)}`;
    const yamlText = draftSeedYaml(proposal, { sourceId, articleFile });
    // The draft must read as a seed graph file, or it is not written at all.
    seedGraphFileSchema.parse(parse(yamlText));
    const out = path.resolve(options.draft);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const temporary = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, yamlText);
    fs.renameSync(temporary, out);
    console.error(`wrote the draft seed file ${path.relative(process.cwd(), out) || out} (${proposal.entities.length} entities, ${proposal.relationships.length} relationships); its header says what to check.`);
  }
  return 0;
}

/** Known names from the curated seed files (every one of them) and the shipped gazetteer. */
function offlineIndex(seedsDir: string): KnownNameIndex {
  const files = readSeedFiles(seedsDir);
  const { sources } = readSources(files.sources, files.articles);
  return knownNameIndex(seedFileNodes(parseGraphFiles(files.graphs, sources).files.map((file) => file.data)));
}

/** Known names from the graph in Neo4j (NEO4J_URI, a running local Neo4j, or one started for this command). */
async function graphIndex(text: string): Promise<KnownNameIndex> {
  const config = loadConfig();
  const endpoint = await resolveNeo4j(config, { reuseRunningLocal: true, log: (line) => console.error(line) });
  try {
    const core = await openJisr(connectionOf(config, endpoint.uri), config.neo4j.connectTimeoutMs);
    try {
      return knownNameIndex(await new ImportRepository(core.executor).knownNodes(new ArticleText(text)));
    } finally {
      await core.close();
    }
  } finally {
    await endpoint.local?.stop();
  }
}

/** The proposal for a reader: entities, events, relationships, what could not be resolved, warnings. */
export function summary(proposal: Proposal): string {
  const { article } = proposal;
  const label = new Map(proposal.entities.map((e) => [e.ref, e.label.length > 60 ? `${e.label.slice(0, 57)}…` : e.label]));
  const lines: string[] = [];
  const published = article.published ? `published ${article.published.date}${article.published.evidence ? ` (dateline «${article.published.evidence.quote}»)` : ' (given)'}` : 'no publication date';
  lines.push(`Article «${article.title}»: ${article.length} characters, ${published}${article.country ? `, about ${article.country}` : ''}.`);
  lines.push('');
  lines.push(`Entities (${proposal.entities.length}):`);
  for (const e of proposal.entities) {
    const conf = e.confidence.toFixed(2);
    if (e.resolution === 'matched') lines.push(`  matched ${e.match.id.padEnd(44)} «${label.get(e.ref)}» — ${e.match.reason}`);
    else if (e.proposed.section === 'events') {
      const r = e.proposed.record;
      const count = e.reading?.participantCount ?? r.participantCount;
      lines.push(`  new     ${r.id.padEnd(44)} ${r.kind} «${label.get(e.ref)}» date ${r.date ?? '?'} (${r.datePrecision})${count !== null && count !== undefined ? `, ${count} participants` : ''} [${conf}]`);
    } else {
      const kind = 'kind' in e.proposed.record ? ` ${String(e.proposed.record.kind)}` : '';
      lines.push(`  new     ${e.proposed.record.id.padEnd(44)}${kind} «${label.get(e.ref)}» [${conf}${e.suggestedBy ? `, ${e.suggestedBy.origin}` : ''}]`);
    }
  }
  lines.push('');
  lines.push(`Relationships (${proposal.relationships.length}):`);
  for (const r of proposal.relationships) {
    const extra = [r.role, r.title ? `«${r.title}»` : undefined, r.basis === 'gazetteer' ? 'gazetteer' : undefined].filter(Boolean).join(', ');
    lines.push(`  ${r.type.padEnd(16)} «${label.get(r.from)}» → «${label.get(r.to)}»${extra ? ` (${extra})` : ''} — ${r.rule} [${r.confidence.toFixed(2)}]`);
  }
  if (proposal.unresolved.length > 0) {
    lines.push('');
    lines.push(`Unresolved mentions (${proposal.unresolved.length}):`);
    for (const u of proposal.unresolved) lines.push(`  «${u.text}» at ${u.start}: ${u.reason}`);
  }
  if (proposal.warnings.length > 0) {
    lines.push('');
    lines.push('Warnings:');
    for (const w of proposal.warnings) lines.push(`  ${w}`);
  }
  return lines.join('\n');
}
