import { int } from 'neo4j-driver';
import type { EventKind, RelationType } from '../common/enums';
import type { StoredProperties } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';

/** A stored node with its labels, as the analysis statements return them. */
export interface StoredNode {
  readonly props: StoredProperties;
  readonly labels: readonly string[];
}

/** One relationship from an actor to an event or program. */
export interface LinkRow {
  readonly type: RelationType;
  readonly role: string | null;
  readonly evidenceIds: readonly string[] | null;
}

/** An event or program two actors both have a direct relationship to, and those relationships. */
export interface SharedActivityRow {
  readonly activity: StoredProperties;
  readonly labels: readonly string[];
  readonly actorLinks: readonly LinkRow[];
  readonly otherLinks: readonly LinkRow[];
}

export interface PartnerRow {
  readonly actor: StoredProperties;
  readonly labels: readonly string[];
  readonly shared: readonly SharedActivityRow[];
}

export interface ActivityRow {
  readonly activity: StoredProperties;
  readonly labels: readonly string[];
}

export interface FunderRow {
  readonly funder: StoredProperties;
  readonly labels: readonly string[];
  readonly actorActivities: readonly ActivityRow[];
  readonly otherActivities: readonly ActivityRow[];
}

/** How a person is tied to an actor: HOLDS_POSITION (with a title) or PARTICIPATED_IN (with the event). */
export interface PersonTieRow {
  readonly type: RelationType;
  readonly title: string | null;
  readonly event: StoredProperties | null;
  readonly evidenceIds: readonly string[] | null;
}

export interface PersonRow {
  readonly person: StoredProperties;
  readonly actorTies: readonly PersonTieRow[];
  readonly otherTies: readonly PersonTieRow[];
}

export interface InterlocksRow {
  readonly actor: StoredProperties | null;
  readonly actorLabels: readonly string[] | null;
  readonly other: StoredProperties | null;
  readonly otherLabels: readonly string[] | null;
  readonly activities: readonly SharedActivityRow[];
  readonly funders: readonly FunderRow[];
  readonly people: readonly PersonRow[];
}

export interface CollaborationLinksRow {
  readonly placeFound: boolean;
  /** [actorId, activityId] pairs, each once. */
  readonly links: readonly (readonly [string, string])[];
  readonly actors: readonly StoredProperties[];
  readonly actorLabels: readonly string[][];
}

export interface TimelineQuery {
  readonly kinds: readonly EventKind[] | null;
  readonly countryId: string | null;
  readonly funderId: string | null;
  readonly fromStart: string | null;
  readonly toEnd: string | null;
  readonly perBucket: number;
}

/** One period's events: `period` is YYYY-MM, YYYY, or null for undated events. */
export interface TimelineGroupRow {
  readonly period: string | null;
  /** False only for undated events under a date range, which do not match it (count only, no events). */
  readonly inRange: boolean;
  readonly count: number;
  readonly events: readonly StoredProperties[];
}

export interface PresenceRow {
  readonly country: StoredProperties;
  readonly governorate: StoredProperties | null;
  readonly actor: StoredProperties;
  readonly labels: readonly string[];
  readonly relationTypes: readonly RelationType[];
  readonly eventCount: number;
}

export interface WhoWorksWhereRow {
  /** The kind of the place $countryId names; null when there is no such place (or none was asked for). */
  readonly scopeKind: string | null;
  readonly eventCount: number;
  readonly rows: readonly PresenceRow[];
  readonly unplacedEventCount: number;
}

/** The Cypher of the analyses (cypher/analysis/), all of them reads; one statement per analysis. */
export class AnalysisRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The partners of an actor, best first, at most `limit`; null when no actor has the id. */
  async partners(actorId: string, limit: number, ctx: QueryContext): Promise<readonly PartnerRow[] | null> {
    // LIMIT needs an integer, not a JS float.
    const [row] = await this.executor.read<{ partners: PartnerRow[] }>('analysis/partners', { actorId, limit: int(limit) }, ctx);
    return row ? row.partners : null;
  }

  async interlocks(actorId: string, otherId: string, ctx: QueryContext): Promise<InterlocksRow> {
    const [row] = await this.executor.read<InterlocksRow>('analysis/interlocks', { actorId, otherId }, ctx);
    // The statement starts with OPTIONAL MATCH, so it always returns exactly one row.
    return row!;
  }

  /** At most `limit` actor–activity links of the collaboration network, within a place or everywhere. */
  async collaborationLinks(countryId: string | null, limit: number, ctx: QueryContext): Promise<CollaborationLinksRow> {
    const [row] = await this.executor.read<CollaborationLinksRow>('analysis/collaboration-links', { countryId, limit: int(limit) }, ctx);
    return row!;
  }

  async timeline(query: TimelineQuery, ctx: QueryContext): Promise<readonly TimelineGroupRow[]> {
    return this.executor.read<TimelineGroupRow>('analysis/timeline', { ...query, perBucket: int(query.perBucket) }, ctx);
  }

  async whoWorksWhere(countryId: string | null, limit: number, ctx: QueryContext): Promise<WhoWorksWhereRow> {
    const [row] = await this.executor.read<WhoWorksWhereRow>('analysis/who-works-where', { countryId, limit: int(limit) }, ctx);
    return row!;
  }
}
