import funderOperations from '../../operations/funders.graphql';
import { jisr, operation } from '../api/jisr';
import type { EventPlace, EventSummary, Named } from '../api/graph.types';
import type { EvidenceQuote } from '../evidence/evidence.types';
import type { RelationType } from '../graph/graph.operations';

export type { Named } from '../api/graph.types';

export interface FundingFlow {
  readonly funder: Named & { readonly kind: string };
  readonly event: EventSummary & { readonly participantCount: number | null; readonly place: EventPlace | null };
  readonly direct: boolean;
  readonly via: readonly (Named & { readonly __typename: string })[];
  readonly hops: readonly { readonly type: RelationType; readonly fromId: string; readonly toId: string; readonly evidence: readonly EvidenceQuote[] }[];
}

export interface FunderReach {
  readonly funder: Named;
  readonly programCount: number;
  readonly eventCount: number;
  readonly organizationCount: number;
  readonly placeCount: number;
  /** The first programs and organisations by id; `truncated` when the reach holds more than the page. */
  readonly programsPage: { readonly truncated: boolean; readonly nodes: readonly Named[] };
  readonly organizationsPage: { readonly truncated: boolean; readonly nodes: readonly Named[] };
  readonly countries: readonly Named[];
  readonly participantCount: number;
  readonly eventsWithParticipantCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

interface Page<T> {
  readonly totalCount?: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: T }[];
}

/** A funder the picker offers, with the number of events its support reached. */
export interface FunderOption extends Named {
  readonly eventCount: number;
}

/** The funders read so far, largest first, and how to read on. */
export interface FunderList {
  readonly funders: readonly FunderOption[];
  /** How many funders the graph holds. */
  readonly totalCount: number;
  /** The cursor to read the next page from; null when every funder has been read. */
  readonly next: string | null;
}

/** A funder's flows as the view draws them: at most MAX_PAGES pages, and how many the funder has in all. */
export interface FunderFlows {
  readonly flows: readonly FundingFlow[];
  readonly totalCount: number;
}

/** The API's page size cap for fundingFlows. */
const PAGE = 200;
/** Enough for any funder the explorer can draw legibly; the exports carry the rest. */
const MAX_PAGES = 10;

/** The pages up to MAX_PAGES, and the totalCount the first one gave (the number of items in all, read or not). */
async function allPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<{ items: T[]; totalCount: number }> {
  const items: T[] = [];
  let totalCount: number | undefined;
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { edges, pageInfo, totalCount: count }: Page<T> = await fetchPage(after);
    totalCount ??= count;
    items.push(...edges.map((edge) => edge.node));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return { items, totalCount: totalCount ?? items.length };
}

/** Funders the picker reads at a time: the largest first, and more on demand. */
export const FUNDERS_PAGE = 100;

interface FundersPage {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly eventCount: number; readonly node: Named }[];
}

const ExplorerFunders = operation<{ funders: FundersPage }, { first: number; after: string | null }>(funderOperations, 'ExplorerFunders');
const ExplorerFunderFlows = operation<{ fundingFlows: Page<FundingFlow> }, { funderId: string; first: number; after: string | null }>(funderOperations, 'ExplorerFunderFlows');
const ExplorerFunderReach = operation<{ funderReach: FunderReach | null }, { funderId: string }>(funderOperations, 'ExplorerFunderReach');

/**
 * The next page of funders after those of `sofar` (the first page without it), largest first: the funders' own
 * list, not the funders of the first flows (those were the first few funders by id: 3 of 884 at 100k nodes).
 */
export async function moreFunders(sofar: FunderList | null): Promise<FunderList> {
  const { funders } = await jisr.request(ExplorerFunders, { first: FUNDERS_PAGE, after: sofar?.next ?? null });
  return {
    funders: [...(sofar?.funders ?? []), ...funders.edges.map((edge) => ({ ...edge.node, eventCount: edge.eventCount }))],
    totalCount: funders.totalCount,
    next: funders.pageInfo.hasNextPage ? funders.pageInfo.endCursor : null,
  };
}

export const flowsOf = (funderId: string): Promise<FunderFlows> =>
  allPages((after) => jisr.request(ExplorerFunderFlows, { funderId, first: PAGE, after }).then((data) => data.fundingFlows))
    .then(({ items, totalCount }) => ({ flows: items, totalCount }));

export const reachOf = (funderId: string) =>
  jisr.request(ExplorerFunderReach, { funderId }).then((data) => data.funderReach);
