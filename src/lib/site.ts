import type { Locale } from './i18n.ts';
import { localePath, t } from './i18n.ts';

/**
 * Site-wide facts pages need for citations: absolute URLs and the access date readers record.
 * The date comes from SITE_DATE when set (reproducible builds), else the build day in UTC.
 */
export const ACCESSED = process.env['SITE_DATE'] ?? new Date().toISOString().slice(0, 10);

/** Absolute URL of a page in an edition. */
export function absoluteUrl(site: URL | undefined, locale: Locale, path: string, base: string): string {
  return new URL(localePath(locale, path, base), site ?? 'https://example.org').href;
}

/** The site's name as the author of its own pages, in the page's edition. */
export function siteAuthor(locale: Locale): string {
  return t(locale, 'site.name');
}
