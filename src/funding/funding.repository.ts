import { int } from 'neo4j-driver';
import type { Organization } from '../actors/organization.type';
import type { Person } from '../actors/person.type';
import type { EventKind, RelationType } from '../common/enums';
import type { Event } from '../events/event.type';
import { type StoredProperties, toActorNode, toNode } from '../graph/node-mapper';
import type { Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type { Place } from '../places/place.type';
import type { Program } from '../programs/program.type';
import { FundingFlow, FundingHop } from './funding-flow.type';

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
}

/** A flow as read from the graph, with its sort key for cursors and its funder typed for the node loader. */
export type StoredFlow = FundingFlow & { readonly funder: Organization | Person; readonly sortDate: string };

/** Everything a funder's support reached, each item once, by id; the totals are the service's arithmetic. */
export interface StoredReach {
  readonly funder: Organization | Person;
  readonly programs: Program[];
  readonly events: Event[];
  readonly organizations: Organization[];
  readonly places: Place[];
  readonly countries: Place[];
}

interface FlowRow {
  funder: StoredProperties; funderLabels: string[]; event: StoredProperties; sortDate: string; direct: boolean;
  via: StoredProperties[]; hops: { type: RelationType; from: string; to: string; evidenceIds: string[] | null }[];
}

export class FundingRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async flows(query: FlowQuery, ctx: QueryContext): Promise<{ totalCount: number; flows: StoredFlow[] }> {
    const [row] = await this.executor.read<{ totalCount: number; page: FlowRow[] }>(
      'funding/funding-flows', { ...query, limit: int(query.limit) }, ctx, // LIMIT-like slices need integers
    );
    const flows = (row?.page ?? []).map((f): StoredFlow => Object.assign(new FundingFlow(), {
      funder: toActorNode(f.funder, f.funderLabels),
      event: toNode('EVENT', f.event),
      sortDate: f.sortDate,
      direct: f.direct,
      via: f.via.map((p) => toNode('PROGRAM', p)),
      hops: f.hops.map((h) => Object.assign(new FundingHop(), { type: h.type, fromId: h.from, toId: h.to, evidenceIds: h.evidenceIds ?? [] })),
    }));
    return { totalCount: row?.totalCount ?? 0, flows };
  }

  /** Null when no actor has the id. */
  async reach(funderId: string, ctx: QueryContext): Promise<StoredReach | null> {
    const [row] = await this.executor.read<{
      funder: StoredProperties; funderLabels: string[]; programs: StoredProperties[]; events: StoredProperties[];
      organizations: StoredProperties[]; places: StoredProperties[]; countries: StoredProperties[];
    }>('funding/funder-reach', { funderId }, ctx);
    if (!row) return null;
    const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => a.id.localeCompare(b.id));
    return {
      funder: toActorNode(row.funder, row.funderLabels),
      programs: byId(row.programs.map((p) => toNode('PROGRAM', p))),
      events: byId(row.events.map((e) => toNode('EVENT', e))),
      organizations: byId(row.organizations.map((o) => toNode('ORGANIZATION', o))),
      places: byId(row.places.map((p) => toNode('PLACE', p))),
      countries: byId(row.countries.map((p) => toNode('PLACE', p))),
    };
  }
}
