import type { Page } from 'playwright-core';
import { distinct } from '../../src/lib/search/shared/metrics.ts';
import type { SearchCase } from './search-set.ts';

/** Driving the site's search page (src/pages/search.astro) from a browser test. */

export type Mode = 'plain' | 'terms';

export const editionPrefix = (edition: SearchCase['edition']) => (edition === 'en' ? 'en/' : '');

/** The search page of an edition opened with a query; `plain` turns the term dictionary off. */
export const searchUrl = (siteUrl: string, edition: SearchCase['edition'], q: string, mode: Mode = 'terms', extra = '') =>
  `${siteUrl}${editionPrefix(edition)}search/?q=${encodeURIComponent(q)}${mode === 'plain' ? '&mode=plain' : ''}${extra}`;

/** Waits until the search page has finished the search for `q` (any final state) and returns that state. */
export async function settled(page: Page, q: string): Promise<string> {
  await page.waitForFunction(
    (query) => {
      const results = document.getElementById('search-results');
      return results?.dataset['query'] === query && results.dataset['state'] !== 'loading';
    },
    q,
    { timeout: 20_000 },
  );
  return (await page.getAttribute('#search-results', 'data-state')) ?? '';
}

/** The result pages in the order the page lists them (locale-independent paths, each once). */
export async function ranked(page: Page): Promise<string[]> {
  return distinct(await page.locator('#search-results a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('data-path') ?? '')));
}

/**
 * Asks for the full text when the search page offers it (a query the dictionary answered alone) and waits until
 * it has been searched; does nothing when full text already ran.
 */
export async function withFullText(page: Page): Promise<void> {
  const button = page.locator('[data-search-fulltext]');
  if (!(await button.isVisible())) return;
  await button.click();
  await page.waitForFunction(() => {
    const offer = document.querySelector<HTMLButtonElement>('[data-search-fulltext]');
    return offer?.hidden === true && document.getElementById('search-results')?.dataset['state'] !== 'loading';
  });
}
