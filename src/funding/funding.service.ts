import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import { dateRange } from '../common/date-range';
import { NodeType } from '../common/enums';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import type { JisrContext } from '../context/context';
import type { FundingFlowFilter } from './funding-flow.type';
import { FunderReach, type FundingFlow } from './funding-flow.type';

/** Flows are audited in bulk (a funder's whole portfolio); pages are larger than entity lists. */
export const MAX_FLOWS_PAGE = 200;

/** Funding flows in a stable order: by funder id, then event date (undated last), then event id. */
export async function listFundingFlows(filter: FundingFlowFilter | null | undefined, first: number, after: string | null | undefined, ctx: JisrContext): Promise<Page<FundingFlow>> {
  checkFirst(first, MAX_FLOWS_PAGE);
  const { fromStart, toEnd } = dateRange(filter?.from, filter?.to);
  const [afterFunder, afterDate, afterEvent] = after ? decodeCursor('funding flow', after, 3).map(String) : [null, null, null];
  const { totalCount, flows } = await ctx.repositories.funding.flows({
    funderId: filter?.funderId ? parseNodeIdOf(filter.funderId, ACTOR_NODE_TYPES, 'filter.funderId').id : null,
    eventKinds: filter?.eventKinds?.length ? filter.eventKinds : null,
    countryId: filter?.countryId ? parseNodeIdOf(filter.countryId, [NodeType.PLACE], 'filter.countryId').id : null,
    fromStart,
    toEnd,
    directOnly: filter?.directOnly ?? false,
    afterFunder: afterFunder ?? null,
    afterDate: afterDate ?? null,
    afterEvent: afterEvent ?? null,
    limit: first + 1,
  }, ctx.query);
  for (const flow of flows) {
    ctx.loaders.nodes.prime(flow.funder.id, flow.funder);
    ctx.loaders.nodes.prime(flow.event.id, flow.event);
  }
  return toPage(flows, first, totalCount, (f) => encodeCursor('funding flow', [f.funder.id, f.sortDate, f.event.id]));
}

/** What a funder reached; null when no actor has the id. */
export async function funderReach(funderId: string, ctx: JisrContext): Promise<FunderReach | null> {
  const { id } = parseNodeIdOf(funderId, ACTOR_NODE_TYPES, 'funderId');
  const reach = await ctx.repositories.funding.reach(id, ctx.query);
  if (!reach) return null;
  const counted = reach.events.filter((e) => e.participantCount !== null);
  return Object.assign(new FunderReach(), reach, {
    participantCount: counted.reduce((sum, e) => sum + (e.participantCount ?? 0), 0),
    eventsWithParticipantCount: counted.length,
  });
}
