import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { joinedText, pdfPages, pdfPageSize, pdfTextDepth, printHandout, urlsIn } from '../../scripts/lib/layout-measure.ts';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';

// Compare and model pages printed as A4 handouts in Chromium (page.pdf, the page's own @page size), read back as
// text with pdftotext: the citation with its permalink and the page number on every page, URLs only where they
// serve (the margin's permalink, numbered endnotes, the citation box), a first page with content, and tables
// whose header row comes back on every page they run onto.
const entries = curatedEntries();
const ids = entries.map((e) => e.data.id);
const SITE = 'https://party-ecology-atlas.example.org';
/** print.css's bottom page margin (24 mm), where the citation and page number are. */
const BOTTOM_MARGIN_PT = (24 / 25.4) * 72;

const site = servedSite();

interface Handout {
  pages: string[];
  /** How far down each page its text reaches (pdfTextDepth). */
  depth: number[];
  size: string;
  /** What the page says it prints, read from the DOM in print media. */
  citation: string;
  permalink: string;
  h1: string;
  /** URLs the handout may print: the permalink, the endnotes' targets, those inside references. */
  allowed: string[];
}

async function printed(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Handout> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  expect((await page.goto(`${site.server.url}${path}`))?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle');
  if (path.includes('?m=') && options.javaScriptEnabled !== false) await page.locator('[data-compare-status][data-state="done"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  const dom = await readPrintDom(page);
  const pdf = await printHandout(page);
  expect(errors).toEqual([]);
  await context.close();
  const references = urlsIn(dom.references.join('\n')).map(trimUrl);
  return { pages: pdfPages(pdf), depth: pdfTextDepth(pdf, BOTTOM_MARGIN_PT), size: pdfPageSize(pdf), ...dom, allowed: [dom.permalink, ...dom.notes, ...references] };
}

function readPrintDom(page: Page) {
  return page.evaluate(() => ({
    citation: document.documentElement.dataset['printCite'] ?? '',
    permalink: document.querySelector('[data-print-permalink]')?.textContent ?? '',
    h1: document.querySelector('h1')?.textContent ?? '',
    notes: [...document.querySelectorAll('.endnotes li')].filter((li) => li.checkVisibility()).map((li) => /https?:\/\/\S+$/.exec(li.textContent ?? '')?.[0] ?? ''),
    references: [...document.querySelectorAll('.citation-box .reference, .print-citation')].filter((el) => el.checkVisibility()).map((el) => el.textContent ?? ''),
  }));
}

/** A URL as printed, without the full stop or bracket after it. */
const trimUrl = (url: string) => url.replace(/[.,;:)\]>」”]+$/, '');
const pageLabel = (path: string, n: number, of: number) => (path.startsWith('en/') ? `Page${n}of${of}` : `第${n}页，共${of}页`);

const HANDOUTS = [
  { path: `compare/?m=${ids[4]},${ids[0]}`, permalink: `${SITE}/compare/?m=${ids[4]},${ids[0]}` },
  { path: `en/compare/?m=${ids[3]},${ids[1]},${ids[2]}`, permalink: `${SITE}/en/compare/?m=${ids[3]},${ids[1]},${ids[2]}` },
  { path: 'compare/', permalink: `${SITE}/compare/` },
  ...ids.map((id) => ({ path: `models/${id}/`, permalink: `${SITE}/models/${id}/` })),
  { path: `en/models/${ids[3]}/`, permalink: `${SITE}/en/models/${ids[3]}/` },
];

