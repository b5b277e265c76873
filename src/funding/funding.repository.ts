import { int } from 'neo4j-driver';
import type { Actor } from '../actors/actor.interface';
import type { Organization } from '../actors/organization.type';
import type { Person } from '../actors/person.type';
import type { EventKind, RelationType } from '../common/enums';
import type { Event } from '../events/event.type';
import { type StoredProperties, toGraphObject, toNode } from '../graph/node-mapper';
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

export interface StoredReach {
  readonly funder: Actor;
  readonly programs: Program[];
  readonly events: Event[];
  readonly organizations: Actor[];
  readonly places: Place[];
  readonly countries: Place[];
  /** `date` of the event with the earliest first possible day, and of the one with the latest last possible day. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/** Earliest and latest dated events, compared by their bounds so that "2022-11" sorts after "2022-10-31". */
function dateSpan(events: readonly StoredProperties[]): { firstDate: string | null; lastDate: string | null } {
  const dated = events.filter((e) => typeof e.dateStart === 'string' && typeof e.dateEnd === 'string');
  if (dated.length === 0) return { firstDate: null, lastDate: null };
  const first = dated.reduce((a, b) => (String(b.dateStart) < String(a.dateStart) ? b : a));
  const last = dated.reduce((a, b) => (String(b.dateEnd) > String(a.dateEnd) ? b : a));
  return { firstDate: String(first.date), lastDate: String(last.date) };
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
      funder: toGraphObject(f.funder, f.funderLabels) as Organization | Person,
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
      funder: toGraphObject(row.funder, row.funderLabels) as Actor,
      programs: byId(row.programs.map((p) => toNode('PROGRAM', p))),
      events: byId(row.events.map((e) => toNode('EVENT', e))),
      organizations: byId(row.organizations.map((o) => toNode('ORGANIZATION', o))),
      places: byId(row.places.map((p) => toNode('PLACE', p))),
      countries: byId(row.countries.map((p) => toNode('PLACE', p))),
      ...dateSpan(row.events),
    };
  }
}
