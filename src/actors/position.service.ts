import type { Loaders } from '../context/loaders';
import type { Direction, Link } from '../graph/graph.repository';
import { nodesOf } from '../graph/link-helpers';
import { Position } from './position.type';

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Positions from HOLDS_POSITION links seen from the person (outgoing) or the organisation (incoming). */
export function positionsFromLinks(selfId: string, links: readonly Link[], direction: Direction, loaders: Loaders): Position[] {
  nodesOf(links, loaders);
  return links.map((link) => Object.assign(new Position(), {
    personId: direction === 'outgoing' ? selfId : link.node.id,
    organizationId: direction === 'outgoing' ? link.node.id : selfId,
    title: typeof link.rel.title === 'string' ? link.rel.title : null,
    evidenceIds: strs(link.rel.evidenceIds),
  }));
}
