import { int } from 'neo4j-driver';
import type { Organization } from '../../actors/organization.type';
import type { Person } from '../../actors/person.type';
import { type StoredProperties, toActorNode } from '../../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../../neo4j/executor';
import type { CollaborationLink } from './brokers.betweenness';

/** The collaboration network within a place (or everywhere), as read from the graph. */
export interface CollaborationNetwork {
  /** False when a place was asked for and none has its id. */
  readonly placeFound: boolean;
  /** Each actor–activity link once. */
  readonly links: readonly CollaborationLink[];
  /** Every actor the links name when there are at most `actorsUpTo` links; none otherwise. */
  readonly actors: readonly (Organization | Person)[];
}

interface CollaborationLinksRow {
  readonly placeFound: boolean;
  readonly links: readonly CollaborationLink[];
  readonly actors: readonly StoredProperties[];
  readonly actorLabels: readonly (readonly string[])[];
}

/** The collaboration-links statement (cypher/analysis/collaboration-links.cypher). */
export class BrokersRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * At most `limit` actor–activity links of the collaboration network, within a place or everywhere, with the
   * actors they name when there are at most `actorsUpTo` links.
   */
  async collaborationNetwork(countryId: string | null, limit: number, actorsUpTo: number, ctx: QueryContext): Promise<CollaborationNetwork> {
    const [found] = await this.executor.read<CollaborationLinksRow>('analysis/collaboration-links', { countryId, limit: int(limit), actorsUpTo: int(actorsUpTo) }, ctx);
    // The statement aggregates over an OPTIONAL MATCH, so it always returns exactly one row.
    const row = found!;
    return { placeFound: row.placeFound, links: row.links, actors: row.actors.map((props, i) => toActorNode(props, row.actorLabels[i] ?? [])) };
  }

  /** The graph's version now (Neo4jExecutor.graphVersion): a ranking computed under it holds until it changes. */
  graphVersion(ctx: QueryContext): Promise<string> {
    return this.executor.graphVersion(ctx);
  }
}
