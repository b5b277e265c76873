import { int } from 'neo4j-driver';
import type { Organization } from '../../actors/organization.type';
import type { Person } from '../../actors/person.type';
import { type EvidenceRead, type EvidenceWithSourceRow, evidenceReadOf } from '../../graph/graph.repository';
import { type StoredProperties, toActorNode } from '../../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../../neo4j/executor';
import type { SharedActivity } from '../common/activity.type';
import { type SharedActivityRow, toSharedActivity } from '../common/activity.rows';

/** A partner as read from the graph: the other actor, how many activities the two share, and the first of them. */
export interface StoredPartner {
  readonly actor: Organization | Person;
  /** Every event and program the two share, whether or not `shared` lists them all. */
  readonly sharedCount: number;
  /** By activity id, each side's links in link order; the first `sharedLimit` only when one was given. */
  readonly shared: SharedActivity[];
}

/** What the partners statement read: the partners, and with `withEvidence` the evidence of their listed links. */
export interface PartnersRead {
  readonly partners: StoredPartner[];
  /** The listed links' evidence, when asked for. */
  readonly evidence: EvidenceRead | null;
}

interface PartnerRow {
  readonly actor: StoredProperties;
  readonly labels: readonly string[];
  readonly sharedCount: number;
  readonly shared: readonly SharedActivityRow[];
}

/** The partners statement (cypher/analysis/partners.cypher). */
export class PartnersRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * The partners of an actor, most shared first, at most `limit`, each with its first `sharedLimit` shared
   * activities (null: all of them), and with `withEvidence` the evidence of the listed links; null when no actor
   * has the id.
   */
  async partners(actorId: string, limit: number, sharedLimit: number | null, withEvidence: boolean, ctx: QueryContext): Promise<PartnersRead | null> {
    // LIMIT and list slices need integers, not JS floats.
    const params = { actorId, limit: int(limit), sharedLimit: sharedLimit === null ? null : int(sharedLimit) };
    const [row] = await this.executor.read<{ partners: PartnerRow[]; evidenceIds: string[]; evidence?: EvidenceWithSourceRow[] }>(
      withEvidence ? 'analysis/partners-with-evidence' : 'analysis/partners', params, ctx,
    );
    if (!row) return null;
    return {
      partners: row.partners.map((partner) => ({
        actor: toActorNode(partner.actor, partner.labels),
        sharedCount: partner.sharedCount,
        shared: partner.shared.map(toSharedActivity),
      })),
      evidence: evidenceReadOf(row),
    };
  }
}
