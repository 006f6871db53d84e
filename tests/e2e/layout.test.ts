import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lineMeasure, overflowingElements, smallTargets } from '../../scripts/lib/layout-measure.ts';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';

// Phones and type in Chromium, on every page type in both editions: nothing wider than a 320 or 390 px screen
// (a chart scrolls inside its frame, every province of the tile map reachable), tables reflowed instead of a
// column squeezed to a character a line, pointer targets of WCAG 2.5.8, the header on one line at 1280 px,
// Chinese running text at about 38 characters a line, set in the site's own faces, and home cards led by the
// model's short name and brand.
const entries = curatedEntries();
const PAGE_TYPES = [
  '', 'models/linxiang-forestry-336/', 'models/heilongjiang-ecology-iron-army/', 'models/huizhou-street-party-forest/',
  'mechanisms/', 'mechanisms/forest-chief/', 'mechanisms/pest-disease/', 'compare/', 'compare/?m=linxiang-forestry-336,xining-forestry-grassland',
  'formulas/', 'glossary/', 'regions/', 'about/', 'search/?q=林长制',
];
const EDITIONS = ['', 'en/'];
const ALL = EDITIONS.flatMap((edition) => PAGE_TYPES.map((path) => `${edition}${path}`));

const site = servedSite();

/** Opens `path` at `width` px, settled (search results in, a comparison narrowed), and hands the page to `use`. */
async function atWidth(path: string, width: number, use: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  expect((await page.goto(`${site.server.url}${path}`))?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle');
  if (path.includes('?m=')) await page.locator('[data-compare-status][data-state="done"]').waitFor();
  if (path.includes('search/?q=')) await page.locator('#search-results li').first().waitFor();
  await use(page, context);
  expect(errors).toEqual([]);
  await context.close();
}

const openDetails = (page: Page) => page.evaluate(() => document.querySelectorAll('main details').forEach((d) => d.setAttribute('open', '')));

describe('on a phone', () => {
  it.each(ALL.flatMap((path) => [320, 390].map((width) => ({ path, width }))))('/$path at $width px: no element past the screen, data tables open or closed', async ({ path, width }) => {
    await atWidth(path, width, async (page) => {
      for (const state of ['closed', 'open']) {
        if (state === 'open') await openDetails(page);
        const { outside, scrollWidth, viewport } = await overflowingElements(page);
        expect(outside, `${state}: elements past the screen`).toEqual([]);
        expect(scrollWidth, `${state}: page width`).toBeLessThanOrEqual(viewport);
      }
    });
  });

  it.each(ALL)('/%s at 390 px: tables reflow, no row heading squeezed to a character a line', async (path) => {
    await atWidth(path, 390, async (page) => {
      await openDetails(page);
      const squeezed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main th[scope="row"]')]
          .filter((th) => th.checkVisibility() && [...(th.textContent ?? '').trim()].length >= 4)
          .filter((th) => th.getBoundingClientRect().width < 4 * parseFloat(getComputedStyle(th).fontSize))
          .map((th) => `${th.textContent?.trim()} (${Math.round(th.getBoundingClientRect().width)} px)`),
      );
      expect(squeezed).toEqual([]);
      // A reflowed table does not scroll sideways either.
      const scrolling = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main .table-wrap')].filter((w) => w.checkVisibility() && w.scrollWidth > w.clientWidth + 1).map((w) => w.querySelector('table')?.className),
      );
      expect(scrolling).toEqual([]);
    });
  });

  it.each(['', 'regions/', 'en/', 'en/regions/'].flatMap((path) => [320, 390].map((width) => ({ path, width }))))(
    'the tile map on /$path at $width px shows every province’s tile within its scrolling frame, and says it scrolls',
    async ({ path, width }) => {
      await atWidth(path, width, async (page) => {
        const frame = page.locator('figure[data-chart="tilemap"] .chart-frame');
        const tiles = await frame.evaluate((el) => {
          const frameBox = el.getBoundingClientRect();
          return [...el.querySelectorAll<SVGGElement>('g[data-code]')].map((tile) => {
            tile.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            const box = tile.getBoundingClientRect();
            const now = el.getBoundingClientRect();
            return {
              code: tile.dataset['code'],
              inFrame: box.left >= now.left - 0.5 && box.right <= now.right + 0.5 && box.top >= now.top - 0.5 && box.bottom <= now.bottom + 0.5,
              inScreen: box.left >= -0.5 && box.right <= innerWidth + 0.5,
              frameFits: frameBox.left >= 0 && frameBox.right <= innerWidth,
            };
          });
        });
        expect(tiles.length).toBe(34);
        expect(tiles.filter((t) => !t.inFrame || !t.inScreen || !t.frameFits).map((t) => t.code)).toEqual([]);
        // Heilongjiang and Anhui, the two tiles furthest east with a model, were out of view with no word of it.
        expect(await page.locator('figure[data-chart="tilemap"] .chart-scroll-hint').isVisible()).toBe(true);
      });
    },
  );

  it.each(ALL.flatMap((path) => [390, 1280].map((width) => ({ path, width }))))('/$path at $width px: every pointer target is at least 24 × 24 px or spaced (WCAG 2.5.8)', async ({ path, width }) => {
    await atWidth(path, width, async (page) => {
      await openDetails(page);
      const { measured, failing } = await smallTargets(page);
      expect(measured).toBeGreaterThan(5);
      expect(failing).toEqual([]);
    });
  });
});

