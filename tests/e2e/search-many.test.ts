import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipKb, searchCost } from '../../scripts/lib/search-cost.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { buildSite, launchBrowser, startPreview, watchErrors, type Server } from './harness.ts';
import { ranked, searchUrl, settled, withFullText } from './search-page.ts';

// Search on a collection larger than one page of results: 60 synthetic models (the benchmark's generator), so
// a category such as 林长制 leads to dozens of models and the dictionary's pages lie in several blocks.
const MODELS = 60;
const work = mkdtempSync(join(tmpdir(), 'atlas-search-many-'));
const out = join(work, 'dist');
let browser: Browser;
let server: Server;

beforeAll(async () => {
  writeSyntheticContent(join(work, 'content'), MODELS);
  const build = buildSite(out, { ATLAS_CONTENT_DIR: join(work, 'content') });
  expect(build.status, build.stderr.slice(-2000)).toBe(0);
  [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: out })]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

const directCount = async (page: Page) => page.locator('[data-group="direct"] > li').count();
const statusTotal = async (page: Page) => Number((await page.textContent('#search-status'))?.match(/术语直达 (\d+) 项/)?.[1]);
const blockFile = /\/search-terms\/p\d+\.json$/;

/** A search page opened on a query, with the requests it makes from now on and its direct hits' total. */
async function openSearch(q: string) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const start = server.requests.length;
  await page.goto(searchUrl(server.url, 'zh', q));
  await settled(page, q);
  const requests = () => server.requests.slice(start).map((r) => r.path);
  return { page, errors, requests, total: await statusTotal(page) };
}

/** Clicks “show more” until every result is listed. */
async function showAll(page: Page) {
  while (await page.isVisible('[data-search-more]')) {
    const before = await page.locator('#search-results li.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li.search-result').length > n, before);
  }
}

describe(`search over ${MODELS} models`, () => {
  it('lists direct hits ten at a time, fetching only the blocks of pages it shows; “show more” adds up to ten and moves focus to the first of them', async () => {
    const { page, errors, requests, total } = await openSearch('林长制');
    expect(total).toBeGreaterThan(10);
    expect(await directCount(page)).toBe(10);
    const blocksFetched = () => new Set(requests().filter((p) => blockFile.test(p))).size;
    const blocks = readdirSync(join(out, 'search-terms')).filter((f) => /^p\d+\.json$/.test(f)).length;
    expect(blocks).toBeGreaterThan(2);
    const firstBlocks = blocksFetched();
    expect(firstBlocks).toBeLessThan(blocks);
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-group="direct"] > li').length > 10);
    expect(await directCount(page)).toBe(Math.min(20, total));
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-group="direct"] > li')[10]?.querySelector('a'))).toBe(true);
    expect(blocksFetched()).toBeGreaterThanOrEqual(firstBlocks);
    // Every page of results, to the end: each direct hit once, then the button goes.
    await showAll(page);
    const listed = await ranked(page);
    expect(listed).toHaveLength(total);
    expect(requests().filter((p) => p.includes('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asked for the full text, lists the pages beyond the direct hits, none of them twice, knowing the hits’ paths without their blocks', async () => {
    const { page, errors, requests, total } = await openSearch('林长制');
    const blocksBefore = new Set(requests().filter((p) => blockFile.test(p))).size;
    await withFullText(page);
    // The paths file, not the blocks of every direct hit's page, keeps them out of the full-text list.
    expect(requests().some((p) => p.endsWith('/search-terms/paths.json'))).toBe(true);
    expect(new Set(requests().filter((p) => blockFile.test(p))).size).toBe(blocksBefore);
    // Every direct hit, page by page, then the full-text list: no path in both.
    await showAll(page);
    const direct = new Set<string>();
    for (const path of await page.locator('[data-group="direct"] a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('data-path') ?? ''))) direct.add(path);
    const fullText = await page.locator('[data-group="fulltext"] a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('data-path') ?? ''));
    expect(direct.size).toBe(total);
    expect(fullText.length).toBeGreaterThan(0);
    expect(fullText.filter((path) => direct.has(path))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters and counts direct hits by facet without fetching their pages: the count beside a value is what ticking it lists', async () => {
    const { page } = await openSearch('林长制');
    await page.waitForSelector('[data-search-facets][data-ready="true"]');
    const option = page.locator('fieldset[data-facet="province"] label[data-facet-option]:not([hidden])').first();
    const value = await option.getAttribute('data-facet-option');
    const count = Number((await option.locator('[data-count]').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await option.locator('input').check();
    await page.waitForURL(/province=/);
    await page.waitForFunction((n) => Number(document.getElementById('search-status')?.textContent?.match(/术语直达 (\d+) 项/)?.[1]) === n, count);
    expect(await directCount(page)).toBe(Math.min(10, count));
    expect(new URL(page.url()).searchParams.get('province')).toBe(value);
    await page.close();
  });

  it('keeps a cold known-term search small: no full-text index, a block or two of pages', async () => {
    const cost = await searchCost(out, '林长制', '党建林');
    console.log(`search over ${MODELS} models: 林长制 ${gzipKb(cost.cold)} KB cold in ${cost.cold.length} responses, 党建林 ${gzipKb(cost.warm)} KB warm, first result ${cost.firstResultMs} ms`);
    expect(cost.cold.filter((r) => r.path.includes('/pagefind/'))).toEqual([]);
    expect(gzipKb(cost.cold)).toBeLessThanOrEqual(150);
    expect(gzipKb(cost.warm)).toBeLessThanOrEqual(30);
  });
});
