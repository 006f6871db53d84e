import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';

/**
 * Lighthouse (the npm package) against pages of a running site, in Debian's Chromium, with Lighthouse's
 * default mobile settings (simulated slow 4G and a 4× slower CPU). Saves each report as HTML and JSON.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export interface PageReport {
  name: string;
  url: string;
  scores: Scores;
  /** Audits that lost points, for a failing run to explain itself. */
  failing: string[];
}

export async function runLighthouse(pages: Array<{ name: string; url: string }>, outDir: string): Promise<PageReport[]> {
  mkdirSync(outDir, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const reports: PageReport[] = [];
    for (const { name, url } of pages) {
      const result = await lighthouse(url, { port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`lighthouse: no result for ${url}`);
      const [html, json] = result.report as string[];
      writeFileSync(join(outDir, `${name}.html`), html ?? '');
      writeFileSync(join(outDir, `${name}.json`), json ?? '');
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores;
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
        .map((a) => `${a.id} (${a.score})`);
      reports.push({ name, url, scores, failing });
    }
    return reports;
  } finally {
    chrome.kill();
  }
}