describe('type and the header at 1280 px', () => {
  it.each(ALL)('/%s: the header is one line', async (path) => {
    await atWidth(path, 1280, async (page) => {
      const rows = await page.evaluate(() => {
        const header = document.querySelector('.site-header')!;
        const parts = [...header.children, ...header.querySelectorAll('nav li')].map((el) => el.getBoundingClientRect());
        const line = parseFloat(getComputedStyle(header).lineHeight);
        const box = header.getBoundingClientRect();
        const past = [...header.querySelectorAll('a, input, button')].filter((el) => el.getBoundingClientRect().right > box.right + 0.5).map((el) => el.textContent?.trim() || el.tagName);
        return { tops: [...new Set(parts.map((r) => Math.round(r.top + r.height / 2)))], height: box.height, line, past };
      });
      expect(Math.max(...rows.tops) - Math.min(...rows.tops), 'the header’s parts share one row').toBeLessThanOrEqual(4);
      // One row by fitting the column, not by running past its edge (中文 hung 141 px past it in English).
      expect(rows.past, 'past the header’s right edge').toEqual([]);
      expect(rows.height).toBeLessThan(2 * rows.line + 24);
    });
  });

  it.each(entries.map((e) => e.data.id))('Chinese running text on /models/%s/ runs about 38 characters a line at 1280 px', async (id) => {
    await atWidth(`models/${id}/`, 1280, async (page) => {
      for (const selector of ['section[aria-labelledby="summary"] p', '.body p']) {
        const line = await lineMeasure(page, selector);
        expect(line, selector).not.toBeNull();
        console.log(`${id} ${selector}: ${line!.characters} characters, ${line!.ems} em: ${line!.text}`);
        expect(line!.ems, `${selector}: ${line!.text}`).toBeGreaterThanOrEqual(35);
        expect(line!.ems, `${selector}: ${line!.text}`).toBeLessThanOrEqual(40);
      }
    });
  });

  it('Chinese is set in a CJK face with the stack’s Latin face; English in a Latin face (no stray fallback font)', async () => {
    for (const [path, selector, lang] of [['models/linxiang-forestry-336/', '.body p', 'zh'], ['en/about/', 'main p', 'en']] as const) {
      await atWidth(path, 1280, async (page, context) => {
        const stack = await page.evaluate((lang) => getComputedStyle(document.documentElement).getPropertyValue(`--font-${lang}`), lang);
        const families = stack.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
        // A Latin face leads, the CJK faces follow.
        expect(families.indexOf('Segoe UI')).toBeLessThan(families.indexOf('Noto Sans CJK SC'));
        const cdp = await context.newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const used = fonts.map((f) => f.familyName);
        expect(used.filter((f) => !families.includes(f)), `${path}: fonts outside the stack`).toEqual([]);
        if (lang === 'zh') expect(used[0]).toMatch(/CJK|PingFang|YaHei|Source Han|Hiragino/);
        else expect(fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName).not.toMatch(/CJK|PingFang|YaHei|Source Han|Hiragino/);
      });
    }
  });
});

describe('home cards and captions', () => {
  it.each(EDITIONS)('/%s: each card leads with the model’s short name, then its brand (where it has one), then its title', async (edition) => {
    await atWidth(edition, 1280, async (page) => {
      const cards = await page.locator('.cards > li').evaluateAll((lis) =>
        lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', lines: [...li.children].slice(0, 3).map((c) => ({ className: c.className, text: c.textContent?.trim() })) })),
      );
      const lang = edition === 'en/' ? 'en' : 'zh';
      const models = entries.map((e) => e.data);
      expect(cards.length).toBe(models.length);
      for (const card of cards) {
        const model = models.find((m) => card.href.endsWith(`/models/${m.id}/`));
        expect(model, card.href).toBeDefined();
        const brand = model!.slogans.find((s) => s.kind === 'brand')?.text;
        const expected = [
          { className: '', text: model!.short[lang] },
          ...(brand ? [{ className: 'brand', text: `“${brand}”` }] : []),
          { className: 'card-title muted', text: model!.title[lang] },
        ];
        expect(card.lines.slice(0, expected.length), model!.id).toEqual(expected);
      }
      // Four of the five curated models name a brand (the Huizhou plan has campaigns only).
      expect(cards.filter((c) => c.lines[1]?.className === 'brand').length).toBe(models.filter((m) => m.slogans.some((s) => s.kind === 'brand')).length);
    });
  });

  it.each(['', 'en/compare/', 'models/huizhou-street-party-forest/'])('/%s: every chart’s caption comes before the chart', async (path) => {
    await atWidth(path, 390, async (page) => {
      const order = await page.locator('figure.chart').evaluateAll((figures) =>
        figures.map((f) => ({ first: f.firstElementChild?.tagName, captionTop: f.querySelector('figcaption')!.getBoundingClientRect().top, svgTop: f.querySelector('svg')!.getBoundingClientRect().top })),
      );
      expect(order.length).toBeGreaterThan(0);
      for (const figure of order) {
        expect(figure.first).toBe('FIGCAPTION');
        expect(figure.captionTop).toBeLessThan(figure.svgTop);
      }
    });
  });
});
