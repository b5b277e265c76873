import type { Organization } from '../actors/organization.type';
import type { Person } from '../actors/person.type';
import { RelationType } from '../common/enums';
import type { Loaders, RequestScope } from '../context/loaders';
import type { Event } from '../events/event.type';
import type { FundingFlow } from '../funding/funding-flow.type';
import type { FundingRepository } from '../funding/funding.repository';
import { listFundingFlows, MAX_FLOWS_PAGE } from '../funding/funding.service';
import type { GraphNodeObject } from '../graph/node-mapper';
import type { Place } from '../places/place.type';
import type { Program } from '../programs/program.type';
import type { ExportEdge, ExportNode } from './export.model';
import type { FlowAuditRow } from './funder-flows.audit';

/**
 * A funder's flows as the exports read them: the audit rows (funder-flows.audit.ts) and the flow graph
 * (funder → programs → events) for the graph formats. Flows are read through the funding service, a page at
 * a time, so the export lists exactly what `fundingFlows(filter: { funderId })` lists, in the same order.
 */

/** How far up a place chain is followed: the vocabulary's place chains have at most 6 levels. */
const MAX_PLACE_LEVELS = 6;

/** The nodes of a relationship's other end, for many nodes at once (one batched statement per call). */
async function linked(loaders: Loaders, ids: readonly string[], type: RelationType, direction: 'incoming' | 'outgoing'): Promise<Map<string, GraphNodeObject[]>> {
  const lists = await Promise.all(ids.map((id) => loaders.links(id, [type], direction)));
  return new Map(ids.map((id, i) => [id, lists[i]!.map((link) => link.node)]));
}

const isPlace = (node: GraphNodeObject | undefined): node is Place => node?.__typename === 'Place';
const isActor = (node: GraphNodeObject): node is Organization | Person => node.__typename === 'Organization' || node.__typename === 'Person';

/** Each event's place chain, level by level: one batched statement per level for the whole page. */
async function placeChains(loaders: Loaders, events: readonly Event[]): Promise<Map<string, Place[]>> {
  const heldIn = await linked(loaders, events.map((e) => e.id), RelationType.HELD_IN, 'outgoing');
  const chains = new Map(events.map((e) => [e.id, heldIn.get(e.id)!.filter(isPlace).slice(0, 1)]));
  for (let level = 1; level < MAX_PLACE_LEVELS; level++) {
    const tips = [...new Set([...chains.values()].map((chain) => chain.at(-1)).filter(isPlace).filter((p) => p.kind !== 'COUNTRY').map((p) => p.id))];
    if (tips.length === 0) break;
    const parents = await linked(loaders, tips, RelationType.LOCATED_IN, 'outgoing');
    for (const chain of chains.values()) {
      const tip = chain.at(-1);
      const parent = tip && tip.kind !== 'COUNTRY' ? parents.get(tip.id)?.find(isPlace) : undefined;
      // A chain that loops back on itself (a curation slip) stops where it would repeat.
      if (parent && !chain.some((p) => p.id === parent.id)) chain.push(parent);
    }
  }
  return chains;
}

/** Audit rows for one page of flows; the lookups are batched across the page. */
export async function auditRows(flows: readonly FundingFlow[], scope: RequestScope): Promise<FlowAuditRow[]> {
  const { loaders } = scope;
  const events = [...new Map(flows.map((f) => [f.event.id, f.event])).values()];
  const programIds = [...new Set(flows.flatMap((f) => f.via.map((p) => p.id)))];
  const [chains, organizers, implementers] = await Promise.all([
    placeChains(loaders, events),
    linked(loaders, events.map((e) => e.id), RelationType.ORGANIZED, 'incoming'),
    linked(loaders, programIds, RelationType.IMPLEMENTED, 'incoming'),
  ]);
  const quotes = await Promise.all(flows.map((f) => loaders.evidenceOf(f.hops.flatMap((h) => h.evidenceIds))));
  const sourceIds = [...new Set(quotes.flat().map((q) => q.sourceId))];
  const sources = new Map((await Promise.all(sourceIds.map((id) => loaders.nodes.load(id)))).flatMap((s) => (s?.__typename === 'Source' ? [[s.id, s] as const] : [])));
  return flows.map((flow, i) => {
    const evidence = quotes[i]!;
    const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];
    return {
      funder: flow.funder as Organization | Person,
      direct: flow.direct,
      via: flow.via,
      event: flow.event,
      placeChain: chains.get(flow.event.id) ?? [],
      organizers: unique((organizers.get(flow.event.id) ?? []).filter(isActor)),
      implementers: unique(flow.via.flatMap((p) => implementers.get(p.id) ?? []).filter(isActor)),
      evidence: evidence.map((e) => e.quote),
      sources: [...new Set(evidence.map((e) => e.sourceId))].flatMap((id) => sources.get(id) ?? []),
    };
  });
}

/** Every flow of a funder, a page at a time, in `fundingFlows`' order. */
export async function* fundingFlowPages(funderId: string, funding: FundingRepository, scope: RequestScope): AsyncGenerator<{ flows: FundingFlow[]; totalCount: number }> {
  let after: string | null = null;
  for (;;) {
    // With the count and the hops' evidence, which the rows and the flow graph quote.
    const page = await listFundingFlows({ funderId }, MAX_FLOWS_PAGE, after, funding, scope, { withCount: true, withEvidence: true });
    yield { flows: page.edges.map((e) => e.node), totalCount: page.totalCount };
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

/** A node of the flow graph, in the exports' shape. */
export function exportNodeOf(node: Organization | Person | Program | Event): ExportNode {
  switch (node.__typename) {
    case 'Organization':
    case 'Person':
      return { id: node.id, type: node.__typename === 'Organization' ? 'ORGANIZATION' : 'PERSON', kind: node.kind, label: node.name, nameAr: node.nameAr, nameEn: node.nameEn };
    case 'Program':
      return { id: node.id, type: 'PROGRAM', kind: null, label: node.name, nameAr: node.nameAr, nameEn: node.nameEn };
    case 'Event':
      return { id: node.id, type: 'EVENT', kind: node.kind, label: node.title, nameAr: node.titleAr, nameEn: node.titleEn };
    default: {
      const unreachable: never = node;
      throw new Error(`Unexpected node in a funding flow: ${String(unreachable)}`);
    }
  }
}

/**
 * The flow graph: the funder, the programs on the way and the events, joined by the hops of the flows (FUNDED,
 * then PART_OF), each hop once however many flows pass through it, with its quotes.
 */
export async function flowGraph(flows: readonly FundingFlow[], loaders: Loaders): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  const nodes = new Map<string, ExportNode>();
  for (const flow of flows) {
    for (const node of [flow.funder as Organization | Person, ...flow.via, flow.event]) if (!nodes.has(node.id)) nodes.set(node.id, exportNodeOf(node));
  }
  const hops = [...new Map(flows.flatMap((f) => f.hops).map((h) => [`rel:${h.type}:${h.fromId}:${h.toId}`, h])).entries()];
  const quotes = await Promise.all(hops.map(([, hop]) => loaders.evidenceOf(hop.evidenceIds)));
  const edges = hops.map(([id, hop], i): ExportEdge => ({
    id, source: hop.fromId, target: hop.toId, relation: hop.type, role: null, title: null, evidence: quotes[i]!.map((q) => q.quote),
  }));
  return { nodes: [...nodes.values()], edges };
}
