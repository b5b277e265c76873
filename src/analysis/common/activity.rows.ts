import { Event } from '../../events/event.type';
import { type StoredProperties, toGraphObject } from '../../graph/node-mapper';
import { Program } from '../../programs/program.type';
import { inLinkOrder, type LinkRow } from './activity.links';
import { type Activity, ActivityLink, SharedActivity } from './activity.type';

/*
 * The rows in which the partners and interlocks statements return activities, and the one way their
 * repositories turn them into finished objects (the nodes through the node mapper).
 */

/** An event or program, with its labels to tell which. */
export interface ActivityRow {
  readonly activity: StoredProperties;
  readonly labels: readonly string[];
}

/** An event or program two actors both have a direct relationship to, and those relationships. */
export interface SharedActivityRow extends ActivityRow {
  readonly actorLinks: readonly LinkRow[];
  readonly otherLinks: readonly LinkRow[];
}

export function toActivity({ activity, labels }: ActivityRow): Activity {
  const node = toGraphObject(activity, labels);
  // The statements keep only events and programs; anything else here means the graph broke the model.
  if (!(node instanceof Event) && !(node instanceof Program)) throw new Error(`Expected an event or program, but ${node.id} is neither`);
  return node;
}

function toActivityLinks(rows: readonly LinkRow[]): ActivityLink[] {
  return inLinkOrder(rows).map((row) => Object.assign(new ActivityLink(), { type: row.type, role: row.role ?? null, evidenceIds: [...(row.evidenceIds ?? [])] }));
}

export function toSharedActivity(row: SharedActivityRow): SharedActivity {
  return Object.assign(new SharedActivity(), {
    activity: toActivity(row),
    actorLinks: toActivityLinks(row.actorLinks),
    otherLinks: toActivityLinks(row.otherLinks),
  });
}
