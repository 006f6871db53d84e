import { launchBrowser } from './chromium.ts';
import { startPreview } from './static-server.ts';

/**
 * Bytes a reader's browser fetches from /pagefind/ for one search on the site's own search page: the
 * search script, its WebAssembly, the index chunks for the query and the result fragments, as served
 * (uncompressed, so the figure is an upper bound for hosts that compress).
 */
export async function queryBytes(dist: string, query: string): Promise<number> {
  const [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: dist })]);
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results:not([aria-busy="true"]) a', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await server.stop();
  }
}
