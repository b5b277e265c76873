import type { RelationType } from '../../common/enums';

/** One relationship from an actor to an event or program, as the partners and interlocks statements return it. */
export interface LinkRow {
  readonly type: RelationType;
  readonly role: string | null;
  readonly evidenceIds: readonly string[] | null;
}

const byText = (a: string | null | undefined, b: string | null | undefined): number => (a ?? '').localeCompare(b ?? '');

/**
 * One side's relationships to an activity in a stable order: by type, then role (a unit can be both lead
 * and host of one event), then evidence; the database returns them in no particular order.
 */
export function inLinkOrder<L extends LinkRow>(rows: readonly L[]): L[] {
  return [...rows].sort((a, b) => byText(a.type, b.type) || byText(a.role, b.role) || byText(a.evidenceIds?.join(), b.evidenceIds?.join()));
}
