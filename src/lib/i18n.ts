import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { fill, LOCALES, type Locale } from './locale.ts';

export { fill, LOCALES, localePath, pagePath, pick, sitePath, type Bilingual, type Locale } from './locale.ts';

/**
 * Two editions: Chinese at the site root, English under /en/ at the same paths. Pages take a `locale`
 * route parameter (undefined for Chinese) and ask this module for strings and paths.
 */

export type UiKey = keyof typeof zh;

const STRINGS: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zh, en };

/** The `[...locale]` route parameter for each edition: Chinese has none. */
export function localeParam(locale: Locale): string | undefined {
  return locale === 'en' ? 'en' : undefined;
}

/** The edition a route parameter names. */
export function localeFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'zh-CN';
}

/** Static paths for a page that exists in both editions. */
export function bothEditions<P extends Record<string, unknown>>(props: P = {} as P) {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { ...props, locale } }));
}

/** A UI template as the edition writes it, placeholders unfilled (for code that fills it elsewhere, in the browser). */
export function template(locale: Locale, key: UiKey): string {
  return STRINGS[locale][key] ?? STRINGS['zh-CN'][key];
}

/** A UI string, with {name} placeholders filled in. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(template(locale, key), values);
}

/** Every UI template of an edition, for code that writes with `say` (src/lib/figures/words.ts). */
export function editionWords(locale: Locale): { locale: Locale; strings: Readonly<Record<UiKey, string>> } {
  return { locale, strings: STRINGS[locale] };
}

/** The edition's templates for these keys, as a plain object a page can hand to its browser code. */
export function templates<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, template(locale, key)])) as Record<K, string>;
}

/** The `lang` attribute for an edition. */
export function htmlLang(locale: Locale): string {
  return locale === 'en' ? 'en' : 'zh-CN';
}

/**
 * The language a curated free-text field is written in. Notes are written in English or Chinese; a page
 * marks them so screen readers switch voice. More CJK characters than Latin letters means Chinese.
 */
export function textLang(text: string): 'zh-CN' | 'en' {
  const cjk = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk > latin / 2 ? 'zh-CN' : 'en';
}
