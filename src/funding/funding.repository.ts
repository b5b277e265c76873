import { int } from 'neo4j-driver';
import type { Organization } from '../actors/organization.type';
import type { Person } from '../actors/person.type';
import type { EventKind, RelationType } from '../common/enums';
import { type EvidenceRead, type EvidenceWithSourceRow, evidenceReadOf } from '../graph/graph.repository';
import { type NodeObjects, type StoredProperties, storedPropertiesOf, toActorNode, toNode } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { Place } from '../places/place.type';
import { FundingFlow, FundingHop, ReachList } from './funding-flow.type';

export interface FlowQuery {
  readonly funderId: string | null;
  readonly eventKinds: readonly EventKind[] | null;
  readonly countryId: string | null;
  readonly fromStart: string | null;
  readonly toEnd: string | null;
  readonly directOnly: boolean;
  readonly afterFunder: string | null;
  readonly afterDate: string | null;
  readonly afterEvent: string | null;
  readonly limit: number;
  /** False when the request does not read totalCount: a funder's flows are not counted and totalCount is null. */
  readonly withCount: boolean;
  /** True when the request reads the evidence of the flows or their hops: its records come with the page. */
  readonly withEvidence: boolean;
  /** The properties to read of the funder, the event and the programs on the way (`id` among them), or null for all. */
  readonly properties: FlowProperties;
}

/** Which stored properties a page of flows reads of each node it lists; null reads them all. */
export interface FlowProperties {
  readonly funder: readonly string[] | null;
  readonly event: readonly string[] | null;
  readonly program: readonly string[] | null;
}

/** Every property of every node: what a caller that hands the nodes on (to the loaders, to an export) needs. */
export const WHOLE_FLOW_NODES: FlowProperties = { funder: null, event: null, program: null };

/** A flow as read from the graph, with its sort key for cursors and its funder typed for the node loader. */
export type StoredFlow = FundingFlow & { readonly funder: Organization | Person; readonly sortDate: string };