describe('printed handouts (A4, read back with pdftotext)', () => {
  it.each([`models/${ids[3]}/`, `compare/?m=${ids[0]},${ids[4]}`])('/%s prints without the site’s chrome, headings kept with what follows', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', 'nav', '.lang-switch', '.compare-picker', 'button', '.chart-downloads']) {
      const shown = await page.locator(chrome).evaluateAll((nodes) => nodes.filter((n) => n.checkVisibility()).length);
      expect(shown, chrome).toBe(0);
    }
    expect(await page.locator('.print-citation').isVisible()).toBe(true);
    // No URL is printed after a link: the marker of a numbered endnote at most.
    const after = await page.locator('main a[href]').evaluateAll((as) => [...new Set(as.map((a) => getComputedStyle(a, '::after').content))]);
    for (const content of after) expect(content).toMatch(/^(none|normal|"\[" attr\(data-endnote\) "\]"|"\[\d+\]")$/);
    const headingsAvoidBreak = await page.locator('main h2').evaluateAll((hs) => hs.every((h) => getComputedStyle(h).breakAfter === 'avoid'));
    expect(headingsAvoidBreak).toBe(true);
    await context.close();
  });

  it.each(HANDOUTS)('/$path: citation, permalink and page number on every page; URLs only in the margin, endnotes and references', async ({ path, permalink }) => {
    const handout = await printed(path);
    const { pages } = handout;
    console.log(`${path}: ${pages.length} A4 pages, URLs per page ${pages.map((p) => urlsIn(p).length).join(' ')}, page 1 filled to ${Math.round((handout.depth[0] ?? 0) * 100)}%`);
    expect(handout.size).toMatch(/\(A4\)/);
    expect(handout.permalink).toBe(permalink);
    expect(handout.citation).toContain(permalink);
    pages.forEach((text, i) => {
      const joined = joinedText(text);
      expect(joined, `page ${i + 1}: permalink`).toContain(permalink);
      expect(joined, `page ${i + 1}: citation`).toContain(joinedText(handout.citation));
      expect(joined, `page ${i + 1}: page number`).toContain(pageLabel(path, i + 1, pages.length));
    });
    // The first page carries the title and goes on with the content, down most of the page (not a title alone).
    expect(joinedText(pages[0] ?? '')).toContain(joinedText(handout.h1));
    expect(handout.depth[0], 'how far down page 1 its text reaches').toBeGreaterThan(0.6);
    // Every URL printed is the permalink, a numbered endnote's target or inside a reference; none after a link.
    const printedUrls = pages.flatMap((p) => urlsIn(p).map(trimUrl));
    for (const url of printedUrls) expect(handout.allowed.some((a) => a.startsWith(url)), url).toBe(true);
    expect(printedUrls.length).toBeLessThanOrEqual(pages.length + handout.allowed.length - 1);
  });

  it('a comparison’s endnotes are the chosen models’ pages, numbered in the text', async () => {
    const handout = await printed(`compare/?m=${ids[4]},${ids[0]}`);
    const text = handout.pages.join('\n');
    const notes = [ids[0], ids[4]].map((id) => `${SITE}/models/${id}/`);
    expect(handout.allowed.slice(1, 3).sort()).toEqual(notes);
    for (const url of notes) expect(joinedText(text)).toContain(joinedText(url));
    // The other models' pages are not listed.
    for (const id of [ids[1], ids[2], ids[3]]) expect(joinedText(text)).not.toContain(`/models/${id}/`);
    expect(text).toMatch(/\[1\]|\[5\]/);
  });

  it('without JavaScript a ?m= handout shows every model, and cites the page that does', async () => {
    const handout = await printed(`compare/?m=${ids[4]},${ids[0]}`, { javaScriptEnabled: false });
    expect(handout.permalink).toBe(`${SITE}/compare/`);
    for (const page of handout.pages) expect(joinedText(page)).toContain(`${SITE}/compare/.`);
  });

  // Printed from a phone too: the tables reflowed on a small screen (site.css) print as tables, with their header.
  it.each([1280, 390])('a table running over pages repeats its header row on each (the figures side by side on /compare/), printed from a %i px screen', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}compare/`);
    await page.emulateMedia({ media: 'print' });
    const table = await page.evaluate(() => ({
      header: [...document.querySelectorAll('table.figures thead th')].map((th) => th.textContent ?? ''),
      // Row headings name a category with its unit, as the charts do not.
      labels: [...document.querySelectorAll('table.figures tbody th')].map((el) => el.textContent ?? ''),
      styles: [...document.querySelectorAll<HTMLTableElement>('main table')].map((t) => ({
        breakInside: getComputedStyle(t).breakInside,
        thead: t.tHead ? getComputedStyle(t.tHead).display : 'table-header-group',
        rows: [...t.rows].every((r) => getComputedStyle(r).breakInside === 'avoid'),
      })),
    }));
    const pages = pdfPages(await printHandout(page));
    await context.close();
    for (const style of table.styles) expect(style).toEqual({ breakInside: 'auto', thead: 'table-header-group', rows: true });
    const holding = pages.map((p, i) => ({ i, text: joinedText(p) })).filter(({ text }) => table.labels.some((label) => text.includes(joinedText(label))));
    expect(holding.length, 'pages the figures table runs over').toBeGreaterThan(1);
    for (const { i, text } of holding) for (const cell of table.header) expect(text, `page ${i + 1}`).toContain(joinedText(cell));
  });
});
