import { formatReference, pageItem } from '../cite/index.ts';
import type { Locale } from '../i18n.ts';
import { absoluteUrl, ACCESSED, siteAuthor } from '../site.ts';
import type { Figure } from './types.ts';

/**
 * How to cite a chart: the page it is cited at (figure.page: a chart drawn on two pages is cited at one of
 * them, so both captions and its downloads agree), at the figure's anchor, in GB/T 7714—2025 (the citation box's
 * first style).
 */
export function figureCitation(figure: Pick<Figure, 'id' | 'name' | 'title' | 'page'>, site: URL | undefined, locale: Locale): string {
  const url = `${absoluteUrl(site, locale, figure.page)}#${figure.id}`;
  return formatReference(
    pageItem({ key: figure.name, title: figure.title, url, site: siteAuthor(locale), accessed: ACCESSED, language: locale === 'en' ? 'en' : 'zh-CN' }),
    'gbt7714-2025',
  );
}
