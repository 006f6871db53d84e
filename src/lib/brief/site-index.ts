import { getCategories, getCuratedModels, getModels, getParagraphs } from '../../content.ts';
import { chartId } from './ids.ts';
import { chartItem, COMPARE_TOKEN, modelItems, partOf, splitIndex, unnumbered, type BriefIndex, type BriefItem, type BriefModelPart, type BriefReference, type BriefSharedPart } from './items.ts';
import { pageItem, type PageToCite, type StyleId } from '../cite/index.ts';
import { citationSet } from '../cite/page.ts';
import { pickOrFallback } from '../entry-view.ts';
import { allFigures } from '../figures/index.ts';
import { pick, t, type Locale } from '../i18n.ts';
import { formatNumber } from '../model-view.ts';
import { routes } from '../routes.ts';
import { absoluteUrl, modelPageCitation, pageCitation, siteAuthor, ACCESSED, SITE_CONFIGURED } from '../site.ts';
import { csvRows } from '../figures/csv.ts';

const built = new Map<string, Promise<{ shared: BriefSharedPart; parts: Record<string, BriefModelPart> }>>();

/**
 * What every pin id of an edition resolves to, with each reference as the build formatted it (./items.ts):
 * built once per edition, then served in parts (src/pages/[...locale]/brief/items/[file].json.ts), so /brief/
 * fetches the parts its pins name and reading pages fetch none of it.
 */
export function briefIndexParts(locale: Locale, site: URL | undefined): Promise<{ shared: BriefSharedPart; parts: Record<string, BriefModelPart> }> {
  // Split once per edition: every part file is served from the same split.
  let parts = built.get(locale);
  if (!parts) built.set(locale, (parts = buildIndex(locale, site).then(splitIndex)));
  return parts;
}

/**
 * The brief part (its file name without .json) that holds a chart's item: where a chart's CSV download is written
 * from, as the brief's page reads it.
 */
export async function chartPart(locale: Locale, site: URL | undefined, name: string): Promise<string> {
  const { shared } = await briefIndexParts(locale, site);
  return partOf(chartId(name), shared.chartParts) ?? '_shared';
}

/** How many parts the charts' items are spread over: with a chart's name, all that says which part holds it (partOf). */
export async function chartPartCount(locale: Locale, site: URL | undefined): Promise<number> {
  return (await briefIndexParts(locale, site)).shared.chartParts;
}

async function buildIndex(locale: Locale, site: URL | undefined): Promise<BriefIndex> {
  const style: StyleId = locale === 'en' ? 'apa7' : 'gbt7714-2025';
  const reference = (page: PageToCite): BriefReference => {
    const set = citationSet(pageItem(page), [style]);
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
    // The chart's data as its CSV download holds them (every column, quotes and evidence addresses included): the
    // brief's table of the chart, and the rows the browser writes the CSV from (src/scripts/chart-downloads.ts).
    const [head = [], ...rows] = csvRows(figure.csv ?? figure.table, SITE_CONFIGURED && site ? site.href : null);
    const table = { head, rows };
    const item = chartItem({ name: figure.name, title: figure.title, url, source: figure.source, table });
    items[item.id] = item;
    references[item.id] = reference({ key: figure.name, title: figure.title, url, site: siteAuthor(locale), accessed: ACCESSED, language: locale === 'en' ? 'en' : 'zh-CN' });
  }
  const comparePage = pageCitation(site, locale, 'compare', `${routes.compare()}?m=${COMPARE_TOKEN}`, t(locale, 'compare.title'));
  return { locale: locale === 'en' ? 'en' : 'zh-CN', style, models, compare: { ...reference(comparePage), url: comparePage.url }, items, references };
}
