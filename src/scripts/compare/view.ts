import chartCss from '../../styles/charts.css?raw';
import { liveText, localIsoDate, referenceHtml, refreshFile, UNCONFIGURED_ORIGIN, type FileKind } from '../../lib/cite/live.ts';
import { fillBibtex, fillCslJson, fillReference, fillRis, selectionUrl } from '../../lib/compare/citation.ts';
import type { ComparePageData } from '../../lib/compare/page-data.ts';
import type { ComparedModel } from '../../lib/compare/record.ts';
import { styleIndex } from '../../charts/palette.ts';
import type { ComparedSetting } from '../../lib/figures/compared.ts';
import { fetchJson } from '../../lib/fetch.ts';
import { downloadFiles, PNG_SCALE } from '../../lib/figures/download.ts';
import { figureHtml } from '../../lib/figures/figure-html.ts';
import { composeMatrix } from '../../lib/figures/matrix.ts';
import { composeMetrics } from '../../lib/figures/metrics.ts';
import { listOf } from '../../lib/figures/text.ts';
import { composeTimeline } from '../../lib/figures/timeline.ts';
import type { Figure } from '../../lib/figures/types.ts';
import { say, type Words } from '../../lib/figures/words.ts';
import { localePath, pick } from '../../lib/locale.ts';
import { routes } from '../../lib/routes.ts';
import { offerChartDownloads, pngFromSvg } from '../chart-downloads.ts';
import { compareWording, phrasesHtml, wordingHtml } from './tables.ts';
import { refreshCitations } from '../cite-live.ts';
import { citeInPrint } from '../print-citation.ts';

/**
 * What /compare/?m= shows for a selection, drawn in the browser (loaded only when there is one): the chosen
 * models' records fetched, their mechanisms by category in their own words and their slogans and formulas side
 * by side, the page's charts drawn for them alone by the build's own chart code, with SVG, PNG and CSV downloads
 * of exactly what is shown, and the page's citations naming the selection, ?m= in its order.
 */

/** Fetches the chosen models' records; those that fail are left out and named by the caller. */
async function fetchRecords(data: ComparePageData, ids: readonly string[]): Promise<Array<ComparedModel | null>> {
  return Promise.all(ids.map((id) => fetchJson<ComparedModel>(`${data.records}${encodeURIComponent(id)}.json`).catch(() => null)));
}

export async function showSelection(doc: Document, data: ComparePageData, ids: readonly string[]): Promise<string[]> {
  const fetched = await fetchRecords(data, ids);
  const models = fetched.filter((m): m is ComparedModel => m !== null);
  const failed = ids.filter((_, i) => fetched[i] === null);
  if (models.length === 0) return failed;
  const words: Words = { locale: data.locale, strings: data.words };
  const { locale } = words;
  const categoryHref = (id: string) => localePath(locale, routes.mechanism(id), data.base);
  const context = { words, base: data.base, models };

  const wording = doc.querySelector<HTMLElement>('[data-wording-body]');
  if (wording) {
    wording.innerHTML = wordingHtml(context, compareWording(models, data.categories), categoryHref);
    const section = wording.closest<HTMLElement>('[data-wording]');
    wording.querySelector<HTMLInputElement>('[data-only-differ]')?.addEventListener('change', (event) => {
      section?.classList.toggle('only-differ', (event.currentTarget as HTMLInputElement).checked);
    });
    doc.querySelector<HTMLElement>('[data-wording-choose]')?.setAttribute('hidden', '');
  }
  const phrases = doc.querySelector<HTMLElement>('[data-phrases-body]');
  if (phrases) {
    phrases.innerHTML = phrasesHtml(context);
    phrases.closest<HTMLElement>('[data-phrases]')?.removeAttribute('hidden');
  }

  const chosen = models.map((m) => m.id);
  const names = listOf(locale, models.map((m) => pick(locale, m.place)));
  const pageUrl = data.citations ? selectionUrl(data.citations.pageUrl, chosen) : null;
  drawCharts(doc, data, words, models, names, pageUrl);
  if (data.citations && pageUrl) citeSelection(doc, data, fillTitle(words, names), pageUrl);
  // The new citations' dates and addresses are the build's until the reader's are put in (src/lib/cite/live.ts).
  refreshCitations(doc);
  return failed;
}

const fillTitle = (words: Words, names: string) => say(words, 'compare.selectionTitle', { names });

/** Plain text (a file, a print margin) with the reader's day as access date and the page's own address. */
const live = (data: ComparePageData, text: string) => liveText(text, data.citations?.accessed ?? null, localIsoDate(), location.origin);

