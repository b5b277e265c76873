import type { Actor } from '../actors/actor.interface';
import type { Loaders } from '../context/loaders';
import { Event } from '../events/event.type';
import { isActor } from '../graph/link-helpers';
import { type GraphNodeObject, type StoredProperties, toGraphObject, toNode } from '../graph/node-mapper';
import { Program } from '../programs/program.type';
import type { LinkRow, SharedActivityRow } from './analysis.repository';
import { inLinkOrder } from './activity.links';
import { type Activity, ActivityLink, SharedActivity } from './activity.type';

/** A stored node as its GraphQL object, primed into the request's node loader so resolving it again costs nothing. */
export function primed<T extends GraphNodeObject>(node: T, loaders: Loaders): T {
  loaders.nodes.prime(node.id, node);
  return node;
}

export function toActor(props: StoredProperties, labels: readonly string[], loaders: Loaders): Actor {
  const node = toGraphObject(props, labels);
  // The statements match actors by label; anything else here means the graph broke the model.
  if (!isActor(node)) throw new Error(`Expected an actor, but ${node.id} is not one`);
  return primed(node, loaders);
}

export function toActivity(props: StoredProperties, labels: readonly string[], loaders: Loaders): Activity {
  const node = toGraphObject(props, labels);
  if (!(node instanceof Event) && !(node instanceof Program)) throw new Error(`Expected an event or program, but ${node.id} is neither`);
  return primed(node, loaders);
}

export function toEvent(props: StoredProperties, loaders: Loaders): Event {
  return primed(toNode('EVENT', props), loaders);
}

export function toActivityLinks(rows: readonly LinkRow[]): ActivityLink[] {
  return inLinkOrder(rows).map((row) => Object.assign(new ActivityLink(), { type: row.type, role: row.role ?? null, evidenceIds: [...(row.evidenceIds ?? [])] }));
}

export function toSharedActivity(row: SharedActivityRow, loaders: Loaders): SharedActivity {
  return Object.assign(new SharedActivity(), {
    activity: toActivity(row.activity, row.labels, loaders),
    actorLinks: toActivityLinks(row.actorLinks),
    otherLinks: toActivityLinks(row.otherLinks),
  });
}
