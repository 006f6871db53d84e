import { launchBrowser } from './chromium.ts';
import { startPreview } from './static-server.ts';

/**
 * Bytes a reader's browser fetches from /pagefind/ for one search on the site's own search page: the
 * search script, its WebAssembly, the index chunks for the query and the result fragments, as served
 * (uncompressed, so the figure is an upper bound for hosts that compress).
 *
 * Counted by the server as it sends each response, not from the browser's response events: reading a body
 * there is asynchronous, and bodies still being read when the network went idle were left out, so the same
 * index measured 119–212 KB from run to run. Every response has been sent before the network is idle.
 */
export async function queryBytes(dist: string, query: string): Promise<number> {
  const [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: dist })]);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results:not([aria-busy="true"]) a', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return server.requests.filter((request) => request.path.includes('/pagefind/')).reduce((sum, request) => sum + request.bytes, 0);
  } finally {
    await browser.close();
    await server.stop();
  }
}
