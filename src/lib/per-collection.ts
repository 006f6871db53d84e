/**
 * A memo for answers about a collection: `once(all, key, compute)` computes an answer the first time a
 * collection and key are asked for and returns it after. Keyed by the collection array itself (src/content.ts
 * hands out one per build), in a WeakMap, so a different collection (a test's, the benchmark's) never sees
 * another's answers and a collection's answers go when it does. Work a page does over the whole collection
 * (picking a model's peers, grouping by province, drawing a site-wide chart) is then done once per build.
 */
export function memoPerCollection<T>(): (all: readonly unknown[], key: string, compute: () => T) => T {
  const cache = new WeakMap<readonly unknown[], Map<string, T>>();
  return (all, key, compute) => {
    let answers = cache.get(all);
    if (!answers) cache.set(all, (answers = new Map()));
    if (!answers.has(key)) answers.set(key, compute());
    return answers.get(key) as T;
  };
}

/**
 * memoPerCollection for answers that depend on a second object as well (the taxonomy beside the models): keyed by
 * both, so a test's taxonomy never gets the build's answers.
 */
export function memoPerCollectionAnd<T>(): (all: readonly unknown[], other: object, key: string, compute: () => T) => T {
  const byOther = new WeakMap<object, ReturnType<typeof memoPerCollection<T>>>();
  return (all, other, key, compute) => {
    let memo = byOther.get(other);
    if (!memo) byOther.set(other, (memo = memoPerCollection<T>()));
    return memo(all, key, compute);
  };
}
