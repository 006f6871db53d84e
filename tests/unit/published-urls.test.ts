import { describe, expect, it } from 'vitest';
import { checkUrls, formatUrlList, parseUrlList, pathOfFile, publishedPaths, redirectPaths } from '../../src/lib/published-urls.ts';

describe('published URLs', () => {
  it('maps built files to the paths readers cite, leaving out assets, the search index and the 404 page', () => {
    const files = ['index.html', 'models/a/index.html', 'en/models/a/index.html', 'data/models.json', '_astro/x.css', 'pagefind/pagefind.js', '404.html'];
    expect(publishedPaths(files)).toEqual(['', 'data/models.json', 'en/models/a/', 'models/a/']);
    expect(pathOfFile('models\\b\\index.html')).toBe('models/b/');
  });

  it('reads and writes the list with home as / and comments ignored', () => {
    const text = formatUrlList(['models/a/', '', 'data/models.json', 'models/a/'], '# header');
    expect(text).toBe('# header\n/\n/data/models.json\n/models/a/\n');
    expect(parseUrlList(`${text}\n  # a comment\n/about/  # trailing\n`)).toEqual(['', 'data/models.json', 'models/a/', 'about/']);
  });

  it('fails a listed URL that disappeared, unless a redirect sends it to a page that exists', () => {
    const listed = ['', 'models/a/', 'models/old/', 'models/gone/'];
    const built = ['', 'models/a/', 'models/new/'];
    const result = checkUrls(listed, built, redirectPaths({ '/models/old/': '/models/new/', '/models/x/': '/models/nowhere/' }));
    expect(result.missing).toEqual(['models/gone/']);
    expect(result.brokenRedirects).toEqual([{ from: 'models/x/', to: 'models/nowhere/' }]);
    expect(result.unlisted).toEqual(['models/new/']);
  });

  it('counts the page a redirect from a file path is built as (charts/x.png/) as that redirect, not as a new URL', () => {
    const result = checkUrls(['', 'charts/x.png'], ['', 'charts/x.png/', 'charts/y.png/'], redirectPaths({ '/charts/x.png': '/#chart-x' }));
    expect(result.missing).toEqual([]);
    expect(result.brokenRedirects).toEqual([]);
    expect(result.unlisted).toEqual(['charts/y.png/']);
  });

  it('passes a build that keeps every listed URL', () => {
    expect(checkUrls(['', 'a/'], ['', 'a/'], new Map())).toEqual({ missing: [], brokenRedirects: [], unlisted: [] });
  });
});
