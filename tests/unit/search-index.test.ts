import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionsOf, globOf, indexSite, mergeEntries, shardKey, shardsOf } from '../../scripts/lib/search-index.ts';
import { redirects } from '../../src/redirects.ts';

// The real index is built and searched by the browser tests (search.test.ts, search-base.test.ts,
// search-shards.test.ts); these cover the decisions around it: which pages belong to which edition, how an
// edition is cut into shards, and joining the entry files.
describe('editionsOf', () => {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-editions-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  for (const dir of ['models/a', 'en/models/a', 'charts', 'pagefind/fragment', '_astro', 'about']) mkdirSync(join(dist, dir), { recursive: true });
  for (const file of ['index.html', '404.html', 'search-terms.json', '_headers', 'models/a/index.html', 'en/models/a/index.html', 'en/index.html', 'about/index.html']) {
    writeFileSync(join(dist, file), '');
  }
  for (const file of ['pagefind/stray.html', '_astro/stray.html', 'charts/a.svg']) writeFileSync(join(dist, file), '');
  // A moved address's page (src/redirects.ts), in both editions.
  const [zhMoved, enMoved] = [Object.keys(redirects).find((from) => !from.startsWith('/en/'))!, Object.keys(redirects).find((from) => from.startsWith('/en/'))!];
  for (const from of [zhMoved, enMoved]) {
    mkdirSync(join(dist, from), { recursive: true });
    writeFileSync(join(dist, from, 'index.html'), '');
  }

  it('puts every page under en/ in English and every other page in Chinese, never the index, assets or moved addresses', () => {
    expect(editionsOf(dist)).toEqual([
      { language: 'zh-cn', files: ['404.html', 'about/index.html', 'index.html', 'models/a/index.html'] },
      { language: 'en', files: ['en/index.html', 'en/models/a/index.html'] },
    ]);
  });
});

describe('shardsOf', () => {
  const files = Array.from({ length: 1027 }, (_, i) => `models/${String(i).padStart(4, '0')}/index.html`);

  it('cuts an edition into the fewest even runs of at most the given size, every file once, in order', () => {
    const shards = shardsOf(files, 400);
    expect(shards.map((s) => s.length)).toEqual([342, 342, 343]);
    expect(shards.flat()).toEqual(files);
  });

  it('keeps a small edition, or an empty one, in one index', () => {
    expect(shardsOf(files.slice(0, 31), 400)).toEqual([files.slice(0, 31)]);
    expect(shardsOf(files.slice(0, 400), 400)).toEqual([files.slice(0, 400)]);
    expect(shardsOf([], 400)).toEqual([[]]);
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => shardsOf(files, 0)).toThrow(/positive whole number/);
    expect(() => shardsOf(files, Number.NaN)).toThrow(/positive whole number/);
  });
});

describe('globOf', () => {
  it('names exactly the files given, and refuses a name a glob would read differently', () => {
    expect(globOf(['index.html', 'models/a/index.html'])).toBe('{index.html,models/a/index.html}');
    expect(() => globOf(['models/a,b/index.html'])).toThrow(/models\/a,b\/index.html.*glob character/);
    expect(() => globOf(['models/[a]/index.html'])).toThrow(/glob character/);
  });
});

describe('mergeEntries', () => {
  const zh = { version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_1', wasm: null, page_count: 31 } }, include_characters: ['_'] };
  const en = { version: '1.6.0', languages: { en: { hash: 'en_2', wasm: 'en', page_count: 31 } }, include_characters: ['_'] };

  it('lists every language written, each with its own files', () => {
    expect(mergeEntries([zh, en])).toEqual({ version: '1.6.0', languages: { ...zh.languages, ...en.languages }, include_characters: ['_'] });
  });

  it('refuses a language indexed twice or entries from two Pagefind versions', () => {
    expect(() => mergeEntries([zh, zh])).toThrow(/zh-cn was indexed twice/);
    expect(() => mergeEntries([zh, { ...en, version: '1.5.0' }])).toThrow(/versions differ/);
    expect(() => mergeEntries([])).toThrow(/no Pagefind entry/);
  });
});

// The shard cache, with real Pagefind on a small site: what a rebuild may copy and what it must index again.
describe('indexSite with a cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-shard-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (lang: string, title: string, words: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;
  const pages: Record<string, string> = {
    'index.html': page('zh-CN', '首页', '林长制 生态'),
    'models/a/index.html': page('zh-CN', '甲', '林长制 党建林'),
    'models/b/index.html': page('zh-CN', '乙', '河长制 护林员'),
    'models/c/index.html': page('zh-CN', '丙', '区政合一'),
    'en/index.html': page('en', 'Home', 'forest chief system'),
  };
  const siteWith = (name: string, changed: Record<string, string> = {}) => {
    const dist = join(root, name);
    for (const [file, html] of Object.entries({ ...pages, ...changed })) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), html);
    }
    return dist;
  };
  /** Every file of the index, by path, as bytes in base64, to hold two indexes to each other. */
  const indexFiles = (dist: string) =>
    Object.fromEntries(
      readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [relative(dist, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]),
    );
  const cacheDir = join(root, 'cache');
  const options = { shardPages: 2, cacheDir };

  it('copies every unchanged shard, indexes a changed one again, keeps only what it used, and writes what a cold index writes', async () => {
    const first = await indexSite(siteWith('first'), options);
    expect(first.shards).toEqual({ 'zh-cn': 2, en: 1 });
    expect(first.reused).toBe(0);

    const again = siteWith('again');
    expect((await indexSite(again, options)).reused).toBe(3);
    expect(indexFiles(again)).toEqual(indexFiles(join(root, 'first')));

    // models/c is in the second Chinese shard: that shard alone is indexed again.
    const edited = { 'models/c/index.html': page('zh-CN', '丙', '区政合一 林长制') };
    const rebuilt = siteWith('rebuilt', edited);
    expect((await indexSite(rebuilt, options)).reused).toBe(2);
    const cold = siteWith('cold', edited);
    expect((await indexSite(cold, { shardPages: 2 })).reused).toBe(0);
    expect(indexFiles(rebuilt)).toEqual(indexFiles(cold));
    expect(readdirSync(join(cacheDir, 'search'))).toHaveLength(3);
  });

  it('keys a shard on its pages’ names and bytes, its language and whether it is the main index', () => {
    const dist = siteWith('keys');
    const files = ['models/a/index.html', 'models/b/index.html'];
    const key = shardKey(dist, files, 'zh-cn', true);
    expect(shardKey(dist, files, 'zh-cn', true)).toBe(key);
    expect(shardKey(dist, files, 'zh-cn', false)).not.toBe(key);
    expect(shardKey(dist, files, 'en', true)).not.toBe(key);
    expect(shardKey(dist, ['models/a/index.html', 'models/c/index.html'], 'zh-cn', true)).not.toBe(key);
    writeFileSync(join(dist, 'models/b/index.html'), page('zh-CN', '乙', '河长制 护林员 '));
    expect(shardKey(dist, files, 'zh-cn', true)).not.toBe(key);
  });
});
