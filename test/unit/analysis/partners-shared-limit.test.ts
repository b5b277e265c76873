import 'reflect-metadata';
import { MAX_SHARED, sharedLimitOf } from '../../../src/analysis/partners/partners.service';

describe('how many shared activities the partners statement lists per partner', () => {
  it('lists all of them when any shared field leaves first out or null', () => {
    expect(sharedLimitOf([undefined])).toBeNull();
    expect(sharedLimitOf([3, null])).toBeNull();
    expect(sharedLimitOf([undefined, 1000])).toBeNull();
  });

  it('lists as many as the longest shared field asks for, for each to cut its own', () => {
    expect(sharedLimitOf([3])).toBe(3);
    expect(sharedLimitOf([2, 7, 4])).toBe(7);
    expect(sharedLimitOf([MAX_SHARED])).toBe(1000);
  });

  it('lists none when the request selects no shared field', () => {
    expect(sharedLimitOf([])).toBe(0);
  });

  it('refuses a first out of 1 to 1000 with BAD_USER_INPUT, even beside one that lists all', () => {
    for (const bad of [0, -3, 1001, 2.5]) {
      expect(() => sharedLimitOf([null, bad])).toThrow(expect.objectContaining({
        message: `Expected first to be between 1 and 1000, but got ${bad}. Leave first out to list every shared activity; sharedCount counts them all.`,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first' }),
      }));
    }
  });
});
