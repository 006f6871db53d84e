import { formatReference, pageItem } from '../cite/index.ts';
import type { Locale } from '../i18n.ts';
import { ACCESSED, siteAuthor } from '../site.ts';
import type { Figure } from './types.ts';

/** How to cite a chart: the page it is on, at the figure's anchor, in GB/T 7714—2025 (the citation box's first style). */
export function figureCitation(figure: Figure, pageUrl: string, locale: Locale): string {
  const url = `${pageUrl.replace(/#.*$/, '')}#${figure.id}`;
  return formatReference(
    pageItem({ key: figure.name, title: figure.title, url, site: siteAuthor(locale), accessed: ACCESSED, language: locale === 'en' ? 'en' : 'zh-CN' }),
    'gbt7714-2025',
  );
}
