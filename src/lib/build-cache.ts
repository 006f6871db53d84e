/**
 * Where a build keeps what it may reuse next time: Astro's content store and incremental-build copies
 * (astro.config.mjs `cacheDir`) and the search index's shards (scripts/lib/search-index.ts). Out of
 * node_modules/ (Astro's default), so that `npm ci` keeps it. A build of another content root (ATLAS_CONTENT_DIR:
 * the tests' copies, the benchmark) keeps its cache beside that content: the content store records each entry's
 * file path, and once those files are gone a build that shared it would fail importing them.
 */
export function buildCacheDir(env: Record<string, string | undefined> = process.env): string {
  const contentDir = env['ATLAS_CONTENT_DIR'];
  return contentDir ? `${contentDir.replace(/\/$/, '')}/.astro-cache/` : './.cache/astro/';
}

/**
 * The file Astro keeps its content store in, inside the cache folder. Astro's own name, not an API: scripts/build.ts
 * looks for it to know whether a store exists, and tests/e2e/incremental.test.ts fails if a build leaves none there
 * (were Astro to rename it, every build would pay a separate sync again, slower but still right).
 */
export const CONTENT_STORE_FILE = 'data-store.json';
