/**
 * Published URLs: every page and download a reader may have cited. They live in tests/stable-urls.txt;
 * a build may add URLs but never drop one, unless src/redirects.ts sends it to a page that exists.
 * Paths here are relative to the site's base path ('' is home, 'models/x/' a page, 'data/models.json').
 */

/**
 * Built files that are not URLs anyone cites: hashed assets, the search index and the dictionary's shards
 * (their number follows the dictionary's size), the brief's item parts (data /brief/ fetches, one per model),
 * the 404 page, host config.
 */
const UNPUBLISHED = [/^_astro\//, /^pagefind\//, /^search-terms\//, /^(en\/)?brief\/items\//, /^404\.html$/, /^_headers$/];

/** The URL path a built file answers at (`models/x/index.html` → `models/x/`). */
export function pathOfFile(file: string): string {
  const posix = file.replaceAll('\\', '/');
  if (posix === 'index.html') return '';
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

/** Published paths of a build, sorted, from its file list (relative to dist/). */
export function publishedPaths(files: readonly string[]): string[] {
  return files
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => !UNPUBLISHED.some((pattern) => pattern.test(f)))
    .map(pathOfFile)
    .sort();
}

/** Reads tests/stable-urls.txt: one path per line, `#` comments and blank lines ignored, `/` for home. */
export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => (line === '/' ? '' : line.replace(/^\//, '')));
}

/** Writes the list back: sorted, one per line, home as `/`. */
export function formatUrlList(paths: readonly string[], header: string): string {
  const lines = [...new Set(paths)].sort().map((p) => `/${p}`);
  return `${header}\n${lines.join('\n')}\n`;
}

/** Redirect sources and targets as base-relative paths (src/redirects.ts keys start with '/'). */
export function redirectPaths(redirects: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(redirects).map(([from, to]) => [from.replace(/^\//, ''), to.replace(/^\//, '')]));
}

export interface UrlCheck {
  /** Listed paths the build no longer has and no redirect covers. */
  missing: string[];
  /** Redirects whose target the build does not have. */
  brokenRedirects: Array<{ from: string; to: string }>;
  /** Built paths not in the list yet (record them with `npm run urls:record`). */
  unlisted: string[];
}

/** Compares the published list with a build. */
export function checkUrls(listed: readonly string[], built: readonly string[], redirects: Map<string, string>): UrlCheck {
  const have = new Set(built);
  const known = new Set(listed);
  return {
    missing: listed.filter((p) => !have.has(p) && !redirects.has(p)),
    brokenRedirects: [...redirects].filter(([, to]) => !have.has(to.replace(/#.*/, ''))).map(([from, to]) => ({ from, to })),
    // A redirect from a file-like path (/charts/x.png) is built as x.png/index.html, published as charts/x.png/.
    unlisted: built.filter((p) => !known.has(p) && !redirects.has(p) && !redirects.has(p.replace(/\/$/, ''))),
  };
}

/**
 * The files a build writes for moved addresses (src/pages/[...moved].astro): <path>/index.html under dist/, which
 * say only where the content went, so the search index, the sitemap and the citation checks leave them out.
 */
export function movedPageFiles(redirects: Record<string, string>): Set<string> {
  return new Set(Object.keys(redirects).map((from) => `${from.replace(/^\/|\/$/g, '')}/index.html`));
}
