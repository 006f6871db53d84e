import { existsSync, readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackPart, type PackedPart } from '../../src/lib/brief/items.ts';
import { provinceOf, regionKey } from '../../src/lib/site-wide.ts';
import { axeViolations, htmlProblems } from './checks.ts';
import { curatedEntries } from './entries.ts';
import { buildSite, servedSite, startPreview, watchErrors, type Server } from './harness.ts';
import { crawl } from './links.ts';

// Above ATLAS_SITE_WIDE_LIMIT models, /compare/, /mechanisms/ and /formulas/ split into one page per province
// (src/lib/site-wide.ts). The benchmark's collections are split that way; here the five real models are, with
// a limit of 2, so every province with a model gets region pages, and ?m= comparisons must bring models from
// several provinces' pages together exactly as the unsplit site shows them.
const whole = servedSite();
const work = mkdtempSync(join(tmpdir(), 'atlas-split-'));
const out = join(work, 'dist');
let server: Server;

const models = curatedEntries().map((e) => e.data);
const keyOf = (id: string) => regionKey(provinceOf(models.find((m) => m.id === id)!));
const keys = [...new Set(models.map((m) => regionKey(provinceOf(m))))];
const withFormulas = models.filter((m) => m.formulas.length > 0);
const SITE_WIDE = ['compare', 'mechanisms', 'formulas'] as const;

