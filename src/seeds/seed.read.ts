/**
 * Reading the curated seed files: the folder into texts, then each graph file into records that fit the
 * file format (seed.schema.ts), paired with the article whose facts they are. A file that does not
 * parse or pair is reported with its file and, where there is one, its record, and is left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { type SeedError } from './seed.model';
import { type NodeSection, type SeedGraphFile, seedGraphFileSchema } from './seed.schema';
import { type SeedSourceWithText, type SeedTextFile } from './seed.sources';
import { zodIssuesToSeedErrors } from './seed.zod-errors';

/** The seed files as text: sources.yaml, the articles beside it, and the curated graph files. */
export interface SeedFileSet {
  sources: SeedTextFile;
  articles: SeedTextFile[];
  graphs: SeedTextFile[];
}

/** A graph file whose records fit the format, with the article they quote. */
export interface ParsedGraphFile {
  path: string;
  data: SeedGraphFile;
  source: SeedSourceWithText;
}

/** Reads `<dir>/articles/sources.yaml`, `<dir>/articles/*.txt` and `<dir>/graph/*.yaml`. */
export function readSeedFiles(dir = 'seeds'): SeedFileSet {
  const articlesDir = path.join(dir, 'articles');
  const graphDir = path.join(dir, 'graph');
  const read = (file: string): SeedTextFile => ({ path: file, content: fs.readFileSync(file, 'utf8') });
  const listed = (folder: string, extension: RegExp): string[] =>
    fs.readdirSync(folder).filter((name) => extension.test(name)).sort().map((name) => path.join(folder, name));
  return {
    sources: read(path.join(articlesDir, 'sources.yaml')),
    articles: listed(articlesDir, /\.txt$/).map(read),
    graphs: listed(graphDir, /\.ya?ml$/).map(read),
  };
}

/** How messages name a node record: `events[0] (event:2009-06-18-jenin-open-meeting)`. */
export function nodeRecordLabel(section: NodeSection, index: number, id: unknown): string {
  return `${section}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
}

/** How messages name a relationship record: `relationships[4] (FUNDED org:saferworld → program:saned)`. */
export function relationshipRecordLabel(index: number, raw: { type?: unknown; from?: unknown; to?: unknown } | undefined): string {
  if (!raw) return `relationships[${index}]`;
  return `relationships[${index}] (${String(raw.type)} ${String(raw.from)} → ${String(raw.to)})`;
}

/**
 * Parses every graph file and pairs it with its article: a graph file is named after its article (same
 * stem) and names that article's source.
 */
export function parseGraphFiles(
  graphs: readonly SeedTextFile[],
  sources: ReadonlyMap<string, SeedSourceWithText>,
): { files: ParsedGraphFile[]; errors: SeedError[] } {
  const sourceByStem = new Map<string, SeedSourceWithText>();
  for (const entry of sources.values()) sourceByStem.set(stemOf(entry.source.file), entry);
  const files: ParsedGraphFile[] = [];
  const errors: SeedError[] = [];
  for (const file of graphs) {
    const parsed = parseGraphFile(file, sourceByStem, sources, errors);
    if (parsed) files.push(parsed);
  }
  return { files, errors };
}

function parseGraphFile(
  file: SeedTextFile,
  sourceByStem: ReadonlyMap<string, SeedSourceWithText>,
  sources: ReadonlyMap<string, SeedSourceWithText>,
  errors: SeedError[],
): ParsedGraphFile | undefined {
  const fail = (field: string, message: string): void => {
    errors.push({ file: file.path, record: '', field, message });
  };
  const document = parseDocument(file.content, { uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const problem of document.errors) fail('', `YAML syntax: ${problem.message}`);
    return undefined;
  }
  const raw: unknown = document.toJS();
  const parsed = seedGraphFileSchema.safeParse(raw);
  if (!parsed.success) {
    errors.push(...zodIssuesToSeedErrors(file.path, raw, parsed.error.issues, graphRecordLabel));
    return undefined;
  }
  const data = parsed.data;
  const stem = stemOf(file.path);
  const source = sourceByStem.get(stem);
  if (!source) {
    const known = [...sourceByStem.keys()].map((name) => `${name}.yaml`).join(', ');
    fail('source', `no article "${stem}.txt" in sources.yaml for this file; a graph file is named after its article. Expected one of: ${known}.`);
    return undefined;
  }
  if (data.source !== source.source.id) {
    const named = sources.get(data.source);
    const hint = named ? ` ("${data.source}" is the source of ${named.source.file})` : '';
    fail('source', `"${data.source}" is not the source of this file's article ${source.source.file}${hint}; write "${source.source.id}"`);
    return undefined;
  }
  return { path: file.path, data, source };
}

function stemOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** Names the record a schema issue is in, from the raw YAML (the record may not have parsed). */
function graphRecordLabel(raw: unknown, pathItems: readonly PropertyKey[]): { record: string; rest: readonly PropertyKey[] } {
  const [section, index, ...rest] = pathItems;
  if (typeof section !== 'string' || typeof index !== 'number') return { record: '', rest: pathItems };
  const list = (raw as Record<string, unknown> | null)?.[section];
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  if (section === 'relationships') return { record: relationshipRecordLabel(index, item), rest };
  return { record: nodeRecordLabel(section as NodeSection, index, item?.id), rest };
}
