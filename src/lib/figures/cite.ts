import { formatReference, pageItem } from '../cite/index.ts';
import { withoutStandIn } from '../cite/live.ts';
import { t, type Locale } from '../i18n.ts';
import { absoluteUrl, ACCESSED, SITE_CONFIGURED, siteAuthor } from '../site.ts';
import { downloadFiles } from './download.ts';
import type { Figure } from './types.ts';

/**
 * How to cite a chart: the page it is cited at (figure.page: a chart drawn on two pages is cited at one of
 * them, so its files and both captions agree), at the figure's anchor, in GB/T 7714—2025 (the citation box's
 * first style).
 */
export function figureCitation(figure: Pick<Figure, 'id' | 'name' | 'title' | 'page'>, site: URL | undefined, locale: Locale): string {
  const url = `${absoluteUrl(site, locale, figure.page)}#${figure.id}`;
  return formatReference(
    pageItem({ key: figure.name, title: figure.title, url, site: siteAuthor(locale), accessed: ACCESSED, language: locale === 'en' ? 'en' : 'zh-CN' }),
    'gbt7714-2025',
  );
}

/**
 * The SVG and CSV files of a chart as a reader downloads them. A file has no script to put in the reader's
 * address, so without SITE_URL its citation says no address is configured and its CSV keeps site paths.
 * One function for the build (ChartFigure) and `astro dev` (src/routes/charts/figure-paths.ts).
 */
export function chartFiles(figure: Figure, site: URL | undefined, locale: Locale, css: string): { svg: string; csv: string } {
  const citation = withoutStandIn(`${t(locale, 'chart.citeAs')}${figureCitation(figure, site, locale)}`, t(locale, 'cite.noSiteAddress'));
  return downloadFiles(figure, { css, citation, site: SITE_CONFIGURED && site ? site.href : null });
}
