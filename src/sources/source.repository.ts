import type { Neo4jExecutor, QueryContext, StatementRunner } from '../neo4j/executor';
import { Source } from './source.type';

/** What the graph stores on a Source node. */
export interface SourceRecord {
  readonly id: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly publishedOn: string | null;
  readonly publishedOnText: string | null;
  readonly language: string;
  readonly url: string | null;
  /** The full text, kept so that evidence offsets can always be checked against what was quoted. */
  readonly text: string;
}

export class SourceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** One round trip for any number of ids; ids not in the graph are absent from the map. */
  async findByIds(ids: readonly string[], ctx: QueryContext): Promise<Map<string, Source>> {
    const rows = await this.executor.read<{ source: Omit<Source, '__typename'> }>('sources/sources-by-ids', { ids }, ctx);
    return new Map(rows.map(({ source }) => [source.id, Object.assign(new Source(), source)]));
  }

  /** Writes the sources inside the caller's transaction, so a seed load is all-or-nothing. */
  async merge(run: StatementRunner, sources: readonly SourceRecord[]): Promise<void> {
    // Neo4j stores no nulls: absent properties read back as null, which is what the API returns.
    const props = sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null)));
    await run('sources/merge-sources', { sources: props });
  }
}
