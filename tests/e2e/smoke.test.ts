import { describe, expect, it } from 'vitest';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';

const entries = curatedEntries().map(({ data, paragraphs }) => ({ id: data.id, title: data.title.zh, short: data.short.zh, paragraphs }));

const site = servedSite();

describe('built site in Chromium', () => {
  it('home lists every model and loads without console errors', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(site.server.url);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    // Each card links the model by its short name and then gives its full title (ModelCard.astro).
    for (const { id, title, short } of entries) {
      const card = page.locator('.cards > *').filter({ has: page.locator(`a[href$="/models/${id}/"]`) });
      await expect(card.locator(`a[href$="/models/${id}/"]`).textContent()).resolves.toBe(short);
      await expect(card.locator('.card-title').textContent()).resolves.toBe(title);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(entries)('model page $id shows every cleaned paragraph at its ¶ anchor', async ({ id, title, paragraphs }) => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${site.server.url}models/${id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    const shown = await page.locator('.body > p[id^="p-"]').evaluateAll((nodes) =>
      // The ¶ link and the pin button stand before the text; everything else is the paragraph as cleaned.
      nodes.map((p) => ({ id: p.id, text: [...p.childNodes].filter((n) => !(n instanceof HTMLAnchorElement) && !(n instanceof HTMLButtonElement)).map((n) => n.textContent).join('') })),
    );
    expect(shown.map((p) => p.id)).toEqual(paragraphs.map((_, i) => `p-${i + 1}`));
    expect(shown.map((p) => p.text)).toEqual(paragraphs);
    expect(errors).toEqual([]);
    await page.close();
  });
});
