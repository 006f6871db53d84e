import { readdirSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { Ajv } from 'ajv';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { movedPageFiles } from '../../src/lib/published-urls.ts';
import { redirects } from '../../src/redirects.ts';

// What reference managers read from the built site (dist/, built without SITE_URL): the citation_* meta tags
// and JSON-LD on every page, and the citation files beside each model page, read back by citation-js and checked
// against the published CSL-JSON schema.
const all = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name === 'index.html').map((d) => `${d.parentPath}/${d.name}`);
// A moved address's page (src/redirects.ts) only sends the reader on: it is not a page to cite.
const movedFiles = movedPageFiles(redirects);
const isMoved = (file: string) => movedFiles.has(file.replace(/^dist\//, ''));
const pages = all.filter((file) => !isMoved(file));
const moved = all.filter(isMoved);
const models = readdirSync('dist/models', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('tests/fixtures/csl-schema/csl-data.json', 'utf8')));

describe('what reference managers read', () => {
  it(`every page carries citation_* meta tags and schema.org JSON-LD, with no placeholder address (${pages.length} pages)`, () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
      expect(meta('citation_title'), file).toBeTruthy();
      expect(meta('citation_author'), file).toBeTruthy();
      expect(meta('citation_online_date'), file).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta('citation_language'), file).toMatch(/^(zh-CN|en)$/);
      // Built without SITE_URL: no public URL rather than a made-up one.
      expect(meta('citation_public_url'), file).toBeUndefined();
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null');
      expect(ld, file).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', name: meta('citation_title'), inLanguage: meta('citation_language') });
      expect(JSON.stringify(ld), file).not.toMatch(/example\.org|\.invalid/);
    }
  });

  it(`a moved address's page names no placeholder address and cites nothing (${moved.length} pages)`, () => {
    expect(moved.length).toBe(Object.keys(redirects).length);
    for (const file of moved) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/example\.org|\.invalid/);
      expect(html, file).not.toContain('citation_title');
    }
  });

  it.each(models.flatMap((id) => [`models/${id}`, `en/models/${id}`]))('/%s/cite.ris, .bib and .json read back as the page and its source', (dir) => {
    const ris = new Cite(readFileSync(`dist/${dir}/cite.ris`, 'utf8')).data;
    const bib = new Cite(readFileSync(`dist/${dir}/cite.bib`, 'utf8')).data;
    const json = JSON.parse(readFileSync(`dist/${dir}/cite.json`, 'utf8'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const { document } = parseHTML(readFileSync(`dist/${dir}/index.html`, 'utf8'));
    const title = document.querySelector('meta[name="citation_title"]')?.getAttribute('content');
    for (const items of [ris, bib, json]) {
      expect(items).toHaveLength(2);
      expect(items[0]?.title).toBe(title);
    }
    expect(ris[1]?.title).toBe(json[1]?.title);
    expect(document.querySelector(`a[href$="/${dir}/cite.ris"]`)).not.toBeNull();
  });
});
