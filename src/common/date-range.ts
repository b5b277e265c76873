import { badUserInput } from '../errors';
import { dateBounds, precisionOfDate } from '../text/arabic-dates';

export interface DateRange {
  /** First day a match may end on or after (the start bound of `from`). */
  readonly fromStart: string | null;
  /** Last day a match may start on or before (the end bound of `to`). */
  readonly toEnd: string | null;
}

function bound(value: string | null | undefined, argument: string, side: 'start' | 'end'): string | null {
  if (value === null || value === undefined) return null;
  if (precisionOfDate(value) === null) {
    throw badUserInput(`Expected ${argument} to be an ISO date like "2014-08-07", "2022-11" or "2009", but got ${JSON.stringify(value)}.`, { argument });
  }
  return dateBounds(value)[side];
}

/** Turns inclusive partial-date bounds into day bounds: from "2022" means from 2022-01-01, to "2022-11" up to 2022-11-30. */
export function dateRange(from: string | null | undefined, to: string | null | undefined, prefix = 'filter.'): DateRange {
  const range = { fromStart: bound(from, `${prefix}from`, 'start'), toEnd: bound(to, `${prefix}to`, 'end') };
  if (range.fromStart && range.toEnd && range.fromStart > range.toEnd) {
    throw badUserInput(`Expected ${prefix}from (${from}) to be on or before ${prefix}to (${to}).`, { argument: `${prefix}from` });
  }
  return range;
}
