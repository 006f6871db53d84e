/**
 * Retrieval metrics for the search test set (tests/e2e/search.test.ts): a ranked list of result pages
 * against the pages a query must return.
 */

/** Share of the expected pages found among the first k results (1 when nothing is expected). */
export function recallAt(k: number, ranked: readonly string[], expected: readonly string[]): number {
  if (expected.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return expected.filter((page) => top.has(page)).length / expected.length;
}

/** 1 / rank of the first expected page in the list, 0 when none is listed. */
export function reciprocalRank(ranked: readonly string[], expected: readonly string[]): number {
  const wanted = new Set(expected);
  const index = ranked.findIndex((page) => wanted.has(page));
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Mean of a list (0 for an empty one). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The p-th percentile (0–100) by nearest rank; median is 50. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** The distinct values of a list, first occurrence kept, in order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
