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
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: T }[];
}

/** The API's page size cap for fundingFlows. */
const PAGE = 200;
/** Enough for any funder the explorer can draw legibly; the exports carry the rest. */
const MAX_PAGES = 10;

async function allPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { edges, pageInfo }: Page<T> = await fetchPage(after);
    items.push(...edges.map((edge) => edge.node));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return items;
}

const ExplorerFunders = operation<{ fundingFlows: Page<{ funder: Named }> }, { first: number; after: string | null }>(funderOperations, 'ExplorerFunders');
const ExplorerFunderFlows = operation<{ fundingFlows: Page<FundingFlow> }, { funderId: string; first: number; after: string | null }>(funderOperations, 'ExplorerFunderFlows');
const ExplorerFunderReach = operation<{ funderReach: FunderReach | null }, { funderId: string }>(funderOperations, 'ExplorerFunderReach');

/** Every actor that funds something, once, from the funding flows themselves. */
export async function listFunders(): Promise<Named[]> {
  const flows = await allPages((after) => jisr.request(ExplorerFunders, { first: PAGE, after }).then((data) => data.fundingFlows));
  return [...new Map(flows.map((flow) => [flow.funder.id, flow.funder])).values()];
}

export const flowsOf = (funderId: string) =>
  allPages((after) => jisr.request(ExplorerFunderFlows, { funderId, first: PAGE, after }).then((data) => data.fundingFlows));

export const reachOf = (funderId: string) =>
  jisr.request(ExplorerFunderReach, { funderId }).then((data) => data.funderReach);
