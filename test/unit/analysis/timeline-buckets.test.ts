import { precisionOfPeriod, toBuckets } from '../../../src/analysis/timeline/timeline.buckets';

const group = (period: string | null, count: number, inRange = true) => ({ period, inRange, count, events: inRange ? [`${period ?? 'undated'}#1`] : [] });

describe('timeline buckets', () => {
  it('orders periods in time, a year before the months of the same year', () => {
    const { buckets } = toBuckets([group('2014-08', 2), group('2009-06', 1), group('2014', 1), group('2008', 1), group('2013-12', 1)]);
    expect(buckets.map((b) => [b.period, b.precision])).toEqual([
      ['2008', 'YEAR'], ['2009-06', 'MONTH'], ['2013-12', 'MONTH'], ['2014', 'YEAR'], ['2014-08', 'MONTH'],
    ]);
  });

  it('keeps undated events in their own bucket and counts them in the total', () => {
    const timeline = toBuckets([group(null, 4), group('2022-11', 2)]);
    expect(timeline.undated).toEqual({ period: null, precision: 'UNKNOWN', count: 4, events: ['undated#1'] });
    expect(timeline.buckets).toHaveLength(1);
    expect(timeline.totalCount).toBe(6);
    expect(timeline.undatedExcludedCount).toBe(0);
  });

  it('counts, never drops silently, the undated events a date range left out', () => {
    const timeline = toBuckets([group(null, 3, false), group('2014-08', 2)]);
    expect(timeline.undated).toEqual({ period: null, precision: 'UNKNOWN', count: 0, events: [] });
    expect(timeline.undatedExcludedCount).toBe(3);
    expect(timeline.totalCount).toBe(2);
  });

  it('keeps a bucket\'s exact count when it lists fewer events', () => {
    expect(toBuckets([group('2014-08', 250)]).buckets[0]).toMatchObject({ count: 250, events: ['2014-08#1'] });
  });

  it('answers an empty timeline for no groups', () => {
    expect(toBuckets([])).toEqual({ buckets: [], undated: { period: null, precision: 'UNKNOWN', count: 0, events: [] }, totalCount: 0, undatedExcludedCount: 0 });
  });

  it('reads the precision of a period from its form', () => {
    expect([precisionOfPeriod('2014-08'), precisionOfPeriod('2008'), precisionOfPeriod(null)]).toEqual(['MONTH', 'YEAR', 'UNKNOWN']);
  });
});
