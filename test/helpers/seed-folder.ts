import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDS_DIR } from './test-database';

/** One change to a copy of the curated seeds: in `file` (relative to seeds/), `replace` becomes `with`. */
export interface SeedEdit {
  readonly file: string;
  readonly replace: string;
  readonly with: string;
}

/**
 * Runs `use` on a copy of the curated seed folder with the given edits (a broken seed folder, most often),
 * then deletes the copy. An edit whose text is not in its file throws: a seed file that changed under a
 * test must not turn the test into one of an unbroken folder.
 */
export async function withEditedSeeds<T>(edits: readonly SeedEdit[], use: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jisr-seeds-'));
  try {
    cpSync(SEEDS_DIR, dir, { recursive: true });
    for (const edit of edits) {
      const file = path.join(dir, edit.file);
      const text = readFileSync(file, 'utf8');
      if (!text.includes(edit.replace)) throw new Error(`seeds/${edit.file} no longer contains ${JSON.stringify(edit.replace)}; update the test's edit.`);
      writeFileSync(file, text.replace(edit.replace, edit.with));
    }
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
