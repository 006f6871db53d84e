import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
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
  /** Left out when the source names no one: the styles then open with the title (never a guessed body). */
  author?: Array<{ literal: string }>;
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': [[number, number?, number?]] };
  /** Only for what can be accessed at an address: without one, GB/T 7714—2015 would print its year as an estimated publication year. */
  accessed?: { 'date-parts': [[number, number, number]] };
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
  /** The people the source names as its authors (刘晓旭 麻静), as the entry records them; null when none. */
  author: string | null;
  published: string | null;
  url: string | null;
  accessed: string;
}

/**
 * “Cite the original source”: the document the entry was made from, with whom and what the page shows for it
 * (ModelFacts: publisher · author). Its authors are the people it names; else its publisher, as an institutional
 * author; else none: the body a model is about did not necessarily publish the text (Linxiang's was reposted
 * by a user of a storage site and its publisher is unknown). No date is made up: an undated source has no
 * `issued`, and one without an address has no access date either.
 */
export function sourceItem(source: SourceToCite): CslItem {
  const people = source.author?.split(/[\s、，,;；]+/).filter(Boolean) ?? [];
  const author = people.length > 0 ? people : source.publisher ? [source.publisher] : [];
  return {
    id: source.key,
    type: 'webpage',
    title: source.title,
    ...(author.length > 0 ? { author: author.map((literal) => ({ literal })) } : {}),
    ...(people.length > 0 && source.publisher ? { publisher: source.publisher } : {}),
    ...(source.published ? { issued: { 'date-parts': [dateParts(source.published)] } } : {}),
    ...(source.url ? { accessed: { 'date-parts': [dateParts(source.accessed)] }, URL: source.url } : {}),
    language: 'zh-CN',
  };
}

