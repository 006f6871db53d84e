/**
 * npm run build [-- astro build flags, e.g. --drafts or --outDir path]
 *
 * The production build: `astro build` (pages, charts and their downloads, open data), then the search
 * index over what it wrote (scripts/lib/search-index.ts), as two processes one after the other. Pagefind's
 * documented way with Astro is exactly this (`astro build && pagefind`); running the index in its own process
 * means Astro's memory is returned before Pagefind takes its own, so the build's peak is the larger of the
 * two and not their sum. Prints “Indexed <pages> pages in <s> s.” for the benchmark to read.
 *
 * For the same reason the content layer syncs first, in a process of its own (`astro sync`): loading and
 * parsing every entry into the content cache is the first memory peak of `astro build`, and V8 and the native
 * parsers do not give that memory back while pages render after it. `astro build` then finds the cache up to
 * date (each entry's digest unchanged) and only reads it. At 1 000 models a build after a separate sync
 * peaked about 210 MB lower than one that synced itself (1 655 against 1 866 MB; see BENCHMARKS.md). Only the
 * first build (no content store in the cache yet) does so: later ones parse only what changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCacheDir, CONTENT_STORE_FILE } from '../src/lib/build-cache.ts';
import { indexSite } from './lib/search-index.ts';

const flags = process.argv.slice(2);
const outDirAt = flags.findIndex((flag) => flag === '--outDir' || flag.startsWith('--outDir='));
const outDirFlag = flags[outDirAt];
const outDir = resolve(outDirFlag === undefined ? 'dist' : outDirFlag.includes('=') ? outDirFlag.slice('--outDir='.length) : (flags[outDirAt + 1] ?? 'dist'));

// ATLAS_SEARCH_SHARD_PAGES: pages per search index shard (scripts/lib/search-index.ts), for trying other sizes.
const shardPages = process.env['ATLAS_SEARCH_SHARD_PAGES'];

// V8 grows its heap by a factor of its own choosing after each major collection, and a build allocates far
// more than it keeps (every page's render tree is garbage once the page is written), so Astro's resident
// memory rose hundreds of MB above what it held alive before a collection came. Growing the heap by at most
// half of what is live keeps it near that: at 1 000 models the peak fell by about 110 MB at no cost in time
// we could measure, and unlike a fixed --max-old-space-size it cannot run a larger collection out of heap.
const V8_FLAGS = ['--heap-growing-percent=50'];
// Rolldown (Astro's bundler, native code) allocates with mimalloc, which by default keeps memory it has freed
// committed for reuse: the 400 MB or so that bundling takes stayed resident while every page rendered after it.
// These documented mimalloc options return freed memory to the system at once: at 1 000 models Astro's peak
// fell by a further 220 MB, again at no cost in time we could measure. Settings already in the environment win.
const MIMALLOC = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_PURGE_DECOMMITS: '1', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
const astroStep = (args: string[]) =>
  spawnSync(process.execPath, [...V8_FLAGS, 'node_modules/astro/bin/astro.mjs', ...args], { stdio: 'inherit', env: { ...MIMALLOC, ...process.env } });

// Once a content store exists (every build after the first), `astro build` re-parses only the entries that changed,
// so there is no full parse to keep apart, and a separate sync would cost a second start-up and a second full
// write of the store: at 1 000 models a rebuild after one edit took about 10 s longer with it.
if (!existsSync(join(buildCacheDir(), CONTENT_STORE_FILE))) {
  const sync = astroStep(['sync']);
  if (sync.status !== 0) process.exit(sync.status ?? 1);
}

const astro = astroStep(['build', ...flags]);
if (astro.status !== 0) process.exit(astro.status ?? 1);

try {
  // `--force` (Astro's: render every page again) also indexes every shard again.
  const cacheDir = flags.includes('--force') ? undefined : buildCacheDir();
  const report = await indexSite(outDir, { ...(shardPages ? { shardPages: Number(shardPages) } : {}), ...(cacheDir ? { cacheDir } : {}) });
  const perLanguage = Object.entries(report.languages)
    .map(([language, pages]) => `${language} ${pages}${report.shards[language]! > 1 ? ` in ${report.shards[language]} shards` : ''}`)
    .join(', ');
  const shards = Object.values(report.shards).reduce((a, b) => a + b, 0);
  console.log(`[search] Indexed ${report.pages} pages in ${report.seconds.toFixed(2)} s (${perLanguage}; ${report.reused} of ${shards} shards unchanged since the last build).`);
} catch (error) {
  console.error(`[search] ${(error as Error).message}`);
  console.error(`[search] ${outDir} has the pages but no usable search index.`);
  process.exit(1);
}
