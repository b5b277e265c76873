import { int } from 'neo4j-driver';
import type { Organization } from '../../actors/organization.type';
import type { Person } from '../../actors/person.type';
import type { RelationType } from '../../common/enums';
import { type EvidenceRead, type EvidenceWithSourceRow, evidenceReadOf } from '../../graph/graph.repository';
import { type StoredProperties, toActorNode, toNode } from '../../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../../neo4j/executor';
import type { SharedActivity } from '../common/activity.type';
import { type ActivityRow, type SharedActivityRow, toActivity, toSharedActivity } from '../common/activity.rows';
import { PersonTie, SharedFunder, SharedPerson } from './interlocks.type';

/** A shared funder with its funder typed for the node loader. */
export type StoredFunder = SharedFunder & { readonly funder: Organization | Person };

/** What two actors have in common, as read from the graph; an actor is null when no actor has its id. */
export interface StoredInterlocks {
  readonly actor: Organization | Person | null;
  readonly other: Organization | Person | null;
  /** The first events then the first programs, each by id; telling them apart is the service's. */
  readonly activities: SharedActivity[];
  readonly funders: StoredFunder[];
  readonly people: SharedPerson[];
  /** How many of each there are, however many are listed. */
  readonly eventCount: number;
  readonly programCount: number;
  readonly funderCount: number;
  readonly personCount: number;
  /** The listed links' and ties' evidence, when asked for (`evidence`). */
  readonly evidence: EvidenceRead | null;
}

/**
 * Which lists of the answer are read with their nodes' properties; the others hold ids only (with labels, to
 * tell an event from a program), which is all their objects then carry.
 */
export interface InterlocksProperties {
  /** The events and programs listed under each shared funder. */
  readonly funderActivities: boolean;
  /** The events of the people's PARTICIPATED_IN ties. */
  readonly tieEvents: boolean;
  /** The evidence of the shared activities' links and of the people's ties (records with their sources). */
  readonly evidence: boolean;
}

/** How a person is tied to an actor: HOLDS_POSITION (with a title) or PARTICIPATED_IN (with the event). */
interface PersonTieRow {
  readonly type: RelationType;
  readonly title: string | null;
  readonly event: StoredProperties | null;
  readonly evidenceIds: readonly string[] | null;
}

interface InterlocksRow {
  readonly actor: StoredProperties | null;
  readonly actorLabels: readonly string[] | null;
  readonly other: StoredProperties | null;
  readonly otherLabels: readonly string[] | null;
  readonly eventCount: number;
  readonly programCount: number;
  readonly activities: readonly SharedActivityRow[];
  readonly funderCount: number;
  readonly funders: readonly {
    readonly funder: StoredProperties;
    readonly labels: readonly string[];
    readonly actorActivityCount: number;
    readonly otherActivityCount: number;
    readonly actorActivities: readonly ActivityRow[];
    readonly otherActivities: readonly ActivityRow[];
  }[];
  readonly personCount: number;
  readonly evidenceIds: readonly string[];
  /** With the evidence (analysis/interlocks-with-evidence) only. */
  readonly evidence?: readonly EvidenceWithSourceRow[];
  readonly people: readonly {
    readonly person: StoredProperties;
    readonly actorTieCount: number;
    readonly otherTieCount: number;
    readonly actorTies: readonly PersonTieRow[];
    readonly otherTies: readonly PersonTieRow[];
  }[];
}

/** The interlocks statement (cypher/analysis/interlocks.cypher). */
export class InterlocksRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** What the two have in common, each list (and each funder's activities, each person's ties) cut to its first `first` by id. */
  async interlocks(actorId: string, otherId: string, first: number, properties: InterlocksProperties, ctx: QueryContext): Promise<StoredInterlocks> {
    const [found] = await this.executor.read<InterlocksRow>(properties.evidence ? 'analysis/interlocks-with-evidence' : 'analysis/interlocks', {
      actorId, otherId, first: int(first), funderActivityProperties: properties.funderActivities, tieEventProperties: properties.tieEvents,
    }, ctx);
    // The statement starts with OPTIONAL MATCH, so it always returns exactly one row.
    const row = found!;
    return {
      actor: row.actor ? toActorNode(row.actor, row.actorLabels ?? []) : null,
      other: row.other ? toActorNode(row.other, row.otherLabels ?? []) : null,
      activities: row.activities.map(toSharedActivity),
      funders: row.funders.map((funder): StoredFunder => Object.assign(new SharedFunder(), {
        funder: toActorNode(funder.funder, funder.labels),
        actorActivities: funder.actorActivities.map(toActivity),
        actorActivityCount: funder.actorActivityCount,
        otherActivities: funder.otherActivities.map(toActivity),
        otherActivityCount: funder.otherActivityCount,
      })),
      people: row.people.map((person) => Object.assign(new SharedPerson(), {
        person: toNode('PERSON', person.person),
        actorTies: toPersonTies(person.actorTies),
        actorTieCount: person.actorTieCount,
        otherTies: toPersonTies(person.otherTies),
        otherTieCount: person.otherTieCount,
      })),
      eventCount: row.eventCount,
      programCount: row.programCount,
      funderCount: row.funderCount,
      personCount: row.personCount,
      evidence: evidenceReadOf(row),
    };
  }
}

/** Ties in the statement's order: positions (by title) before events (by id). */
function toPersonTies(rows: readonly PersonTieRow[]): PersonTie[] {
  return rows.map((row) => Object.assign(new PersonTie(), {
      type: row.type,
      title: row.title ?? null,
      event: row.event ? toNode('EVENT', row.event) : null,
      evidenceIds: [...(row.evidenceIds ?? [])],
    }));
}
