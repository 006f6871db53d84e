import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCacheDir, CONTENT_STORE_FILE } from '../../src/lib/build-cache.ts';
import { buildSite } from './harness.ts';

// Astro's incremental build (src/lib/page-keys.ts) and the search index's shard cache (scripts/lib/search-index.ts)
// copy what an edit did not touch from the last build. What they give must be what a cold build of the same
// content gives, byte for byte: a page kept from before an edit that changed what it shows would be a stale
// figure on the site. A copy of the real content is built cold, edited, rebuilt, and the rebuild is set beside a
// cold build of the edited content (a copy without the cache), after each of two edits of different reach.
const work = mkdtempSync(join(tmpdir(), 'atlas-incremental-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, by path relative to it. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]));
}

/** The files of two trees that differ: missing on one side or not the same bytes. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();
}

function build(contentDir: string, outDir: string, env: Record<string, string> = {}): string {
  const result = buildSite(outDir, { ATLAS_CONTENT_DIR: contentDir, ...env });
  expect(result.status, result.stderr.slice(-3000)).toBe(0);
  return result.stdout;
}

/** The pages Astro copied from its cache in a build's log, and the search shards reused. */
function reuse(log: string) {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const restored = plain.split('\n').filter((line) => /\((restored|cached)\)\s*$/.test(line)).map((line) => line.replace(/^.*?(\/\S+).*$/, '$1'));
  const shards = /(\d+) of (\d+) shards unchanged/.exec(plain);
  return { restored, shardsReused: Number(shards?.[1]), shards: Number(shards?.[2]) };
}

/** Edits content/models/<id>.mdx in place, failing if the text to replace is not there. */
function edit(id: string, from: string, to: string) {
  const file = join(content, 'models', `${id}.mdx`);
  const text = readFileSync(file, 'utf8');
  expect(text, `${id}.mdx holds the text the test edits`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/** Rebuilds `content` incrementally, builds a cache-less copy of it cold, and returns both outputs and the rebuild's log. */
function rebuildAndCold(name: string, env: Record<string, string> = {}) {
  const rebuilt = join(work, `${name}-rebuilt`);
  const log = build(content, rebuilt, env);
  const fresh = join(work, `${name}-content`);
  cpSync(content, fresh, { recursive: true, filter: (path) => !path.includes('.astro-cache') });
  const cold = join(work, `${name}-cold`);
  build(fresh, cold, env);
  return { rebuilt: tree(rebuilt), cold: tree(cold), log: reuse(log) };
}

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  build(content, join(work, 'first'));
}, 300_000);

describe('a rebuild after an edit is the cold build of the edited content', () => {
  it('starts from a content store where scripts/build.ts looks for one (so a rebuild skips the separate sync)', () => {
    expect(existsSync(join(buildCacheDir({ ATLAS_CONTENT_DIR: content }), CONTENT_STORE_FILE))).toBe(true);
  });

  it('after an edit of one model’s own text (its English title and its summary)', () => {
    // Other models' pages show its title (among their related models), so they must be rendered again too.
    edit('honglin-town-park', "en: 'Honglin Town: Party building leads", "en: 'Honglin Town (revised): Party building leads");
    edit('linxiang-forestry-336', 'summary:\n  zh: ', 'summary:\n  zh: 【修订】');
    const { rebuilt, cold, log } = rebuildAndCold('own-text');
    expect(differences(rebuilt, cold)).toEqual([]);
    // It was a rebuild: what shows only another model's entry came from the cache (with five models every model
    // page shows all four others as related, so those pages are rendered again) …
    expect(log.restored).toEqual(expect.arrayContaining(['/models/heilongjiang-ecology-iron-army/cite.ris/', '/data/compare/heilongjiang-ecology-iron-army.json']));
    expect(log.restored.length).toBeGreaterThan(20);
    // … and the edited models' pages were rendered again.
    expect(log.restored).not.toContain('/models/honglin-town-park/index.html');
    expect(log.restored).not.toContain('/en/models/honglin-town-park/index.html');
    expect(log.restored).not.toContain('/models/linxiang-forestry-336/index.html');
    expect(rebuilt.get('models/linxiang-forestry-336/index.html')?.toString()).toContain('【修订】');
    expect(rebuilt.get('en/models/xining-forestry-grassland/index.html')?.toString()).toContain('Honglin Town (revised)');
  }, 300_000);

  it('after an edit that changes what other models’ pages show (a mechanism moved to another category)', () => {
    // The category a mechanism is filed under decides which models are related to which (shown on every
    // model page), the category and region pages, and the search facets.
    edit('honglin-town-park', '  - name: 合署办公\n    category: town-park-integration', '  - name: 合署办公\n    category: responsibility');
    const { rebuilt, cold, log } = rebuildAndCold('category');
    expect(differences(rebuilt, cold)).toEqual([]);
    expect(log.restored.length).toBeGreaterThan(0);
    expect(log.shards).toBeGreaterThan(0);
  }, 300_000);

  it('once the collection is split by province, after edits that touch two provinces’ pages', () => {
    // Above ATLAS_SITE_WIDE_LIMIT models the site-wide pages split into one page per province (src/lib/site-wide.ts),
    // each keyed on its province's models. Another setting is another build: the first renders everything.
    const split = { ATLAS_SITE_WIDE_LIMIT: '2' };
    build(content, join(work, 'split-first'), split);
    edit('honglin-town-park', "zh: '洪林镇党建引领", "zh: '洪林镇（修订）党建引领");
    edit('xining-forestry-grassland', '  - name: 分层次、全覆盖的学习教育\n    category: ideological-education', '  - name: 分层次、全覆盖的学习教育\n    category: publicity-model-setting');
    const { rebuilt, cold, log } = rebuildAndCold('split', split);
    expect(differences(rebuilt, cold)).toEqual([]);
    // The provinces neither edit touched came from the cache; Anhui's (Honglin) and Qinghai's (Xining) did not.
    expect(log.restored).toEqual(
      expect.arrayContaining(['/regions/region/heilongjiang/index.html', '/en/mechanisms/region/guangdong/index.html', '/compare/region/hunan/index.html', '/formulas/region/hunan/index.html']),
    );
    expect(log.restored).not.toContain('/regions/region/anhui/index.html');
    expect(log.restored).not.toContain('/mechanisms/region/qinghai/index.html');
    expect(rebuilt.get('regions/region/anhui/index.html')?.toString()).toContain('洪林镇（修订）');
  }, 300_000);
});
