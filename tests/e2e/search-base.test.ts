import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, startPreview, watchErrors, type Server } from './harness.ts';
import { withFullText } from './search-page.ts';

// The whole site built under a base path (SITE_BASE=/atlas/), as a host serving it from a sub-folder would:
// search must load its index, dictionary and scripts from /atlas/ and link results under /atlas/.
const work = mkdtempSync(join(tmpdir(), 'atlas-search-base-'));
const out = join(work, 'dist');
let browser: Browser;
let server: Server;
let buildLog = '';

beforeAll(async () => {
  const result = buildSite(out, { SITE_BASE: '/atlas/' });
  buildLog = `${result.stdout}\n${result.stderr}`;
  expect(result.status, buildLog.slice(-2000)).toBe(0);
  [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: out, base: '/atlas/' })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('search under a base path', () => {
  it('the build indexes both editions after astro build and says how long it took', () => {
    const line = buildLog.split('\n').find((l) => /Indexed \d+ pages in/.test(l));
    expect(line).toMatch(/\(zh-cn \d+, en \d+; \d+ of \d+ shards unchanged since the last build\)/);
    console.log(`\nPagefind index step (base-path build): ${line?.replace(/^.*\] /, '').trim()}`);
  });

  it.each([
    ['zh', '', '林长制', '/atlas/models/linxiang-forestry-336/'],
    ['en', 'en/', 'Xining', '/atlas/en/models/xining-forestry-grassland/'],
  ])('%s: finds the page and links it under /atlas/, loading everything from /atlas/', async (_edition, prefix, q, href) => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const seen: string[] = [];
    page.on('request', (request) => seen.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${prefix}search/?q=${encodeURIComponent(q)}`);
    await page
      .waitForFunction((query) => {
        const r = document.getElementById('search-results');
        return r?.dataset['query'] === query && r.dataset['state'] === 'results';
      }, q, { timeout: 20_000 })
      .catch(async (error: unknown) => {
        const state = await page.evaluate(() => [document.getElementById('search-results')?.dataset['state'], document.getElementById('search-status')?.textContent]);
        throw new Error(`search did not finish: ${JSON.stringify(state)}; errors ${JSON.stringify(errors)}; requests ${server.requests.slice(-20).map((r) => `${r.status} ${r.path}`).join(', ')}`, { cause: error });
      });
    // The dictionary answers the term; the full text, asked for, loads Pagefind, which must come from /atlas/ too.
    expect(seen.some((p) => p.includes('/pagefind/'))).toBe(false);
    await withFullText(page);
    expect(await page.locator('#search-results [data-group="fulltext"] a.result-link').count()).toBeGreaterThan(0);
    const links = await page.locator('#search-results a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((l) => l.startsWith(`${href}`))).toBe(true);
    expect(links.every((l) => l.startsWith('/atlas/'))).toBe(true);
    expect(seen.filter((p) => p.includes('pagefind') || p.includes('search-terms')).every((p) => p.startsWith('/atlas/'))).toBe(true);
    expect(seen.some((p) => p.startsWith('/atlas/pagefind/'))).toBe(true);
    expect(await page.getAttribute('header form[role="search"]', 'action')).toBe(`/atlas/${prefix}search/`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
