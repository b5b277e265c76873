import { int } from 'neo4j-driver';
import { type LookaheadRow, type Prefetched, pageWithLookahead, prefetchedOf } from '../graph/graph.repository';
import { type Lookahead, NOTHING_AHEAD } from '../graph/lookahead';
import { toNode, type StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { Program } from './program.type';

export class ProgramRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** A page of programs, and what `lookahead` asks of its first `shown` programs, in one statement. */
  async page(after: string | null, limit: number, ctx: QueryContext, lookahead: Lookahead = NOTHING_AHEAD, shown = limit): Promise<{ totalCount: number; programs: Program[]; lookahead: Map<string, Prefetched> }> {
    const { name, params } = pageWithLookahead('programs/programs-page', 'programs/programs-page-with-lookahead', lookahead, shown);
    const [row] = await this.executor.read<{ totalCount: number; page: StoredProperties[]; lookahead?: LookaheadRow[] }>(name, { ...params, after, limit: int(limit) }, ctx); // LIMIT needs an integer, not a JS float
    return { totalCount: row?.totalCount ?? 0, programs: (row?.page ?? []).map((p) => toNode('PROGRAM', p)), lookahead: prefetchedOf(row?.lookahead ?? [], lookahead) };
  }
}
