import 'reflect-metadata';
import { DEFAULT_REACH_PAGE, REACH_LIST_CAP, reachPagesOf } from '../../../src/funding/funding.service';
import { ReachList } from '../../../src/funding/funding-flow.type';

describe('the reach lists a selection reads ahead', () => {
  it('reads a plain list as its capped page, and a page as its size plus one (to know whether more follow), after its cursor', () => {
    expect(reachPagesOf([ReachList.PROGRAMS], [
      { list: ReachList.EVENTS, first: 20, after: null },
      { list: ReachList.PLACES, first: undefined, after: 'place:x' },
    ])).toEqual([
      { list: ReachList.PROGRAMS, after: null, limit: REACH_LIST_CAP + 1 },
      { list: ReachList.EVENTS, after: null, limit: 21 },
      { list: ReachList.PLACES, after: 'place:x', limit: DEFAULT_REACH_PAGE + 1 },
    ]);
  });

  it('leaves a page size out of range to its field, which refuses it', () => {
    expect(reachPagesOf([], [
      { list: ReachList.EVENTS, first: 0, after: null },
      { list: ReachList.EVENTS, first: 1001, after: null },
      { list: ReachList.EVENTS, first: 2.5, after: null },
    ])).toEqual([]);
  });
});
