import { Readability } from '@mozilla/readability';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { parseHTML } from 'linkedom';
import type { SourceEncoding } from '../../schemas/source.ts';
import { toSimplified } from '../text/script.ts';
import { toSourceEncoding } from './decode.ts';
import { NO_PAGE_META, readPageMeta, type PageMeta } from './page-meta.ts';
import type { Change } from './report.ts';

/**
 * Saved web pages (.html, .htm): the charset they declare, and the article in them as text lines. The article
 * is found by Mozilla's Readability (Firefox's reader view) over a linkedom DOM; what it leaves out is reported
 * line by line, so the page's menus and sidebars are accounted for like any other removal. The lines then get
 * the same cleaning as a text file (frame.ts removes the chrome Readability kept: 来源 lines, toolbars).
 */

/** How a raw source is read: a text file, or a saved web page. */
export type SourceFormat = 'text' | 'html';

/** The format a file name says, or null for a file ingest does not read. */
export function formatOf(fileName: string): SourceFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'txt') return 'text';
  if (extension === 'html' || extension === 'htm') return 'html';
  return null;
}

/**
 * The encoding a page declares (BOM, <meta charset>, http-equiv), by the HTML standard's prescan
 * (html-encoding-sniffer). The sniffer falls back to a default when nothing is declared; asking with two
 * different defaults tells a declaration from a fallback. A page may declare wrongly, so decoding still tries
 * UTF-8 first and checks the declared encoding strictly.
 */
export function declaredCharset(bytes: Uint8Array): SourceEncoding | null {
  const options = { maxPrescanBytes: 8192 };
  const one = htmlEncodingSniffer(bytes, { ...options, defaultEncoding: 'windows-1252' });
  const other = htmlEncodingSniffer(bytes, { ...options, defaultEncoding: 'UTF-8' });
  return one === other ? toSourceEncoding(one) : null;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'svg', 'canvas', 'iframe', 'object']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);

/**
 * The text of an element as a browser lays it out, one line per block: a paragraph, a heading, a list item, a
 * table row (its cells side by side, as 索引号：… 发布机构：… rows are read). HTML white space collapses; a
 * no-break space is layout and reads as a space, as &nbsp; does in a text file.
 */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\n\r\f\u00A0]+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') return flush();
    if (CELLS.has(tag)) current += ' ';
    const block = BLOCKS.has(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

/** Which lines of `all` the article kept, in order (a multiset match, so a repeated line counts twice). */
function keptFlags(all: readonly string[], kept: readonly string[]): boolean[] {
  const remaining = new Map<string, number>();
  for (const line of kept) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  return all.map((line) => {
    const n = remaining.get(line) ?? 0;
    if (n > 0) remaining.set(line, n - 1);
    return n > 0;
  });
}

export interface PageText {
  /** The article as text, one line per block. */
  text: string;
  meta: PageMeta;
  /**
   * The page's lines above the article that the extractor left out (its header: 来源/发布时间 lines, an abstract
   * box). They are not the article, but what they state about it is read (frame.ts, FrameOptions.header).
   */
  header: string[];
}

/**
 * linkedom builds only what the markup says: without <html> and <body> tags a page has no body. Browsers infer
 * them, and so must we for a saved fragment or an old CMS page that leaves them out.
 */
function completeDocument(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  const inner = html.replace(/<!DOCTYPE[^>]*>/i, '').replace(/<\/?html[^>]*>/gi, '');
  return `<!DOCTYPE html><html>${hasBody ? inner : `<body>${inner}</body>`}</html>`;
}

/** A saved page's article as text lines and its own metadata; each line Readability left out is reported. */
export function extractArticle(html: string, changes: Change[]): PageText {
  const { document } = parseHTML(completeDocument(html));
  const meta = readPageMeta(document, html);
  const pageLines = document.body ? blockLines(document.body) : [];
  // Readability changes the document it reads, so the page's own lines are taken first.
  const article = new Readability(document, { charThreshold: 200, serializer: (node: Node) => node }).parse();
  const articleLines = article?.content ? blockLines(article.content) : pageLines;
  if (!article?.content) changes.push({ rule: 'html-no-article', text: 'Readability found no article; the whole page was kept' });
  const kept = keptFlags(pageLines, articleLines);
  pageLines.forEach((line, i) => kept[i] || changes.push({ rule: 'html-outside-article', text: line }));
  const firstKept = kept.indexOf(true);
  const header = pageLines.filter((_, i) => !kept[i] && i < firstKept).map((line) => toSimplified(line));
  // Readability's title is <title> with the site's name cut off (or og:title): better than <title> itself.
  const readabilityTitle = article?.title?.trim() ? toSimplified(article.title.trim()) : null;
  return { text: articleLines.join('\n'), meta: { ...meta, documentTitle: readabilityTitle ?? meta.documentTitle }, header };
}

/** The text to clean: a text file as it is, a saved page's article. */
export function readPage(decoded: string, format: SourceFormat, changes: Change[]): PageText {
  return format === 'html' ? extractArticle(decoded, changes) : { text: decoded, meta: NO_PAGE_META, header: [] };
}
