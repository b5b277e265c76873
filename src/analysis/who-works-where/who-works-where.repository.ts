import { int } from 'neo4j-driver';
import type { Organization } from '../../actors/organization.type';
import type { Person } from '../../actors/person.type';
import type { RelationType } from '../../common/enums';
import { type StoredProperties, toActorNode, toNode } from '../../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../../neo4j/executor';
import type { Place } from '../../places/place.type';

/** An actor present at events in one country and governorate, with the relationships that put it there. */
export interface StoredPresence {
  readonly actor: Organization | Person;
  readonly country: Place;
  readonly governorate: Place | null;
  /** What the 3W roles are read from; reading them is the service's. */
  readonly relationTypes: readonly RelationType[];
  readonly eventCount: number;
}

export interface StoredMatrix {
  /** The kind of the place asked for; null when there is no such place (or none was asked for). */
  readonly scopeKind: string | null;
  readonly eventCount: number;
  /** By country id, governorate id (rows without a governorate last), then actor id. */
  readonly presences: StoredPresence[];
  readonly unplacedEventCount: number;
}

interface PresenceRow {
  readonly country: StoredProperties;
  readonly governorate: StoredProperties | null;
  readonly actor: StoredProperties;
  readonly labels: readonly string[];
  readonly relationTypes: readonly RelationType[];
  readonly eventCount: number;
}

interface WhoWorksWhereRow {
  readonly scopeKind: string | null;
  readonly eventCount: number;
  readonly rows: readonly PresenceRow[];
  readonly unplacedEventCount: number;
}

/** The who-works-where statement (cypher/analysis/who-works-where.cypher). */
export class WhoWorksWhereRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The 3W matrix of a country (or every country), at most `limit` rows. */
  async matrix(countryId: string | null, limit: number, ctx: QueryContext): Promise<StoredMatrix> {
    const [found] = await this.executor.read<WhoWorksWhereRow>('analysis/who-works-where', { countryId, limit: int(limit) }, ctx);
    // The statement starts with OPTIONAL MATCH and aggregates, so it always returns exactly one row.
    const row = found!;
    return {
      scopeKind: row.scopeKind,
      eventCount: row.eventCount,
      unplacedEventCount: row.unplacedEventCount,
      presences: row.rows.map((presence) => ({
        actor: toActorNode(presence.actor, presence.labels),
        country: toNode('PLACE', presence.country),
        governorate: presence.governorate ? toNode('PLACE', presence.governorate) : null,
        relationTypes: presence.relationTypes,
        eventCount: presence.eventCount,
      })),
    };
  }
}
