import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';

// How a reader uses the built site in Chromium: from a model to the models that share its mechanisms, into
// a comparison, to a paragraph and its citation, and into the other language (onto paper: print.test.ts).
const entries = curatedEntries();
const ids = entries.map((e) => e.data.id);
const linxiang = entries.find((e) => e.data.id === 'linxiang-forestry-336')!;
const SITE = 'https://party-ecology-atlas.example.org';
/** Citations on a build without SITE_URL (this one) carry the address the page is read from. */
const origin = () => new URL(site.server.url).origin;

const site = servedSite();

/** Opens a page, runs `use`, and fails on any console error or failed request on the way. */
async function withPage(path: string, use: (page: Page) => Promise<void>, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const response = await page.goto(`${site.server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  await use(page);
  expect(errors).toEqual([]);
  await context.close();
}

const pathname = (page: Page) => new URL(page.url()).pathname;
const visibleColumns = (page: Page, table: string) =>
  page.locator(`${table} thead th[data-model-column]`).evaluateAll((ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset['modelColumn']));

describe('reading the site in Chromium', () => {
  it('home → model → mechanism category → another model → compare with ?m=', async () => {
    await withPage('', async (page) => {
      await page.locator(`.cards a[href$="/models/${linxiang.data.id}/"]`).click();
      expect(pathname(page)).toBe(`/models/${linxiang.data.id}/`);
      // A category Linxiang shares with at least one other model.
      const shared = linxiang.data.mechanisms.map((m) => m.category).find((c) => entries.some((e) => e !== linxiang && e.data.mechanisms.some((m) => m.category === c)))!;
      await page.locator(`.category-group h3 a[href$="/mechanisms/${shared}/"]`).click();
      expect(pathname(page)).toBe(`/mechanisms/${shared}/`);
      const others = await page.locator('.mechanism-model').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset['model']));
      const expected = entries.filter((e) => e.data.mechanisms.some((m) => m.category === shared)).map((e) => e.data.id);
      expect(others).toEqual(expected);
      const other = expected.find((id) => id !== linxiang.data.id)!;
      await page.locator(`.mechanism-model[data-model="${other}"] h3 a`).click();
      expect(pathname(page)).toBe(`/models/${other}/`);
      await page.locator(`#related a[href*="m=${other},${linxiang.data.id}"], section[aria-labelledby="related"] a[href*="${linxiang.data.id}"]`).first().click();
      expect(pathname(page)).toBe('/compare/');
      expect(new URL(page.url()).searchParams.get('m')).toBe(`${other},${linxiang.data.id}`);
      await page.locator('[data-compare-status][data-state="done"]').waitFor();
      // Columns in the order the link names the models.
      await expect(visibleColumns(page, 'table.matrix')).resolves.toEqual([other, linxiang.data.id]);
    });
  });

  it('every model reaches every model that shares a mechanism category in two clicks', async () => {
    await withPage('', async (page) => {
      for (const entry of entries) {
        const mine = new Set(entry.data.mechanisms.map((m) => m.category));
        const expected = entries.filter((o) => o.data.id !== entry.data.id && o.data.mechanisms.some((m) => mine.has(m.category))).map((o) => o.data.id);
        await page.goto(`${site.server.url}models/${entry.data.id}/`);
        const categoryLinks = await page.locator('.category-group h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(categoryLinks.length).toBe(mine.size);
        const reached = new Set<string>();
        for (const link of categoryLinks) {
          await page.goto(link);
          const models = await page.locator('.mechanism-model h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          for (const path of models) reached.add(path.split('/')[2]!);
        }
        reached.delete(entry.data.id);
        expect([...reached].sort(), entry.data.id).toEqual(expected.sort());
      }
    });
  });

  it('a mechanism page quotes each model and links to the exact passage', async () => {
    await withPage('mechanisms/forest-chief/', async (page) => {
      for (const entry of entries) {
        for (const [index, mechanism] of entry.data.mechanisms.entries()) {
          if (mechanism.category !== 'forest-chief') continue;
          const link = page.locator(`.mechanism-model[data-model="${entry.data.id}"] a.evidence[href$="/models/${entry.data.id}/#q-k-${index}"]`);
          await expect(link.textContent()).resolves.toBe(`¶${mechanism.paragraph}`);
          await expect(link.locator('xpath=..').textContent()).resolves.toContain(mechanism.quote);
        }
      }
      // Follow one: the quote is marked and highlighted on arrival.
      await page.locator('a.evidence').first().click();
      const target = page.locator(':target');
      await expect(target.evaluate((el) => el.tagName)).resolves.toMatch(/^(MARK|SPAN)$/);
      const highlighted = page.locator('mark:target, mark.is-targeted');
      await expect(highlighted.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    });
  });

  it('compare with ?m= shows only the chosen models, in the order given, and says so; unknown ids are named, not fatal', async () => {
    const [a, b] = [ids[0]!, ids[3]!];
    await withPage(`compare/?m=${b},nope,${a}`, async (page) => {
      await page.locator('[data-compare-status][data-state="done"]').waitFor();
      await expect(visibleColumns(page, 'table.matrix')).resolves.toEqual([b, a]);
      await expect(visibleColumns(page, 'table.figures')).resolves.toEqual([b, a]);
      const status = await page.locator('[data-compare-status]').textContent();
      expect(status).toContain('nope');
      expect(await page.locator(`input[name="m"][value="${a}"]`).isChecked()).toBe(true);
      expect(await page.locator(`input[name="m"][value="${ids[1]}"]`).isChecked()).toBe(false);
      // Picking models in the form gives the shareable URL: those already compared in their order, then the new one.
      await page.locator(`input[name="m"][value="${ids[2]}"]`).check();
      await page.locator('[data-compare-form] button[type="submit"]').click();
      await page.waitForURL(/\?m=/);
      expect(new URL(page.url()).searchParams.get('m')).toBe([b, a, ids[2]].join(','));
    });
    await withPage('compare/?m=nope,nada', async (page) => {
      await page.locator('[data-compare-status][data-state="done"]').waitFor();
      await expect(visibleColumns(page, 'table.matrix')).resolves.toEqual(ids);
      const status = await page.locator('[data-compare-status]').textContent();
      expect(status).toContain('nope, nada');
      expect(status).toContain('显示全部模式');
    });
    await withPage(`compare/?m=${ids.join(',')}`, async (page) => {
      await page.locator('[data-compare-status][data-state="done"]').waitFor();
      await expect(visibleColumns(page, 'table.matrix')).resolves.toEqual(ids.slice(0, 4));
      await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain('最多比较 4 个模式');
    });
  });

  it('compare works without JavaScript: the full matrix, every count linking to its evidence', async () => {
    await withPage(
      `compare/?m=${ids[0]},${ids[1]}`,
      async (page) => {
        await expect(visibleColumns(page, 'table.matrix')).resolves.toEqual(ids);
        const links = await page.locator('table.matrix td.count a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
        expect(links.length).toBeGreaterThan(20);
        for (const href of links) expect(href).toMatch(/^\/models\/[a-z0-9-]+\/#q-k-\d+$/);
      },
      { javaScriptEnabled: false },
    );
  });

  it('a ¶ link lands on the paragraph and offers its citation with that paragraph', async () => {
    await withPage(`models/${linxiang.data.id}/`, async (page) => {
      await page.locator('#p-3 a.para-anchor').click();
      expect(new URL(page.url()).hash).toBe('#p-3');
      const cite = page.locator('#p-3 + .para-cite');
      expect(await cite.isVisible()).toBe(true);
      expect(await page.locator('#p-4 + .para-cite').isVisible()).toBe(false);
      const gbt = await cite.locator('#cite-p-3-gbt').textContent();
      expect(gbt).toContain('第3段');
      expect(gbt).toContain('[EB/OL]');
      expect(gbt).toContain(`${origin()}/models/${linxiang.data.id}/#p-3`);
      const apa = await cite.locator('#cite-p-3-apa').textContent();
      expect(apa).toContain(`/models/${linxiang.data.id}/#p-3`);
    });
  });

  it('a figure’s evidence link highlights its quote in the text', async () => {
    await withPage(`models/${linxiang.data.id}/`, async (page) => {
      const metric = linxiang.data.metrics[0]!;
      await page.locator('table.metrics a.evidence').first().click();
      expect(new URL(page.url()).hash).toBe('#q-m-0');
      const mark = page.locator('mark:target, mark.is-targeted');
      await expect(mark.textContent()).resolves.toContain(metric.quote.slice(0, 6));
      expect(await mark.isVisible()).toBe(true);
      await expect(mark.evaluate((el) => el.closest('p')?.id)).resolves.toBe(`p-${metric.paragraph}`);
    });
  });

  it('copies the page citation in GB/T 7714—2025 and APA to the clipboard', async () => {
    await withPage(
      `models/${linxiang.data.id}/`,
      async (page) => {
        for (const style of ['gbt7714-2025', 'apa7']) {
          const reference = (await page.locator(`#cite-page-${style}`).textContent())!.trim();
          await page.locator(`button[data-copy="cite-page-${style}"]`).click();
          await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(reference);
          expect(reference).toContain(`${origin()}/models/${linxiang.data.id}/`);
          expect(reference).not.toMatch(/example\.org|\.invalid/);
        }
        // BibTeX and CSL-JSON downloads carry the same page.
        const decode = (href: string | null) => decodeURIComponent((href ?? '').replace(/^data:[^,]*,/, ''));
        const set = page.locator('[data-citation-set="page"]');
        const bibtex = decode(await set.locator('a[download$=".bib"]').getAttribute('href'));
        expect(bibtex).toMatch(/^@misc\{modellinxiangforestry336,/);
        expect(bibtex).toContain(linxiang.data.title.zh);
        // Before a click the file names no address (none is configured); the click puts in this page's.
        const link = set.locator('a[download$=".csl.json"]');
        expect(decode(await link.getAttribute('href'))).not.toMatch(/example\.org|\.invalid/);
        await link.dispatchEvent('click');
        const csl = JSON.parse(decode(await link.getAttribute('href'))) as Array<{ URL: string; type: string }>;
        expect(csl[0]).toMatchObject({ type: 'webpage', URL: `${origin()}/models/${linxiang.data.id}/` });
        // A paragraph's two references get their buttons from the script (none is shipped: see the test below).
        await expect(page.locator('.para-cite button[data-copy]').count()).resolves.toBe(2 * (await page.locator('.para-cite').count()));
        await page.locator('#p-2 a.para-anchor').click();
        await page.locator('button[data-copy="cite-p-2-gbt"]').click();
        await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain('第2段');
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  it('citation buttons stay hidden without JavaScript, leaving selectable text', async () => {
    await withPage(
      `models/${linxiang.data.id}/`,
      async (page) => {
        expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
        expect(await page.locator('.para-cite button').count()).toBe(0);
        // The original was saved without a URL, so GB/T 7714 calls it [EB], not [EB/OL].
        const text = await page.locator('#cite-source-gbt7714-2025').textContent();
        // No author: the entry names no publisher (the page says 发布者不详), and no year: the source is undated.
        expect(text).toBe(`[1] ${linxiang.data.title.zh}[EB].`);
        expect(await page.locator('.citation-box').textContent()).toContain('站点地址未配置');
        await expect(page.locator('#cite-source-gbt7714-2025').evaluate((el) => getComputedStyle(el).userSelect)).resolves.not.toBe('none');
      },
      { javaScriptEnabled: false },
    );
  });

  it('the language switch keeps the page, its query and its paragraph, and sets lang', async () => {
    await withPage(`models/${linxiang.data.id}/#p-3`, async (page) => {
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await page.locator('a[data-lang-switch]').click();
      await page.waitForURL(/\/en\//);
      const url = new URL(page.url());
      expect(url.pathname + url.hash).toBe(`/en/models/${linxiang.data.id}/#p-3`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expect(page.locator('h1').textContent()).resolves.toBe(linxiang.data.title.en);
      await expect(page.locator('.body').getAttribute('lang')).resolves.toBe('zh-CN');
      await expect(page.locator('.summary-beside').textContent()).resolves.toContain(linxiang.data.summary.en);
      await page.locator('a[data-lang-switch]').click();
      await page.waitForURL((u) => !u.pathname.startsWith('/en/'));
      expect(pathname(page)).toBe(`/models/${linxiang.data.id}/`);
    });
    await withPage(`compare/?m=${ids[1]},${ids[2]}`, async (page) => {
      await page.locator('a[data-lang-switch]').click();
      await page.waitForURL(/\/en\/compare\//);
      await page.locator('[data-compare-status][data-state="done"]').waitFor();
      expect(new URL(page.url()).search).toBe(`?m=${ids[1]},${ids[2]}`);
      await expect(visibleColumns(page, 'table.matrix')).resolves.toEqual([ids[1], ids[2]]);
      await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain('Comparing');
    });
  });

  it('every page type exists in both editions, in the right language, with a citation where readers cite', async () => {
    const pages = ['', `models/${linxiang.data.id}/`, 'mechanisms/', 'mechanisms/forest-chief/', 'compare/', 'formulas/', 'glossary/', 'regions/', 'about/'];
    const cited = new Set([`models/${linxiang.data.id}/`, 'mechanisms/', 'mechanisms/forest-chief/', 'compare/', 'formulas/']);
    for (const [prefix, lang] of [['', 'zh-CN'], ['en/', 'en']] as const) {
      for (const path of pages) {
        await withPage(`${prefix}${path}`, async (page) => {
          expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
          await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${SITE}/${prefix}${path}`);
          await expect(page.locator('meta[property="og:title"]').count()).resolves.toBe(1);
          const switchHref = await page.locator('a[data-lang-switch]').getAttribute('href');
          expect(switchHref).toBe(`/${prefix === '' ? 'en/' : ''}${path}`);
          if (cited.has(path)) {
            const styles = await page.locator('.citation-box [data-citation-set="page"] .citation').evaluateAll((ns) => ns.map((n) => (n as HTMLElement).dataset['style']));
            expect(styles, path).toEqual(['gbt7714-2025', 'gbt7714-2015', 'apa7']);
          }
        });
      }
    }
  });
});
