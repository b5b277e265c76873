import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import { dateRange } from '../common/date-range';
import { NodeType } from '../common/enums';
import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import type { RequestScope } from '../context/loaders';
import DataLoader from 'dataloader';
import { badUserInput } from '../errors';
import { FunderConnection, FunderEdge } from './funder.connection';
import { type FlowProperties, type FundingRepository, type ReachItem, type ReachPageRequest, reachPageKey, WHOLE_FLOW_NODES } from './funding.repository';
import type { FundingFlowFilter } from './funding-flow.type';
import { FunderReach, type FundingFlow, type ReachPage, ReachList } from './funding-flow.type';

/** Flows are audited in bulk (a funder's whole portfolio); pages are larger than entity lists. */
export const MAX_FLOWS_PAGE = 200;

/**
 * What a request reads of a page of flows, from its selection: by default everything, counted, without evidence.
 */
export interface FlowsRead {
  /** False when the request does not read totalCount: a page alone does not need a funder's flows counted. */
  readonly withCount?: boolean;
  /** True when it reads the flows' or hops' evidence: the evidence comes with the page, for the evidence loader. */
  readonly withEvidence?: boolean;
  /** The properties it reads of the funder, the event and the programs; whole nodes by default. */
  readonly properties?: FlowProperties;
}

/**
 * Funding flows in a stable order: by funder id, then event date (undated last), then event id. A node read whole
 * is primed into the request's loaders; one read in part (`properties`) is not, so that a field asked of it
 * elsewhere in the request reads it whole.
 */
export async function listFundingFlows(
  filter: FundingFlowFilter | null | undefined, first: number, after: string | null | undefined, funding: FundingRepository, scope: RequestScope,
  { withCount = true, withEvidence = false, properties = WHOLE_FLOW_NODES }: FlowsRead = {},
): Promise<Page<FundingFlow>> {
  checkFirst(first, MAX_FLOWS_PAGE);
  const { fromStart, toEnd } = dateRange(filter?.from, filter?.to);
  const [afterFunder, afterDate, afterEvent] = after ? decodeCursor('funding flow', after, 3).map(String) : [null, null, null];
  const prefetch = withEvidence && scope.loaders.lookahead;
  // Without the lookahead (a test's baseline), nodes are read whole as they always were.
  const read = scope.loaders.lookahead ? properties : WHOLE_FLOW_NODES;
  const { totalCount, flows, evidence } = await funding.flows({
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
    withCount,
    withEvidence: prefetch,
    properties: read,
  }, scope.query);
  scope.loaders.prime(flows.flatMap((f) => [
    ...(read.funder ? [] : [f.funder]), ...(read.event ? [] : [f.event]), ...(read.program ? [] : f.via),
  ]));
  if (evidence) scope.loaders.primeEvidence(evidence);
  // A null count is never read: totalCount was not selected (GraphQL resolves only what is asked).
  return toPage(flows, first, totalCount ?? -1, (f) => encodeCursor('funding flow', [f.funder.id, f.sortDate, f.event.id]));
}

/**
 * Funders largest first: by how many events their support reached (funderReach.eventCount), then by id, both
 * descending, read from the totals every write keeps, so that a page costs the same however many funders there
 * are. What a front-end offers to pick a funder from, and where a funder audit starts.
 */
export async function listFunders(first: number, after: string | null | undefined, funding: FundingRepository, scope: RequestScope): Promise<FunderConnection> {
  checkFirst(first);
  const [eventCount, funderId] = after ? decodeCursor('funder', after, 2) : [null, null];
  if (after && (!Number.isSafeInteger(eventCount) || typeof funderId !== 'string')) {
    throw badUserInput(`Expected after to be a cursor returned by this funder connection (pageInfo.endCursor), but got ${JSON.stringify(after)}.`, { argument: 'after' });
  }
  const { totalCount, funders } = await funding.funders(after ? { eventCount: eventCount as number, funderId: funderId as string } : null, first + 1, scope.query);
  scope.loaders.prime(funders.map((f) => f.funder));
  const page = toPage(funders, first, totalCount, (f) => encodeCursor('funder', [f.eventCount, f.funder.id]));
  return Object.assign(new FunderConnection(), {
    totalCount: page.totalCount,
    pageInfo: page.pageInfo,
    edges: page.edges.map((edge) => Object.assign(new FunderEdge(), { cursor: edge.cursor, node: edge.node.funder, eventCount: edge.node.eventCount, programCount: edge.node.programCount })),
  });
}

