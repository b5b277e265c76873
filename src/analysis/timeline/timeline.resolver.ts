import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../../context/context';
import { buildTimeline } from './timeline.service';
import { TimelineFilter } from './timeline.filter';
import { Timeline } from './timeline.type';

@Resolver(() => Timeline)
export class TimelineResolver {
  @Query(() => Timeline, {
    description: 'Events over time, grouped by month (YYYY-MM); events dated only to the year go in a year bucket (YYYY) and undated events in a separate bucket. '
      + 'Filters and partial-date semantics are those of `events(filter:)`.',
  })
  timeline(
    @Arg('filter', () => TimelineFilter, { nullable: true, description: 'Which events to show; all of them when omitted.' }) filter: TimelineFilter | null,
    @Arg('eventsPerBucket', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: 'How many events each bucket lists, 1 to 100; counts are always exact.',
    }) eventsPerBucket: number | null,
    @Ctx() ctx: JisrContext,
  ): Promise<Timeline> {
    return buildTimeline(filter, eventsPerBucket ?? 20, ctx.repositories.timeline, ctx);
  }
}
