import { int } from 'neo4j-driver';
import type { ActorKind } from '../common/enums';
import { toActorNode, type StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { Organization } from './organization.type';
import type { Person } from './person.type';

export interface ActorPageQuery {
  readonly kinds: readonly ActorKind[] | null;
  readonly countryId: string | null;
  readonly after: string | null;
  readonly limit: number;
  /** False when the request does not read totalCount: the count is skipped and totalCount is null. */
  readonly withCount: boolean;
}

export class ActorRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async page(query: ActorPageQuery, ctx: QueryContext): Promise<{ totalCount: number | null; actors: (Organization | Person)[] }> {
    const [row] = await this.executor.read<{ totalCount: number; page: StoredProperties[]; labels: string[][] }>('actors/actors-page', { ...query, limit: int(query.limit) }, ctx); // LIMIT needs an integer, not a JS float
    const actors = (row?.page ?? []).map((p, i) => toActorNode(p, row?.labels[i] ?? []));
    return { totalCount: query.withCount ? row?.totalCount ?? 0 : null, actors };
  }
}
