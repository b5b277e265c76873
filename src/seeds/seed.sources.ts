/**
 * Reading and checking `seeds/articles/sources.yaml`, the metadata of the seed articles.
 */
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { type SeedError, type SeedSource } from './seed.model';
import { checkPublishedOn } from './seed.rules';
import { sourcesFileSchema } from './seed.schema';
import { zodIssuesToSeedErrors } from './seed.zod-errors';

/** A file's path (as it should appear in messages) and its content. */
export interface SeedTextFile {
  path: string;
  content: string;
}

/** A source with the text of its article. */
export interface SeedSourceWithText {
  source: SeedSource;
  text: string;
  /** Path of the article file, for messages. */
  articlePath: string;
}

export interface SourcesReading {
  /** The valid sources, by id. */
  sources: Map<string, SeedSourceWithText>;
  errors: SeedError[];
}

/**
 * Parses sources.yaml and checks each entry: the schema, unique ids and files, an article file
 * for each entry (and an entry for each article), and a publication date that is a partial ISO
 * date agreeing with the words it was read from.
 */
export function readSources(sourcesFile: SeedTextFile, articles: readonly SeedTextFile[]): SourcesReading {
  const errors: SeedError[] = [];
  const sources = new Map<string, SeedSourceWithText>();
  const document = parseDocument(sourcesFile.content, { uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const problem of document.errors) {
      errors.push({ file: sourcesFile.path, record: '', field: '', message: `YAML syntax: ${problem.message}` });
    }
    return { sources, errors };
  }
  const raw: unknown = document.toJS();
  const parsed = sourcesFileSchema.safeParse(raw);
  if (!parsed.success) {
    errors.push(...zodIssuesToSeedErrors(sourcesFile.path, raw, parsed.error.issues, sourceRecordLabel));
    return { sources, errors };
  }

  const articleByName = new Map(articles.map((article) => [path.basename(article.path), article]));
  const usedFiles = new Map<string, number>();
  parsed.data.forEach((entry, index) => {
    const record = `[${index}] (${entry.id})`;
    const fail = (field: string, message: string): void => {
      errors.push({ file: sourcesFile.path, record, field, message });
    };
    let ok = true;
    if (sources.has(entry.id)) {
      fail('id', `duplicate source id "${entry.id}"; each article has one id`);
      ok = false;
    }
    const previousUse = usedFiles.get(entry.file);
    if (previousUse !== undefined) {
      fail('file', `"${entry.file}" is already the file of entry [${previousUse}]; each article has one entry`);
      ok = false;
    }
    usedFiles.set(entry.file, index);
    const article = articleByName.get(entry.file);
    if (!article) {
      fail('file', `no article file "${entry.file}" beside sources.yaml. Known article files: ${[...articleByName.keys()].join(', ') || '(none)'}.`);
      ok = false;
    }
    for (const problem of checkPublishedOn(entry)) {
      fail(problem.field, problem.message);
      ok = false;
    }
    if (ok && article) {
      sources.set(entry.id, { source: { ...entry }, text: article.content, articlePath: article.path });
    }
  });
  for (const name of articleByName.keys()) {
    if (!usedFiles.has(name)) {
      errors.push({
        file: sourcesFile.path, record: '', field: '',
        message: `the article "${name}" has no entry; add one with its id, title and publication date`,
      });
    }
  }
  return { sources, errors };
}

function sourceRecordLabel(raw: unknown, pathItems: readonly PropertyKey[]): { record: string; rest: readonly PropertyKey[] } {
  const [index, ...rest] = pathItems;
  if (typeof index !== 'number') return { record: '', rest: pathItems };
  const entry = Array.isArray(raw) ? (raw[index] as { id?: unknown } | undefined) : undefined;
  const id = entry && typeof entry.id === 'string' ? ` (${entry.id})` : '';
  return { record: `[${index}]${id}`, rest };
}
