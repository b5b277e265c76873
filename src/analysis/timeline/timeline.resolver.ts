import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { storedPropertiesAsked } from '../../graph/lookahead';
import { EVENT_FIELD_PROPERTIES } from '../../graph/node-mapper';
import type { JisrContext } from '../../context/context';
import { buildTimeline, DEFAULT_PERIODS, MAX_PERIODS } from './timeline.service';
import { TimelineFilter } from './timeline.filter';
import { Timeline } from './timeline.type';

@Resolver(() => Timeline)
export class TimelineResolver {
  @Query(() => Timeline, {
    description: 'Events over time, grouped by month (YYYY-MM); events dated only to the year go in a year bucket (YYYY) and undated events in a separate bucket. '
      + 'Filters and partial-date semantics are those of `events(filter:)`. Lists the first `periods` dated buckets (default 120, at most 1000; '
      + '`truncated` says when more follow, `after: endCursor` reads them); counts cover every period.',
  })
  timeline(
    @Arg('filter', () => TimelineFilter, { nullable: true, description: 'Which events to show; all of them when omitted.' }) filter: TimelineFilter | null,
    @Arg('eventsPerBucket', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: 'How many events each bucket lists, 1 to 100; counts are always exact.',
    }) eventsPerBucket: number | null,
    @Arg('periods', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PERIODS,
      description: `How many dated buckets to list, 1 to ${MAX_PERIODS} (default ${DEFAULT_PERIODS}, ten years of months), from the earliest or after \`after\`; counts cover every period.`,
    }) periods: number | null,
    @Arg('after', () => String, { nullable: true, description: 'A period (YYYY or YYYY-MM), usually the endCursor of the previous answer: list the buckets after it.' }) after: string | null,
    @Ctx() ctx: JisrContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Timeline> {
    // A page's thousands of events are read with the properties the request asks of them only.
    const eventProperties = storedPropertiesAsked(info, EVENT_FIELD_PROPERTIES, ['buckets', 'events'], ['undated', 'events']);
    return buildTimeline(filter, eventsPerBucket ?? 20, ctx.repositories.timeline, ctx, { first: periods ?? DEFAULT_PERIODS, after }, eventProperties);
  }
}
