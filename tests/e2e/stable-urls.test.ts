import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkUrls, parseUrlList, publishedPaths, redirectPaths } from '../../src/lib/published-urls.ts';
import { redirects } from '../../src/redirects.ts';

// The built dist/ against tests/stable-urls.txt: citations in printed briefs must keep resolving.
const files = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => `${d.parentPath}/${d.name}`.replace(/^dist\//, ''));
const listed = parseUrlList(readFileSync('tests/stable-urls.txt', 'utf8'));
const result = checkUrls(listed, publishedPaths(files), redirectPaths(redirects));

describe('stable URLs', () => {
  it('the list covers every page type in both editions', () => {
    for (const path of ['', 'en/', 'models/linxiang-forestry-336/', 'en/models/linxiang-forestry-336/', 'mechanisms/forest-chief/', 'compare/', 'formulas/', 'glossary/', 'regions/', 'about/', 'data/models.json']) {
      expect(listed, path).toContain(path);
    }
  });

  it('every listed URL is still built, or redirected to a page that is', () => {
    expect(result.missing, 'URLs removed without a redirect in src/redirects.ts').toEqual([]);
    expect(result.brokenRedirects).toEqual([]);
  });

  it('every built URL is listed (npm run urls:record adds new ones)', () => {
    expect(result.unlisted).toEqual([]);
  });
});
