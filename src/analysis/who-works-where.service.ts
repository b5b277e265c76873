import { NodeType, PlaceKind } from '../common/enums';
import { parseNodeIdOf } from '../common/node-id';
import type { JisrContext } from '../context/context';
import { badUserInput } from '../errors';
import { toNode } from '../graph/node-mapper';
import { unknownId } from './analysis.arguments';
import { primed, toActor } from './activity.mapper';
import { rolesOf } from './who-works-where.roles';
import { OperationalPresence, WhoWorksWhere } from './who-works-where.type';

/** Rows of one matrix: a country's 3W fits many times over; the whole graph at scale may not. */
export const MAX_PRESENCE_ROWS = 2_000;

/**
 * The 3W matrix: for the events held in a country (or every country), which actors played which roles,
 * by country and governorate. A place that does not exist is NOT_FOUND; one that is not a country is a
 * BAD_USER_INPUT (the matrix's rows are governorates of a country).
 */
export async function findWhoWorksWhere(countryId: string | null | undefined, ctx: JisrContext): Promise<WhoWorksWhere> {
  const placeId = countryId ? parseNodeIdOf(countryId, [NodeType.PLACE], 'countryId').id : null;
  const result = await ctx.repositories.analysis.whoWorksWhere(placeId, MAX_PRESENCE_ROWS + 1, ctx.query);
  if (placeId && result.scopeKind === null) throw unknownId('countryId', placeId, 'place');
  if (placeId && result.scopeKind !== PlaceKind.COUNTRY) {
    throw badUserInput(
      `Expected countryId to be the id of a country, but got ${JSON.stringify(placeId)}, a ${String(result.scopeKind).toLowerCase()}. Pass the country it lies in.`,
      { argument: 'countryId' },
    );
  }
  const place = (props: Record<string, unknown>) => primed(toNode('PLACE', props), ctx.loaders);
  return Object.assign(new WhoWorksWhere(), {
    rows: result.rows.slice(0, MAX_PRESENCE_ROWS).map((row) => Object.assign(new OperationalPresence(), {
      actor: toActor(row.actor, row.labels, ctx.loaders),
      country: place(row.country),
      governorate: row.governorate ? place(row.governorate) : null,
      roles: rolesOf(row.relationTypes),
      eventCount: row.eventCount,
    })),
    truncated: result.rows.length > MAX_PRESENCE_ROWS,
    eventCount: result.eventCount,
    unplacedEventCount: result.unplacedEventCount,
  });
}