/** A funder's reach in totals, aggregated in the database over all of it; the lists are read a page at a time. */
export interface StoredReach {
  readonly funder: Organization | Person;
  readonly programCount: number;
  readonly eventCount: number;
  readonly organizationCount: number;
  readonly placeCount: number;
  readonly participantCount: number;
  readonly eventsWithParticipantCount: number;
  readonly countries: Place[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

const REACH_ITEM_TYPES = {
  [ReachList.PROGRAMS]: 'PROGRAM',
  [ReachList.EVENTS]: 'EVENT',
  [ReachList.ORGANIZATIONS]: 'ORGANIZATION',
  [ReachList.PLACES]: 'PLACE',
} as const;

/** One page of one reach list: at most `limit` items by id after the id `after`. */
export interface ReachPageRequest {
  readonly list: ReachList;
  readonly after: string | null;
  readonly limit: number;
}

/** Tells requests apart: the same list may be asked from two places (a plain list and a page). */
export const reachPageKey = (r: ReachPageRequest): string => JSON.stringify([r.list, r.after, Number(r.limit)]);

/** The items of each reach list, as the node mapper types them. */
export type ReachItem<L extends ReachList> = NodeObjects[(typeof REACH_ITEM_TYPES)[L]];

/** A node read whole, or the values of the properties asked (FlowProperties) in their order. */
type Stored = StoredProperties | readonly unknown[];

/** A funder as `funders` lists it: the actor, and the totals it is ranked by. */
export interface StoredFunder {
  readonly funder: Organization | Person;
  readonly eventCount: number;
  readonly programCount: number;
}

interface FlowRow {
  funder: Stored; funderLabels: string[]; event: Stored; sortDate: string; direct: boolean;
  via: Stored[]; hops: { type: RelationType; from: string; to: string; evidenceIds: string[] | null }[];
}

export class FundingRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** A page of flows (`limit` of them at most); `evidence`, with `withEvidence`, that of all but the last one's hops. */
  async flows(query: FlowQuery, ctx: QueryContext): Promise<{ totalCount: number | null; flows: StoredFlow[]; evidence: EvidenceRead | null }> {
    const { withEvidence, properties, ...params } = query;
    const [row] = await this.executor.read<{ totalCount: number; page: FlowRow[]; evidenceIds: string[]; evidence?: EvidenceWithSourceRow[] }>(
      withEvidence ? 'funding/funding-flows-with-evidence' : 'funding/funding-flows', {
        ...params,
        limit: int(query.limit), // LIMIT-like slices need integers
        funderProperties: properties.funder, eventProperties: properties.event, programProperties: properties.program,
      }, ctx,
    );
    const flows = (row?.page ?? []).map((f): StoredFlow => Object.assign(new FundingFlow(), {
      funder: toActorNode(storedPropertiesOf(properties.funder, f.funder), f.funderLabels),
      event: toNode('EVENT', storedPropertiesOf(properties.event, f.event)),
      sortDate: f.sortDate,
      direct: f.direct,
      via: f.via.map((p) => toNode('PROGRAM', storedPropertiesOf(properties.program, p))),
      hops: f.hops.map((h) => Object.assign(new FundingHop(), { type: h.type, fromId: h.from, toId: h.to, evidenceIds: h.evidenceIds ?? [] })),
    }));
    return { totalCount: query.withCount ? row?.totalCount ?? 0 : null, flows, evidence: row ? evidenceReadOf(row) : null };
  }

  /**
   * Funders largest first (by the events their support reached, then by id, both descending), at most `limit` after
   * the funder of `after` (its event count and id), and how many funders there are.
   */
  async funders(after: { eventCount: number; funderId: string } | null, limit: number, ctx: QueryContext): Promise<{ totalCount: number; funders: StoredFunder[] }> {
    const [row] = await this.executor.read<{ totalCount: number; page: { funder: StoredProperties; labels: string[]; eventCount: number; programCount: number }[] }>(
      'funding/funders-page', { afterCount: after ? int(after.eventCount) : null, afterId: after?.funderId ?? null, limit: int(limit) }, ctx,
    );
    return {
      totalCount: row?.totalCount ?? 0,
      funders: (row?.page ?? []).map((f) => ({ funder: toActorNode(f.funder, f.labels), eventCount: f.eventCount, programCount: f.programCount })),
    };
  }

  /** The reach's totals; null when no actor has the id. */
  async reach(funderId: string, ctx: QueryContext): Promise<StoredReach | null> {
    const [row] = await this.executor.read<{
      funder: StoredProperties; funderLabels: string[]; programCount: number; eventCount: number; organizationCount: number; placeCount: number;
      participantCount: number; eventsWithParticipantCount: number; countries: StoredProperties[]; firstDate: string | null; lastDate: string | null;
    }>('funding/funder-reach', { funderId }, ctx);
    if (!row) return null;
    const { funder, funderLabels, countries, ...totals } = row;
    return {
      ...totals,
      funder: toActorNode(funder, funderLabels),
      countries: countries.map((p) => toNode('PLACE', p)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
  }

  /**
   * Pages of the reach's lists, one per request, in the requests' order: at most `limit` items of each list by
   * id, after the id `after`; the lists asked together share one walk of the portfolio. Empty when no actor has
   * the id.
   */
  async reachPages(funderId: string, requests: readonly ReachPageRequest[], ctx: QueryContext): Promise<ReachItem<ReachList>[][]> {
    const rows = await this.executor.read<{ list: ReachList; after: string | null; limit: number; items: StoredProperties[] }>(
      'funding/funder-reach-page', {
        funderId, requests: requests.map((r) => ({ list: r.list, after: r.after, limit: int(r.limit) })),
        // LIMIT cannot read a request's own limit: each list stops at the largest and is cut to its own after.
        maxLimit: int(Math.max(0, ...requests.map((r) => r.limit))),
      }, ctx,
    );
    const found = new Map(rows.map((row) => [reachPageKey(row), row.items.map((props) => toNode(REACH_ITEM_TYPES[row.list], props))]));
    return requests.map((request) => found.get(reachPageKey(request)) ?? []);
  }
}
