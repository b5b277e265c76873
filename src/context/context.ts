import { randomUUID } from 'node:crypto';
import { ApiKeyRepository } from '../auth/api-key.repository';
import type { Viewer } from '../auth/viewer';
import { ActorRepository } from '../actors/actor.repository';
import { BrokersRepository } from '../analysis/brokers/brokers.repository';
import { CurationRepository } from '../curation/curation.repository';
import { InterlocksRepository } from '../analysis/interlocks/interlocks.repository';
import { PartnersRepository } from '../analysis/partners/partners.repository';
import { TimelineRepository } from '../analysis/timeline/timeline.repository';
import { WhoWorksWhereRepository } from '../analysis/who-works-where/who-works-where.repository';
import { EventRepository } from '../events/event.repository';
import { FundingRepository } from '../funding/funding.repository';
import { NetworkRepository } from '../network/network.repository';
import { PlaceRepository } from '../places/place.repository';
import { ProgramRepository } from '../programs/program.repository';
import { SearchRepository } from '../search/search.repository';
import { GraphRepository } from '../graph/graph.repository';
import { ImportRepository } from '../import/import.repository';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import { StatementLimiter } from '../neo4j/statement-limiter';
import { StatementRecorder } from '../neo4j/statement-recorder';
import { SourceRepository } from '../sources/source.repository';
import { Loaders } from './loaders';

/** The repositories, built once per process around the executor. */
export interface Repositories {
  readonly graph: GraphRepository;
  readonly actors: ActorRepository;
  readonly events: EventRepository;
  readonly programs: ProgramRepository;
  readonly places: PlaceRepository;
  readonly funding: FundingRepository;
  readonly network: NetworkRepository;
  readonly partners: PartnersRepository;
  readonly interlocks: InterlocksRepository;
  readonly brokers: BrokersRepository;
  readonly timeline: TimelineRepository;
  readonly whoWorksWhere: WhoWorksWhereRepository;
  readonly search: SearchRepository;
  readonly sources: SourceRepository;
  readonly curation: CurationRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly imports: ImportRepository;
}

export function createRepositories(executor: Neo4jExecutor): Repositories {
  return {
    graph: new GraphRepository(executor),
    actors: new ActorRepository(executor),
    events: new EventRepository(executor),
    programs: new ProgramRepository(executor),
    places: new PlaceRepository(executor),
    funding: new FundingRepository(executor),
    network: new NetworkRepository(executor),
    partners: new PartnersRepository(executor),
    interlocks: new InterlocksRepository(executor),
    brokers: new BrokersRepository(executor),
    timeline: new TimelineRepository(executor),
    whoWorksWhere: new WhoWorksWhereRepository(executor),
    search: new SearchRepository(executor),
    sources: new SourceRepository(),
    curation: new CurationRepository(executor),
    apiKeys: new ApiKeyRepository(executor),
    imports: new ImportRepository(executor),
  };
}

/** What every resolver receives. `query.operation` is filled in once Apollo knows the operation's name. */
export interface JisrContext {
  readonly requestId: string;
  readonly query: QueryContext & { operation: string };
  readonly recorder: StatementRecorder;
  readonly repositories: Repositories;
  /** DataLoaders live for one request, so that a cache never outlives the request that filled it. */
  readonly loaders: Loaders;
  /** The API key that signed the request, or null (reads are open unless configured otherwise). */
  readonly viewer: Viewer | null;
}

/** How many statements of one request may run at once, unless configured otherwise. */
export const DEFAULT_STATEMENTS_PER_REQUEST = 4;

export function createContext(
  repositories: Repositories,
  requestId: string = randomUUID(),
  statementsPerRequest: number = DEFAULT_STATEMENTS_PER_REQUEST,
  viewer: Viewer | null = null,
): JisrContext {
  const recorder = new StatementRecorder();
  const query = { operation: 'anonymous', requestId, recorder, limiter: new StatementLimiter(statementsPerRequest), startedAt: Date.now() };
  return { requestId, query, recorder, repositories, loaders: new Loaders(repositories.graph, query), viewer };
}
