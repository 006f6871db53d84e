/**
 * npm run bench:compare -- --models N
 *
 * This site with N synthetic models, then Starlight with as many plain documents as this site built pages,
 * one right after the other on the same machine, so the two build times are comparable page for page.
 * Prints both JSON lines and then the per-page ratio:
 *   {"models":N,"pages":…,"starlight_pages":…,"atlas_ms_per_page":…,"starlight_ms_per_page":…,"per_page_ratio":…}
 * BENCHMARKS.md keeps the ratio; it must not grow (issue 18).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { models: { type: 'string' } } });
const n = values.models ?? '';

interface BuildLine {
  pages: number;
  build_s: number;
}

const run = (script: string, flag: string, value: string): BuildLine => {
  const result = spawnSync(process.execPath, [script, flag, value], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  console.log(line);
  return JSON.parse(line) as BuildLine;
};

const msPerPage = (line: BuildLine) => (line.build_s * 1000) / line.pages;
const atlas = run('scripts/bench.ts', '--models', n);
// Starlight adds its own 404 page to the documents it is given: one document fewer makes the counts equal.
const starlight = run('scripts/bench-starlight.ts', '--docs', String(Math.max(1, atlas.pages - 1)));
console.log(
  JSON.stringify({
    models: Number(n),
    pages: atlas.pages,
    starlight_pages: starlight.pages,
    atlas_ms_per_page: Math.round(msPerPage(atlas) * 10) / 10,
    starlight_ms_per_page: Math.round(msPerPage(starlight) * 10) / 10,
    per_page_ratio: Math.round((msPerPage(atlas) / msPerPage(starlight)) * 100) / 100,
  }),
);
