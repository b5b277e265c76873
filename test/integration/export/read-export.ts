import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../../src/config';

/** Helpers the export tests share: read a CSV back, and validate GraphML against the shipped schema. */

/** An RFC 4180 CSV as rows of cells (quoted cells may hold commas, quotes and line breaks); the BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && body[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** The rows below the header and HXL rows, as objects keyed by header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, , ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

export const GRAPHML_SCHEMA = path.join(REPO_ROOT, 'test/fixtures/graphml/graphml.xsd');

/** xmllint's verdict on a GraphML text against the GraphML schema, offline. */
export async function validateGraphml(text: string): Promise<{ valid: boolean; output: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-graphml-'));
  const file = path.join(dir, 'export.graphml');
  writeFileSync(file, text);
  try {
    const { stderr } = await promisify(execFile)('xmllint', ['--noout', '--nonet', '--schema', GRAPHML_SCHEMA, file]);
    return { valid: true, output: stderr };
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stderr?: string };
    if (failed.code === 'ENOENT') throw new Error('xmllint is missing: install Debian\'s libxml2-utils (apt-get install libxml2-utils); .ci/run does.');
    return { valid: false, output: failed.stderr ?? String(error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All the chunks of an export as one text. */
export async function textOf(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
