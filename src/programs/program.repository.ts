import { int } from 'neo4j-driver';
import { toNode, type StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { Program } from './program.type';

export class ProgramRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async page(after: string | null, limit: number, ctx: QueryContext): Promise<{ totalCount: number; programs: Program[] }> {
    const [row] = await this.executor.read<{ totalCount: number; page: StoredProperties[] }>('programs/programs-page', { after, limit: int(limit) }, ctx); // LIMIT needs an integer, not a JS float
    return { totalCount: row?.totalCount ?? 0, programs: (row?.page ?? []).map((p) => toNode('PROGRAM', p)) };
  }
}
