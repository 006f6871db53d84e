import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { csvParseRows } from 'd3-dsv';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/entries/read.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';
import { WCAG_TAGS } from './checks.ts';
import { servedSite, watchErrors } from './harness.ts';

/**
 * Charts in the built site, in Chromium: every figure has the accessible structure the issue asks for, its
 * downloads (made by the browser) are well-formed files that say what the page says, its table's evidence links land on real anchors, its SVG draws with JavaScript off, and
 * no chart text is drawn smaller than 11px at the default width (or on a 320px phone).
 */

const models = readEntries(process.cwd())
  .entries.flatMap((e) => (e.data.draft ? [] : [e.data]))
  .sort((a, b) => a.id.localeCompare(b.id));

/**
 * The chart kinds each page must show (model pages: from the entry). A model page shows its formulas once, as
 * text; their trees are drawn on /formulas/ (model-page.test.ts checks the link to them).
 */
const modelKinds = (m: CuratedModel) => [
  'metrics',
  ...(m.schedule.length > 0 ? ['timeline'] : []),
];
const PAGES: Array<[path: string, kinds: string[]]> = [
  ['', ['tilemap']],
  ['regions/', ['tilemap']],
  ['compare/', ['matrix', 'metrics', 'timeline']],
  ['mechanisms/', ['matrix', 'network']],
  ['formulas/', ['formula']],
  ...models.map((m): [string, string[]] => [`models/${m.id}/`, modelKinds(m)]),
];
const EDITIONS = ['', 'en/'];
const ALL = EDITIONS.flatMap((edition) => PAGES.map(([path, kinds]) => ({ path: `${edition}${path}`, kinds })));

const site = servedSite();

/** What a page's figures look like to a script: structure, links and drawn text sizes. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    const figures = [...document.querySelectorAll('figure[data-chart]')].map((figure) => {
      const svg = figure.querySelector('svg');
      const titleId = svg?.getAttribute('aria-labelledby') ?? '';
      const descId = svg?.getAttribute('aria-describedby') ?? '';
      const title = titleId ? document.getElementById(titleId) : null;
      const desc = descId ? document.getElementById(descId) : null;
      const table = figure.querySelector('details > .table-wrap > table, details > table');
      const box = svg?.getBoundingClientRect();
      const fontSizes = [...(svg?.querySelectorAll('text') ?? [])].map((text) => {
        const ctm = (text as SVGTextElement).getScreenCTM();
        return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm?.a ?? 0, ctm?.b ?? 0);
      });
      return {
        kind: figure.getAttribute('data-chart'),
        role: svg?.getAttribute('role'),
        title: title && svg?.contains(title) && title.tagName === 'title' ? title.textContent : null,
        desc: desc && svg?.contains(desc) && desc.tagName === 'desc' ? desc.textContent : null,
        // The caption comes before the chart (a reader meets the title first), and names it.
        captionIsFirst:
          figure.firstElementChild?.tagName === 'FIGCAPTION' &&
          (figure.firstElementChild.textContent ?? '').includes(title?.textContent ?? '\u0000') &&
          Boolean(figure.firstElementChild.compareDocumentPosition(svg!) & Node.DOCUMENT_POSITION_FOLLOWING),
        tableCaption: table?.querySelector('caption')?.textContent ?? null,
        colHeaders: table ? [...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col') && table.querySelectorAll('thead th').length > 0 : false,
        rowHeaders: table ? [...table.querySelectorAll('tbody tr')].every((tr) => tr.firstElementChild?.tagName === 'TH' && tr.firstElementChild.getAttribute('scope') === 'row') : false,
        downloads: [...figure.querySelectorAll<HTMLAnchorElement>('.chart-downloads a[data-download]')].map((a) => ({ format: a.dataset['download'], file: a.dataset['file'], shown: a.checkVisibility() })),
        evidence: [...(table?.querySelectorAll('a[href*="#"]') ?? [])].map((a) => (a as HTMLAnchorElement).href),
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        minFont: Math.min(...fontSizes),
        texts: fontSizes.length,
      };
    });
    return { ids, figures };
  });
}

describe.each(ALL)('charts on /$path', ({ path, kinds }) => {
  it('has the chart kinds named for this page, each figure with the full structure, and no console errors', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    expect((await page.goto(`${site.server.url}${path}`))?.status()).toBe(200);
    const { ids, figures } = await inspect(page);
    expect([...new Set(figures.map((f) => f.kind))].sort()).toEqual([...kinds].sort());
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
    for (const figure of figures) {
      expect(figure.role).toBe('img');
      expect(figure.title?.trim()).toBeTruthy();
      expect(figure.desc?.trim().length).toBeGreaterThan(40);
      expect(figure.captionIsFirst).toBe(true);
      expect(figure.tableCaption?.trim()).toBeTruthy();
      expect(figure.colHeaders).toBe(true);
      expect(figure.rowHeaders).toBe(true);
      // Three downloads, shown by the page's script, which makes them when asked.
      expect(figure.downloads.map((d) => d.format)).toEqual(['svg', 'png', 'csv']);
      expect(figure.downloads.every((d) => d.shown && d.file?.endsWith(`.${d.format}`))).toBe(true);
      expect(figure.minFont, `${figure.kind} text size`).toBeGreaterThanOrEqual(11);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility and the hover island', () => {
  it.each(['', 'compare/', 'en/mechanisms/', 'en/formulas/', 'models/huizhou-street-party-forest/', 'en/models/linxiang-forestry-336/'])(
    'axe finds no WCAG 2.2 A/AA problem in the figures of /%s (data tables open)',
    async (path) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}`);
      await page.evaluate(() => document.querySelectorAll('figure.chart details').forEach((d) => d.setAttribute('open', '')));
      const result = await new AxeBuilder({ page }).include('figure.chart').withTags(WCAG_TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    },
  );

  it('with JavaScript, a click on a matrix cell opens its evidence on the model page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}compare/`);
    const cell = page.locator('figure[data-chart="matrix"] svg [data-href]').first();
    const href = await cell.getAttribute('data-href');
    expect(href).toMatch(/\/models\/[a-z0-9-]+\/#q-k-\d+$/);
    await Promise.all([page.waitForURL((url) => url.href.endsWith(href ?? '')), cell.click()]);
    expect(await page.evaluate(() => location.hash)).toBe(href?.slice(href.indexOf('#')));
    await page.close();
  });
});

/**
 * Clicks a figure's download link and returns the file the browser saved: its name and bytes. Chromium drops a
 * download that follows another within about a tenth of a second (2 of 30 plain <a download> clicks in a row, none
 * with 300 ms between them), faster than a reader clicks, so each click waits that long after the last.
 */
