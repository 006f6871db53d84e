import type { CuratedModel } from '../schemas/model.ts';
import { formatReference, pageItem, type PageToCite, type SourceToCite } from './cite/index.ts';
import { UNCONFIGURED_ORIGIN } from './cite/live.ts';
import type { Locale } from './i18n.ts';
import { localePath, t } from './i18n.ts';
import { routes } from './routes.ts';

/**
 * Site-wide facts pages need for citations: absolute URLs and the access date readers record.
 * The date comes from SITE_DATE when set (reproducible builds), else the build day in UTC.
 */
export const ACCESSED = process.env['SITE_DATE'] ?? new Date().toISOString().slice(0, 10);

const BASE = import.meta.env.BASE_URL;

/**
 * Whether the build was told the site's address. Without SITE_URL (`npm start`, a local build) Astro's `site`
 * is a placeholder, which no citation may print: they carry a stand-in origin that the page replaces with the
 * address it is read from, or with words saying the address is not configured (src/lib/cite/live.ts).
 */
export const SITE_CONFIGURED = Boolean(process.env['SITE_URL']);

/** Absolute URL of a page in an edition, as citations give it. */
export function absoluteUrl(site: URL | undefined, locale: Locale, path: string, base: string = BASE): string {
  return new URL(localePath(locale, path, base), SITE_CONFIGURED && site ? site : UNCONFIGURED_ORIGIN).href;
}

/** The site's root URL (with its base path) that on-site links resolve against: the stand-in origin when not configured. */
export function siteRoot(site: URL | undefined, base: string = BASE): string {
  return new URL(base, SITE_CONFIGURED && site ? site : UNCONFIGURED_ORIGIN).href;
}

/** The site's name as the author of its own pages, in the page's edition. */
export function siteAuthor(locale: Locale): string {
  return t(locale, 'site.name');
}

/** “Cite this page” for any page of the site: `key` names it in BibTeX, `path` is from routes. */
export function pageCitation(site: URL | undefined, locale: Locale, key: string, path: string, title: string): PageToCite {
  return {
    key: locale === 'en' ? `${key}-en` : key,
    title,
    url: absoluteUrl(site, locale, path),
    site: siteAuthor(locale),
    accessed: ACCESSED,
    language: locale,
  };
}

/** “Cite this page” for a model page. */
export function modelPageCitation(site: URL | undefined, locale: Locale, id: string, title: string): PageToCite {
  return pageCitation(site, locale, `model-${id}`, routes.model(id), title);
}

/** “Cite the original source” of a model: the document its entry was made from. */
export function modelSourceCitation(model: CuratedModel): SourceToCite {
  return {
    key: `source-${model.id}`,
    title: model.title.zh,
    publisher: model.source.publisher,
    author: model.source.author,
    published: model.source.published,
    url: model.source.url,
    accessed: ACCESSED,
  };
}

/**
 * The one-line citation printed on every page of a handout (GB/T 7714—2025), without the style's list number
 * ([1]): it stands alone in the margin, not in a list of references.
 */
export function printCitation(page: PageToCite): string {
  return formatReference(pageItem(page), 'gbt7714-2025').replace(/^\[\d+\]\s*/, '');
}

/** Longest <title> worth writing: search results cut titles at about this many characters. */
export const TITLE_MAX = 70;

/**
 * The document <title>: the page's title, then the site's short name. A page whose title is too long for
 * that (an English model title can run to 200 characters) may offer a short title to use instead.
 */
export function documentTitle(pageTitle: string, siteName: string, shortTitle?: string): string {
  const full = `${pageTitle} · ${siteName}`;
  return full.length <= TITLE_MAX || !shortTitle ? full : `${shortTitle} · ${siteName}`;
}