beforeAll(async () => {
  const build = buildSite(out, { ATLAS_SITE_WIDE_LIMIT: '2' });
  expect(build.status, build.stderr).toBe(0);
  server = await startPreview({ outDir: out });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Each row of a comparison table (by data-row) with the text of its visible model cells, rows with any text. */
async function visibleTable(page: Page, table: 'matrix' | 'figures' | 'wording' | 'phrases'): Promise<{ columns: string[]; rows: Record<string, string[]> }> {
  return page.locator(`[data-compare-view] table.${table}`).evaluate((el) => {
    const visible = (cell: Element) => cell.hasAttribute('data-model-column') && !(cell as HTMLElement).hidden;
    const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    const columns = [...(el.querySelector('thead tr')?.children ?? [])].filter(visible).map((c) => c.getAttribute('data-model-column') ?? '');
    const rows: Record<string, string[]> = {};
    for (const row of el.querySelectorAll('tbody tr')) {
      const cells = [...row.children].filter(visible).map(text);
      if (cells.some((c) => c !== '' && c !== '–')) rows[row.getAttribute('data-row') ?? ''] = cells.map((c) => (c === '' ? '–' : c));
    }
    return { columns, rows };
  });
}

async function comparison(siteUrl: string, path: string) {
  const page = await whole.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${siteUrl}${path}`);
  await page.locator('[data-compare-status][data-state="done"]').waitFor();
  const result = {
    status: await page.locator('[data-compare-status]').textContent(),
    viewHidden: await page.locator('[data-compare-view]').isHidden(),
    matrix: await visibleTable(page, 'matrix'),
    figures: await visibleTable(page, 'figures'),
    // The chosen models' own words and the charts drawn for them, from their records (/data/compare/).
    wording: await visibleTable(page, 'wording'),
    phrases: await visibleTable(page, 'phrases'),
    charts: await page.locator('[data-compare-view] figure[data-chart] .chart-title').allTextContents(),
    citation: await page.locator('[data-citation-set="page"] .reference').first().textContent(),
  };
  await page.close();
  expect(errors).toEqual([]);
  return result;
}

describe('site-wide pages split by province', () => {
  it('gives /compare/, /mechanisms/ and /formulas/ one page per province, linked from the top page, in both editions', () => {
    expect(keys.length).toBeGreaterThan(2);
    for (const edition of ['', 'en/']) {
      for (const kind of SITE_WIDE) {
        const regions = readdirSync(join(out, edition, kind, 'region')).sort();
        const expected = kind === 'formulas' ? [...new Set(withFormulas.map((m) => keyOf(m.id)))] : keys;
        expect(regions, `${edition}${kind}`).toEqual([...expected].sort());
        const top = readFileSync(join(out, edition, kind, 'index.html'), 'utf8');
        for (const key of regions) expect(top, `${edition}${kind} → ${key}`).toContain(`href="/${edition}${kind}/region/${key}/"`);
      }
    }
    // Each model has its columns on exactly its province's comparison page, and its formulas on its formulas page.
    for (const model of models) {
      const holders = keys.filter((key) => readFileSync(join(out, 'compare', 'region', key, 'index.html'), 'utf8').includes(`<th scope="col" data-model-column="${model.id}"`));
      expect(holders, model.id).toEqual([keyOf(model.id)]);
    }
    for (const model of withFormulas) {
      expect(readFileSync(join(out, 'formulas', 'region', keyOf(model.id), 'index.html'), 'utf8')).toContain(`id="formulas-${model.id}"`);
    }
    // The top /mechanisms/ page still defines every category with how many models of the whole collection use it,
    // exactly as the unsplit page does.
    const definitions = (html: string) => html.match(/<dl class="categories">[\s\S]*?<\/dl>/)?.[0];
    for (const edition of ['', 'en/']) {
      const split = definitions(readFileSync(join(out, edition, 'mechanisms', 'index.html'), 'utf8'));
      expect(split, `${edition}mechanisms`).toBeDefined();
      expect(split).toBe(definitions(readFileSync(join('dist', edition, 'mechanisms', 'index.html'), 'utf8')));
    }
  });

  it('lists the models on /regions/ and the home page by province, every model two links from home without JavaScript', () => {
    for (const edition of ['', 'en/']) {
      const regions = readdirSync(join(out, edition, 'regions', 'region')).sort();
      expect(regions, `${edition}regions`).toEqual([...keys].sort());
      const links = (file: string) => [...readFileSync(join(out, file), 'utf8').matchAll(/<a href="\/([^"#?]*)"/g)].map((m) => m[1]!);
      for (const top of [`${edition}index.html`, `${edition}regions/index.html`]) {
        const html = readFileSync(join(out, top), 'utf8');
        // No card and no model link of its own: the provinces lead to them.
        expect(html, top).not.toContain('class="cards"');
        expect(links(top).filter((href) => /^(en\/)?models\/[^/]+\/$/.test(href)), top).toEqual([]);
        for (const key of keys) expect(links(top), `${top} → ${key}`).toContain(`${edition}regions/region/${key}/`);
      }
      // Home → a province's page → each of its models.
      const reached = new Set(keys.flatMap((key) => links(`${edition}regions/region/${key}/index.html`)));
      for (const model of models) expect(reached, `${edition}${model.id}`).toContain(`${edition}models/${model.id}/`);
      for (const model of models) {
        const page = readFileSync(join(out, edition, 'regions', 'region', keyOf(model.id), 'index.html'), 'utf8');
        expect(page, model.id).toContain(`href="/${edition}models/${model.id}/"`);
        expect(page, model.id).toContain(model.region.adcode);
      }
    }
    // The unsplit site keeps its cards.
    expect(readFileSync(join('dist', 'index.html'), 'utf8')).toContain('class="cards"');
  });

  it('lists a category’s models on one page per province, each model’s mechanisms of it there in its own words', () => {
    const used = [...new Set(models.flatMap((m) => m.mechanisms.map((k) => k.category)))];
    expect(used.length).toBeGreaterThan(5);
    for (const edition of ['', 'en/']) {
      for (const category of used) {
        const users = models.filter((m) => m.mechanisms.some((k) => k.category === category));
        const top = readFileSync(join(out, edition, 'mechanisms', category, 'index.html'), 'utf8');
        expect(top, category).not.toContain('class="mechanism-model"');
        const provinces = [...new Set(users.map((m) => keyOf(m.id)))];
        expect(readdirSync(join(out, edition, 'mechanisms', category, 'region')).sort(), category).toEqual(provinces.sort());
        for (const key of provinces) expect(top, `${category} → ${key}`).toContain(`href="/${edition}mechanisms/${category}/region/${key}/"`);
        for (const model of users) {
          const page = readFileSync(join(out, edition, 'mechanisms', category, 'region', keyOf(model.id), 'index.html'), 'utf8');
          expect(page, `${category} ${model.id}`).toContain(`data-model="${model.id}"`);
          const quote = model.mechanisms.find((k) => k.category === category)!.quote;
          const text = page.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
          expect(text, `${category} ${model.id}`).toContain(quote.slice(0, 12));
        }
      }
    }
  });

  it('draws the site-wide charts per province, each with its own download rows, none on the top pages, and writes no chart file', () => {
    for (const key of keys) {
      const html = readFileSync(join(out, 'en', 'mechanisms', 'region', key, 'index.html'), 'utf8');
      // The CSV is made in the browser from the chart's rows in the brief part the figure names.
      const from = new RegExp(`data-csv-from="([^"]+)" data-chart-name="matrix-${key}"`).exec(html)?.[1];
      // Its province's chart part, which holds that province's charts alone.
      expect(from, key).toBe(`/en/brief/items/_charts-${key}.json`);
      // Read as the browser reads it (the part is served packed).
      const part = unpackPart(JSON.parse(readFileSync(join(out, from!.slice(1)), 'utf8')) as PackedPart);
      const table = part.items[`chart~matrix-${key}`]?.table;
      expect(table?.rows.length, key).toBeGreaterThan(0);
      for (const row of table!.rows) expect(row.length, key).toBe(table!.head.length);
    }
    for (const kind of ['compare', 'mechanisms']) expect(readFileSync(join(out, kind, 'index.html'), 'utf8')).not.toContain('<figure class="chart"');
    // Only the published chart addresses are left under /charts/, as pages that lead to their charts.
    const charts = existsSync(join(out, 'charts')) ? readdirSync(join(out, 'charts'), { withFileTypes: true }) : [];
    expect(charts.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)).toEqual([]);
  });

  it('keeps the collection’s directory out of the compare pages: the picker names models by short name, a selection fetches the rest', () => {
    for (const [prefix, locale] of [['', 'zh'], ['en/', 'en']] as const) {
      const html = readFileSync(join(out, prefix, 'compare', 'index.html'), 'utf8');
      const data = JSON.parse(/<script type="application\/json" data-compare-data>(.*?)<\/script>/su.exec(html)![1]!) as { directory: unknown };
      expect(data.directory).toBe(`/${prefix}compare/directory.json`);
      const directory = JSON.parse(readFileSync(join(out, prefix, 'compare', 'directory.json'), 'utf8')) as { names: Record<string, string>; pages: Record<string, string> };
      expect(Object.keys(directory.names).sort()).toEqual(models.map((m) => m.id).sort());
      for (const m of models) {
        expect(directory.names[m.id]).toBe(m.short[locale]);
        expect(directory.pages[m.id]).toBe(`/${prefix}compare/region/${keyOf(m.id)}/`);
        expect(html).toContain(`value="${m.id}" /> ${m.short[locale]}</label>`.replace(' />', '>'));
      }
    }
    // The unsplit site has it in the page, and no file.
    expect(readdirSync(join('dist', 'compare'))).not.toContain('directory.json');
  });

  it('/compare/?m= brings models from different provinces together, the same as the unsplit site shows them', { timeout: 60_000 }, async () => {
    // Two models in different provinces, and a third: the unsplit /compare/ is the reference.
    const [a, b, c] = [models[0]!.id, models[3]!.id, models[4]!.id];
    expect(new Set([keyOf(a), keyOf(b), keyOf(c)]).size).toBe(3);
    const selection = `?m=${b},${a},${c}`;
    const reference = await comparison(whole.server.url, `compare/${selection}`);
    expect(reference.matrix.columns).toEqual([b, a, c]);
    for (const path of [`compare/${selection}`, `compare/region/${keyOf(a)}/${selection}`, `en/compare/${selection}`]) {
      const split = await comparison(server.url, path);
      const expected = path.startsWith('en/') ? await comparison(whole.server.url, `en/compare/${selection}`) : reference;
      expect(split.viewHidden, path).toBe(false);
      expect(split.status, path).toBe(expected.status);
      expect(new Set(split.matrix.columns), path).toEqual(new Set([a, b, c]));
      // Columns may come in another order (this page's own first); the cells per model must be the same.
      const byModel = (t: { columns: string[]; rows: Record<string, string[]> }) =>
        Object.fromEntries(Object.entries(t.rows).map(([row, cells]) => [row, Object.fromEntries(t.columns.map((id, i) => [id, cells[i]]))]));
      expect(byModel(split.matrix), path).toEqual(byModel(expected.matrix));
      expect(byModel(split.figures), path).toEqual(byModel(expected.figures));
      // The words side by side, the charts and the citation follow the selection's order on every page.
      expect(split.wording, path).toEqual(expected.wording);
      expect(split.phrases, path).toEqual(expected.phrases);
      expect(Object.keys(split.wording.rows).length, path).toBeGreaterThan(5);
      expect(split.charts, path).toEqual(expected.charts);
      expect(split.charts.length, path).toBe(3);
      expect(split.citation, path).toContain(`compare/${path.includes('region/') ? `region/${keyOf(a)}/` : ''}${selection}`);
    }
  });

  it('says which chosen model could not be brought, and still shows the others', { timeout: 30_000 }, async () => {
    const [a, b] = [models[0]!.id, models[3]!.id];
    const page = await whole.browser.newPage();
    // The page that holds b's columns is gone (a host that lost a file): a is shown, b is named as not loaded.
    await page.route(`**/compare/region/${keyOf(b)}/`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${server.url}compare/?m=${a},${b}`);
    await page.locator('[data-compare-status][data-state="done"]').waitFor();
    const status = (await page.locator('[data-compare-status]').textContent()) ?? '';
    expect(status).toContain('未能从所在省份的页面载入');
    expect(await visibleTable(page, 'matrix').then((t) => t.columns)).toEqual([a]);
    // The top page shows no models of its own: leaving the selection empties it rather than “showing all”.
    await expect(page.locator('[data-compare-reset] a').textContent()).resolves.toBe('清除选择');
    await page.close();
  });

  it('sends an old link to a model’s formulas on /formulas/ to its province’s page', async () => {
    const model = withFormulas[0]!;
    const page = await whole.browser.newPage();
    await page.goto(`${server.url}formulas/#formulas-${model.id}`);
    await page.waitForURL(`**/formulas/region/${keyOf(model.id)}/#formulas-${model.id}`);
    await expect(page.locator(`#formulas-${model.id}`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('points the search dictionary’s formula hits at the region pages', () => {
    const dictionary = JSON.parse(readFileSync(join(out, 'search-terms.json'), 'utf8')) as { pages: Array<{ p: string }> };
    const paths = dictionary.pages.map((p) => p.p);
    expect(paths.filter((p) => p.startsWith('formulas/region/')).sort()).toEqual([...new Set(withFormulas.map((m) => `formulas/region/${keyOf(m.id)}/`))].sort());
  });

  it('has no broken link or fragment, valid HTML on every new page, and no axe violations', { timeout: 120_000 }, async () => {
    const { checked, broken } = await crawl([server.url, `${server.url}en/`]);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);

    const files = [...SITE_WIDE, 'regions' as const].flatMap((kind) => ['', 'en/'].flatMap((edition) => [`${edition}${kind}/index.html`, ...readdirSync(join(out, edition, kind, 'region')).map((key) => `${edition}${kind}/region/${key}/index.html`)]));
    const categoryPages = ['', 'en/'].flatMap((edition) => [`${edition}mechanisms/forest-chief/index.html`, ...readdirSync(join(out, edition, 'mechanisms', 'forest-chief', 'region')).map((key) => `${edition}mechanisms/forest-chief/region/${key}/index.html`)]);
    expect(await htmlProblems(out, [...files, ...categoryPages, 'index.html', 'en/index.html'])).toEqual([]);

    const [a, b] = [models[0]!.id, models[3]!.id];
    for (const path of ['compare/', `compare/?m=${a},${b}`, `en/compare/region/${keyOf(a)}/`, `mechanisms/region/${keyOf(b)}/`, 'formulas/', '', `en/regions/region/${keyOf(a)}/`, 'mechanisms/forest-chief/', `en/mechanisms/forest-chief/region/${readdirSync(join(out, 'en', 'mechanisms', 'forest-chief', 'region'))[0]}/`]) {
      expect(await axeViolations(whole.browser, `${server.url}${path}`), path).toEqual([]);
    }
  });
});
