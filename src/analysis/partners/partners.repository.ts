import { int } from 'neo4j-driver';
import type { Organization } from '../../actors/organization.type';
import type { Person } from '../../actors/person.type';
import { type StoredProperties, toActorNode } from '../../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../../neo4j/executor';
import type { SharedActivity } from '../common/activity.type';
import { type SharedActivityRow, toSharedActivity } from '../common/activity.rows';

/** A partner as read from the graph: the other actor and what the two share; counting is the service's. */
export interface StoredPartner {
  readonly actor: Organization | Person;
  /** By activity id, each side's links in link order. */
  readonly shared: SharedActivity[];
}

interface PartnerRow {
  readonly actor: StoredProperties;
  readonly labels: readonly string[];
  readonly shared: readonly SharedActivityRow[];
}

/** The partners statement (cypher/analysis/partners.cypher). */
export class PartnersRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The partners of an actor, most shared first, at most `limit`; null when no actor has the id. */
  async partners(actorId: string, limit: number, ctx: QueryContext): Promise<StoredPartner[] | null> {
    // LIMIT needs an integer, not a JS float.
    const [row] = await this.executor.read<{ partners: PartnerRow[] }>('analysis/partners', { actorId, limit: int(limit) }, ctx);
    if (!row) return null;
    return row.partners.map((partner) => ({ actor: toActorNode(partner.actor, partner.labels), shared: partner.shared.map(toSharedActivity) }));
  }
}
