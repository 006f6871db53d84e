import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distinct, mean, percentile, recallAt, reciprocalRank } from '../../src/lib/search/shared/metrics.ts';
import { WCAG_TAGS } from './checks.ts';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';
import { editionPrefix, ranked, searchUrl as searchUrlOf, settled, type Mode } from './search-page.ts';
import { pageHoldsQuery } from './search-relevance.ts';
import { SEARCH_SET, type SearchCase } from './search-set.ts';

/**
 * Search, measured through the real search page in Chromium against the built site: the test set's recall@5
 * and MRR with the term dictionary (after) and with plain Pagefind (before, ?mode=plain), time from query to
 * first result and bytes fetched per query, bad input, keyboard use, facets and the page without JavaScript.
 */

const site = servedSite();
const holdsQuery = pageHoldsQuery('dist');

const searchUrl = (edition: SearchCase['edition'], q: string, mode: Mode = 'terms', extra = '') => searchUrlOf(site.server.url, edition, q, mode, extra);

interface Row {
  c: SearchCase;
  ranked: string[];
  recall: number;
  rr: number;
  /** Pages in the top five that hold the query in no form (./search-relevance.ts). */
  wrong: string[];
  /** Excerpts on the results page that show table or chart debris or ids. */
  debris: string[];
  /** ms from navigation start to the first result on the page (-1: none), and to the finished search. */
  first: number;
  done: number;
  /** ms from the moment the page's script started the search to the first result (-1: none). */
  search: number;
  /** Bytes that depend on the query (index chunks, fragments, filters, metadata), and everything fetched. */
  data: { bytes: number; gzip: number };
  all: { bytes: number; gzip: number };
}

/** Records, in the page, when the search started, showed its first result and finished. */
async function timeSearches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __start?: number; __first?: number; __done?: number };
    new MutationObserver(() => {
      const results = document.getElementById('search-results');
      if (!results) return;
      if (!w.__start && results.dataset['query'] !== undefined) w.__start = performance.now();
      if (!w.__first && results.querySelector('.search-result')) w.__first = performance.now();
      if (!w.__done && w.__start && results.dataset['state'] !== 'loading') w.__done = performance.now();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** Index data: what Pagefind fetches for a query (the runtime, page and dictionary are the same for every query). */
const isIndexData = (path: string) => /\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/.test(path);

async function runSet(page: Page, mode: Mode): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of SEARCH_SET) {
    const n = site.server.requests.length;
    await page.goto(searchUrl(c.edition, c.q, mode));
    await settled(page, c.q);
    await page.waitForFunction(() => ((window as unknown as { __done?: number }).__done ?? 0) > 0);
    const t = await page.evaluate(() => {
      const w = window as unknown as { __start: number; __first?: number; __done: number };
      return { __start: w.__start, __first: w.__first ?? 0, __done: w.__done };
    });
    const served = site.server.requests.slice(n);
    const total = (list: typeof served) => ({ bytes: list.reduce((x, r) => x + r.bytes, 0), gzip: list.reduce((x, r) => x + r.gzip, 0) });
    const list = await ranked(page);
    const excerpts = await page.locator('#search-results .subs li, #search-results .result-excerpt').allTextContents();
    rows.push({
      c,
      ranked: list,
      recall: recallAt(5, list, c.expect),
      rr: reciprocalRank(list, c.expect),
      wrong: list.slice(0, 5).filter((path) => !holdsQuery(c.edition, c.q, path)),
      debris: excerpts.filter(isDebris),
      first: t.__first ?? -1,
      done: t.__done,
      search: t.__first ? t.__first - t.__start : -1,
      data: total(served.filter((r) => isIndexData(r.path))),
      all: total(served),
    });
  }
  return rows;
}

const pct = (x: number) => x.toFixed(3);

/**
 * Excerpt text that is not prose: a table's empty cells and counts run together (– 执法与司法衔接 1. – – 3.),
 * or an id (q-k-3, a model id, a chart id) where words should be.
 */
