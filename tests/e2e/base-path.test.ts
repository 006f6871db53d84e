import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, startPreview, watchErrors, type Server } from './harness.ts';
import { crawl } from './links.ts';

// The whole site built under a base path, as a host that serves it from a sub-folder would: every link,
// asset and fragment must stay inside /atlas/.
const BASE = '/atlas/';
const work = mkdtempSync(join(tmpdir(), 'atlas-base-'));
const out = join(work, 'dist');
let browser: Browser;
let server: Server;

beforeAll(async () => {
  const build = buildSite(out, { SITE_BASE: BASE, SITE_URL: 'https://briefs.example.gov.cn' });
  expect(build.status, build.stderr).toBe(0);
  [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: out, base: BASE })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe(`a build under the base path ${BASE}`, () => {
  it('has no broken internal link or fragment in either edition', async () => {
    const { checked, broken } = await crawl([server.url, `${server.url}en/`]);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps every link, asset, canonical URL and sitemap entry under the base path', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}models/linxiang-forestry-336/`);
    const hrefs = await page.locator('a[href^="/"], link[href^="/"], script[src^="/"]').evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? ''),
    );
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe('https://briefs.example.gov.cn/atlas/models/linxiang-forestry-336/');
    // Through the reading path: a mechanism category, then another model that shares it.
    await page.locator('.category-group h3 a').first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/atlas\/mechanisms\/[a-z-]+\/$/);
    await page.locator('.mechanism-model h3 a').last().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/atlas\/models\/[a-z0-9-]+\/$/);
    expect(errors).toEqual([]);
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((loc) => !loc.startsWith('https://briefs.example.gov.cn/atlas/'))).toEqual([]);
    await page.close();
  });

  it('draws a /compare/?m= selection from its records under the base path, linked and cited there', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}compare/?m=linxiang-forestry-336,honglin-town-park`);
    await page.locator('[data-compare-status][data-state="done"]').waitFor();
    const hrefs = await page.locator('[data-wording] a, [data-phrases] a, [data-selection-chart] table a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    await expect(page.locator('[data-citation-set="page"] .reference').first().textContent()).resolves.toContain(
      'https://briefs.example.gov.cn/atlas/compare/?m=linxiang-forestry-336,honglin-town-park',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
