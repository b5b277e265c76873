import type { StatementRunner } from '../neo4j/executor';

/** What the graph stores on a Source node. */
export interface SourceRecord {
  readonly id: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly publishedOn: string | null;
  readonly publishedOnText: string | null;
  readonly language: string;
  readonly url: string | null;
  /**
   * The name of the article file it was loaded from (`000_2afb7b945ed686bc.txt`), so that `jisr dump` writes
   * it back under the same name; absent for a source that never was a file.
   */
  readonly file?: string;
  /** The full text, kept so that evidence offsets can always be checked against what was quoted. */
  readonly text: string;
}

export class SourceRepository {
  /** Writes the sources inside the caller's transaction, so a seed load is all-or-nothing. */
  async merge(run: StatementRunner, sources: readonly SourceRecord[]): Promise<void> {
    // Neo4j stores no nulls: absent properties read back as null, which is what the API returns.
    const props = sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null && v !== undefined)));
    await run('sources/merge-sources', { sources: props });
  }
}
