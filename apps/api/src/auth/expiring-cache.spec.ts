import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  it('answers an entry until its instant, then forgets it', () => {
    const cache = new ExpiringCache<string>(10);
    cache.set('t', 'nc.officer1', 1_000);
    expect(cache.get('t', 999)).toBe('nc.officer1');
    expect(cache.get('t', 1_000)).toBeUndefined();
    expect(cache.get('t', 0)).toBeUndefined();
  });

  it('makes room by dropping the oldest entry when full', () => {
    const cache = new ExpiringCache<number>(2);
    cache.set('a', 1, 100);
    cache.set('b', 2, 100);
    cache.set('a', 3, 100); // set again: now the newest
    cache.set('c', 4, 100);
    expect([cache.get('a', 0), cache.get('b', 0), cache.get('c', 0)]).toEqual([3, undefined, 4]);
  });
});
