import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measureProse, repeatedPassages } from '../../scripts/lib/reading-measures.ts';
import { treeRoots } from '../../src/lib/figures/formula.ts';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';

/**
 * Model pages and /formulas/ as a reader meets them, in Chromium: the contents list leads to every section and
 * stays reachable down a long page (wide: beside it; phone: the corner link), each formula is shown once,
 * each edition reads in its own language with `lang` marking the other, and /formulas/ shows a passage once.
 */

const entries = curatedEntries();
const EDITIONS = [
  { prefix: '', name: 'Chinese' },
  { prefix: 'en/', name: 'English' },
] as const;
const PAGES = EDITIONS.flatMap((edition) => entries.map(({ data }) => ({ ...edition, id: data.id, data, path: `${edition.prefix}models/${data.id}/` })));

const site = servedSite();

async function open(path: string, width: number, javaScript = true): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const response = await page.goto(`${site.server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return { page, errors, close: () => context.close() };
}

/** Whether the element is drawn, at least in part, inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  });

describe.each(PAGES)('/$path', ({ path, data, prefix }) => {
  it('has a contents list whose every link lands on a section heading of the page, in page order, without JavaScript', async () => {
    const { page, errors, close } = await open(path, 1280, false);
    const links = await page.locator('nav#contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(3);
    const targets = await page.evaluate((hrefs) => hrefs.map((href) => {
      const el = document.getElementById(decodeURIComponent(href.slice(1)));
      return { href, tag: el?.tagName ?? null, top: el ? el.getBoundingClientRect().top + scrollY : -1 };
    }), links);
    for (const target of targets) expect(target.tag, target.href).toMatch(/^H2$/);
    expect(targets.map((t) => t.top)).toEqual([...targets.map((t) => t.top)].sort((a, b) => a - b));
    // What the entry has decides what the list offers: only sections the page has, and every one it has.
    expect(links.includes('#summary')).toBe(data.summary !== null);
    expect(links.includes('#slogans')).toBe(data.slogans.length > 0);
    expect(links.includes('#formulas')).toBe(data.formulas.length > 0);
    expect(links.includes('#metrics')).toBe(data.metrics.length > 0);
    expect(links).toContain('#mechanisms');
    expect(links).toContain('#text');
    expect(links.at(-1)).toBe('#cite-heading');
    // A jump scrolls its section to the top of the screen (the link works as a link, no script involved).
    await page.locator('nav#contents a[href="#text"]').click();
    expect(await page.evaluate(() => Math.round(document.getElementById('text')!.getBoundingClientRect().top))).toBeLessThan(40);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the contents reachable after scrolling: beside the text at 1280 px, a corner link on a 390 px phone', async () => {
    const wide = await open(path, 1280);
    await wide.page.evaluate(() => document.getElementById('text')!.scrollIntoView());
    await wide.page.mouse.wheel(0, 1500);
    expect(await inView(wide.page, 'nav#contents')).toBe(true);
    expect(await inView(wide.page, '.back-to-contents')).toBe(false);
    await wide.close();

    const phone = await open(path, 390, false);
    await phone.page.evaluate(() => document.getElementById('text')!.scrollIntoView());
    expect(await inView(phone.page, 'nav#contents')).toBe(false);
    expect(await inView(phone.page, '.back-to-contents')).toBe(true);
    const size = await phone.page.locator('.back-to-contents').evaluate((el) => el.getBoundingClientRect());
    expect(size.width).toBeGreaterThanOrEqual(24);
    expect(size.height).toBeGreaterThanOrEqual(24);
    await phone.page.locator('.back-to-contents').click();
    expect(await inView(phone.page, 'nav#contents')).toBe(true);
    // On a phone the list stands before the summary, after the page's heading and facts.
    const order = await phone.page.evaluate(() => {
      const nav = document.getElementById('contents')!;
      const before = (id: string) => { const el = document.getElementById(id); return el ? (nav.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 : true; };
      return { h1First: (document.querySelector('main h1')!.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, summaryAfter: before('summary') };
    });
    expect(order).toEqual({ h1First: true, summaryAfter: true });
    await phone.close();
  });

  it('shows each formula once: as text with its quotes, no tree drawn here, and a link to its tree on /formulas/', async () => {
    const { page, close } = await open(path, 1280);
    const shown = await page.evaluate(() => ({
      charts: document.querySelectorAll('figure[data-chart="formula"]').length,
      chartLink: document.querySelector<HTMLAnchorElement>('.formula-charts a')?.getAttribute('href') ?? null,
    }));
    expect(shown.charts).toBe(0);
    // Every formula is a block of its own or decoded inside the one that names it: each id once on the page.
    for (let i = 0; i < data.formulas.length; i++) expect(await page.locator(`[id="formula-${i}"]`).count(), `formula-${i}`).toBe(1);
    if (treeRoots(data).length > 0) {
      expect(shown.chartLink).toBe(`/${prefix}formulas/#formulas-${data.id}`);
    } else expect(shown.chartLink).toBeNull();
    // No passage is quoted twice inside the formulas section (十个一's ten parts share one sentence).
    expect(await repeatedPassages(page, 'section[aria-labelledby="formulas"]')).toEqual([]);
    await close();
  });

  it('reads in its edition’s language: no prose of the other language outside an element marked with it', async () => {
    const { page, close } = await open(path, 1280);
    const report = await measureProse(page);
    if (prefix === '') {
      expect(report.englishOutsideEn).toEqual([]);
      // A Chinese reader meets no English before the summary (codes such as GB/T 2260 aside).
      expect(report.englishBeforeSummary).toBe(0);
    } else {
      expect(report.chineseOutsideZh).toEqual([]);
    }
    await close();
  });
});

describe('the notes of an entry in each edition', () => {
  it('shows the Huizhou region note in Chinese on the Chinese page and in English on the English page, each marked right', async () => {
    const huizhou = entries.find((e) => e.data.id === 'huizhou-street-party-forest')!.data;
    for (const { prefix } of EDITIONS) {
      const { page, close } = await open(`${prefix}models/${huizhou.id}/`, 1280);
      const note = await page.locator('.region-note').last().evaluate((el) => ({ text: el.textContent?.trim() ?? '', lang: el.closest('[lang]')?.getAttribute('lang') ?? '' }));
      if (prefix === '') {
        expect(note.text).toBe(huizhou.region.note!.zh);
        expect(note.lang).toBe('zh-CN');
      } else {
        expect(note.text).toBe(huizhou.region.note!.en);
        expect(note.lang).toBe('en');
        // The Chinese it quotes is marked for what it is.
        expect(await page.locator('.region-note span[lang="zh-CN"]').first().textContent()).toBe('绿美惠州');
      }
      await close();
    }
  });
});

describe.each(EDITIONS)('/formulas/ in the $name edition', ({ prefix }) => {
  it('shows a passage shared by several components once, with its components listed', async () => {
    const { page, errors, close } = await open(`${prefix}formulas/`, 1280);
    expect(await repeatedPassages(page)).toEqual([]);
    // 十个一: ten parts listed, their one sentence quoted once under the formula.
    const heilongjiang = entries.find((e) => e.data.id === 'heilongjiang-ecology-iron-army')!.data;
    const ten = heilongjiang.formulas.findIndex((f) => f.code === '十个一');
    const block = page.locator(`[id="${heilongjiang.id}-${ten}"]`);
    expect(await block.locator(':scope > ol.components > li').count()).toBe(heilongjiang.formulas[ten]!.components.length);
    expect(await block.locator('blockquote').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
