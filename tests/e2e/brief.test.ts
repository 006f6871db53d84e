import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartId, compareId, figureId, mechanismId, paragraphId } from '../../src/lib/brief/ids.ts';
import { axeViolations, htmlProblems, nuProblems } from './checks.ts';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';

/**
 * The briefing kit in Chromium, as a reader uses it: pin three passages and a figure on two model pages, open
 * /brief/, reorder, add a heading and a note, export Word and read the file back with mammoth, export the
 * reference list as RIS and BibTeX and read them back with citation-js; a shared ?items= link with an id that
 * no longer exists; the page without JavaScript; and the validators and axe on /brief/ in both editions.
 */
const site = servedSite();
const entries = curatedEntries();
const [A, B] = entries.filter((e) => e.data.metrics.length > 0 && e.data.mechanisms.length > 0).map((e) => e.data);
const paragraphsOf = new Map(entries.map((e) => [e.data.id, e.paragraphs]));
const ui = JSON.parse(readFileSync('src/i18n/zh-CN.json', 'utf8')) as Record<string, string>;

const pins = [
  { id: paragraphId(A!.id, 2), model: A!, quote: paragraphsOf.get(A!.id)![1]! },
  { id: mechanismId(B!.id, B!.mechanisms[0]!), model: B!, quote: B!.mechanisms[0]!.quote },
  { id: paragraphId(B!.id, 4), model: B!, quote: paragraphsOf.get(B!.id)![3]! },
  { id: figureId(A!.id, A!.metrics[0]!), model: A!, quote: A!.metrics[0]!.quote },
];

async function download(page: Page, format: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${format}"]`)]);
  const path = await file.path();
  return readFileSync(path);
}

