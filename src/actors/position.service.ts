import type { Direction, Link } from '../graph/graph.repository';
import { str, strs } from '../graph/node-mapper';
import { Position } from './position.type';

/** Positions from HOLDS_POSITION links seen from the person (outgoing) or the organisation (incoming). */
export function positionsFromLinks(selfId: string, links: readonly Link[], direction: Direction): Position[] {
  return links.map((link) => Object.assign(new Position(), {
    personId: direction === 'outgoing' ? selfId : link.node.id,
    organizationId: direction === 'outgoing' ? link.node.id : selfId,
    title: str(link.rel.title),
    evidenceIds: strs(link.rel.evidenceIds),
  }));
}
