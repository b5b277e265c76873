/**
 * Fills in and repairs the offsets of every evidence quote in seed graph files, so curators never
 * count characters by hand:
 *
 *   npx ts-node --transpile-only src/seeds/locate-quotes.ts seeds/graph/003_519500e86f7a6d5c.yaml [more files] [--check]
 *
 * For each `{ quote, start, end }` it finds the quote in the file's article and writes `start` and
 * `end`. A quote found nowhere is an error. A quote found several times keeps the occurrence at (or
 * nearest to) the `start` already written; with no `start` it is an error listing the occurrences,
 * so the curator picks one. `--check` reports without writing. Comments and layout are kept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Document, isMap, isSeq, parseDocument, visit, type YAMLMap } from 'yaml';
import { excerpt, locateQuote } from './seed.quotes';
import { readSources } from './seed.sources';

export interface QuoteFix {
  /** Where in the YAML file, e.g. `relationships[3].evidence[0]`. */
  where: string;
  quote: string;
  from: { start?: number; end?: number };
  to: { start: number; end: number };
}

export interface LocateQuotesResult {
  content: string;
  fixes: QuoteFix[];
  problems: string[];
}

/** Locates every evidence quote of one graph file's YAML in its article text. */
export function locateQuotesInYaml(content: string, articleText: string): LocateQuotesResult {
  const document: Document = parseDocument(content, { keepSourceTokens: false });
  if (document.errors.length > 0) {
    return { content, fixes: [], problems: document.errors.map((problem) => `YAML syntax: ${problem.message}`) };
  }
  const fixes: QuoteFix[] = [];
  const problems: string[] = [];
  visit(document, {
    Pair(_key, pair, ancestry) {
      if (!isMapKey(pair.key, 'evidence') || !isSeq(pair.value)) return;
      const owner = describeOwner(ancestry);
      pair.value.items.forEach((item, index) => {
        if (!isMap(item)) return;
        const where = `${owner}.evidence[${index}]`;
        const quote = item.get('quote');
        if (typeof quote !== 'string' || quote.length === 0) {
          problems.push(`${where}: no quote`);
          return;
        }
        const start = numberOrUndefined(item.get('start'));
        const end = numberOrUndefined(item.get('end'));
        if (start !== undefined && articleText.slice(start, end) === quote) return;
        const location = locateQuote(articleText, quote, start);
        switch (location.kind) {
          case 'missing':
            problems.push(`${where}: quote "${excerpt(quote)}" is not in the article; copy it verbatim from the article`);
            return;
          case 'ambiguous':
            problems.push(`${where}: quote "${excerpt(quote)}" occurs ${location.starts.length} times (at ${location.starts.join(', ')}); set start to the one you mean, or lengthen the quote`);
            return;
          case 'found':
            setOffsets(item, location.start, location.end);
            fixes.push({ where, quote, from: { start, end }, to: { start: location.start, end: location.end } });
            return;
          default: {
            const unreachable: never = location;
            throw new Error(`Unhandled quote location ${JSON.stringify(unreachable)}`);
          }
        }
      });
    },
  });
  return { content: fixes.length > 0 ? document.toString({ lineWidth: 0 }) : content, fixes, problems };
}

function isMapKey(key: unknown, name: string): boolean {
  return key === name || (typeof key === 'object' && key !== null && (key as { value?: unknown }).value === name);
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function setOffsets(item: YAMLMap, start: number, end: number): void {
  item.set('start', start);
  item.set('end', end);
}

/** `relationships[3]` or `events[0] (event:…)` from the YAML ancestry of an evidence list. */
function describeOwner(ancestry: readonly unknown[]): string {
  let section = '';
  let index = -1;
  let id = '';
  for (let at = 0; at < ancestry.length; at += 1) {
    const node = ancestry[at];
    if (isSeq(node)) {
      const parentPair = ancestry[at - 1] as { key?: unknown } | undefined;
      const key = parentPair?.key as { value?: unknown } | string | undefined;
      const name = typeof key === 'string' ? key : key?.value;
      const child = ancestry[at + 1];
      if (typeof name === 'string' && name !== 'evidence' && isMap(child)) {
        section = name;
        index = node.items.indexOf(child);
        const childId = child.get('id');
        id = typeof childId === 'string' ? ` (${childId})` : '';
      }
    }
  }
  return section ? `${section}[${index}]${id}` : '(file)';
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    console.error('Usage: npx ts-node --transpile-only src/seeds/locate-quotes.ts seeds/graph/<file>.yaml [...] [--check]');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const seedsDir = path.dirname(path.dirname(file));
    const articlesDir = path.join(seedsDir, 'articles');
    const sourcesPath = path.join(articlesDir, 'sources.yaml');
    const articles = fs.readdirSync(articlesDir).filter((name) => name.endsWith('.txt'))
      .map((name) => ({ path: path.join(articlesDir, name), content: fs.readFileSync(path.join(articlesDir, name), 'utf8') }));
    const { sources } = readSources({ path: sourcesPath, content: fs.readFileSync(sourcesPath, 'utf8') }, articles);
    const stem = path.basename(file).replace(/\.ya?ml$/, '');
    const source = [...sources.values()].find((entry) => entry.source.file.replace(/\.txt$/, '') === stem);
    if (!source) {
      console.error(`${file}: no article "${stem}.txt" in ${sourcesPath}`);
      failed = true;
      continue;
    }
    const result = locateQuotesInYaml(fs.readFileSync(file, 'utf8'), source.text);
    for (const fix of result.fixes) {
      console.log(`${file}: ${fix.where}: "${excerpt(fix.quote, 40)}" ${fix.from.start ?? '?'}-${fix.from.end ?? '?'} → ${fix.to.start}-${fix.to.end}`);
    }
    for (const problem of result.problems) console.error(`${file}: ${problem}`);
    if (result.problems.length > 0) failed = true;
    if (!check && result.fixes.length > 0) fs.writeFileSync(file, result.content);
    console.log(`${file}: ${result.fixes.length} quote(s) ${check ? 'would be ' : ''}located, ${result.problems.length} problem(s)`);
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
