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

describe("the benchmark's bytes per search (query_kb, warm_kb)", () => {
  it('counts every byte of every response after the search page’s HTML, the same on every run', async () => {
    const runs = [await searchCost('dist', '林长制', '党建林'), await searchCost('dist', '林长制', '党建林')];
    const raw = runs.map((run) => run.cold.reduce((sum, r) => sum + r.bytes, 0));
    console.log(`search cost for 林长制: ${runs.map((r) => `${gzipKb(r.cold)} KB gzip in ${r.cold.length} responses, then 党建林 ${gzipKb(r.warm)} KB, first result ${r.firstResultMs} ms`).join('; ')}`);
    expect(new Set(raw).size).toBe(1);
    expect(raw[0]).toBe(await bytesSeenByBrowser('林长制'));
    // Everything after the HTML: the dictionary's head and shards, Pagefind's script, WebAssembly and index.
    const paths = runs[0]!.cold.map((r) => r.path);
    for (const part of ['/search-terms/head.json', '/pagefind/pagefind.js', '.pf_index', '/_astro/']) expect(paths.some((p) => p.includes(part)), part).toBe(true);
    expect(paths).not.toContain('/search-terms.json');
    expect(runs[0]!.firstResultMs).toBeGreaterThan(0);
  });
});