async function download(page: Page, figure: Locator, format: 'svg' | 'png' | 'csv') {
  await page.waitForTimeout(300);
  const [saved] = await Promise.all([page.waitForEvent('download'), figure.locator(`a[data-download="${format}"]`).click()]);
  return { name: saved.suggestedFilename(), bytes: readFileSync((await saved.path())!) };
}

describe('chart downloads and evidence links', () => {
  it.each(['models/huizhou-street-party-forest/', 'en/formulas/'])('on /%s the PNG link saves the chart drawn from its SVG at twice its size', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${path}`);
    const figure = page.locator('figure.chart').first();
    const name = (await figure.locator('a[data-download="svg"]').getAttribute('data-file'))!.replace(/\.svg$/, '');
    const png = await download(page, figure, 'png');
    expect(png.name).toBe(`${name}.png`);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = (await download(page, figure, 'svg')).bytes.toString('utf8');
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]) * 2));
    // A second click saves the same drawing again without drawing it anew.
    expect((await download(page, figure, 'png')).bytes.equals(png.bytes)).toBe(true);
    await page.close();
  });

  it.each(['png', 'svg', 'csv'])('a chart file address published before downloads were made in the browser (.%s) leads to its chart on its page', async (format) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}en/charts/metrics-xining-forestry-grassland.${format}`);
    await page.waitForURL(/\/en\/models\/xining-forestry-grassland\/#chart-metrics-xining-forestry-grassland$/);
    await expect(page.locator(`#chart-metrics-xining-forestry-grassland a[data-download="${format}"]`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('without JavaScript no download link shows (nothing would make the file); the chart and its data table do', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}models/huizhou-street-party-forest/`);
    const figure = page.locator('figure.chart').first();
    for (const format of ['svg', 'png', 'csv']) await expect(figure.locator(`a[data-download="${format}"]`).isVisible()).resolves.toBe(false);
    await expect(figure.locator('svg.chart-svg').isVisible()).resolves.toBe(true);
    await expect(figure.locator('details.chart-data table tbody tr').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('every chart downloads as a captioned, styled SVG document and as a CSV with a BOM, its quotes and evidence addresses, read back with d3-dsv', async () => {
    const page = await site.browser.newPage();
    let files = 0;
    for (const { path } of ALL) {
      await page.goto(`${site.server.url}${path}`);
      for (const figure of await page.locator('figure.chart').all()) {
        const id = await figure.getAttribute('id');
        const svg = await download(page, figure, 'svg');
        const text = svg.bytes.toString('utf8');
        expect(svg.name, id!).toMatch(/\.svg$/);
        expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
        expect(text).toContain('<style>');
        // Title, source line and citation drawn as text in the picture: the citation the reader sees on the page.
        expect(text.match(/class="download-(title|note)"/g)?.length, id!).toBeGreaterThanOrEqual(3);
        const marks = await figure.locator('svg.chart-svg [data-href]').count();
        expect(text.match(/data-href=/g)?.length ?? 0, id!).toBe(marks);

        const csv = await download(page, figure, 'csv');
        expect(csv.name, id!).toMatch(/\.csv$/);
        const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
        expect(decoded.startsWith('\uFEFF'), id!).toBe(true);
        const [head, ...rows] = csvParseRows(decoded.slice(1).trimEnd());
        expect(rows.length, id!).toBeGreaterThan(0);
        for (const row of rows) expect(row.length, id!).toBe(head!.length);
        // Evidence addresses are in the file, as in the page's table.
        const evidence = await figure.locator('details.chart-data a[href*="#"]').count();
        if (evidence > 0) expect(rows.flat().some((cell) => /\/models\/[a-z0-9-]+\/#/.test(cell)), id!).toBe(true);
        files += 2;
      }
    }
    await page.close();
    expect(files).toBeGreaterThan(60);
  });

  it('a downloaded SVG opens on its own in the browser as well-formed XML and draws, styled', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}en/regions/`);
    const svg = await download(page, page.locator('figure[data-chart="tilemap"]').first(), 'svg');
    await page.setContent('');
    await page.goto(`data:image/svg+xml;base64,${svg.bytes.toString('base64')}`);
    // Chromium shows a <parsererror> instead of the drawing when a file is not well-formed XML.
    expect(await page.locator('parsererror').count()).toBe(0);
    const box = await page.locator('svg').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await page.locator('svg text').count()).toBeGreaterThan(34);
    const inferredTile = page.locator('g[data-code="34"] rect.tile');
    expect(await inferredTile.evaluate((rect) => getComputedStyle(rect).strokeDasharray)).not.toBe('none');
    await page.close();
  });

  it('every evidence link in a chart table lands on an element that exists on its page', async () => {
    const page = await site.browser.newPage();
    const targets = new Map<string, Set<string>>();
    for (const { path } of ALL) {
      await page.goto(`${site.server.url}${path}`);
      for (const figure of (await inspect(page)).figures) {
        for (const href of figure.evidence) {
          const url = new URL(href);
          if (!url.hash) continue;
          const set = targets.get(url.pathname) ?? new Set();
          set.add(decodeURIComponent(url.hash.slice(1)));
          targets.set(url.pathname, set);
        }
      }
    }
    let checked = 0;
    for (const [pathname, anchors] of targets) {
      await page.goto(new URL(pathname, site.server.url).href);
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), [...anchors]);
      expect(missing, pathname).toEqual([]);
      checked += anchors.size;
    }
    expect(checked).toBeGreaterThan(100);
    await page.close();
  });
});