/** The page's charts for the selection, each in place of the build's chart of its kind. */
function drawCharts(doc: Document, data: ComparePageData, words: Words, models: readonly ComparedModel[], names: string, pageUrl: string | null) {
  const setting = (kind: 'matrix' | 'metrics' | 'timeline'): ComparedSetting => ({
    words,
    base: data.base,
    models,
    categories: data.categories,
    // Each chosen model its own colour and shape, in the selection's order.
    series: (id) => styleIndex(models.findIndex((m) => m.id === id)),
    name: kind,
    title: say(words, 'chart.inSelection', { title: say(words, `chart.${kind}.title` as const), names }),
    source: say(words, 'chart.source.selection', { n: models.length, names }),
    page: data.page,
  });
  const charts: Array<['matrix' | 'metrics' | 'timeline', Figure | null]> = [
    ['matrix', composeMatrix(setting('matrix'))],
    ['metrics', composeMetrics(setting('metrics'))],
    ['timeline', composeTimeline(setting('timeline'))],
  ];
  const fileStem = models.map((m) => m.id).join('-');
  for (const [kind, figure] of charts) {
    const place = doc.querySelector<HTMLElement>(`[data-selection-chart="${kind}"]`);
    if (!place) continue;
    // The build's chart of this kind (the whole collection's, or a province's) gives way to the selection's.
    for (const old of doc.querySelectorAll(`[data-compare-view] figure[data-chart="${kind}"]`)) old.remove();
    if (!figure) {
      place.innerHTML = `<p class="muted">${say(words, 'compare.noFigures')}</p>`;
      continue;
    }
    const citation = data.citations && pageUrl ? fillReference(data.citations.figure, figure.title, `${pageUrl}#${figure.id}`) : '';
    const files = downloadFiles(figure, { css: chartCss, citation: live(data, `${say(words, 'chart.citeAs')}${citation}`), site: data.site.replace(UNCONFIGURED_ORIGIN, location.origin) });
    place.innerHTML = figureHtml(figure, {
      locale: words.locale,
      words: { dataTable: say(words, 'chart.dataTable'), citeAs: say(words, 'chart.citeAs'), downloads: say(words, 'chart.downloads'), scrollHint: say(words, 'chart.scrollHint'), noSiteAddress: say(words, 'cite.noSiteAddress') },
      citation,
      accessed: data.citations?.accessed ?? null,
      downloads: (['svg', 'png', 'csv'] as const).map((format) => ({ format, label: say(words, `chart.${format}`), file: `${kind}-${fileStem}.${format}` })),
    });
    // The selection's files are made from the figure in hand (the site's CSP lets no script fetch a blob: URL).
    offerChartDownloads(place, {
      svg: async () => new Blob([files.svg], { type: 'image/svg+xml' }),
      png: async () => pngFromSvg(files.svg, PNG_SCALE),
      csv: async () => new Blob([files.csv], { type: 'text/csv;charset=utf-8' }),
    });
  }
}

/** The citation box, its files and the printed footer cite the selection: its title, and the page's URL with ?m=. */
function citeSelection(doc: Document, data: ComparePageData, title: string, url: string) {
  const citations = data.citations!;
  const noSite = data.words['cite.noSiteAddress'] ?? '';
  for (const { style, template } of citations.styles) {
    const reference = doc.querySelector(`[data-citation-set="page"] .citation[data-style="${style}"] .reference`);
    if (reference) reference.innerHTML = referenceHtml(fillReference(template, title, url), citations.accessed, noSite);
  }
  const files: Record<FileKind, string> = {
    ris: fillRis(citations, title, url),
    bib: fillBibtex(citations, title, url),
    json: fillCslJson(citations, title, url),
  };
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-citation-set="page"] a[data-cite-file]')) {
    const kind = link.dataset['citeFile'] as FileKind;
    const type = link.href.slice(5, link.href.indexOf(','));
    // The template keeps the build's date and stand-in address; the click handler (src/scripts/cite-live.ts) fills them.
    link.dataset['citeTemplate'] = files[kind];
    link.dataset['citeBuilt'] = citations.accessed;
    link.href = `data:${type},${encodeURIComponent(refreshFile(files[kind], kind, citations.accessed, localIsoDate(), location.origin))}`;
  }
  // Printed, every page's margin and the footer cite the selection in its order (src/scripts/print-citation.ts).
  const gbt = citations.styles.find((s) => s.style === 'gbt7714-2025');
  if (gbt) citeInPrint(live(data, fillReference(gbt.template, title, url)), live(data, url));
}
