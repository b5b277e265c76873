/**
 * Small, in-memory answers to the questions funders and analysts bring (design brief §1, §4),
 * computed on the validated SeedGraph. They state what the seed data must answer; the service's
 * Cypher answers the same questions on Neo4j.
 */
import { type SeedGraph, type SeedNode, type SeedRelationship } from '../../../src/seeds/seed.model';
import { type RelationType } from '../../../src/seeds/seed.schema';

export interface FundingFlow {
  funder: string;
  event: string;
  direct: boolean;
  /** Programs between the funder and the event, from the funded program down to the event's own. */
  via: string[];
  /** Evidence ids of every hop. */
  evidenceIds: string[];
}

export class SeedGraphQuestions {
  private readonly nodes: Map<string, SeedNode>;

  constructor(private readonly graph: SeedGraph) {
    this.nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  }

  node(id: string): SeedNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`No node ${id}`);
    return node;
  }

  relationships(type: RelationType, filter: { from?: string; to?: string } = {}): SeedRelationship[] {
    return this.graph.relationships.filter((relationship) => relationship.type === type
      && (filter.from === undefined || relationship.from === filter.from)
      && (filter.to === undefined || relationship.to === filter.to));
  }

  eventIds(): string[] {
    return this.graph.nodes.filter((node) => node.labels[0] === 'Event').map((node) => node.id);
  }

  /** Every funder reaching `eventId`: directly, or through the chain of programs the event is PART_OF. */
  fundingFlowsTo(eventId: string): FundingFlow[] {
    const flows: FundingFlow[] = this.relationships('FUNDED', { to: eventId }).map((funded) => ({
      funder: funded.from, event: eventId, direct: true, via: [], evidenceIds: [...funded.evidenceIds],
    }));
    // Walk up PART_OF from the event through programs; the chain in the seeds is short and acyclic.
    const walk = (childId: string, chain: string[], evidenceIds: string[]): void => {
      for (const partOf of this.relationships('PART_OF', { from: childId })) {
        if (this.node(partOf.to).labels[0] !== 'Program') continue;
        const programChain = [partOf.to, ...chain];
        const hopEvidence = [...evidenceIds, ...partOf.evidenceIds];
        for (const funded of this.relationships('FUNDED', { to: partOf.to })) {
          flows.push({ funder: funded.from, event: eventId, direct: false, via: programChain, evidenceIds: [...funded.evidenceIds, ...hopEvidence] });
        }
        walk(partOf.to, programChain, hopEvidence);
      }
    };
    walk(eventId, [], []);
    return flows;
  }

  fundingFlows(): FundingFlow[] {
    return this.eventIds().flatMap((eventId) => this.fundingFlowsTo(eventId));
  }

  fundersOf(eventId: string): string[] {
    return [...new Set(this.fundingFlowsTo(eventId).map((flow) => flow.funder))].sort();
  }

  eventsReachedBy(funderId: string): string[] {
    return [...new Set(this.fundingFlows().filter((flow) => flow.funder === funderId).map((flow) => flow.event))].sort();
  }

  /** Known participant counts of the events a funder reached, each event counted once. */
  participantsReachedBy(funderId: string): number {
    return this.eventsReachedBy(funderId)
      .map((eventId) => (this.node(eventId).properties as { participantCount?: number }).participantCount ?? 0)
      .reduce((sum, count) => sum + count, 0);
  }

  /** Actors with a given relationship to a node, sorted. */
  actorsWith(type: RelationType, targetId: string): string[] {
    return this.relationships(type, { to: targetId }).map((relationship) => relationship.from).sort();
  }

  /** The place chain upwards from a place, following LOCATED_IN (one parent per place). */
  placeChain(placeId: string): string[] {
    const chain = [placeId];
    for (let parents = this.relationships('LOCATED_IN', { from: placeId }); parents.length > 0;) {
      if (parents.length > 1) throw new Error(`${chain[chain.length - 1]} has ${parents.length} parents`);
      const parent = (parents[0] as SeedRelationship).to;
      chain.push(parent);
      parents = this.relationships('LOCATED_IN', { from: parent });
    }
    return chain;
  }

  placeOf(eventId: string): string | undefined {
    return this.relationships('HELD_IN', { from: eventId })[0]?.to;
  }

  countryOf(eventOrOrganizationId: string): string | undefined {
    const start = this.node(eventOrOrganizationId).labels[0] === 'Event'
      ? this.placeOf(eventOrOrganizationId)
      : this.relationships('LOCATED_IN', { from: eventOrOrganizationId })[0]?.to;
    if (!start) return undefined;
    const top = this.placeChain(start).at(-1) as string;
    return (this.node(top).properties as { kind: string }).kind === 'COUNTRY' ? top : undefined;
  }

  /** The organisation chain upwards from a unit, following PART_OF between organisations. */
  parentChain(organizationId: string): string[] {
    const chain = [organizationId];
    for (let parent = this.relationships('PART_OF', { from: organizationId })[0]; parent;) {
      chain.push(parent.to);
      parent = this.relationships('PART_OF', { from: parent.to })[0];
    }
    return chain;
  }

  /** Organisations that worked with `actorId` on the same programs or events (implementing, organising, partnering). */
  collaboratorsOf(actorId: string): string[] {
    const cooperative: RelationType[] = ['IMPLEMENTED', 'ORGANIZED', 'PARTNERED_WITH'];
    const shared = new Set(this.graph.relationships
      .filter((relationship) => cooperative.includes(relationship.type) && relationship.from === actorId)
      .map((relationship) => relationship.to));
    return [...new Set(this.graph.relationships
      .filter((relationship) => cooperative.includes(relationship.type) && shared.has(relationship.to) && relationship.from !== actorId)
      .map((relationship) => relationship.from))].sort();
  }

  quoteOf(evidenceId: string): string {
    const evidence = this.graph.evidence.find((item) => item.id === evidenceId);
    if (!evidence) throw new Error(`No evidence ${evidenceId}`);
    return evidence.quote;
  }
}
