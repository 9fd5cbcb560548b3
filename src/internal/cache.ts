/** What {@link cached} keeps values in: a Map, or a WeakMap keyed by objects that may go away. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
  size?: number;
  clear?(): void;
}

/**
 * The value kept under `key`, made by `make` the first time it is asked for. The chart keeps many such caches (a frame
 * per names and width, a font per style, a formatted number per value), because the charts of an overview page ask the
 * same questions once each. With a `limit`, a Map that holds that many values is emptied before the next one is kept: a
 * page that keeps changing its charts must not grow a cache without end, and the inputs of a page are few, so starting
 * again costs little. An undefined value is never kept: `make` must return something else.
 */
export function cached<K, V>(store: Store<K, V>, key: K, make: () => V, limit = Infinity): V {
  let value = store.get(key);
  if (value === undefined) {
    if ((store.size ?? 0) >= limit) store.clear?.();
    store.set(key, (value = make()));
  }
  return value;
}
