import type { Actor } from '../actors/actor.interface';
import { Organization } from '../actors/organization.type';
import { Person } from '../actors/person.type';
import type { Link } from './graph.repository';
import type { GraphNodeObject } from './node-mapper';

// The link loaders have already primed the node loader with these ends (src/context/loaders.ts).

/** The distinct ends of the links, in link order. */
export function nodesOf(links: readonly Link[]): GraphNodeObject[] {
  const seen = new Set<string>();
  const nodes: GraphNodeObject[] = [];
  for (const { node } of links) {
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

export function actorsOf(links: readonly Link[]): Actor[] {
  return nodesOf(links).filter(isActor);
}

/** The ends of the links that are of one GraphQL class (`Program`, `Source`…). */
export function nodesOfType<T extends GraphNodeObject>(links: readonly Link[], type: new () => T): T[] {
  return nodesOf(links).filter((n): n is T => n instanceof type);
}

export function firstOf<T extends GraphNodeObject>(links: readonly Link[], type: new () => T): T | null {
  return nodesOfType(links, type)[0] ?? null;
}
