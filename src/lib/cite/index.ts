import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import apa from './csl/apa.csl?raw';
import gbt2015 from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import gbt2025 from './csl/china-national-standard-gb-t-7714-2025-numeric.csl?raw';
import localeEn from './csl/locales-en-US.xml?raw';
import localeZh from './csl/locales-zh-CN.xml?raw';

/**
 * Citations rendered by citation-js from the official CSL styles in ./csl (copied from
 * citation-style-language/styles and /locales, CC BY-SA 3.0 — see ./csl/README.md). Nothing here formats
 * a reference by hand: the styles decide punctuation, order and brackets.
 */

/** The styles readers can choose, in the order the citation box shows them. */
export const STYLES = [
  { id: 'gbt7714-2025', xml: gbt2025, locale: 'zh-CN', label: { zh: 'GB/T 7714—2025（现行）', en: 'GB/T 7714—2025 (current)' } },
  { id: 'gbt7714-2015', xml: gbt2015, locale: 'zh-CN', label: { zh: 'GB/T 7714—2015', en: 'GB/T 7714—2015' } },
  { id: 'apa7', xml: apa, locale: 'en-US', label: { zh: 'APA 第7版', en: 'APA 7th edition' } },
] as const;
export type StyleId = (typeof STYLES)[number]['id'];

let registered = false;
/** Registers the styles and locales with citation-js once per process. */
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl');
  for (const style of STYLES) csl.styles.add(style.id, style.xml);
  csl.locales.add('zh-CN', localeZh);
  csl.locales.add('en-US', localeEn);
  // Keep Chinese titles in BibTeX (the default escapes everything outside ASCII away).
  const bibtex = plugins.config.get('@bibtex');
  bibtex.format.asciiOnly = false;
  bibtex.format.useIdAsLabel = true;
  registered = true;
}

/** A CSL-JSON item (the subset this site produces). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: Array<{ literal: string }>;
  'container-title'?: string;
  issued?: { 'date-parts': [[number, number?, number?]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL?: string;
  language: string;
  note?: string;
}

/** Turns 2021-07-27 (optionally with a time) into CSL date parts. */
export function dateParts(date: string): [number, number, number] {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/** What a page citation needs to know. */
export interface PageToCite {
  /** Key for BibTeX and CSL ids (model-linxiang-forestry-336, compare …). */
  key: string;
  title: string;
  /** Absolute URL, with #p-N for a paragraph. */
  url: string;
  /** The site's name as publisher/author, in the page's language. */
  site: string;
  /** Date the site's data were last built (the access date readers record). */
  accessed: string;
  language: 'zh-CN' | 'en';
}

/** “Cite this page”: the site's own page as a web page. */
export function pageItem(page: PageToCite): CslItem {
  return {
    id: page.key,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.site }],
    'container-title': page.site,
    accessed: { 'date-parts': [dateParts(page.accessed)] },
    URL: page.url,
    language: page.language,
  };
}

/** What an original-source citation needs to know. */
export interface SourceToCite {
  key: string;
  title: string;
  /** Issuing body or the site that published it; null when the source names none. */
  publisher: string | null;
  /** Fallback author when no publisher is known: the body that runs the model. */
  org: string;
  published: string | null;
  url: string | null;
  accessed: string;
}

/** “Cite the original source”: the document the entry was made from. */
export function sourceItem(source: SourceToCite): CslItem {
  return {
    id: source.key,
    type: 'webpage',
    title: source.title,
    author: [{ literal: source.publisher ?? source.org }],
    ...(source.published ? { issued: { 'date-parts': [dateParts(source.published)] } } : {}),
    accessed: { 'date-parts': [dateParts(source.accessed)] },
    ...(source.url ? { URL: source.url } : {}),
    language: 'zh-CN',
  };
}

/** One reference in a style, as plain text (what readers paste into a brief). */
export function formatReference(item: CslItem, style: StyleId): string {
  const key = `${style}\u0000${JSON.stringify(item)}`;
  let text = formatted.get(key);
  if (text === undefined) {
    register();
    const locale = STYLES.find((s) => s.id === style)?.locale ?? 'zh-CN';
    text = new Cite(item).format('bibliography', { format: 'text', template: style, lang: locale }).trim();
    formatted.set(key, text);
  }
  return text;
}
// The same reference is asked for more than once per build (a page's box and its print footer; a source
// cited from both editions), and citeproc is the slowest step of a page: format each once.
const formatted = new Map<string, string>();

/** BibTeX for the item, Chinese kept as is. */
export function toBibtex(item: CslItem): string {
  register();
  return new Cite(item).format('bibtex', { format: 'text' }).trim();
}

/** CSL-JSON for the item, as reference managers import it. */
export function toCslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2);
}
