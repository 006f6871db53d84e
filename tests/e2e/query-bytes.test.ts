import { describe, expect, it } from 'vitest';
import { gzipKb, searchCost } from '../../scripts/lib/search-cost.ts';
import { launchBrowser, startPreview } from './harness.ts';

/** The same search, counted in the browser: every response after the page's HTML, each body read to its end. */
async function bytesSeenByBrowser(query: string): Promise<number> {
  const [browser, server] = await Promise.all([launchBrowser(), startPreview()]);
  try {
    const page = await browser.newPage();
    const bodies: Array<Promise<number>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document') bodies.push(response.body().then((body) => body.length));
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results:not([aria-busy="true"]) a', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The search budget on the five-model site (issue 18): a cold query and the next one, gzipped, all files in. */
const COLD_BUDGET_KB = 100;
const WARM_BUDGET_KB = 30;

describe("the benchmark's bytes per search (query_kb, warm_kb)", () => {
  it('counts every byte of every response after the search page’s HTML, the same on every run', async () => {
    const runs = [await searchCost('dist', '林长制', '党建林'), await searchCost('dist', '林长制', '党建林')];
    const raw = runs.map((run) => run.cold.reduce((sum, r) => sum + r.bytes, 0));
    console.log(`search cost for 林长制: ${runs.map((r) => `${gzipKb(r.cold)} KB gzip in ${r.cold.length} responses, then 党建林 ${gzipKb(r.warm)} KB, first result ${r.firstResultMs} ms`).join('; ')}`);
    expect(new Set(raw).size).toBe(1);
    expect(raw[0]).toBe(await bytesSeenByBrowser('林长制'));
    // Everything after the HTML (which carries the dictionary's head): the page's scripts and the dictionary's
    // shards, facets and a block of pages.
    const paths = runs[0]!.cold.map((r) => r.path);
    for (const part of ['/search-terms/facets.json', '/_astro/']) expect(paths.some((p) => p.includes(part)), part).toBe(true);
    expect(paths.some((p) => /\/search-terms\/\d+\.json$/.test(p)), 'a shard').toBe(true);
    expect(paths.some((p) => /\/search-terms\/p\d+\.json$/.test(p)), 'a block of pages').toBe(true);
    expect(paths).not.toContain('/search-terms.json');
    expect(runs[0]!.firstResultMs).toBeGreaterThan(0);
  });

  it(`keeps a known term within ${COLD_BUDGET_KB} KB cold and ${WARM_BUDGET_KB} KB warm, without the full-text index; words it does not know load the index`, async () => {
    const term = await searchCost('dist', '林长制', '党建林');
    const words = await searchCost('dist', '黄盖湖', '林长制');
    console.log(`budget: 林长制 ${gzipKb(term.cold)} KB cold (≤ ${COLD_BUDGET_KB}), then 党建林 ${gzipKb(term.warm)} KB (≤ ${WARM_BUDGET_KB}); free text 黄盖湖 ${gzipKb(words.cold)} KB cold`);
    expect(gzipKb(term.cold)).toBeLessThanOrEqual(COLD_BUDGET_KB);
    expect(gzipKb(term.warm)).toBeLessThanOrEqual(WARM_BUDGET_KB);
    expect([...term.cold, ...term.warm].filter((r) => r.path.includes('/pagefind/')).map((r) => r.path)).toEqual([]);
    expect(words.cold.some((r) => r.path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(words.cold.some((r) => r.path.includes('.pf_index'))).toBe(true);
  });
});
