import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionsOf, mergeEntries } from '../../scripts/lib/search-index.ts';

// The real index is built and searched by the browser tests (search.test.ts, search-base.test.ts); these
// cover the two decisions around it: which pages belong to which edition, and joining the entry files.
describe('editionsOf', () => {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-editions-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  for (const dir of ['models/a', 'en/models/a', 'charts', 'pagefind', '_astro', 'about']) mkdirSync(join(dist, dir), { recursive: true });
  for (const file of ['index.html', '404.html', 'search-terms.json', '_headers']) writeFileSync(join(dist, file), '');

  it('puts everything under en/ in English and every other folder and root page in Chinese, never the index or assets', () => {
    expect(editionsOf(dist)).toEqual([
      { language: 'zh-cn', glob: '{404.html,about/**/*.html,charts/**/*.html,index.html,models/**/*.html}' },
      { language: 'en', glob: 'en/**/*.html' },
    ]);
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
