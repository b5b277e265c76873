import { ACTOR_NODE_TYPES, parseNodeIdOf } from '../common/node-id';
import type { JisrContext } from '../context/context';
import type { Loaders } from '../context/loaders';
import { badUserInput } from '../errors';
import { Event } from '../events/event.type';
import { toNode } from '../graph/node-mapper';
import { unknownId } from './analysis.arguments';
import { primed, toActivity, toActor, toEvent, toSharedActivity } from './activity.mapper';
import type { ActivityRow, PersonTieRow } from './analysis.repository';
import { Interlocks, PersonTie, SharedFunder, SharedPerson } from './interlocks.type';

/**
 * What two actors have in common, in one statement: the funders that support work of both, the events
 * and programs both are directly linked to, and the people tied to both. Unknown ids are NOT_FOUND,
 * naming the argument; the same id twice is a BAD_USER_INPUT (an actor has everything in common with itself).
 */
export async function findInterlocks(actorId: string, otherId: string, ctx: JisrContext): Promise<Interlocks> {
  const a = parseNodeIdOf(actorId, ACTOR_NODE_TYPES, 'actorId').id;
  const b = parseNodeIdOf(otherId, ACTOR_NODE_TYPES, 'otherId').id;
  if (a === b) {
    throw badUserInput(`Expected otherId to be another actor than actorId, but both are ${JSON.stringify(a)}.`, { argument: 'otherId' });
  }
  const row = await ctx.repositories.analysis.interlocks(a, b, ctx.query);
  if (!row.actor) throw unknownId('actorId', a, 'actor');
  if (!row.other) throw unknownId('otherId', b, 'actor');
  const { loaders } = ctx;
  const activities = row.activities.map((shared) => toSharedActivity(shared, loaders));
  return Object.assign(new Interlocks(), {
    actor: toActor(row.actor, row.actorLabels ?? [], loaders),
    other: toActor(row.other, row.otherLabels ?? [], loaders),
    sharedEvents: activities.filter((shared) => shared.activity instanceof Event),
    sharedPrograms: activities.filter((shared) => !(shared.activity instanceof Event)),
    sharedFunders: row.funders.map((funder) => Object.assign(new SharedFunder(), {
      funder: toActor(funder.funder, funder.labels, loaders),
      actorActivities: activitiesById(funder.actorActivities, loaders),
      otherActivities: activitiesById(funder.otherActivities, loaders),
    })),
    sharedPeople: row.people.map((person) => Object.assign(new SharedPerson(), {
      person: primed(toNode('PERSON', person.person), loaders),
      actorTies: toPersonTies(person.actorTies, loaders),
      otherTies: toPersonTies(person.otherTies, loaders),
    })),
  });
}

function activitiesById(rows: readonly ActivityRow[], loaders: Loaders) {
  return rows.map((row) => toActivity(row.activity, row.labels, loaders)).sort((x, y) => x.id.localeCompare(y.id));
}

/** Ties in a stable order: positions (by title) before events (by id). */
export function toPersonTies(rows: readonly PersonTieRow[], loaders: Loaders): PersonTie[] {
  const key = (row: PersonTieRow) => `${row.event ? '1' : '0'}|${row.event ? String(row.event.id) : row.title ?? ''}`;
  return [...rows]
    .sort((x, y) => key(x).localeCompare(key(y)))
    .map((row) => Object.assign(new PersonTie(), {
      type: row.type,
      title: row.title ?? null,
      event: row.event ? toEvent(row.event, loaders) : null,
      evidenceIds: [...(row.evidenceIds ?? [])],
    }));
}
