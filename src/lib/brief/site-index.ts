import { getCategories, getCuratedModels, getModel, getModels, getParagraphs, type ModelEntry } from '../../content.ts';
import { chartPartOf, chartItem, COLLECTION_CHARTS, COMPARE_TOKEN, modelItems, partWith, type PartPlan, regionChartsPart, unnumbered, type BriefItem, type BriefModelPart, type BriefReference, type BriefSharedPart } from './items.ts';
import { pageItem, type PageToCite } from '../cite/index.ts';
import { citationSet } from '../cite/page.ts';
import { pickOrFallback } from '../entry-view.ts';
import { collectionFigures, modelFigures, regionFigures, type Figure, type FigureContext } from '../figures/index.ts';
import { pick, t, type Locale } from '../i18n.ts';
import { formatNumber } from '../model-view.ts';
import { memoPerCollection } from '../per-collection.ts';
import { routes } from '../routes.ts';
import { regionGroups } from '../site-wide.ts';
import { absoluteUrl, modelPageCitation, pageCitation, siteAuthor, ACCESSED, SITE_CONFIGURED } from '../site.ts';
import { csvRows } from '../figures/csv.ts';

/**
 * The brief's item index (./items.ts), built part by part from the entries each part shows: a model's part from
 * that entry (and its charts), a province's chart part from its models' charts, the shared part from the titles.
 * No part needs the whole index, so a page that only needs to know where a chart's part is (ChartFigure's CSV
 * download, a page's cache key) asks chartPart and builds nothing, and an incremental build renders again only
 * the parts whose entries changed (src/pages/[...locale]/brief/items/[file].json.ts).
 */

const plans = memoPerCollection<Promise<PartPlan>>();

async function partPlan(): Promise<PartPlan> {
  const curated = await getCuratedModels();
  return plans(curated, 'plan', async () => ({
    models: Object.fromEntries((await getModels()).map((entry) => [entry.data.id, true] as const)),
    regions: (regionGroups(curated) ?? []).map((group) => group.key),
  }));
}

/** The names of an edition's part files (without .json): the shared part, every model's, the charts'. */
export async function briefPartNames(): Promise<string[]> {
  const plan = await partPlan();
  return ['_shared', ...Object.keys(plan.models), COLLECTION_CHARTS, ...plan.regions.map(regionChartsPart)];
}

/** The part (its file name without .json) that holds a chart's item: where the chart's CSV download is made from. */
export async function chartPart(name: string): Promise<string> {
  return chartPartOf(name, await partPlan());
}

const styleOf = (locale: Locale): BriefSharedPart['style'] => (locale === 'en' ? 'apa7' : 'gbt7714-2025');

/** A page's reference as the brief shows it, in the edition's style, with its files. */
function reference(locale: Locale, page: PageToCite): BriefReference {
  const style = styleOf(locale);
  const set = citationSet(pageItem(page), [style]);
  const text = set.references.find((r) => r.style === style)?.text ?? '';
  return { text: unnumbered(text), accessed: set.accessed ?? ACCESSED, ris: set.ris, bibtex: set.bibtex, csl: set.cslJson };
}

const modelTitle = (locale: Locale, entry: ModelEntry): string => pickOrFallback(locale, entry.data.title).text;

/** The shared part: the compare page's reference, every model's title and the provinces whose charts have parts. */
export async function briefSharedPart(locale: Locale, site: URL | undefined): Promise<BriefSharedPart> {
  const models = Object.fromEntries((await getModels()).map((entry) => [entry.data.id, modelTitle(locale, entry)] as const));
  const comparePage = pageCitation(site, locale, 'compare', `${routes.compare()}?m=${COMPARE_TOKEN}`, t(locale, 'compare.title'));
  return {
    locale: locale === 'en' ? 'en' : 'zh-CN',
    style: styleOf(locale),
    models,
    compare: { ...reference(locale, comparePage), url: comparePage.url },
    items: {},
    references: {},
    regions: [...(await partPlan()).regions],
  };
}

/** A part other than the shared one: a model's or a chart part. An unknown name is an empty part. */
export async function briefPart(locale: Locale, site: URL | undefined, name: string): Promise<BriefModelPart> {
  const plan = await partPlan();
  const ctx: FigureContext = { locale, base: import.meta.env.BASE_URL, models: await getCuratedModels(), categories: await getCategories() };
  if (Object.hasOwn(plan.models, name)) return modelPart(locale, site, name, ctx, plan);
  const groups = regionGroups(ctx.models) ?? [];
  const group = groups.find((g) => regionChartsPart(g.key) === name);
  const figures = group ? regionFigures(ctx, group) : name === COLLECTION_CHARTS ? collectionFigures(ctx) : [];
  return chartsPart(locale, site, name, figures, plan);
}

async function modelPart(locale: Locale, site: URL | undefined, id: string, ctx: FigureContext, plan: PartPlan): Promise<BriefModelPart> {
  const entry = (await getModel(id))!;
  const data = entry.data;
  const title = modelTitle(locale, entry);
  const page = modelPageCitation(site, locale, id, title);
  const words = {
    paragraph: (n: number) => `¶${n}`,
    figureHead: [t(locale, 'metric.label'), t(locale, 'metric.value'), t(locale, 'metric.unit'), t(locale, 'brief.year')],
  };
  const model = {
    id,
    title,
    url: page.url,
    paragraphs: await getParagraphs(id),
    metrics: data.metrics.map((m) => ({ label: pick(locale, m.label), value: formatNumber(m.value, locale), raw: m.value, unit: m.unit, year: m.year, quote: m.quote, paragraph: m.paragraph })),
    mechanisms: data.mechanisms,
  };
  const own = partWith(modelItems(model, words), { [id]: reference(locale, page) });
  const charts = chartsPart(locale, site, id, modelFigures(ctx, id), plan);
  return { items: { ...own.items, ...charts.items }, references: { ...own.references, ...charts.references } };
}

/**
 * The items of the charts given, for the part `name`. Each must be found there again from its name alone (a
 * model's metrics-<id>, a province's matrix-<key>): a chart named like another owner's (a model whose id is a
 * province's key) would be looked for in the wrong part, so the build stops instead.
 */
function chartsPart(locale: Locale, site: URL | undefined, name: string, figures: readonly Figure[], plan: PartPlan): BriefModelPart {
  const items: BriefItem[] = [];
  const references: Record<string, BriefReference> = {};
  for (const figure of figures) {
    const found = chartPartOf(figure.name, plan);
    if (found !== name) throw new Error(`brief index: chart "${figure.name}" is drawn for part "${name}" but its name points to part "${found}"; a model's id may not be a province's key`);
    const url = `${absoluteUrl(site, locale, figure.page)}#${figure.id}`;
    // The chart's data as its CSV download holds them (every column, quotes and evidence addresses included): the
    // brief's table of the chart, and the rows the browser writes the CSV from (src/scripts/chart-downloads.ts).
    const [head = [], ...rows] = csvRows(figure.csv ?? figure.table, SITE_CONFIGURED && site ? site.href : null);
    const item = chartItem({ name: figure.name, title: figure.title, url, source: figure.source, table: { head, rows } });
    items.push(item);
    references[item.ref] = reference(locale, { key: figure.name, title: figure.title, url, site: siteAuthor(locale), accessed: ACCESSED, language: locale === 'en' ? 'en' : 'zh-CN' });
  }
  return partWith(items, references);
}