describe('the briefing kit', () => {
  it('pins on two model pages, lists them on /brief/ and exports a Word file holding every quote and reference in order, dated today', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    for (const pin of pins) {
      await page.goto(`${site.server.url}models/${pin.model.id}/`);
      const button = page.locator(`button[data-pin="${pin.id}"]`).first();
      await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
      await button.click();
      await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
      const box = await button.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(24);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    await page.goto(`${site.server.url}brief/`);
    const items = page.locator('[data-brief-list] > li[data-item]');
    await items.first().waitFor();
    expect(await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['item']))).toEqual(pins.map((p) => p.id));
    // Reorder: the figure moves up above the second model's paragraph; a heading goes first; a note on the first passage.
    await items.nth(3).locator('button[data-action="up"]').click();
    await page.click('[data-brief-add-heading]');
    await page.locator('.brief-heading-input').last().fill('一、主要做法');
    for (let i = 0; i < 4; i += 1) await page.locator('[data-brief-list] > li.brief-heading button[data-action="up"]').click();
    expect(await page.locator('[data-brief-list] > li').first().getAttribute('class')).toContain('brief-heading');
    // The focus stays on the moved block's control, so a keyboard user keeps their place.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.classList.contains('brief-heading'))).toBe(true);
    await page.locator('[data-brief-list] > li[data-item]').first().locator('button[data-action="note"]').click();
    await page.locator('.brief-note').fill('可用于开头');
    await page.fill('#brief-title', '林业党建简报');
    const order = [pins[0]!, pins[1]!, pins[3]!, pins[2]!];
    const before = new Set(requested);

    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const { value: text } = await mammoth.extractRawText({ buffer: await download(page, 'docx') });
    const { value: html } = await mammoth.convertToHtml({ buffer: await download(page, 'docx') });
    // The docx package (about 80 KB gzip) is fetched at the first Word export, not with the page.
    expect(requested.filter((url) => !before.has(url) && url.endsWith('.js')).length, 'scripts loaded by the export').toBeGreaterThan(0);
    console.log(`brief .docx read back by mammoth (${text.length} characters):\n${text}`);
    const expected = [
      '林业党建简报',
      '一、主要做法',
      ...order.flatMap((p) => [p.quote.split('\n')[0]!, `¶`]),
      ui['brief.references']!,
      `[1] `,
      `[2] `,
    ];
    let at = 0;
    for (const piece of expected) {
      const found = text.indexOf(piece, at);
      expect(found, `${piece} after ${at}`).toBeGreaterThanOrEqual(at);
      at = found + piece.length;
    }
    expect(text).toContain('可用于开头');
    expect(text).toContain(`来源：${A!.title.zh}，¶2 [1]`);
    expect(text).toContain(`来源：${B!.title.zh}，¶4 [2]`);
    const references = text.slice(text.lastIndexOf(ui['brief.references']!));
    expect(references.indexOf(A!.title.zh)).toBeLessThan(references.indexOf(B!.title.zh));
    expect(references.match(new RegExp(today, 'g'))?.length).toBe(2);
    expect(references).not.toContain('site-address-not-configured');
    expect(html).toContain('<table>');
    expect(html).toContain(A!.metrics[0]!.unit);

    for (const format of ['ris', 'bib'] as const) {
      const data = new Cite((await download(page, format)).toString('utf8')).data as Array<{ title: string; URL?: string; accessed?: { 'date-parts': number[][] }; note?: string }>;
      expect(data.map((d) => d.title), format).toEqual([A!.title.zh, B!.title.zh]);
      for (const d of data) {
        if (format === 'ris') expect(d.accessed!['date-parts'][0]!.map(Number)).toEqual(today.split('-').map(Number));
        else expect(d.note).toContain(`accessed ${today}`);
        expect(d.URL).toMatch(new RegExp(`^${site.server.url.replace(/[/.]/g, '\\$&')}models/`));
      }
    }
    const csl = JSON.parse((await download(page, 'json')).toString('utf8')) as Array<{ title: string }>;
    expect(csl.map((c) => c.title)).toEqual([A!.title.zh, B!.title.zh]);
    const md = (await download(page, 'md')).toString('utf8');
    for (const p of order) expect(md).toContain(p.quote.split('\n')[0]);

    // The share link carries the ids in order; opened elsewhere it gives the same items.
    await page.click('[data-brief-share]');
    const shareUrl = await page.inputValue('#brief-share-url');
    expect(new URL(shareUrl).searchParams.get('items')).toBe(order.map((p) => p.id).join(','));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pins a chart and exports its data as a table whose rows line up with its header, quotes and evidence addresses included', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const id = chartId(`metrics-${A!.id}`);
    await page.goto(`${site.server.url}models/${A!.id}/`);
    await page.locator(`button[data-pin="${id}"]`).first().click();
    await page.goto(`${site.server.url}brief/?items=${encodeURIComponent(id)}`);
    await page.locator('[data-brief-list] > li[data-item]').first().waitFor();
    const { value: html } = await mammoth.convertToHtml({ buffer: await download(page, 'docx') });
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => [...row[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')));
    expect(rows.length).toBeGreaterThan(A!.metrics.length);
    for (const row of rows) expect(row.length).toBe(rows[0]!.length);
    const cells = rows.flat();
    expect(A!.metrics.some((metric) => cells.includes(metric.quote))).toBe(true);
    expect(cells.some((cell) => cell.includes(`/models/${A!.id}/#`))).toBe(true);
    await context.close();
  });

  it('pins a compare selection as its ?m= order, and /brief/ cites it with that selection', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}compare/?m=${B!.id},${A!.id}`);
    await page.locator('[data-compare-status][data-state="done"]').waitFor();
    const pin = page.locator('[data-compare-pin] button[data-pin]');
    expect(await pin.getAttribute('data-pin')).toBe(compareId([B!.id, A!.id]));
    await pin.click();
    expect(await pin.getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${site.server.url}brief/`);
    await page.locator('[data-brief-list] > li.brief-item').first().waitFor();
    expect(await page.locator('[data-brief-references] li').first().textContent()).toContain(`compare/?m=${B!.id},${A!.id}`);
    await context.close();
  });

  it('a shared link shows an id that no longer exists as such, in its place', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}en/brief/?items=${pins[0]!.id},gone-model~p9,${pins[3]!.id}`);
    const items = page.locator('[data-brief-list] > li[data-item]');
    await items.nth(2).waitFor();
    expect(await items.nth(1).textContent()).toContain('no longer exists');
    expect(await items.nth(1).textContent()).toContain('gone-model~p9');
    expect(await items.nth(2).textContent()).toContain(pins[3]!.quote);
    expect(await page.locator('[data-brief-from-url]').isVisible()).toBe(true);
    await context.close();
  });

  it('without JavaScript says what the page needs, and shows no pin buttons on reading pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}brief/`);
    expect(await page.locator('[data-brief-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-brief-nojs]').textContent()).toBe(ui['brief.noJs']);
    expect(await page.locator('[data-brief]').isVisible()).toBe(false);
    await page.goto(`${site.server.url}models/${A!.id}/`);
    expect(await page.locator('button[data-pin]').count()).toBeGreaterThan(10);
    expect(await page.locator('button[data-pin]:visible').count()).toBe(0);
    await context.close();
  });

  it('/brief/ is valid HTML (html-validate and the W3C Nu validator) in both editions', async () => {
    const files = ['brief/index.html', 'en/brief/index.html'];
    expect(await htmlProblems('dist', files)).toEqual([]);
    expect(await nuProblems('dist', files)).toEqual([]);
  });

  it.each(['', 'en/'])('axe finds no WCAG 2.x A/AA violation on /%sbrief/, empty and with items', async (prefix) => {
    expect(await axeViolations(site.browser, `${site.server.url}${prefix}brief/`)).toEqual([]);
    expect(await axeViolations(site.browser, `${site.server.url}${prefix}brief/?items=${pins.map((p) => p.id).join(',')},gone-model~p9`)).toEqual([]);
  });

  it('keeps the pin buttons’ word out of the search index and of copied text: 简报 finds no model page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?mode=plain&q=${encodeURIComponent(`"${ui['pin.label']!}"`)}`);
    await page.waitForFunction(() => !['loading', undefined].includes(document.getElementById('search-results')?.dataset['state']));
    const paths = await page.locator('#search-results a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('data-path') ?? ''));
    expect(paths.filter((p) => p.startsWith('models/'))).toEqual([]);
    // With JavaScript the buttons show; a reader who selects a paragraph copies its words without them.
    await page.goto(`${site.server.url}models/${A!.id}/`);
    await page.waitForSelector('.pin-button:not([hidden])');
    const copied = await page.evaluate(() => {
      const paragraph = document.getElementById('p-2')!;
      getSelection()!.selectAllChildren(paragraph);
      return getSelection()!.toString();
    });
    expect(copied).toContain(paragraphsOf.get(A!.id)![1]!.slice(0, 10));
    expect(copied).not.toContain(ui['pin.label']!);
    await page.close();
  });
});