const MODEL_IDS = curatedEntries().map((e) => e.data.id);
const isDebris = (text: string) => /[–—]\s+[–—]|\d\.\s+[–—]|[–—]\s+\d\.|\b[qp]-(?:[a-z]-)?\d+\b/u.test(text) || MODEL_IDS.some((id) => text.includes(id));

/** Models a query's expected pages name: one for a query only one model answers. */
const expectedModels = (c: SearchCase) => c.expect.filter((p) => p.startsWith('models/'));

interface Quality {
  recall: number;
  mrr: number;
  /** Mean share of the top five (or of fewer results) that hold the query in some form. */
  precision: number;
  /** Model pages in the top five that hold the query in no form: all queries, and those one model answers. */
  wrongModels: number;
  wrongModelsSingle: number;
  /** Excerpts showing debris or ids. */
  debris: number;
}

function report(label: string, rows: Row[]): Quality {
  const recall = mean(rows.map((r) => r.recall));
  const mrr = mean(rows.map((r) => r.rr));
  const precision = mean(rows.filter((r) => r.ranked.length > 0).map((r) => 1 - r.wrong.length / Math.min(5, r.ranked.length)));
  const wrongModelsOf = (list: Row[]) => list.reduce((n, r) => n + r.wrong.filter((p) => p.startsWith('models/')).length, 0);
  const single = rows.filter((r) => expectedModels(r.c).length === 1);
  const wrongModels = wrongModelsOf(rows);
  const wrongModelsSingle = wrongModelsOf(single);
  const by = (key: 'kind' | 'script') =>
    distinct(rows.map((r) => r.c[key]))
      .map((k) => {
        const group = rows.filter((r) => r.c[key] === k);
        return `${k} ${pct(mean(group.map((r) => r.recall)))} (${group.length})`;
      })
      .join(', ');
  const show = (paths: string[]) => paths.map((p) => `/${p}`).join(' ') || '(none)';
  const misses = rows
    .filter((r) => r.recall < 1 || r.rr < 1)
    .map((r) => `  - [${r.c.edition}] ${r.c.q}: recall@5 ${pct(r.recall)}, RR ${pct(r.rr)}${r.recall < 1 ? `, missing ${show(r.c.expect.filter((p) => !r.ranked.slice(0, 5).includes(p)))}` : ''}; top 5: ${show(r.ranked.slice(0, 5))}`);
  const found = rows.filter((r) => r.first >= 0);
  const ms = (xs: number[]) => `median ${percentile(xs, 50).toFixed(0)} ms, worst ${Math.max(...xs).toFixed(0)} ms`;
  const kb = (xs: number[]) => `median ${(percentile(xs, 50) / 1024).toFixed(1)} KB, worst ${(Math.max(...xs) / 1024).toFixed(1)} KB`;
  const speed = [
    `  page opened with ?q= (${found.length} of ${rows.length} show results): first result ${ms(found.map((r) => r.first))} after navigation start; ${ms(found.map((r) => r.search))} after the search started; search finished ${ms(rows.map((r) => r.done))}`,
    `  bytes per query, index data (chunks, fragments, filters): ${kb(rows.map((r) => r.data.bytes))} (as written: Pagefind gzips its index files); everything the page fetched: ${kb(rows.map((r) => r.all.bytes))}, gzipped ${kb(rows.map((r) => r.all.gzip))}`,
  ].join('\n');
  const debris = rows.flatMap((r) => r.debris.map((text) => `  - [${r.c.edition}] ${r.c.q}: excerpt “${text.slice(0, 80)}”`));
  const wrongLines = rows.filter((r) => r.wrong.length > 0).map((r) => `  - [${r.c.edition}] ${r.c.q}: not holding the query in any form: ${show(r.wrong)}`);
  console.log(`\n${label}: recall@5 = ${pct(recall)}, MRR = ${pct(mrr)}, precision@5 = ${pct(precision)} over ${rows.length} queries; model pages in the top 5 without the query: ${wrongModels} (${wrongModelsSingle} in the ${single.length} queries one model answers)\n${wrongLines.join('\n') || '  (no top-5 page without the query)'}\n  excerpts with table or chart debris or ids: ${debris.length}\n${debris.join('\n')}\n  by kind: ${by('kind')}\n  by script: ${by('script')}\n${speed}\n${misses.join('\n') || '  (every query: all expected pages in the top 5, an expected page first)'}`);
  return { recall, mrr, precision, wrongModels, wrongModelsSingle, debris: debris.length };
}

