import { NodeType, PlaceKind } from '../../common/enums';
import { parseNodeIdOf } from '../../common/node-id';
import type { RequestScope } from '../../context/loaders';
import { badUserInput } from '../../errors';
import { unknownId } from '../common/analysis.arguments';
import type { WhoWorksWhereRepository } from './who-works-where.repository';
import { rolesOf } from './who-works-where.roles';
import { OperationalPresence, WhoWorksWhere } from './who-works-where.type';

/** Rows of one matrix: a country's 3W fits many times over; the whole graph at scale may not. */
export const MAX_PRESENCE_ROWS = 2_000;

/**
 * The 3W matrix: for the events held in a country (or every country), which actors played which roles,
 * by country and governorate. A place that does not exist is NOT_FOUND; one that is not a country is a
 * BAD_USER_INPUT (the matrix's rows are governorates of a country).
 */
export async function findWhoWorksWhere(
  countryId: string | null | undefined, whoWorksWhere: WhoWorksWhereRepository, scope: RequestScope,
): Promise<WhoWorksWhere> {
  const placeId = countryId ? parseNodeIdOf(countryId, [NodeType.PLACE], 'countryId').id : null;
  const matrix = await whoWorksWhere.matrix(placeId, MAX_PRESENCE_ROWS + 1, scope.query);
  if (placeId && matrix.scopeKind === null) throw unknownId('countryId', placeId, 'place');
  if (placeId && matrix.scopeKind !== PlaceKind.COUNTRY) {
    throw badUserInput(
      `Expected countryId to be the id of a country, but got ${JSON.stringify(placeId)}, a ${String(matrix.scopeKind).toLowerCase()}. Pass the country it lies in.`,
      { argument: 'countryId' },
    );
  }
  const presences = matrix.presences.slice(0, MAX_PRESENCE_ROWS);
  scope.loaders.prime(presences.flatMap((presence) => [presence.actor, presence.country, presence.governorate]));
  return Object.assign(new WhoWorksWhere(), {
    rows: presences.map(({ actor, country, governorate, relationTypes, eventCount }) => Object.assign(new OperationalPresence(), {
      actor, country, governorate, roles: rolesOf(relationTypes), eventCount,
    })),
    truncated: matrix.presences.length > MAX_PRESENCE_ROWS,
    eventCount: matrix.eventCount,
    unplacedEventCount: matrix.unplacedEventCount,
  });
}