/** The plain lists of a funder's reach (programs, events, organizations, places) stop at this many, by id. */
export const REACH_LIST_CAP = 1000;
/** A page of a reach list: 1 to this many items; the default is DEFAULT_REACH_PAGE. */
export const MAX_REACH_PAGE = 1000;
export const DEFAULT_REACH_PAGE = 100;

/** Which total counts each list, so that a page's totalCount is the audit's own number. */
const TOTAL_OF = {
  [ReachList.PROGRAMS]: 'programCount',
  [ReachList.EVENTS]: 'eventCount',
  [ReachList.ORGANIZATIONS]: 'organizationCount',
  [ReachList.PLACES]: 'placeCount',
} as const;

/**
 * What a funder reached, in totals aggregated over all of it (participants summed over distinct events, never
 * over routes to them; first and last dates compared by their bounds); null when no actor has the id.
 */
export async function funderReach(
  funderId: string, funding: FundingRepository, scope: RequestScope, pagesAsked: readonly ReachPageRequest[] = [],
): Promise<FunderReach | null> {
  const { id } = parseNodeIdOf(funderId, ACTOR_NODE_TYPES, 'funderId');
  // The lists the selection reads are read alongside the totals, in the same wave, rather than after them: they
  // need the funder's id alone. Should that read fail, the fields read their lists themselves and report it.
  const prefetch = pagesAsked.length > 0 && scope.loaders.lookahead;
  const [reach, pages] = await Promise.all([
    funding.reach(id, scope.query),
    prefetch ? funding.reachPages(id, pagesAsked, scope.query).catch(() => null) : null,
  ]);
  if (!reach) return null;
  scope.loaders.prime([reach.funder, ...reach.countries]);
  const found = Object.assign(new FunderReach(), reach);
  if (pages) {
    const loader = pageLoader(found, funding, scope);
    pagesAsked.forEach((request, i) => loader.prime(request, pages[i] ?? []));
  }
  return found;
}

/**
 * The page requests the fields of a reach will make, given what each list and page field of the selection asks
 * (`first` and `after` of each `…Page`; a plain list reads its capped page): what funderReach reads ahead. A
 * `first` out of range is left to its field, which refuses it.
 */
export function reachPagesOf(lists: readonly ReachList[], pages: readonly { list: ReachList; first: number | null | undefined; after: string | null | undefined }[]): ReachPageRequest[] {
  const capped = lists.map((list) => ({ list, after: null, limit: REACH_LIST_CAP + 1 }));
  const paged = pages.flatMap(({ list, first, after }) => {
    const size = first ?? DEFAULT_REACH_PAGE;
    return Number.isInteger(size) && size >= 1 && size <= MAX_REACH_PAGE ? [{ list, after: after ?? null, limit: size + 1 }] : [];
  });
  return [...capped, ...paged];
}

/**
 * Each reach's page requests, batched: the lists one query asks for together (sibling fields, resolved in the
 * same tick) are read by one statement sharing one walk of the portfolio. Per reach object, so per request.
 */
const pageLoaders = new WeakMap<FunderReach, DataLoader<ReachPageRequest, ReachItem<ReachList>[], string>>();

function pageLoader(reach: FunderReach, funding: FundingRepository, scope: RequestScope) {
  let loader = pageLoaders.get(reach);
  if (!loader) {
    loader = new DataLoader((requests: readonly ReachPageRequest[]) => funding.reachPages(reach.funder.id, requests, scope.query), { cacheKeyFn: reachPageKey });
    pageLoaders.set(reach, loader);
  }
  return loader;
}

/**
 * One page of a list of a funder's reach, by id after the cursor (the last id of the previous page). Reading
 * one item more than asked says whether more follow; the total comes from the reach's own counts.
 */
export async function funderReachPage<L extends ReachList>(
  reach: FunderReach, list: L, first: number, after: string | null | undefined, funding: FundingRepository, scope: RequestScope,
  max = MAX_REACH_PAGE,
): Promise<ReachPage<ReachItem<L>>> {
  checkFirst(first, max, 'Page with `after` (the endCursor of the previous page) to read more.');
  const rows = await pageLoader(reach, funding, scope).load({ list, after: after ?? null, limit: first + 1 }) as ReachItem<L>[];
  const nodes = rows.slice(0, first);
  scope.loaders.prime(nodes);
  return { nodes, totalCount: reach[TOTAL_OF[list]], truncated: rows.length > first, endCursor: nodes.at(-1)?.id ?? null };
}
