/**
 * npm run bench -- --models N [--seed S] [--keep] [--incremental]
 *
 * Builds the complete site (every page, chart and the search index) from N synthetic models in a
 * temporary folder and prints one JSON line:
 *   {"models":N,"pages":…,"files":…,"build_s":…,"index_s":…,"peak_rss_mb":…,"dist_mb":…,"largest_file_mb":…,
 *    "pagefind_kb":…,"query_kb":…,"warm_kb":…,"first_result_ms":…}
 * build_s is the whole `npm run build` (astro build, then the search index); index_s is the index step as
 * scripts/build.ts reports it; query_kb is everything the search page fetches after its HTML for a cold search
 * (林长制), gzipped, warm_kb what a second search (党建林) then fetches, first_result_ms the time from the page's
 * HTML to its first result (scripts/lib/search-cost.ts).
 * With --incremental it then edits one model (a sentence added to its Chinese summary), builds again with the
 * first build's cache (src/lib/page-keys.ts, scripts/lib/search-index.ts) and adds rebuild_s (the whole second
 * `npm run build`), rebuild_index_s and rebuild_pages_kept (pages and files Astro copied from its cache).
 * The peak of each step (Astro, Pagefind) follows on stderr.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countFiles, folderBytes, largestFile, measure } from './lib/measure.ts';
import { gzipKb, searchCost } from './lib/search-cost.ts';
import { hostsFitting } from './lib/hosts.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const { values } = parseArgs({ options: { models: { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' }, incremental: { type: 'boolean' } } });
const n = Number(values.models);
if (!Number.isInteger(n) || n < 1) {
  console.error('bench: --models N is required (a positive whole number)');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
const content = join(work, 'content');
const dist = join(work, 'dist');
writeSyntheticContent(content, n, values.seed ? Number(values.seed) : undefined);

const { NODE_ENV: _nodeEnv, ...env } = process.env;
// The two steps of scripts/build.ts, told apart by command line: Astro, then Pagefind's indexer (its binary).
const steps = { astro: /astro\.mjs/, pagefind: /pagefind/ };
/** Runs `npm run build` on the content, measured; stops the bench, keeping its files, if it fails. */
async function build(what: string) {
  const run = await measure(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    env: { ...env, ATLAS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    steps,
  });
  if (run.status !== 0) {
    console.error(run.output.slice(-4000));
    console.error(`bench: the ${what} failed (exit ${run.status}); files kept in ${work}`);
    process.exit(1);
  }
  if (process.env['ATLAS_BENCH_LOG']) console.error(run.output);
  return run;
}
const run = await build('build');
// scripts/build.ts prints “Indexed <pages> pages in <s> s.” after the index step.
const indexed = /Indexed \d+ pages in ([\d.]+) s/.exec(run.output);
const pagefindDir = join(dist, 'pagefind');
const search = existsSync(pagefindDir) ? await searchCost(dist, '林长制', '党建林') : null;
const files = countFiles(dist);
const bytes = folderBytes(dist);
const largest = largestFile(dist);
const result = {
  models: n,
  pages: countFiles(dist, '.html'),
  files,
  build_s: round(run.seconds, 1),
  index_s: indexed ? round(Number(indexed[1]), 1) : null,
  peak_rss_mb: Math.round(run.peakRssBytes / 2 ** 20),
  dist_mb: round(bytes / 2 ** 20, 1),
  largest_file_mb: round(largest / 2 ** 20, 2),
  pagefind_kb: existsSync(pagefindDir) ? Math.round(folderBytes(pagefindDir) / 1024) : null,
  query_kb: search ? gzipKb(search.cold) : null,
  warm_kb: search ? gzipKb(search.warm) : null,
  first_result_ms: search?.firstResultMs ?? null,
  // The common static hosts this output fits (scripts/lib/hosts.ts: files, total size, largest file).
  fits: hostsFitting({ files, bytes, largestFileBytes: largest }),
  ...(values.incremental ? await rebuildAfterOneEdit() : {}),
};
console.log(JSON.stringify(result));
// On stderr, so stdout stays the one JSON line: which step the peak belongs to.
const byStep = Object.entries(run.peakRssBytesByStep).map(([step, bytes]) => `${step} ${Math.round(bytes / 2 ** 20)} MB`);
console.error(`bench: peak resident memory by step: ${byStep.join(', ')}`);
if (values.keep) console.error(`bench: kept ${work}`);
else rmSync(work, { recursive: true, force: true });

/** Edits the middle model of the collection, rebuilds with the cache the first build left, and times it. */
async function rebuildAfterOneEdit() {
  const models = readdirSync(join(content, 'models')).filter((name) => name.endsWith('.mdx')).sort();
  const file = join(content, 'models', models[Math.floor(models.length / 2)]!);
  const text = readFileSync(file, 'utf8');
  // Inside the summary's quotes when it has them, so the edit changes its text and nothing else.
  const summary = /\nsummary:\n {2}zh: ['"]?/.exec(text);
  if (!summary) throw new Error(`bench: ${file} has no Chinese summary to edit`);
  writeFileSync(file, text.replace(summary[0], `${summary[0]}（本条已修订。）`));
  const again = await build('rebuild');
  const plain = again.output.replace(/\x1b\[[0-9;]*m/g, '');
  const index = /Indexed \d+ pages in ([\d.]+) s/.exec(plain);
  return {
    rebuild_s: round(again.seconds, 1),
    rebuild_index_s: index ? round(Number(index[1]), 1) : null,
    rebuild_pages_kept: plain.split('\n').filter((line) => /\((restored|cached)\)\s*$/.test(line)).length,
  };
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
