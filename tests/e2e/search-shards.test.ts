import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mean, recallAt } from '../../src/lib/search/shared/metrics.ts';
import { indexSite, type IndexReport } from '../../scripts/lib/search-index.ts';
import { servedSite, startPreview, watchErrors, type Server } from './harness.ts';
import { ranked, searchUrl, settled, withFullText } from './search-page.ts';
import { SEARCH_SET } from './search-set.ts';

// A collection large enough to be indexed in shards (hundreds of models) is what the benchmark builds; here the
// built site is indexed again with shards of 8 pages, so the five real models' pages are spread over several
// indexes, and the search page must find through the shards exactly what it finds through one index.
const single = servedSite();
const work = mkdtempSync(join(tmpdir(), 'atlas-shards-'));
const sharded = join(work, 'dist');
let report: IndexReport;
let server: Server;

beforeAll(async () => {
  cpSync('dist', sharded, { recursive: true, filter: (source) => !source.startsWith(join('dist', 'pagefind')) });
  report = await indexSite(sharded, { shardPages: 8 });
  server = await startPreview({ outDir: sharded });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('search index in shards', () => {
  it('cuts each edition into shards of at most 8 pages and lists them for the browser', () => {
    const list = JSON.parse(readFileSync(join(sharded, 'pagefind', 'shards.json'), 'utf8')) as Record<string, string[]>;
    for (const language of ['zh-cn', 'en']) {
      expect(report.shards[language]).toBeGreaterThan(2);
      expect(list[language]).toHaveLength(report.shards[language]! - 1);
      for (const folder of list[language]!) {
        const files = readdirSync(join(sharded, 'pagefind', folder));
        // Index data only: the main index's runtime reads every shard.
        expect(files.filter((f) => /\.(js|css)$|^wasm\./.test(f)), folder).toEqual([]);
        expect(files.some((f) => f.endsWith('.pf_meta')) && existsSync(join(sharded, 'pagefind', folder, 'fragment')), folder).toBe(true);
      }
    }
    const whole = JSON.parse(readFileSync(join('dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(report.languages).toEqual(Object.fromEntries(Object.entries(whole.languages).map(([language, meta]) => [language, meta.page_count])));
  });

  // Through shards Pagefind finds a few more pages for some queries, never fewer in this test set: a shard that
  // lacks the query's word answers with pages holding similar words (1322: three /mechanisms/ pages whose indexed
  // text has no 1322; the quoted, exact search finds only the right ones). So the test asks for the same direct
  // matches, no fewer full-text pages and no expected page lost.
  it('finds through the shards the same direct matches and at least as many pages as one index, with no loss of recall', { timeout: 600_000 }, async () => {
    const page = await single.browser.newPage();
    const errors = watchErrors(page);
    const shardRequests = () => server.requests.filter((r) => r.path.includes('/pagefind/shards/')).length;
    const differences: string[] = [];
    const recalls: number[] = [];
    let more = 0;
    let searchedNot = 0;
    for (const c of SEARCH_SET) {
      const outcome = async (siteUrl: string) => {
        await page.goto(searchUrl(siteUrl, c.edition, c.q));
        await settled(page, c.q);
        // The shards hold the full text: a query the dictionary answered alone is searched there too, on request.
        await withFullText(page);
        const counts = await page.locator('#search-results').evaluate((results) => ({
          direct: results.querySelectorAll('[data-group="direct"] > li').length,
          // “… full text: N.”: the number of full-text pages, shown only when there are results.
          fulltext: results.dataset['state'] === 'results' ? Number(document.getElementById('search-status')?.textContent?.match(/(\d+)\D*$/)?.[1]) : 0,
        }));
        return { ...counts, searched: (await page.getAttribute('#search-results', 'data-fulltext')) === 'searched', pages: await ranked(page) };
      };
      const one = await outcome(single.server.url);
      const before = shardRequests();
      const shards = await outcome(server.url);
      const [recallOne, recallShards] = [recallAt(5, one.pages, c.expect), recallAt(5, shards.pages, c.expect)];
      if (shards.direct !== one.direct || shards.fulltext < one.fulltext || recallShards < recallOne) {
        differences.push(`[${c.edition}] ${c.q}: direct ${shards.direct} (one index ${one.direct}), full text ${shards.fulltext} (${one.fulltext}), recall@5 ${recallShards} (${recallOne})`);
      }
      if (shards.fulltext > one.fulltext) more++;
      // A query with no full-text search at all (1+1+4: a code the index cannot hold) is the dictionary's alone.
      expect(shards.searched, c.q).toBe(one.searched);
      if (one.searched) expect(shardRequests(), `${c.q}: the shards were fetched`).toBeGreaterThan(before);
      else searchedNot++;
      recalls.push(recallShards);
    }
    console.log(`sharded index (${report.shards['zh-cn']} + ${report.shards['en']} shards): recall@5 ${mean(recalls).toFixed(3)} over ${recalls.length} queries; ${more} found more full-text pages than one index; ${searchedNot} had no full text to search`);
    expect(searchedNot).toBeLessThan(SEARCH_SET.length / 4);
    expect(differences).toEqual([]);
    expect(mean(recalls)).toBeGreaterThanOrEqual(0.95);
    expect(errors).toEqual([]);
    await page.close();
  });
});
