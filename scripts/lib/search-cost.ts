import { launchBrowser } from './chromium.ts';
import { startPreview, type ServedRequest } from './static-server.ts';

/**
 * What one search costs a reader, measured on the site's own search page in Chromium:
 * - cold: every response after the page's HTML for a first query (stylesheets, scripts, WebAssembly, the term
 *   dictionary, index chunks, result fragments), gzipped as a static host would send them;
 * - warm: what a second query on the same page fetches once the first has loaded the engine;
 * - first result: milliseconds from the page's HTML having arrived to the first result link on the page.
 *
 * Bytes are counted by the server as it sends each response, not from the browser's response events: reading
 * a body there is asynchronous, and bodies still being read when the network went idle were left out (the same
 * index once measured 119–212 KB from run to run). tests/e2e/query-bytes.test.ts checks the two counts agree.
 */
export interface SearchCost {
  cold: ServedRequest[];
  warm: ServedRequest[];
  firstResultMs: number;
}

const RESULT = '#search-results:not([aria-busy="true"]) a';

export async function searchCost(dist: string, query: string, warmQuery: string): Promise<SearchCost> {
  const [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: dist })]);
  try {
    const page = await browser.newPage();
    // Set before any script of the page runs: the moment a result link first appears.
    await page.addInitScript(() => {
      const mark = () => {
        if ((window as unknown as { firstResult?: number }).firstResult === undefined && document.querySelector('#search-results a')) {
          (window as unknown as { firstResult?: number }).firstResult = performance.now();
        }
      };
      new MutationObserver(mark).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(RESULT, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const firstResultMs = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return ((window as unknown as { firstResult?: number }).firstResult ?? Number.NaN) - navigation.responseEnd;
    });
    // The page's HTML is the first response; everything after it is what the search cost.
    const cold = server.requests.slice(1);
    const before = server.requests.length;
    await page.fill('[data-search-input]', warmQuery);
    await page.press('[data-search-input]', 'Enter');
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, warmQuery);
    await page.waitForSelector(RESULT, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return { cold, warm: server.requests.slice(before), firstResultMs: Math.round(firstResultMs) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Kilobytes (gzip) of a list of responses, one decimal. */
export function gzipKb(requests: readonly ServedRequest[]): number {
  return Math.round(requests.reduce((sum, request) => sum + request.gzip, 0) / 102.4) / 10;
}