describe('search quality (test set through the search page)', () => {
  it(`has at least 40 queries, each with expected pages`, () => {
    expect(SEARCH_SET.length).toBeGreaterThanOrEqual(40);
    for (const c of SEARCH_SET) expect(c.expect.length, c.q).toBeGreaterThan(0);
  });

  it('recall@5 ≥ 0.95 and no model page without the query in the top five, with whole terms first (and the plain-Pagefind baseline, printed)', { timeout: 600_000 }, async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await timeSearches(page);
    const before = report('BEFORE (plain Pagefind, ?mode=plain)', await runSet(page, 'plain'));
    const after = report('AFTER (term dictionary, whole terms first)', await runSet(page, 'terms'));
    console.log(`\nrecall@5 ${pct(before.recall)} → ${pct(after.recall)}; MRR ${pct(before.mrr)} → ${pct(after.mrr)}; precision@5 ${pct(before.precision)} → ${pct(after.precision)}; wrong model pages in the top 5 ${before.wrongModels} → ${after.wrongModels} (one-model queries ${before.wrongModelsSingle} → ${after.wrongModelsSingle})`);
    expect(errors).toEqual([]);
    expect(after.recall).toBeGreaterThanOrEqual(0.95);
    // No model page in the top five that holds the query in no form (issue 18).
    expect(after.wrongModels).toBe(0);
    expect(after.debris).toBe(0);
    expect(after.mrr).toBeGreaterThanOrEqual(before.mrr);
    await page.close();
  });
});

/** Sizes on disk: what the build ships for search. */
function sizes(): string {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  const sum = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
  const pagefind = walk('dist/pagefind');
  const index = (lang: string) => pagefind.filter((f) => /\/(index|fragment|filter)\//.test(f) && f.split('/').pop()!.startsWith(`${lang}_`));
  const dict = readFileSync('dist/search-terms.json');
  const t2s = walk('dist/_astro').filter((f) => /t2s\./.test(f));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `term dictionary: ${kb(dict.length)} raw, ${kb(gzipSync(dict).length)} gzip`,
    `OpenCC chunk (loaded only for Traditional queries): ${kb(sum(t2s))} raw, ${kb(t2s.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0))} gzip`,
    `Pagefind index: zh-cn ${kb(sum(index('zh-cn')))}, en ${kb(sum(index('en')))} (chunks, fragments, filters; gzip as written); whole pagefind/ ${kb(sum(pagefind))} incl. runtime and unused UI bundles`,
  ].join('\n  ');
}

