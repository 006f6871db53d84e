/**
 * npm run bench:starlight -- --docs N
 *
 * What a user would pick instead: Starlight building N plain Markdown documents (real paragraphs from the
 * five sources), with its own Pagefind search, as a stock Starlight project (scripts/starlight-bench, installed
 * on its own from its lockfile). Prints one JSON line {"starlight_docs":N,"pages":…,"build_s":…,
 * "peak_rss_mb":…,"dist_mb":…,"pagefind_kb":…}, measured as scripts/bench.ts measures this site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCuratedTemplates } from '../src/lib/entries/read.ts';
import { mdxToParagraphs } from '../src/lib/entries/body.ts';
import { countFiles, folderBytes, measure } from './lib/measure.ts';

const { values } = parseArgs({ options: { docs: { type: 'string' }, keep: { type: 'boolean' } } });
const n = Number(values.docs);
if (!Number.isInteger(n) || n < 1) {
  console.error('bench:starlight: --docs N is required (a positive whole number)');
  process.exit(2);
}

// The Starlight project lives in scripts/starlight-bench with its own lockfile; it is installed once into
// the git-ignored .bench/ (again whenever its lockfile changes) and built there with this repo's Node.
const project = resolve('.bench', 'starlight');
const lock = readFileSync('scripts/starlight-bench/package-lock.json', 'utf8');
if (!existsSync(join(project, 'node_modules')) || readFileSync(join(project, 'package-lock.json'), 'utf8') !== lock) {
  rmSync(project, { recursive: true, force: true });
  cpSync('scripts/starlight-bench', project, { recursive: true });
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: project, encoding: 'utf8' });
  if (install.status !== 0) {
    console.error(install.stderr);
    console.error('bench:starlight: npm ci failed for the Starlight project');
    process.exit(1);
  }
}
const work = project;
const docs = join(work, 'src', 'content', 'docs');
rmSync(docs, { recursive: true, force: true });
rmSync(join(work, 'dist'), { recursive: true, force: true });
mkdirSync(docs, { recursive: true });
// Plain documents of the same text: each one the full cleaned body of one of the five sources.
const bodies = readCuratedTemplates('.').map((t) => ({ title: t.data.title.zh, paragraphs: mdxToParagraphs(t.body) }));
for (let i = 0; i < n; i++) {
  const { title, paragraphs } = bodies[i % bodies.length]!;
  writeFileSync(join(docs, `doc-${i}.md`), `---\ntitle: ${JSON.stringify(`${i} ${title}`)}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

const { NODE_ENV: _nodeEnv, ...env } = process.env;
// Starlight runs Pagefind from inside Astro's build, as its own process: the same two steps as this site's.
const run = await measure(process.execPath, [join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: work,
  env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  steps: { astro: /astro\.mjs/, pagefind: /pagefind/ },
});
if (run.status !== 0) {
  console.error(run.output.slice(-4000));
  console.error(`bench:starlight: the build failed (exit ${run.status}); files kept in ${work}`);
  process.exit(1);
}
const dist = join(work, 'dist');
console.log(
  JSON.stringify({
    starlight_docs: n,
    pages: countFiles(dist, '.html'),
    build_s: Math.round(run.seconds * 10) / 10,
    peak_rss_mb: Math.round(run.peakRssBytes / 2 ** 20),
    dist_mb: Math.round((folderBytes(dist) / 2 ** 20) * 10) / 10,
    pagefind_kb: Math.round(folderBytes(join(dist, 'pagefind')) / 1024),
  }),
);
const byStep = Object.entries(run.peakRssBytesByStep).map(([step, bytes]) => `${step} ${Math.round(bytes / 2 ** 20)} MB`);
console.error(`bench:starlight: peak resident memory by step: ${byStep.join(', ')}`);
if (!values.keep) rmSync(docs, { recursive: true, force: true });
