import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { csvParseRows } from 'd3-dsv';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WCAG_TAGS } from './checks.ts';
import { curatedEntries } from './entries.ts';
import { servedSite, watchErrors } from './harness.ts';

/**
 * /compare/?m= in Chromium: the chosen models' mechanisms by category in their own words (and nobody else's),
 * their slogans and formulas side by side, the charts drawn for them alone with downloads of exactly what is
 * shown, and the page's citations naming the selection in its order — in both editions; and without
 * JavaScript, the page as it was, saying how to choose.
 */
const site = servedSite();
// The build has no SITE_URL, so with JavaScript citations carry the address the page is read from.
const origin = () => new URL(site.server.url).origin;
const models = curatedEntries().map((e) => e.data);
const byId = new Map(models.map((m) => [m.id, m]));
const HLJ = 'heilongjiang-ecology-iron-army';
const XINING = 'xining-forestry-grassland';
const ui = { 'zh-CN': readUi('zh-CN'), en: readUi('en') } as const;

function readUi(locale: 'zh-CN' | 'en'): Record<string, string> {
  return JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
}

type Edition = { prefix: '' | 'en/'; locale: 'zh-CN' | 'en' };
const EDITIONS: Edition[] = [
  { prefix: '', locale: 'zh-CN' },
  { prefix: 'en/', locale: 'en' },
];
const short = (locale: Edition['locale'], id: string) => (locale === 'en' ? byId.get(id)!.short.en : byId.get(id)!.short.zh);

/** Opens a selection with JavaScript and waits until the script says it has drawn it. */
async function openSelection(browser: Browser, url: string, use: (page: Page) => Promise<void>, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await page.locator('[data-compare-status][data-state="done"]').waitFor();
  await use(page);
  expect(errors).toEqual([]);
  await context.close();
}

/** The places charts label the models by, from the records the page reads. */
async function places(locale: Edition['locale']): Promise<Map<string, string>> {
  const entries = await Promise.all(
    models.map(async (m) => {
      const record = (await (await fetch(`${site.server.url}data/compare/${m.id}.json`)).json()) as { place: { zh: string; en: string } };
      return [m.id, locale === 'en' ? record.place.en : record.place.zh] as const;
    }),
  );
  return new Map(entries);
}