/** One reference in a style, as plain text (what readers paste into a brief). */
export function formatReference(item: CslItem, style: StyleId): string {
  const key = `${style}\u0000${JSON.stringify(item)}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = fromTemplate(item, style) ?? formatWithCiteproc(item, style);
    formatted.set(key, text);
  }
  return text;
}
// The same reference is asked for more than once per build (a page's box and its print footer; a source
// cited from both editions), and citeproc is the slowest step of a page: format each once.
const formatted = new Map<string, string>();

/** The reference exactly as citeproc renders it from the style, with no shortcut. */
export function formatWithCiteproc(item: CslItem, style: StyleId): string {
  register();
  const locale = STYLES.find((s) => s.id === style)?.locale ?? 'zh-CN';
  return new Cite(item).format('bibliography', { format: 'text', template: style, lang: locale }).trim();
}

/*
 * Most references of a build differ only in title and URL: every page, paragraph and chart of the site is a
 * web page with the same author, publisher, access date and language. citeproc takes about a millisecond a
 * reference (a third of a 1 000-model build's rendering went there), so each such shape is formatted once
 * with stand-ins for the title and URL, and each reference fills in its own. The styles still decide every
 * character around them; the shortcut is taken only where citeproc would print the title as given:
 *  - isVerbatimTitle keeps out what citeproc rewrites inside a title (straight quotes and apostrophes, which
 *    it turns into the locale's quotes; single quotes, whose nesting it flips; tags, which are its markup)
 *    and a title ending in punctuation or a closing quote, which it may merge with the style's own (APA
 *    moves its full stop inside the quote);
 *  - a shape is used only if two unlike stand-ins, one Latin and one Han, each come out unchanged, exactly
 *    once and with the same text around them: a style that changed a title's case (the Latin one is in mixed
 *    case) or treated titles by their script falls back to citeproc.
 * tests/unit/cite.test.ts checks the shortcut against citeproc on every title of the real collection and on
 * generated ones. The real site and a 1 000-model build were byte-identical before and after it.
 */
const TITLE_STAND_INS = ['zqxTitlezqx', '题名占位符'] as const;
export const URL_STAND_IN = 'https://stand-in.invalid/zqxurlzqx';

/** Title characters citeproc prints as given, with the real titles' curly double quotes (balanced). */
export function isVerbatimTitle(title: string): boolean {
  if (!/^[\p{L}\p{N}\p{M}“](?:[\p{L}\p{N}\p{M} .·•﹒，、：；:;,()（）《》〈〉【】\-–—…/+%=×“”]*[\p{L}\p{N}\p{M}）)》])?$/u.test(title)) return false;
  if (/\s{2}/.test(title)) return false;
  // “ and ” must alternate, opening first: citeproc reads quotes as nesting and would otherwise rewrite them.
  let open = false;
  for (const char of title) {
    if (char === '“') {
      if (open) return false;
      open = true;
    } else if (char === '”') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/** A URL of plain path characters, ending in one that citeproc cannot merge with the style's full stop. */
export function isVerbatimUrl(url: string): boolean {
  return /^https?:\/\/[\w.-]+(?::\d+)?(?:\/[\w\-./%~]*)?(?:#[\w-]+)?$/.test(url) && /[\w/]$/.test(url);
}

/** The reference filled into its shape's template; null where citeproc must format it (see above). */
function fromTemplate(item: CslItem, style: StyleId): string | null {
  if (!isVerbatimTitle(item.title) || (item.URL !== undefined && !isVerbatimUrl(item.URL))) return null;
  const shapeKey = `${style}\u0000${JSON.stringify({ ...item, id: '', title: '', ...(item.URL === undefined ? {} : { URL: '' }) })}`;
  let template = shapes.get(shapeKey);
  // A shape seen once goes to citeproc as it is: most original sources are a shape of their own (their
  // publisher and date), and a template costs two formatter calls.
  if (template === undefined) {
    shapes.set(shapeKey, 'seen once');
    return null;
  }
  if (template === 'seen once') shapes.set(shapeKey, (template = shapeTemplate(item, style)));
  if (template === null) return null;
  return template.before + item.title + template.between + (item.URL ?? '') + template.after;
}
const shapes = new Map<string, Template | null | 'seen once'>();

export interface Template {
  before: string;
  between: string;
  after: string;
}

/**
 * The text a style puts before an item's title, between title and URL, and after, if both stand-ins agree on
 * them (null where citeproc must format each reference itself). Exported for pages whose reference is filled in
 * later, in the browser (a /compare/?m= selection's title and URL).
 */
export function shapeTemplate(item: CslItem, style: StyleId): Template | null {
  const [latin, han] = TITLE_STAND_INS.map((title) => {
    const text = formatWithCiteproc({ ...item, id: 'shape', title, ...(item.URL === undefined ? {} : { URL: URL_STAND_IN }) }, style);
    return splitAround(text, title, item.URL === undefined ? null : URL_STAND_IN);
  });
  if (!latin || !han || latin.before !== han.before || latin.between !== han.between || latin.after !== han.after) return null;
  return latin;
}

function splitAround(text: string, title: string, url: string | null): Template | null {
  const [before, rest, ...more] = text.split(title);
  if (before === undefined || rest === undefined || more.length > 0) return null;
  if (url === null) return { before, between: '', after: rest };
  const [between, after, ...moreUrls] = rest.split(url);
  if (between === undefined || after === undefined || moreUrls.length > 0 || before.includes(url)) return null;
  return { before, between, after };
}

/** BibTeX for the item, Chinese kept as is. */
export function toBibtex(item: CslItem): string {
  register();
  return new Cite(item).format('bibtex', { format: 'text' }).trim();
}

/** RIS for the item (what EndNote, NoteExpress and CNKI's E-Study import), from citation-js's RIS output. */
export function toRis(item: CslItem): string {
  register();
  // citation-js breaks every value after 70 characters, and RIS readers (its own too) join a broken line with a
  // space: a long URL would come back with a space in it. Undo the breaks: a line that opens no tag continues the
  // previous one. Not trim() either: a record ends with the tag line `ER  - `, trailing space and all.
  const ris = new Cite(item).format('ris', { format: 'text' });
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}- )/g, '').replace(/\n+$/, '');
}

/** CSL-JSON for the item, as reference managers import it. */
export function toCslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2);
}
