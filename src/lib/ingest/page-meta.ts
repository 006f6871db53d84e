import { toSimplified } from '../text/script.ts';
import { normaliseDate } from './metadata.ts';

/**
 * What a saved web page says about itself in its <head>: Open Graph and article tags, <link rel=canonical>, and
 * the meta names Chinese government CMSs write (the 政府网站 specification: ArticleTitle, PubDate, ContentSource,
 * SiteName, Author, Url; firstpublishedtime on gov.cn). Values are converted to Simplified, as the body is.
 */
export interface PageMeta {
  /** The article's title from ArticleTitle or og:title (strong: the headline line equal to it is removed). */
  title: string | null;
  /** <title>, which usually carries the site's name after the headline; used only when nothing better exists. */
  documentTitle: string | null;
  published: string | null;
  /** ContentSource: the article's 来源. */
  publisher: string | null;
  /** SiteName / og:site_name: the site that carries it, a publisher of last resort. */
  siteName: string | null;
  author: string | null;
  /** The page's canonical address (og:url, <link rel=canonical>, Url, or the "saved from url" comment a browser writes). */
  url: string | null;
}

export const NO_PAGE_META: PageMeta = { title: null, documentTitle: null, published: null, publisher: null, siteName: null, author: null, url: null };

/** Every <meta name|property|itemprop> content, keyed by the lowercased name; the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (name && content && !tags.has(name)) tags.set(name, content);
  }
  return tags;
}

/** An absolute http(s) address, resolved against a base when relative; null when it is not one. */
function webAddress(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The address a browser records when it saves a page: <!-- saved from url=(0052)https://… -->. */
function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
}

const first = (...values: Array<string | null | undefined>) => values.find((v) => v !== null && v !== undefined && v.trim() !== '')?.trim() ?? null;
const simplified = (value: string | null) => (value === null ? null : toSimplified(value));

/** Reads a page's own metadata from its parsed document (and its source, for the saved-from comment). */
export function readPageMeta(document: Document, html: string): PageMeta {
  const tags = metaTags(document);
  const tag = (...names: string[]) => first(...names.map((n) => tags.get(n.toLowerCase())));
  const savedFrom = webAddress(savedFromUrl(html));
  const ogUrl = webAddress(tag('og:url'), savedFrom);
  const canonical = webAddress(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), ogUrl ?? savedFrom);
  const date = first(tag('PubDate', 'article:published_time', 'firstpublishedtime', 'publishdate', 'pubdate', 'dc.date', 'dcterms.created', 'datePublished'));
  return {
    title: simplified(tag('ArticleTitle', 'og:title', 'twitter:title')),
    documentTitle: simplified(first(document.querySelector('title')?.textContent)),
    published: date === null ? null : normaliseDate(date),
    publisher: simplified(tag('ContentSource', 'source')),
    siteName: simplified(tag('SiteName', 'og:site_name')),
    author: simplified(tag('Author', 'article:author', 'dc.creator')),
    url: ogUrl ?? canonical ?? webAddress(tag('Url'), savedFrom) ?? savedFrom,
  };
}
