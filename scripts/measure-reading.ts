/**
 * node scripts/measure-reading.ts [--outDir dist]
 *
 * Figures for how model pages and /formulas/ read, measured on the built site in Chromium: per model page and
 * edition, its height at 1280 px, the Latin letters a reader meets before the summary and the prose in the other
 * language outside a matching `lang`; on /formulas/, the passages shown more than once. Prints one JSON line each.
 */
import { parseArgs } from 'node:util';
import { readEntries } from '../src/lib/entries/read.ts';
import { launchBrowser } from './lib/chromium.ts';
import { measureProse, repeatedPassages } from './lib/reading-measures.ts';
import { startPreview } from './lib/static-server.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const ids = readEntries(process.cwd()).entries.flatMap(({ data }) => (data.draft ? [] : [data.id])).sort();
const [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: values.outDir })]);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const edition of ['', 'en/']) {
    for (const id of ids) {
      await page.goto(`${server.url}${edition}models/${id}/`);
      const prose = await measureProse(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const otherLanguage = edition === '' ? prose.englishOutsideEn : prose.chineseOutsideZh;
      console.log(JSON.stringify({
        page: `${edition}models/${id}/`,
        height_px: height,
        latin_letters_before_summary: prose.latinBeforeSummary,
        english_chars_before_summary: prose.englishBeforeSummary,
        other_language_runs: otherLanguage.length,
        other_language_chars: otherLanguage.reduce((n, r) => n + r.text.length, 0),
      }));
    }
    await page.goto(`${server.url}${edition}formulas/`);
    const repeats = await repeatedPassages(page);
    console.log(JSON.stringify({ page: `${edition}formulas/`, passages_repeated: repeats.length, extra_copies: repeats.reduce((n, r) => n + r.times - 1, 0) }));
  }
} finally {
  await browser.close();
  await server.stop();
}
