import { int } from 'neo4j-driver';
import type { EventKind } from '../../common/enums';
import type { Event } from '../../events/event.type';
import { type StoredProperties, toNode } from '../../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../../neo4j/executor';
import type { PeriodGroup } from './timeline.buckets';

export interface TimelineQuery {
  readonly kinds: readonly EventKind[] | null;
  readonly countryId: string | null;
  readonly funderId: string | null;
  readonly fromStart: string | null;
  readonly toEnd: string | null;
  readonly perBucket: number;
}

/** One period's events: `period` is YYYY-MM, YYYY, or null for undated events. */
interface TimelineGroupRow {
  readonly period: string | null;
  /** False only for undated events under a date range, which do not match it (count only, no events). */
  readonly inRange: boolean;
  readonly count: number;
  readonly events: readonly StoredProperties[];
}

/** The timeline statement (cypher/analysis/timeline.cypher). */
export class TimelineRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The matching events grouped by period, in no order; at most `perBucket` events listed per group, counts exact. */
  async periods(query: TimelineQuery, ctx: QueryContext): Promise<PeriodGroup<Event>[]> {
    const rows = await this.executor.read<TimelineGroupRow>('analysis/timeline', { ...query, perBucket: int(query.perBucket) }, ctx);
    return rows.map((row) => ({ ...row, events: row.events.map((props) => toNode('EVENT', props)) }));
  }
}
