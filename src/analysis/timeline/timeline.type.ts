import { Field, Int, ObjectType } from 'type-graphql';
import { DatePrecision } from '../../common/enums';
import { Event } from '../../events/event.type';

@ObjectType({ description: 'The events of one period: a month, a year (events dated only to the year), or no period (undated events).' })
export class TimelineBucket {
  @Field(() => String, { nullable: true, description: 'YYYY-MM for a month, YYYY for a year; null for the undated bucket.' })
  period!: string | null;

  @Field(() => DatePrecision, { description: 'MONTH (events dated to the day or month), YEAR (events dated only to the year) or UNKNOWN (undated).' })
  precision!: DatePrecision;

  @Field(() => Int, { description: 'How many events the period holds, all of them, however many `events` lists.' })
  count!: number;

  @Field(() => [Event], { description: 'The period\'s events in date order, then by id; at most `eventsPerBucket`.' })
  events!: Event[];
}

@ObjectType({ description: 'Events over time: month buckets, year buckets for events known only by year, and an undated bucket.' })
export class Timeline {
  @Field(() => [TimelineBucket], {
    description: 'Dated buckets in time order, at most `periods` of them after `after`; a year bucket (YYYY) comes before the month buckets of the same year. Empty periods are left out.',
  })
  buckets!: TimelineBucket[];

  @Field({ description: 'True exactly when more dated buckets follow those listed: pass endCursor as `after` to read them.' })
  truncated!: boolean;

  @Field(() => String, { nullable: true, description: 'The period of the last listed bucket; null when none is listed.' })
  endCursor!: string | null;

  @Field(() => Int, { description: 'How many dated buckets the timeline holds, over all pages.' })
  periodCount!: number;

  @Field(() => TimelineBucket, { description: 'Events whose date is UNKNOWN (period null); empty under a date range, which undated events never match.' })
  undated!: TimelineBucket;

  @Field(() => Int, { description: 'How many events the timeline holds, every period counted whether listed or not: the dated buckets\' counts plus the undated bucket\'s.' })
  totalCount!: number;

  @Field(() => Int, { description: 'Undated events that match every other filter but not from/to: an unknown date cannot be placed in a range. 0 without a date range.' })
  undatedExcludedCount!: number;
}