describe.each(EDITIONS)('/$prefix compare/?m= with two models', ({ prefix, locale }) => {
  const chosen = [HLJ, XINING];
  const others = models.filter((m) => !chosen.includes(m.id));
  const url = () => `${site.server.url}${prefix}compare/?m=${chosen.join(',')}`;
  const citedUrl = () => `${origin()}/${prefix}compare/?m=${chosen.join(',')}`;

  it('sets every mechanism of the chosen models in its category row, in its model’s column, with name, quote and ¶ link; none of the others’', async () => {
    await openSelection(site.browser, url(), async (page) => {
      const table = page.locator('[data-wording] table.wording');
      await expect(table.locator('thead th[data-model-column]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-model-column')))).resolves.toEqual(chosen);
      const items = await table.locator('tbody li').evaluateAll((lis) =>
        lis.map((li) => ({
          model: li.closest('td')?.getAttribute('data-model-column'),
          row: li.closest('tr')?.getAttribute('data-row'),
          href: li.querySelector('a.evidence')?.getAttribute('href'),
          evidence: li.querySelector('a.evidence')?.textContent,
          name: li.querySelector('strong')?.textContent,
          quote: li.querySelector('q')?.textContent,
        })),
      );
      const expected = chosen.flatMap((id) =>
        byId.get(id)!.mechanisms.map((m, i) => ({ model: id, row: m.category, href: `/${prefix}models/${id}/#q-k-${i}`, evidence: `¶${m.paragraph}`, name: m.name, quote: m.quote })),
      );
      const key = (item: { model?: string | null | undefined; href?: string | null | undefined }) => `${item.model} ${item.href}`;
      expect([...items].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
      // Nothing of the models not chosen: no quote of theirs, no link to them.
      const text = (await table.textContent()) ?? '';
      const chosenQuotes = new Set(expected.map((e) => e.quote));
      for (const other of others) {
        for (const m of other.mechanisms) if (!chosenQuotes.has(m.quote)) expect(text, `${other.id}: ${m.quote}`).not.toContain(m.quote);
        await expect(page.locator(`[data-wording] a[href*="/models/${other.id}/"], [data-phrases] a[href*="/models/${other.id}/"]`).count()).resolves.toBe(0);
      }
      // Rows in taxonomy order, one per category either model uses; the rest folded away, each still linked.
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
      const used = new Set(expected.map((e) => e.row));
      expect(new Set(rows)).toEqual(used);
      const unused = page.locator('[data-wording] details.unused-categories');
      await expect(unused.getAttribute('open')).resolves.toBeNull();
      const folded = await unused.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(folded.length + rows.length).toBe(await page.locator('table.matrix tbody tr').count());
      for (const href of folded) expect(href).toMatch(new RegExp(`^/${prefix}mechanisms/[a-z-]+/$`));
      for (const row of rows) expect(folded).not.toContain(`/${prefix}mechanisms/${row}/`);
      // The edition's words, and the quotes marked as Chinese on the English page.
      await expect(page.locator('[data-wording] h2').textContent()).resolves.toBe(ui[locale]['compare.wording']);
      if (locale === 'en') await expect(table.locator('q:not([lang="zh-CN"])').count()).resolves.toBe(0);
    });
  });

  it('the issue’s pair (Heilongjiang and Honglin): every one of their 53 mechanism quotes shown (was 0 of 53)', async () => {
    const pair = [HLJ, 'honglin-town-park'];
    const quotes = pair.flatMap((id) => byId.get(id)!.mechanisms.map((m) => m.quote));
    expect(quotes).toHaveLength(53);
    await openSelection(site.browser, `${site.server.url}${prefix}compare/?m=${pair.join(',')}`, async (page) => {
      const shown = await page.locator('table.wording td[data-model-column] li q').allTextContents();
      expect([...shown].sort()).toEqual([...quotes].sort());
    });
  });

  it('“only where they differ” sets aside what both name alike, and says what it means', async () => {
    await openSelection(site.browser, url(), async (page) => {
      const shared = page.locator('table.wording li[data-shared="true"]');
      // Both name 四种形态 under supervision and discipline.
      await expect(shared.count()).resolves.toBe(2);
      await expect(shared.first().isVisible()).resolves.toBe(true);
      const toggle = page.getByLabel(ui[locale]['compare.onlyDiffer']!);
      await expect(toggle.getAttribute('aria-describedby')).resolves.toBe('wording-definition');
      await expect(page.locator('#wording-definition').textContent()).resolves.toBe(ui[locale]['compare.differDefinition']);
      await toggle.check();
      for (const li of await shared.all()) await expect(li.isVisible()).resolves.toBe(false);
      for (const row of await page.locator('table.wording tr[data-differs="false"]').all()) await expect(row.isVisible()).resolves.toBe(false);
      const visible = await page.locator('table.wording li:visible').count();
      expect(visible).toBe(chosen.reduce((n, id) => n + byId.get(id)!.mechanisms.length, 0) - 2);
      await toggle.uncheck();
      await expect(shared.first().isVisible()).resolves.toBe(true);
    });
  });

  it('sets the chosen models’ slogans and numbered formulas side by side, each linked to its passage', async () => {
    await openSelection(site.browser, url(), async (page) => {
      const table = page.locator('[data-phrases] table.phrases');
      await expect(table.locator('thead th[data-model-column]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-model-column')))).resolves.toEqual(chosen);
      const links = await table.locator('a.evidence').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = chosen.flatMap((id) => [
        ...byId.get(id)!.slogans.map((_, i) => `/${prefix}models/${id}/#q-s-${i}`),
        ...byId.get(id)!.formulas.map((_, i) => `/${prefix}models/${id}/#q-f-${i}`),
      ]);
      expect([...links].sort()).toEqual([...expected].sort());
      const text = (await table.textContent()) ?? '';
      for (const id of chosen) for (const s of byId.get(id)!.slogans) expect(text).toContain(`“${s.text}”`);
      const chosenSlogans = new Set(chosen.flatMap((id) => byId.get(id)!.slogans.map((s) => s.text)));
      for (const other of others) for (const s of other.slogans) if (![...chosenSlogans].some((c) => c.includes(s.text))) expect(text, other.id).not.toContain(`“${s.text}”`);
    });
  });

  it('draws the page’s charts for the chosen models alone, in the selection’s order, each citing the selection', async () => {
    const place = await places(locale);
    await openSelection(site.browser, url(), async (page) => {
      const figures = page.locator('[data-compare-view] figure[data-chart]');
      await expect(figures.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')))).resolves.toEqual(['matrix', 'metrics', 'timeline']);
      for (const figure of await figures.all()) {
        const kind = await figure.getAttribute('data-chart');
        const title = (await figure.locator('.chart-title').textContent()) ?? '';
        const svgText = (await figure.locator('svg').textContent()) ?? '';
        for (const id of chosen) {
          expect(title, kind!).toContain(place.get(id));
          expect(svgText, kind!).toContain(place.get(id));
        }
        for (const other of others) expect(svgText, `${kind} ${other.id}`).not.toContain(place.get(other.id));
        // The data table's evidence: only the chosen models' passages.
        const evidence = await figure.locator('table a[href*="/models/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)));
        expect(new Set(evidence), kind!).toEqual(new Set(chosen));
        const id = await figure.getAttribute('id');
        await expect(figure.locator('.chart-cite .reference').textContent()).resolves.toContain(`${citedUrl()}#${id}`);
      }
      // The matrix's columns come in the selection's order, and reversed when it is.
      const legend = await figures.first().locator('svg').textContent();
      expect(legend!.indexOf(place.get(HLJ)!)).toBeLessThan(legend!.indexOf(place.get(XINING)!));
    });
    await openSelection(site.browser, `${site.server.url}${prefix}compare/?m=${XINING},${HLJ}`, async (page) => {
      const legend = await page.locator('[data-compare-view] figure[data-chart="matrix"] svg').textContent();
      expect(legend!.indexOf(place.get(XINING)!)).toBeLessThan(legend!.indexOf(place.get(HLJ)!));
      await expect(page.locator('table.wording thead th[data-model-column]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-model-column')))).resolves.toEqual([XINING, HLJ]);
      await expect(page.locator('[data-citation-set="page"] .reference').first().textContent()).resolves.toContain(`${origin()}/${prefix}compare/?m=${XINING},${HLJ}`);
    });
  });

  it('offers downloads of exactly what is shown: CSV a reader can reuse, SVG with title, source and citation inside, and a PNG', async () => {
    const words = ui[locale];
    await openSelection(site.browser, url(), async (page) => {
      for (const figure of await page.locator('[data-compare-view] figure[data-chart]').all()) {
        const kind = (await figure.getAttribute('data-chart'))!;
        // Saved as a reader saves it: a click on the link (the site's CSP lets no script fetch a blob: URL).
        const fetched = async (format: string) => {
          const link = figure.locator(`a[data-download="${format}"][href]`);
          const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
          return { bytes: [...readFileSync(await download.path())], file: download.suggestedFilename() };
        };
        // CSV: headers in the edition's language, id and name columns, numbers as numbers, absolute URLs.
        const csv = await fetched('csv');
        expect(csv.file).toBe(`${kind}-${chosen.join('-')}.csv`);
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(csv.bytes));
        expect(text.startsWith('\uFEFF'), kind).toBe(true);
        const [header, ...rows] = csvParseRows(text.slice(1).trimEnd());
        for (const label of header!) expect(/\p{Script=Han}/u.test(label), `${kind} header ${label}`).toBe(locale === 'zh-CN');
        const column = (label: string) => {
          const at = header!.indexOf(label);
          expect(at, `${kind}: ${label} in ${header}`).toBeGreaterThanOrEqual(0);
          return rows.map((row) => row[at]!);
        };
        const ids = column(words['chart.col.modelId']!);
        expect(new Set(ids), kind).toEqual(new Set(chosen));
        expect(column(words['chart.col.modelName']!), kind).toEqual(ids.map((id) => short(locale, id)));
        for (const row of rows) {
          for (const cell of row) {
            expect(cell.startsWith('/'), `${kind}: ${cell}`).toBe(false);
            if (cell.includes('://')) for (const link of cell.split(' ')) expect(link.startsWith(`${origin()}/${prefix}`), `${kind}: ${link}`).toBe(true);
          }
        }
        if (kind === 'metrics') {
          const values = column(words['metric.value']!);
          const units = column(words['metric.unit']!);
          expect(values.length).toBeGreaterThan(5);
          for (const [i, value] of values.entries()) {
            expect(value, 'a number, nothing else').toMatch(/^-?\d+(\.\d+)?$/);
            expect(units[i], 'its unit in its own column').toMatch(/^\S+$/);
          }
          // Exactly the figures set side by side: every figure of the chosen models in a category and base unit
          // both have (5493万元 as 54930000 元), each once, and no other.
          const base = (m: (typeof models)[number]['metrics'][number]) => ({ value: m.normalized?.value ?? m.value, unit: m.normalized?.unit ?? m.unit });
          const groupsOf = (id: string) => new Set(byId.get(id)!.metrics.map((m) => `${m.category} ${base(m).unit}`));
          const both = [...groupsOf(HLJ)].filter((g) => groupsOf(XINING).has(g));
          const expected = chosen.flatMap((id) => byId.get(id)!.metrics.filter((m) => both.includes(`${m.category} ${base(m).unit}`)).map((m) => `${id} ${base(m).value} ${base(m).unit}`));
          expect(both.length).toBeGreaterThan(2);
          expect(rows.map((_, i) => `${ids[i]} ${values[i]} ${units[i]}`).sort()).toEqual(expected.sort());
          await expect(figure.locator('table tbody tr').count()).resolves.toBe(rows.length);
        }
        // SVG: the picture carries the selection's title, source line and citation.
        const svg = await fetched('svg');
        expect(svg.file).toBe(`${kind}-${chosen.join('-')}.svg`);
        const svgText = new TextDecoder().decode(new Uint8Array(svg.bytes));
        expect(svgText).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svgText.match(/class="download-(title|note)"/g)?.length, kind).toBe(3);
        expect(svgText.replace(/<[^>]+>/g, '')).toContain(`?m=${chosen.join(',')}`);
        // PNG: drawn in the browser from that SVG, twice its size.
        const png = await fetched('png');
        expect(png.file).toBe(`${kind}-${chosen.join('-')}.png`);
        expect(String.fromCharCode(...png.bytes.slice(1, 4))).toBe('PNG');
        const width = new DataView(new Uint8Array(png.bytes).buffer).getUint32(16);
        const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svgText)?.[1]);
        expect(width, kind).toBe(Math.round(svgWidth * 2));
      }
    });
  });

  it('cites the selection: the citation box, its BibTeX and CSL-JSON, and the printed footer carry ?m= in its order', async () => {
    const place = await places(locale);
    await openSelection(site.browser, url(), async (page) => {
      const references = await page.locator('[data-citation-set="page"] .citation .reference').allTextContents();
      expect(references).toHaveLength(3);
      for (const reference of references) {
        expect(reference).toContain(citedUrl());
        for (const id of chosen) expect(reference).toContain(place.get(id));
      }
      const decoded = async (selector: string) => decodeURIComponent((await page.locator(selector).getAttribute('href'))!.replace(/^data:[^,]*,/, ''));
      expect(await decoded('[data-citation-set="page"] a[download$=".bib"]')).toContain(citedUrl());
      expect(JSON.parse(await decoded('[data-citation-set="page"] a[download$=".csl.json"]'))[0].URL).toBe(citedUrl());
      await expect(page.locator('[data-print-permalink]').textContent()).resolves.toBe(citedUrl());
      await expect(page.locator('[data-print-reference]').textContent()).resolves.toBe(references[0]);
    });
  });

  it('stays valid and accessible once drawn: html-validate on the drawn page, axe with the toggle on and every fold open', { timeout: 120_000 }, async () => {
    await openSelection(site.browser, url(), async (page) => {
      // The page as the script left it, serialised: a DOM writes boolean attributes as hidden="", which the
      // site's own markup may not (attribute-empty-style), so that rule alone is off here.
      const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(await page.content(), 'drawn.html', { rules: { 'attribute-empty-style': 'off' } });
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
      await page.getByLabel(ui[locale]['compare.onlyDiffer']!).check();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // What the script drew (the rest of the page is a11y.test.ts's): the two reading tables, the charts, the citations.
      const { violations } = await new AxeBuilder({ page })
        .include('[data-wording]')
        .include('[data-phrases]')
        .include('[data-selection-chart]')
        .include('.citation-box')
        .withTags(WCAG_TAGS)
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });

  it('on a 390 px phone, the reading tables fit the screen, one block per category', async () => {
    await openSelection(
      site.browser,
      url(),
      async (page) => {
        for (const selector of ['table.wording', 'table.phrases']) {
          const box = await page.locator(selector).boundingBox();
          expect(box!.width, selector).toBeLessThanOrEqual(390);
          // The caption reads on a line, not a character per line.
          const caption = await page.locator(`${selector} caption`).boundingBox();
          expect(caption!.height, `${selector} caption`).toBeLessThan(60);
        }
        await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
      },
      390,
    );
  });
});

