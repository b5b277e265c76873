import type { Actor } from '../actors/actor.interface';
import { Organization } from '../actors/organization.type';
import { Person } from '../actors/person.type';
import type { Loaders } from '../context/loaders';
import type { Link } from './graph.repository';
import type { GraphNodeObject } from './node-mapper';

/** Neighbours of the links, primed into the node loader so that resolving them again costs nothing. */
export function nodesOf(links: readonly Link[], loaders: Loaders): GraphNodeObject[] {
  const seen = new Set<string>();
  const nodes: GraphNodeObject[] = [];
  for (const { node } of links) {
    loaders.nodes.prime(node.id, node);
    if (!seen.has(node.id)) {
      seen.add(node.id);
      nodes.push(node);
    }
  }
  return nodes;
}

export function isActor(node: GraphNodeObject | null | undefined): node is Organization | Person {
  return node instanceof Organization || node instanceof Person;
}

export function actorsOf(links: readonly Link[], loaders: Loaders): Actor[] {
  return nodesOf(links, loaders).filter(isActor);
}

export function firstOf<T extends GraphNodeObject>(links: readonly Link[], loaders: Loaders, type: new () => T): T | null {
  return nodesOf(links, loaders).find((n): n is T => n instanceof type) ?? null;
}
