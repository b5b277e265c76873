import { int } from 'neo4j-driver';
import { type GraphNodeObject, type StoredProperties, toGraphObject } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { SearchQuery } from './lucene-query';

export interface RankedNode {
  readonly node: GraphNodeObject;
  readonly score: number;
}

interface HitRow { node: StoredProperties; labels: string[]; score: number }

export class SearchRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The best `first` nodes for the query, best first: one statement, full-text lookup and ranking together. */
  async search(query: SearchQuery, first: number, candidates: number, ctx: QueryContext): Promise<RankedNode[]> {
    const rows = await this.executor.read<HitRow>('search/search-nodes', {
      lucene: query.lucene,
      key: query.key,
      phrase: query.phrase,
      words: query.words,
      // LIMIT and the procedure's limit need integers, not JS floats.
      first: int(first),
      candidates: int(candidates),
    }, ctx);
    return rows.map((row) => ({ node: toGraphObject(row.node, row.labels), score: row.score }));
  }
}