describe('/compare/ without JavaScript', () => {
  it.each(EDITIONS)('/$prefix compare/?m= keeps what the page shows today and says how to choose', async ({ prefix, locale }) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${prefix}compare/?m=${HLJ},${XINING}`);
    const columns = await page.locator('table.matrix thead th[data-model-column]').evaluateAll((ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute('data-model-column')));
    expect(columns).toEqual(models.map((m) => m.id));
    await expect(page.locator('.compare-no-js').textContent()).resolves.toBe(ui[locale]['compare.noJs']);
    await expect(page.locator('.compare-no-js').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-wording] noscript p').textContent()).resolves.toBe(ui[locale]['compare.wordingNoJs']);
    await expect(page.locator('[data-wording] noscript p').isVisible()).resolves.toBe(true);
    await expect(page.locator('table.wording').count()).resolves.toBe(0);
    // The build's charts of all the models, cited as the page.
    await expect(page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.id))).resolves.toEqual(['chart-matrix', 'chart-metrics', 'chart-timeline']);
    for (const reference of await page.locator('[data-citation-set="page"] .reference').allTextContents()) {
      // Without JavaScript and without SITE_URL the address is said to be unconfigured, never a made-up host.
      expect(reference).toContain(`${ui[locale]['cite.noSiteAddress']}/${prefix}compare/`);
      expect(reference).not.toContain('?m=');
    }
    await context.close();
  });
});
