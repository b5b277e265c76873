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

/** A page of a connection, as the explorer's operations select it. */
interface Page<E> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly E[];
}

/** Where the next page starts; null when this one was the last. */
const nextAfter = (page: Page<unknown>): string | null => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);

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

/** A funder's flows read so far (in the API's order: by event date, undated last), how many it has, and how to read on. */
export interface FunderFlows {
  readonly flows: readonly FundingFlow[];
  readonly totalCount: number;
  /** The cursor to read the next page from; null when every flow has been read. */
  readonly next: string | null;
}

/**
 * Flows the view reads at a time. A hub funder has thousands, each with the quotes of its hops (about 3 KB a
 * flow at 100k nodes): reading 2,000 before drawing any took the EU 5–10 s and 6 MB. More come on demand; the
 * exports carry them all.
 */
export const FLOWS_PAGE = 100;

/** Funders the picker reads at a time: the largest first, and more on demand. */
export const FUNDERS_PAGE = 100;

const ExplorerFunders = operation<{ funders: Page<{ readonly eventCount: number; readonly node: Named }> }, { first: number; after: string | null }>(funderOperations, 'ExplorerFunders');
const ExplorerFunderFlows = operation<{ fundingFlows: Page<{ readonly node: FundingFlow }> }, { funderId: string; first: number; after: string | null }>(funderOperations, 'ExplorerFunderFlows');
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
    next: nextAfter(funders),
  };
}

/** The next page of a funder's flows after those of `sofar` (the first page without it). */
export async function moreFlows(funderId: string, sofar: FunderFlows | null): Promise<FunderFlows> {
  const { fundingFlows } = await jisr.request(ExplorerFunderFlows, { funderId, first: FLOWS_PAGE, after: sofar?.next ?? null });
  return {
    flows: [...(sofar?.flows ?? []), ...fundingFlows.edges.map((edge) => edge.node)],
    totalCount: fundingFlows.totalCount,
    next: nextAfter(fundingFlows),
  };
}

export const reachOf = (funderId: string) =>
  jisr.request(ExplorerFunderReach, { funderId }).then((data) => data.funderReach);
