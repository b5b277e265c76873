import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import { dateRange } from '../common/date-range';
import { NodeType } from '../common/enums';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import type { RequestScope } from '../context/loaders';
import type { Event } from '../events/event.type';
import { dateBounds } from '../text/arabic-dates';
import type { FundingRepository } from './funding.repository';
import type { FundingFlowFilter } from './funding-flow.type';
import { FunderReach, type FundingFlow } from './funding-flow.type';

/** Flows are audited in bulk (a funder's whole portfolio); pages are larger than entity lists. */
export const MAX_FLOWS_PAGE = 200;

/** Funding flows in a stable order: by funder id, then event date (undated last), then event id. */
export async function listFundingFlows(
  filter: FundingFlowFilter | null | undefined, first: number, after: string | null | undefined, funding: FundingRepository, scope: RequestScope,
): Promise<Page<FundingFlow>> {
  checkFirst(first, MAX_FLOWS_PAGE);
  const { fromStart, toEnd } = dateRange(filter?.from, filter?.to);
  const [afterFunder, afterDate, afterEvent] = after ? decodeCursor('funding flow', after, 3).map(String) : [null, null, null];
  const { totalCount, flows } = await funding.flows({
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
  }, scope.query);
  scope.loaders.prime(flows.flatMap((f) => [f.funder, f.event, ...f.via]));
  return toPage(flows, first, totalCount, (f) => encodeCursor('funding flow', [f.funder.id, f.sortDate, f.event.id]));
}

/** What a funder reached; null when no actor has the id. */
export async function funderReach(funderId: string, funding: FundingRepository, scope: RequestScope): Promise<FunderReach | null> {
  const { id } = parseNodeIdOf(funderId, ACTOR_NODE_TYPES, 'funderId');
  const reach = await funding.reach(id, scope.query);
  if (!reach) return null;
  scope.loaders.prime([reach.funder, ...reach.programs, ...reach.events, ...reach.organizations, ...reach.places, ...reach.countries]);
  // Participant counts are claims of a source: summed over distinct events, never over routes to them.
  const counted = reach.events.filter((e) => e.participantCount !== null);
  return Object.assign(new FunderReach(), reach, {
    participantCount: counted.reduce((sum, e) => sum + (e.participantCount ?? 0), 0),
    eventsWithParticipantCount: counted.length,
    ...dateSpan(reach.events),
  });
}

/** Earliest and latest dated events, compared by their bounds so that "2022-11" sorts after "2022-10-31". */
function dateSpan(events: readonly Event[]): { firstDate: string | null; lastDate: string | null } {
  const dated = events.flatMap((e) => (e.date ? [{ date: e.date, ...dateBounds(e.date) }] : []));
  if (dated.length === 0) return { firstDate: null, lastDate: null };
  const first = dated.reduce((a, b) => (b.start < a.start ? b : a));
  const last = dated.reduce((a, b) => (b.end > a.end ? b : a));
  return { firstDate: first.date, lastDate: last.date };
}
