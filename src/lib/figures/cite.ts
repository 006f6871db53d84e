import { formatReference, pageItem } from '../cite/index.ts';
import type { Locale } from '../i18n.ts';
import { UNCONFIGURED_ORIGIN } from '../cite/live.ts';
import { ACCESSED, SITE_CONFIGURED, siteAuthor } from '../site.ts';
import type { Figure } from './types.ts';

/**
 * How to cite a chart: the page it is on, at the figure's anchor, in GB/T 7714—2025 (the citation box's first
 * style). `pageUrl` is the page's URL as Astro gives it; its origin is replaced by the one citations use.
 */
export function figureCitation(figure: Figure, pageUrl: string, locale: Locale): string {
  const page = new URL(pageUrl);
  const url = `${SITE_CONFIGURED ? page.origin : UNCONFIGURED_ORIGIN}${page.pathname}#${figure.id}`;
  return formatReference(
    pageItem({ key: figure.name, title: figure.title, url, site: siteAuthor(locale), accessed: ACCESSED, language: locale === 'en' ? 'en' : 'zh-CN' }),
    'gbt7714-2025',
  );
}
