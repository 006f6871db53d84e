import { describe, expect, it } from 'vitest';
import { queryBytes } from '../../scripts/lib/query-bytes.ts';
import { launchBrowser, startPreview } from './harness.ts';

/** The same search, counted in the browser: every /pagefind/ response's body, each read to its end. */
async function bytesSeenByBrowser(query: string): Promise<number> {
  const [browser, server] = await Promise.all([launchBrowser(), startPreview()]);
  try {
    const page = await browser.newPage();
    const bodies: Array<Promise<number>> = [];
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/')) bodies.push(response.body().then((body) => body.length));
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

describe("the benchmark's bytes per search (query_kb)", () => {
  it('counts every byte of every /pagefind/ response a search fetches, the same on every run', async () => {
    const runs = [await queryBytes('dist', '林长制'), await queryBytes('dist', '林长制'), await queryBytes('dist', '林长制')];
    console.log(`query bytes for 林长制 over three runs: ${runs.join(', ')}`);
    expect(new Set(runs).size).toBe(1);
    expect(runs[0]).toBe(await bytesSeenByBrowser('林长制'));
  });
});
