import { describe, expect, it } from 'vitest';
import { cached } from '../src/internal/cache.js';

describe('cached', () => {
  it('makes a value once per key and returns the same one after', () => {
    const store = new Map<string, object>();
    let made = 0;
    const make = () => ({ made: ++made });
    const first = cached(store, 'a', make);
    expect(cached(store, 'a', make)).toBe(first);
    expect(cached(store, 'b', make)).not.toBe(first);
    expect(made).toBe(2);
  });

  it('keeps null, 0 and the empty string as answers (only undefined means "not kept")', () => {
    const store = new Map<string, unknown>();
    let made = 0;
    for (const [key, value] of [
      ['null', null],
      ['zero', 0],
      ['empty', ''],
    ] as const) {
      cached(store, key, () => (made++, value));
      expect(cached(store, key, () => (made++, 'other'))).toBe(value);
    }
    expect(made).toBe(3);
  });

  it('starts again when a bounded store is full, so it never holds more than its limit', () => {
    const store = new Map<number, number>();
    for (let i = 0; i < 25; i++) cached(store, i, () => i * 2, 10);
    expect(store.size).toBeLessThanOrEqual(10);
    expect(cached(store, 24, () => -1, 10)).toBe(48);
    expect(cached(store, 0, () => -1, 10)).toBe(-1);
  });

  it('works on a WeakMap keyed by objects', () => {
    const store = new WeakMap<object, string>();
    const key = {};
    expect(cached(store, key, () => 'x')).toBe('x');
    expect(cached(store, key, () => 'y')).toBe('x');
  });
});
