import { int } from 'neo4j-driver';
import type { EventKind } from '../../common/enums';
import type { Event } from '../../events/event.type';
import { type StoredProperties, storedPropertiesOf, toNode } from '../../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../../neo4j/executor';
import type { PeriodGroup } from './timeline.buckets';

export interface TimelineQuery {
  readonly kinds: readonly EventKind[] | null;
  readonly countryId: string | null;
  readonly funderId: string | null;
  readonly fromStart: string | null;
  readonly toEnd: string | null;
  readonly perBucket: number;
  /** The page of dated periods whose events are listed: the first `firstPeriods` after `afterPeriod`. */
  readonly afterPeriod: string | null;
  readonly firstPeriods: number;
  /** The properties to read of each listed event (`id` among them), or null for all of them. */
  readonly eventProperties: readonly string[] | null;
}

/** One period's events: `period` is YYYY-MM, YYYY, or null for undated events. */
interface TimelineGroupRow {
  readonly period: string | null;
  /** False only for undated events under a date range, which do not match it (count only, no events). */
  readonly inRange: boolean;
  readonly count: number;
  /** Each event's properties, or with `eventProperties` the values of those, in that order. */
  readonly events: readonly (StoredProperties | readonly unknown[])[];
}

/** The timeline statement (cypher/analysis/timeline.cypher). */
export class TimelineRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * The matching events grouped by period, in no order; counts exact. Events are listed (at most `perBucket` a group)
   * for the undated group and the page's dated periods only; the other groups come with their counts alone. With
   * `eventProperties`, the events hold those properties only.
   */
  async periods(query: TimelineQuery, ctx: QueryContext): Promise<PeriodGroup<Event>[]> {
    const rows = await this.executor.read<TimelineGroupRow>('analysis/timeline', { ...query, perBucket: int(query.perBucket), firstPeriods: int(query.firstPeriods) }, ctx);
    return rows.map((row) => ({ ...row, events: row.events.map((stored) => toNode('EVENT', storedPropertiesOf(query.eventProperties, stored))) }));
  }
}
