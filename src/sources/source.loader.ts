import DataLoader from 'dataloader';
import type { QueryContext } from '../neo4j/executor';
import type { SourceRepository } from './source.repository';
import type { Source } from './source.type';

/** Per-request batching of source lookups: all `Source` reads of one resolver level share one statement. */
export function createSourceLoader(repository: SourceRepository, ctx: QueryContext): DataLoader<string, Source | null> {
  return new DataLoader(async (ids) => {
    const found = await repository.findByIds(ids, ctx);
    return ids.map((id) => found.get(id) ?? null);
  }, { maxBatchSize: 500 });
}
