import type { APIRoute } from 'astro';
import { getCategories, getCuratedModels, getModels, getParagraphs } from '../../../content.ts';
import { chartItem, COMPARE_TOKEN, modelItems, unnumbered, type BriefIndex, type BriefItem, type BriefReference } from '../../../lib/brief/items.ts';
import { pageItem, type PageToCite } from '../../../lib/cite/index.ts';
import { citationSet } from '../../../lib/cite/page.ts';
import { pickOrFallback } from '../../../lib/entry-view.ts';
import { allFigures } from '../../../lib/figures/index.ts';
import { bothEditions, pick, t, type Locale } from '../../../lib/i18n.ts';
import { formatNumber } from '../../../lib/model-view.ts';
import { routes } from '../../../lib/routes.ts';
import { absoluteUrl, modelPageCitation, pageCitation, siteAuthor, ACCESSED } from '../../../lib/site.ts';

/**
 * /brief/items.json (and /en/): what every pin id of the edition resolves to, with each reference as the build
 * formatted it (src/lib/brief/items.ts). Fetched by /brief/ alone, so reading pages carry none of it.
 */
export const getStaticPaths = () => bothEditions();

export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) => {
  const { locale } = props;
  const style = locale === 'en' ? 'apa7' : 'gbt7714-2025';
  const reference = (page: PageToCite): BriefReference => {
    const set = citationSet(pageItem(page));
    const text = set.references.find((r) => r.style === style)?.text ?? '';
    return { text: unnumbered(text), accessed: set.accessed ?? ACCESSED, ris: set.ris, bibtex: set.bibtex, csl: set.cslJson };
  };
  const items: Record<string, BriefItem> = {};
  const references: Record<string, BriefReference> = {};
  const models: Record<string, string> = {};
  const words = {
    paragraph: (n: number) => `¶${n}`,
    figureHead: [t(locale, 'metric.label'), t(locale, 'metric.value'), t(locale, 'metric.unit'), t(locale, 'brief.year')],
  };
  for (const entry of await getModels()) {
    const data = entry.data;
    const title = pickOrFallback(locale, data.title).text;
    const page = modelPageCitation(site, locale, data.id, title);
    models[data.id] = title;
    references[data.id] = reference(page);
    const model = {
      id: data.id,
      title,
      url: page.url,
      paragraphs: await getParagraphs(data.id),
      metrics: data.metrics.map((m) => ({ label: pick(locale, m.label), value: formatNumber(m.value, locale), raw: m.value, unit: m.unit, year: m.year, quote: m.quote, paragraph: m.paragraph })),
      mechanisms: data.mechanisms,
    };
    for (const item of modelItems(model, words)) items[item.id] = item;
  }
  const ctx = { locale, base: import.meta.env.BASE_URL, models: await getCuratedModels(), categories: await getCategories() };
  for (const figure of allFigures(ctx)) {
    const url = `${absoluteUrl(site, locale, figure.page)}#${figure.id}`;
    const table = { head: figure.table.columns.filter((c) => !c.csvOnly).map((c) => c.label), rows: figure.table.rows.map((row) => row.map((cell) => cell.text)) };
    const item = chartItem({ name: figure.name, title: figure.title, url, source: figure.source, table });
    items[item.id] = item;
    references[item.id] = reference({ key: figure.name, title: figure.title, url, site: siteAuthor(locale), accessed: ACCESSED, language: locale === 'en' ? 'en' : 'zh-CN' });
  }
  const comparePage = pageCitation(site, locale, 'compare', `${routes.compare()}?m=${COMPARE_TOKEN}`, t(locale, 'compare.title'));
  const index: BriefIndex = { locale: locale === 'en' ? 'en' : 'zh-CN', style, models, compare: { ...reference(comparePage), url: comparePage.url }, items, references };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
