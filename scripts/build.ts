/**
 * npm run build [-- astro build flags, e.g. --drafts or --outDir path]
 *
 * The production build: `astro build` (pages, charts and their downloads, open data), then the search
 * index over what it wrote (scripts/lib/search-index.ts), as two processes one after the other. Pagefind's
 * documented way with Astro is exactly this (`astro build && pagefind`); running the index in its own process
 * means Astro's memory is returned before Pagefind takes its own, so the build's peak is the larger of the
 * two and not their sum. Prints “Indexed <pages> pages in <s> s.” for the benchmark to read.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { indexSite } from './lib/search-index.ts';

const flags = process.argv.slice(2);
const outDirAt = flags.findIndex((flag) => flag === '--outDir' || flag.startsWith('--outDir='));
const outDirFlag = flags[outDirAt];
const outDir = resolve(outDirFlag === undefined ? 'dist' : outDirFlag.includes('=') ? outDirFlag.slice('--outDir='.length) : (flags[outDirAt + 1] ?? 'dist'));

// ATLAS_SEARCH_SHARD_PAGES: pages per search index shard (scripts/lib/search-index.ts), for trying other sizes.
const shardPages = process.env['ATLAS_SEARCH_SHARD_PAGES'];

const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...flags], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

try {
  const report = await indexSite(outDir, shardPages ? { shardPages: Number(shardPages) } : {});
  const perLanguage = Object.entries(report.languages)
    .map(([language, pages]) => `${language} ${pages}${report.shards[language]! > 1 ? ` in ${report.shards[language]} shards` : ''}`)
    .join(', ');
  console.log(`[search] Indexed ${report.pages} pages in ${report.seconds.toFixed(2)} s (${perLanguage}).`);
} catch (error) {
  console.error(`[search] ${(error as Error).message}`);
  console.error(`[search] ${outDir} has the pages but no usable search index.`);
  process.exit(1);
}
