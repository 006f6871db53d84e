import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { citationFile } from '../../src/lib/cite/files.ts';
import { pageItem, sourceItem, STYLES, type CslItem } from '../../src/lib/cite/index.ts';
import { refreshFile, segments, UNCONFIGURED_ORIGIN, writeDate, type FileKind } from '../../src/lib/cite/live.ts';
import { citationSet } from '../../src/lib/cite/page.ts';
import { readCuratedTemplates } from '../../src/lib/entries/read.ts';

// Each format the site hands out, read back by a real reader: citation-js's RIS and BibTeX parsers, and the
// published CSL-JSON schema (tests/fixtures/csl-schema) with ajv. Items come from the real entries.
const models = readCuratedTemplates('.').map((m) => m.data);
const sources = models.map((m) =>
  sourceItem({ key: `source-${m.id}`, title: m.title.zh, publisher: m.source.publisher, author: m.source.author, published: m.source.published, url: m.source.url, accessed: '2026-11-22' }),
);
const pages = models.map((m) =>
  pageItem({ key: `model-${m.id}`, title: m.title.zh, url: `https://atlas.example.net/atlas/models/${m.id}/`, site: '党建引领生态模式对照', accessed: '2026-11-22', language: 'zh-CN' }),
);
const schema = JSON.parse(readFileSync('tests/fixtures/csl-schema/csl-data.json', 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);

/** What a reader keeps of an item: title, authors, date, address and access date. */
function essentials(item: Record<string, unknown>) {
  const date = (d: unknown) => (d as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.map(Number) ?? null;
  const names = (item['author'] as Array<{ literal?: string; family?: string }> | undefined)?.map((a) => a.literal ?? a.family) ?? [];
  return { title: item['title'], author: names, issued: date(item['issued'])?.slice(0, 1) ?? null, URL: item['URL'] ?? null, accessed: date(item['accessed']) };
}

describe('citation formats read back', () => {
  const items: CslItem[] = [...pages, ...sources];

  it.each(items.map((item) => [item.id, item] as const))('%s: RIS read by citation-js holds its title, authors, year, URL and access date', (_, item) => {
    const [read] = new Cite(citationSet(item).ris).data;
    expect(essentials(read!)).toEqual(essentials(item as unknown as Record<string, unknown>));
  });

  it.each(items.map((item) => [item.id, item] as const))('%s: BibTeX read by citation-js holds its title, authors, year and URL', (_, item) => {
    const [read] = new Cite(citationSet(item).bibtex).data;
    const { accessed: _a, ...kept } = essentials(read!);
    const { accessed: _b, ...expected } = essentials(item as unknown as Record<string, unknown>);
    expect(kept).toEqual(expected);
  });

  it.each(items.map((item) => [item.id, item] as const))('%s: CSL-JSON is valid by the published CSL-JSON schema', (_, item) => {
    expect(validate(JSON.parse(citationSet(item).cslJson)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema is the real one: it refuses what CSL-JSON forbids', () => {
    expect(validate([{ id: 'x', type: 'web page' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'webpage', author: [{ name: 'x' }] }])).toBe(false);
  });

  it('a citation file of a page and its source holds both, in each format; without SITE_URL no URL and a note instead', () => {
    const local = pageItem({ key: 'p', title: '临湘', url: `${UNCONFIGURED_ORIGIN}/models/linxiang-forestry-336/`, site: '党建引领生态模式对照', accessed: '2026-11-22', language: 'zh-CN' });
    for (const kind of ['ris', 'bib', 'json'] as FileKind[]) {
      const text = citationFile([local, sources[0]!], kind, '本地构建，未配置站点地址');
      expect(text).not.toContain('.invalid');
      const read = kind === 'json' ? JSON.parse(text) : new Cite(text).data;
      expect(read).toHaveLength(2);
      expect(read[0].URL).toBeUndefined();
      if (kind !== 'bib') expect(read[0].note).toContain('未配置站点地址');
    }
  });
});

describe('citations that are right', () => {
  const linxiang = sources.find((s) => s.id === 'source-linxiang-forestry-336')!;

  it('the undated Linxiang source has no year in any style, and no author the page does not show', () => {
    const set = citationSet(linxiang);
    for (const ref of set.references) {
      expect(ref.text, ref.style).not.toMatch(/\d{4}/);
      expect(ref.text.replace(/^\[1\] /, ''), ref.style).toMatch(/^临湘市林业局“336”党建模式/);
    }
    expect(linxiang.author).toBeUndefined();
    expect(new Cite(set.ris).data[0]!['issued']).toBeUndefined();
  });

  it('every source names as author whom its entry records (its authors, else its publisher), never the body the model is about', () => {
    for (const [i, model] of models.entries()) {
      const expected = model.source.author ?? model.source.publisher;
      const names = sources[i]!.author?.map((a) => a.literal).join(' ') ?? null;
      expect(names, model.id).toBe(expected);
    }
  });

  it('marks the access date and the stand-in origin in every style, so the page can put in the reader’s', () => {
    const local = pageItem({ key: 'p', title: '临湘', url: `${UNCONFIGURED_ORIGIN}/en/models/x/#p-3`, site: 'Atlas', accessed: '2026-11-22', language: 'en' });
    const later = { ...local, accessed: { 'date-parts': [[2027, 1, 5]] as [[number, number, number]] } };
    for (const style of STYLES) {
      const parts = segments(citationSet(local).references.find((r) => r.style === style.id)!.text, '2026-11-22');
      // Filled with another day and a real origin, the segments give what citeproc writes for them.
      const filled = parts.map((p) => (typeof p === 'string' ? p : 'accessed' in p ? writeDate('2027-01-05', p.style) : 'http://localhost:4321')).join('');
      const expected = citationSet({ ...later, URL: later.URL!.replace(UNCONFIGURED_ORIGIN, 'http://localhost:4321') }).references.find((r) => r.style === style.id)!.text;
      expect(filled, style.id).toBe(expected);
      expect(parts.some((p) => typeof p !== 'string' && 'accessed' in p), style.id).toBe(true);
    }
  });

  it('a downloaded file with the reader’s day and origin is the file citation-js writes for them', () => {
    const local = pageItem({ key: 'p', title: '临湘市林业局“336”党建模式', url: `${UNCONFIGURED_ORIGIN}/models/x/`, site: '党建引领生态模式对照', accessed: '2026-11-22', language: 'zh-CN' });
    const later = { ...local, accessed: { 'date-parts': [[2027, 1, 5]] as [[number, number, number]] }, URL: 'http://127.0.0.1:8080/models/x/' };
    const [now, then] = [citationSet(local), citationSet(later)];
    expect(refreshFile(now.ris, 'ris', '2026-11-22', '2027-01-05', 'http://127.0.0.1:8080')).toBe(then.ris);
    expect(refreshFile(now.bibtex, 'bib', '2026-11-22', '2027-01-05', 'http://127.0.0.1:8080')).toBe(then.bibtex);
    expect(refreshFile(now.cslJson, 'json', '2026-11-22', '2027-01-05', 'http://127.0.0.1:8080')).toBe(then.cslJson);
  });
});
