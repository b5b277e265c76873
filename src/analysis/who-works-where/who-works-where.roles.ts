import { RelationType } from '../../common/enums';

/** The 3W roles (OCHA "who does what where"; HXL #org +funder, +impl, +prog, …) an actor plays at events. */
export enum ActivityRole {
  ORGANIZER = 'ORGANIZER',
  FUNDER = 'FUNDER',
  IMPLEMENTER = 'IMPLEMENTER',
  PARTNER = 'PARTNER',
  PARTICIPANT = 'PARTICIPANT',
}

const ROLE_ORDER: readonly ActivityRole[] = [ActivityRole.ORGANIZER, ActivityRole.FUNDER, ActivityRole.IMPLEMENTER, ActivityRole.PARTNER, ActivityRole.PARTICIPANT];

/** The 3W role a relationship to an event (or to a program the event is part of) stands for. */
export function roleOf(type: RelationType): ActivityRole {
  switch (type) {
    case RelationType.ORGANIZED: return ActivityRole.ORGANIZER;
    case RelationType.FUNDED: return ActivityRole.FUNDER;
    case RelationType.IMPLEMENTED: return ActivityRole.IMPLEMENTER;
    case RelationType.PARTNERED_WITH: return ActivityRole.PARTNER;
    case RelationType.PARTICIPATED_IN: return ActivityRole.PARTICIPANT;
    case RelationType.PART_OF:
    case RelationType.HELD_IN:
    case RelationType.LOCATED_IN:
    case RelationType.HOLDS_POSITION:
    case RelationType.REPORTED_BY:
      throw new Error(`${type} is not a relationship an actor has to an event or program`);
    default: {
      const unreachable: never = type;
      throw new Error(`Unknown relationship type ${String(unreachable)}`);
    }
  }
}

/** The distinct roles of a set of relationship types, in the 3W column order. */
export function rolesOf(types: readonly RelationType[]): ActivityRole[] {
  const roles = new Set(types.map(roleOf));
  return ROLE_ORDER.filter((role) => roles.has(role));
}
