import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionsOf, globOf, mergeEntries, shardsOf } from '../../scripts/lib/search-index.ts';
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