describe('speed and bytes', () => {
  it('prints time from query to first result and bytes fetched per query, before and after', { timeout: 600_000 }, async () => {
    const lines: string[] = [];
    for (const mode of ['plain', 'terms'] as const) {
      // Cold: a fresh browser context opens the search page with a query; everything it fetches is counted.
      const cold = await site.browser.newContext();
      const coldPage = await cold.newPage();
      await coldPage.addInitScript(() => {
        const w = window as unknown as { __first?: number };
        new MutationObserver(() => {
          if (!w.__first && document.querySelector('#search-results .search-result')) w.__first = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      const start = site.server.requests.length;
      await coldPage.goto(searchUrl('zh', '林长制', mode));
      await settled(coldPage, '林长制');
      const first = await coldPage.evaluate(() => (window as unknown as { __first?: number }).__first ?? 0);
      const coldRequests = site.server.requests.slice(start);
      lines.push(`${mode === 'plain' ? 'BEFORE' : 'AFTER'} cold 林长制 (new browser, page load to first result): ${first.toFixed(0)} ms, ${(coldRequests.reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(1)} KB fetched (${(coldRequests.reduce((n, r) => n + r.gzip, 0) / 1024).toFixed(1)} KB if gzipped), ${coldRequests.length} requests`);
      await cold.close();

      // Warm: one search page per edition; each query typed and submitted; timed from Enter in the page.
      const firsts: number[] = [];
      const dones: number[] = [];
      const bytes: number[] = [];
      const gzip: number[] = [];
      const context = await site.browser.newContext();
      for (const edition of ['zh', 'en'] as const) {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${site.server.url}${editionPrefix(edition)}search/${mode === 'plain' ? '?mode=plain&q=' : ''}`);
        await page.waitForSelector('#search-results[data-state="idle"]', { state: 'attached' });
        // Let the idle page finish loading (its scripts; the dictionary's head is in the page) before the first query.
        await page.waitForLoadState('networkidle');
        for (const c of SEARCH_SET.filter((x) => x.edition === edition)) {
          await page.evaluate((q) => {
            const w = window as unknown as { __t0: number; __first: number; __done: number };
            w.__t0 = 0;
            w.__first = 0;
            w.__done = 0;
            const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
            input.addEventListener('keydown', (e) => { if (e.key === 'Enter') w.__t0 = performance.now(); }, { once: true, capture: true });
            const results = document.getElementById('search-results')!;
            const observer = new MutationObserver(() => {
              if (results.dataset['query'] !== q) return;
              if (!w.__first && results.querySelector('.search-result')) w.__first = performance.now();
              if (results.dataset['state'] !== 'loading') {
                w.__done = performance.now();
                observer.disconnect();
              }
            });
            observer.observe(results, { childList: true, subtree: true, attributes: true });
          }, c.q);
          await page.fill('[data-search-input]', c.q);
          const n = site.server.requests.length;
          await page.press('[data-search-input]', 'Enter');
          await settled(page, c.q);
          await page.waitForFunction(() => (window as unknown as { __done: number }).__done > 0);
          const t = await page.evaluate(() => {
            const w = window as unknown as { __t0: number; __first: number; __done: number };
            return { first: w.__first ? w.__first - w.__t0 : -1, done: w.__done - w.__t0 };
          });
          if (t.first >= 0) firsts.push(t.first);
          dones.push(t.done);
          const served = site.server.requests.slice(n);
          bytes.push(served.reduce((s, r) => s + r.bytes, 0));
          gzip.push(served.reduce((s, r) => s + r.gzip, 0));
        }
        expect(errors).toEqual([]);
        await page.close();
      }
      await context.close();
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const ms = (n: number) => `${n.toFixed(0)} ms`;
      lines.push(
        `${mode === 'plain' ? 'BEFORE' : 'AFTER'} ${dones.length} queries typed one after another into a search page that stays open (Enter → result, in the page): first result median ${ms(percentile(firsts, 50))}, worst ${ms(Math.max(...firsts))}; search complete median ${ms(percentile(dones, 50))}, worst ${ms(Math.max(...dones))}; ` +
          `bytes per query median ${kb(percentile(bytes, 50))} (${kb(percentile(gzip, 50))} gzipped), worst ${kb(Math.max(...bytes))} (${kb(Math.max(...gzip))}), first query of the session ${kb(bytes[0] ?? 0)} (${kb(gzip[0] ?? 0)}), mean ${kb(mean(bytes))}`,
      );
    }
    console.log(`\n${lines.join('\n')}\n  ${sizes()}`);
  });
});

describe('bad input', () => {
  const long = '林长制党建引领生态'.repeat(40) + 'forest chief '.repeat(20);
  const cases: Array<{ name: string; q: string; state: string[]; text?: RegExp }> = [
    { name: 'empty', q: '', state: ['idle'], text: /输入词语开始搜索/ },
    { name: 'white space', q: '   \u3000 ', state: ['idle'], text: /输入词语开始搜索/ },
    { name: 'emoji only', q: '🌲🔥🌲', state: ['unsearchable'], text: /只有符号或表情/ },
    { name: 'punctuation only', q: '，。！？——……!!!???', state: ['unsearchable'], text: /只有符号或表情/ },
    { name: '500 characters', q: long.slice(0, 500), state: ['results', 'empty'] },
    { name: 'HTML and script', q: '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><b>林长制</b>', state: ['results', 'empty'] },
  ];
  it.each(cases)('$name gives a calm state, shows the query as text and logs no error', async ({ q, state, text }) => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(searchUrl('zh', q));
    const final = await settled(page, q);
    expect(state).toContain(final);
    const status = (await page.textContent('#search-status')) ?? '';
    expect(status.trim()).not.toBe('');
    if (text) expect(status).toMatch(text);
    expect(await page.inputValue('#search-q')).toBe(q);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script:not([type="application/json"]):not([src])').count()).toBe(0);
    expect(await page.locator('#search-results b').count()).toBe(0);
    if (q.length === 500) expect(await page.textContent('[data-search-notice]')).toMatch(/只搜索了前 100 个字/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('using the search', () => {
  it('the header box on every page searches, and / focuses it unless one is typing', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.server.url}models/xining-forestry-grassland/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search-q')).toBe('a/b');
    await page.fill('#site-search-q', '林长制');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await settled(page, '林长制')).toBe('results');
    expect(await page.inputValue('#search-q')).toBe('林长制');
    expect((await ranked(page)).slice(0, 2)).toEqual(['mechanisms/forest-chief/', 'models/linxiang-forestry-336/']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('announces results, filters by facets (OR within, AND across) with counts, and keeps them in the URL', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(searchUrl('zh', '四种形态'));
    await settled(page, '四种形态');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    // A known term: the dictionary answers it alone, and the facets count its direct hits.
    expect(await page.textContent('#search-status')).toMatch(/^术语直达 \d+ 项（每一项都直接提到所查名称）；全文尚未搜索。$/);
    const all = await ranked(page);
    expect(all.some((p) => !p.startsWith('models/'))).toBe(true);
    await page.waitForSelector('[data-search-facets][data-ready="true"]');
    // Tick “模式” (page type: model) from the keyboard.
    const model = page.locator('fieldset[data-facet="type"] input[value="model"]');
    const modelCount = Number((await page.locator('fieldset[data-facet="type"] label[data-facet-option="model"] [data-count]').textContent())?.replace(/\D/g, ''));
    await model.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/type=model/);
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results a.result-link')].every((a) => a.getAttribute('data-path')?.startsWith('models/')));
    const models = await ranked(page);
    expect(models.length).toBeGreaterThan(0);
    expect(models.every((p) => p.startsWith('models/'))).toBe(true);
    expect(modelCount).toBeGreaterThan(0);
    // AND across facets: province 青海省 leaves Xining only; OR within: adding 黑龙江省 brings Heilongjiang back.
    await page.locator('fieldset[data-facet="province"] input[value="青海省"]').check();
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results a.result-link')].every((a) => a.getAttribute('data-path') === 'models/xining-forestry-grassland/'));
    await page.locator('fieldset[data-facet="province"] input[value="黑龙江省"]').check();
    await page.waitForFunction(() => document.querySelectorAll('#search-results a[data-path="models/heilongjiang-ecology-iron-army/"]').length > 0);
    expect(new Set(await ranked(page))).toEqual(new Set(['models/heilongjiang-ecology-iron-army/', 'models/xining-forestry-grassland/']));
    expect(page.url()).toMatch(/type=model/);
    expect(new URL(page.url()).searchParams.getAll('province').sort()).toEqual(['青海省', '黑龙江省'].sort());
    // Reloading the URL restores the same selection and results.
    await page.reload();
    await settled(page, '四种形态');
    expect(await page.locator('fieldset[data-facet="province"] input[value="青海省"]').isChecked()).toBe(true);
    expect(new Set(await ranked(page))).toEqual(new Set(['models/heilongjiang-ecology-iron-army/', 'models/xining-forestry-grassland/']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers a known term from the dictionary alone, ten at a time, and searches the full text when asked, or at once for words it does not know', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const start = site.server.requests.length;
    const pagefindSince = (n: number) => site.server.requests.slice(n).filter((r) => r.path.includes('/pagefind/')).length;
    await page.goto(searchUrl('zh', '林长制'));
    await settled(page, '林长制');
    const direct = await ranked(page);
    expect(direct).toEqual(expect.arrayContaining(['mechanisms/forest-chief/', 'models/linxiang-forestry-336/']));
    expect(await page.locator('[data-group="fulltext"]').count()).toBe(0);
    expect(pagefindSince(start)).toBe(0);
    // Each direct hit on a model quotes the curated sentence at its paragraph, the term marked.
    const linxiang = page.locator('[data-group="direct"] li.search-result[data-path="models/linxiang-forestry-336/"]');
    expect(await linxiang.locator('.subs a').first().getAttribute('href')).toMatch(/#p-5$/);
    expect(await linxiang.locator('.subs mark').first().textContent()).toBe('林长制');
    // Asked for, the full text adds the pages that mention the term, never a direct hit twice.
    await page.click('[data-search-fulltext]');
    await page.waitForSelector('[data-group="fulltext"] li');
    await settled(page, '林长制');
    expect(await page.textContent('#search-status')).toMatch(/^术语直达 \d+ 项；全文匹配 \d+ 个页面。$/);
    expect(pagefindSince(start)).toBeGreaterThan(0);
    const fullText = await page.locator('[data-group="fulltext"] a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('data-path')));
    expect(fullText.filter((path) => direct.includes(path ?? ''))).toEqual([]);
    expect(await page.isHidden('[data-search-fulltext]')).toBe(true);
    // Words the dictionary does not know go to full text at once.
    await page.fill('[data-search-input]', '黄盖湖');
    await page.press('[data-search-input]', 'Enter');
    await settled(page, '黄盖湖');
    expect(await ranked(page)).toContain('models/linxiang-forestry-336/');
    expect(await page.isHidden('[data-search-fulltext]')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a result opened from the keyboard lands on the paragraph, with the terms highlighted', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(searchUrl('zh', '双向移送'));
    await settled(page, '双向移送');
    const link = page.locator('#search-results a.result-link[data-path="models/linxiang-forestry-336/"]').first();
    expect(await link.getAttribute('href')).toMatch(/\?hl=.+#p-5$/);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/models\/linxiang-forestry-336\/\?hl=.*#p-5/);
    await page.waitForSelector('#p-5 mark.search-hit');
    expect(await page.locator('#p-5 mark.search-hit').first().textContent()).toBe('双向移送');
    const visible = await page.evaluate(() => {
      const box = document.getElementById('p-5')!.getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    });
    expect(visible).toBe(true);
    // The header and footer are not touched.
    expect(await page.locator('header mark.search-hit, footer mark.search-hit').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passages are the paragraphs that use the term, with it highlighted', async () => {
    const page = await site.browser.newPage();
    await page.goto(searchUrl('zh', '林长制'));
    await settled(page, '林长制');
    const item = page.locator('#search-results li.search-result[data-path="models/linxiang-forestry-336/"]');
    await expect(item.locator('.subs a').first().getAttribute('href')).resolves.toMatch(/#p-5$/);
    expect(await item.locator('.subs mark').first().textContent()).toBe('林长制');
    await page.close();
  });
});

describe('accessibility', () => {
  it.each([
    ['zh', '林长制'],
    ['en', 'forest chief system'],
  ] as const)('the %s search page with results passes axe (WCAG 2.2 A/AA)', async (edition, q) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(searchUrl(edition, q));
    await settled(page, q);
    await page.waitForSelector('[data-search-facets][data-ready="true"]');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs JavaScript, offers the mechanisms and glossary, and the header form still sends the query', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}glossary/`);
    const form = page.locator('header form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getAttribute('action')).toBe('/search/');
    expect(await page.locator('label[for="site-search-q"]').textContent()).toBe('站内搜索');
    expect(await page.getAttribute('#site-search-q', 'type')).toBe('search');
    await page.fill('#site-search-q', '林长制');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=%E6%9E%97%E9%95%BF%E5%88%B6/);
    const note = page.locator('.search-nojs');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/搜索需要 JavaScript/);
    expect(await note.locator('a[href="/mechanisms/"]').count()).toBe(1);
    expect(await note.locator('a[href="/glossary/"]').count()).toBe(1);
    await context.close();
  });
});