describe('without JavaScript, on a phone and in print', () => {
  it('every chart SVG renders with a size when JavaScript is disabled', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { path } of ALL) {
      await page.goto(`${site.server.url}${path}`);
      const sizes = await page.locator('figure[data-chart] svg').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const text = svg.querySelector('text')?.getBoundingClientRect();
          return { width: box.width, height: box.height, text: (text?.width ?? 0) * (text?.height ?? 0) };
        }),
      );
      expect(sizes.length, path).toBeGreaterThan(0);
      for (const size of sizes) {
        expect(size.width, path).toBeGreaterThan(100);
        expect(size.height, path).toBeGreaterThan(50);
        expect(size.text, path).toBeGreaterThan(0);
      }
    }
    await context.close();
  });

  it('at 320px wide, chart text stays at least 11px (the frame scrolls sideways instead of shrinking the chart)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['compare/', 'en/mechanisms/', 'en/models/huizhou-street-party-forest/', '']) {
      await page.goto(`${site.server.url}${path}`);
      for (const figure of (await inspect(page)).figures) expect(figure.minFont, `${path} ${figure.kind}`).toBeGreaterThanOrEqual(11);
      // The charts scroll inside their frames: the page is no wider with them than without them.
      const withCharts = await page.evaluate(() => document.documentElement.scrollWidth);
      const withoutCharts = await page.evaluate(() => {
        for (const figure of document.querySelectorAll('figure.chart')) figure.remove();
        return document.documentElement.scrollWidth;
      });
      expect(withCharts, `${path} page width`).toBeLessThanOrEqual(Math.max(320, withoutCharts));
    }
    await context.close();
  });

  it('in print, charts are vectors that keep together and fit the page width', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.server.url}compare/`);
    const figures = await page.locator('figure[data-chart]').evaluateAll((els) =>
      els.map((figure) => ({
        breakInside: getComputedStyle(figure).breakInside,
        svgWidth: figure.querySelector('svg')?.getBoundingClientRect().width ?? 0,
        frameWidth: figure.getBoundingClientRect().width,
        downloadsShown: getComputedStyle(figure.querySelector('.chart-downloads') as Element).display !== 'none',
      })),
    );
    expect(figures.length).toBe(3);
    for (const figure of figures) {
      expect(figure.breakInside).toBe('avoid');
      expect(figure.svgWidth).toBeGreaterThan(0);
      expect(figure.svgWidth).toBeLessThanOrEqual(figure.frameWidth + 0.5);
      expect(figure.downloadsShown).toBe(false);
    }
    await page.close();
  });
});
