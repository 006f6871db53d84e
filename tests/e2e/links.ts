import { check, LinkState } from 'linkinator';

/**
 * Crawls a running site from `startUrl` with linkinator and checks every internal link and #fragment.
 * External links are skipped: the machines running tests have no network, and a source's own web page
 * going away is not a broken link of ours. `checked` lets a test tell a real crawl from an empty one.
 */
export async function crawl(startUrl: string | string[]): Promise<{ checked: number; broken: string[] }> {
  const origin = new URL(Array.isArray(startUrl) ? startUrl[0]! : startUrl).origin;
  const result = await check({
    path: startUrl,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  return {
    checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length,
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? '?'} ${link.url}${link.parent ? ` (linked from ${link.parent})` : ''}`),
  };
}
