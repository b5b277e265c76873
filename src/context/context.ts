import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { StatementRecorder } from '../neo4j/statement-recorder';
import { createSourceLoader } from '../sources/source.loader';
import { SourceRepository } from '../sources/source.repository';
import type { Source } from '../sources/source.type';

/** The repositories, built once per process around the executor. */
export interface Repositories {
  readonly sources: SourceRepository;
}

export function createRepositories(executor: Neo4jExecutor): Repositories {
  return { sources: new SourceRepository(executor) };
}

/** DataLoaders live for one request, so that a cache never outlives the request that filled it. */
export interface Loaders {
  readonly sources: DataLoader<string, Source | null>;
}

/** What every resolver receives. `query.operation` is filled in once Apollo knows the operation's name. */
export interface JisrContext {
  readonly requestId: string;
  readonly query: QueryContext & { operation: string };
  readonly recorder: StatementRecorder;
  readonly repositories: Repositories;
  readonly loaders: Loaders;
}

export function createContext(repositories: Repositories, requestId: string = randomUUID()): JisrContext {
  const recorder = new StatementRecorder();
  const query = { operation: 'anonymous', requestId, recorder };
  return {
    requestId,
    query,
    recorder,
    repositories,
    loaders: { sources: createSourceLoader(repositories.sources, query) },
  };
}
