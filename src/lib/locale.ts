/**
 * The two editions and what any code, in the build or in the browser, needs to know of them: which half of a
 * bilingual field to show, where a page is, and how a UI template is filled. No UI strings here (they are in
 * src/i18n/*.json, read by ./i18n.ts), so browser code can import this without shipping both editions' strings.
 */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A field written in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The Chinese or English half of a bilingual field. */
export function pick(locale: Locale, text: Bilingual): string {
  return locale === 'en' ? text.en : text.zh;
}

/**
 * The URL path of a page in an edition: `path` is locale-independent ('' for home, 'models/x/'), `base` is
 * the site's base path ('/' or '/atlas/').
 */
export function localePath(locale: Locale, path: string, base: string): string {
  return sitePath(`${locale === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}`, base);
}

/** The URL path of a file both editions share ('pagefind/', 'search-terms/0.json') under the base path. */
export function sitePath(path: string, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\//, '')}`;
}

/** The locale-independent part of a URL path (strips the base and any /en/): the reverse of localePath. */
export function pagePath(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return rest === 'en' ? '' : rest.replace(/^en\//, '');
}

/** A UI template with its {name} placeholders filled in (a placeholder without a value stays as written). */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? `{${name}}`));
}
