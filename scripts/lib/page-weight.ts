import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a first visit to a built page downloads, gzip-compressed as a static host would serve it: the HTML
 * and the stylesheets and scripts it references. Search assets (/pagefind/) load on demand, only when a
 * reader searches, so they are not part of a page's first load. Images are none: charts are inline SVG.
 */

export interface PageWeight {
  path: string;
  htmlBytes: number;
  cssBytes: number;
  /** Inline scripts (also inside htmlBytes) and referenced script files together. */
  jsBytes: number;
  /** HTML (inline scripts included), stylesheets and script files: the first load. */
  totalBytes: number;
}

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

/** The file a root-relative URL points at inside dist (base path stripped). */
function fileOf(dist: string, url: string, base: string): string {
  return join(dist, decodeURIComponent(url.split(/[?#]/)[0]!.slice(base.length)));
}

/** Weight of one page (`path` relative to the base, '' for home). */
export function pageWeight(dist: string, path: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '');
  const scriptFiles = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((code) => code.trim());
  const local = (url: string) => url.startsWith(base) && !url.includes('/pagefind/') && existsSync(fileOf(dist, url, base));
  const cssBytes = stylesheets.filter(local).reduce((sum, url) => sum + gzipped(readFileSync(fileOf(dist, url, base))), 0);
  const scriptFileBytes = scriptFiles.filter(local).reduce((sum, url) => sum + gzipped(readFileSync(fileOf(dist, url, base))), 0);
  const jsBytes = scriptFileBytes + (inlineScripts.length > 0 ? gzipped(inlineScripts.join('\n')) : 0);
  const htmlBytes = gzipped(html);
  return { path, htmlBytes, cssBytes, jsBytes, totalBytes: htmlBytes + cssBytes + scriptFileBytes };
}
