import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { SourceRecord } from '../sources/source.repository';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const sourceEntry = z.object({
  id: z.string().regex(/^source:[a-z0-9][a-z0-9-]*$/, 'expected an id like "source:seed-000"'),
  file: z.string().regex(/^[^/\\]+\.txt$/, 'expected a .txt file name in seeds/articles/'),
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  publishedOn: isoDate.nullable(),
  publishedOnText: z.string().min(1).nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 tag such as "ar"'),
  url: z.string().url().nullable(),
}).strict();

/** Reads seeds/articles/sources.yaml and the verbatim article texts it names; throws naming file, record and field. */
export function readSourceFiles(seedsDir: string): SourceRecord[] {
  const file = path.join(seedsDir, 'articles', 'sources.yaml');
  const entries = z.array(sourceEntry).safeParse(parse(readFileSync(file, 'utf8')));
  if (!entries.success) {
    const issue = entries.error.issues[0]!;
    throw new Error(`${file}: record [${String(issue.path[0])}], field "${issue.path.slice(1).join('.')}": ${issue.message}`);
  }
  return entries.data.map((entry) => ({
    id: entry.id,
    title: entry.title,
    outlet: entry.outlet,
    publishedOn: entry.publishedOn,
    publishedOnText: entry.publishedOnText,
    language: entry.language,
    url: entry.url,
    text: readFileSync(path.join(seedsDir, 'articles', entry.file), 'utf8'),
  }));
}
