import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntry } from '../../src/lib/entries/read.ts';
import { proposedItems, untranslatedFields } from '../../src/lib/review/index.ts';
import { axeViolations, htmlProblems } from './checks.ts';
import { buildSite, launchBrowser, startPreview } from './harness.ts';

// A copy of the real content plus three drafts: two fresh ones ingested by the real CLI (the unseen Big5 text
// fixture and a saved web page in GBK) and a hand-made one full of proposals and English still to write
// (tests/fixtures/drafts/proposed-county.mdx), built with and without --drafts. A second copy also has a
// curated entry that still holds a proposal.
const work = mkdtempSync(join(tmpdir(), 'atlas-drafts-'));
const content = join(work, 'content');
const withProposal = join(work, 'content-proposal');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DRAFT = 'proposed-county';
const CURATED = 'linxiang-forestry-336';

function build(contentDir: string, outDir: string, ...flags: string[]) {
  return buildSite(outDir, { ATLAS_CONTENT_DIR: contentDir }, flags);
}

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', 'tests/fixtures/unseen-big5.txt', '--id', 'unseen-draft', '--root', work], { encoding: 'utf8' });
  expect(ingest.status, ingest.stderr).toBe(0);
  const page = spawnSync(process.execPath, ['scripts/ingest.ts', 'tests/fixtures/ingest/county-gbk.html', '--id', 'saved-page-draft', '--root', work], { encoding: 'utf8' });
  expect(page.status, page.stderr).toBe(0);
  copyFileSync(`tests/fixtures/drafts/${DRAFT}.mdx`, join(content, 'models', `${DRAFT}.mdx`));
  copyFileSync(`tests/fixtures/drafts/${DRAFT}.txt`, join(content, 'sources', `${DRAFT}.txt`));
  cpSync(content, withProposal, { recursive: true });
  const file = join(withProposal, 'models', `${CURATED}.mdx`);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('\nmetrics:\n  - label:');
  writeFileSync(file, text.replace('\nmetrics:\n  - label:', '\nmetrics:\n  - review: proposed\n    label:'));
});

/** The fixture as the tools read it: what the page must mark. */
const fixture = () => readEntry(work, DRAFT).data;
const marked = (html: string, attribute: string) => [...html.matchAll(new RegExp(`${attribute}="([^"]+)"`, 'g'))].map((m) => m[1]);

describe('draft entries', () => {
  it('are left out of a production build', () => {
    const out = join(work, 'production');
    const result = build(content, out);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'models', 'unseen-draft', 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'models', DRAFT, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'models', 'saved-page-draft', 'index.html'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('/models/unseen-draft/');
  }, 300_000);

  it('a production build refuses a curated entry that still holds a proposed item, naming the entry and the field', () => {
    const result = build(withProposal, join(work, 'refused'));
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`content/models/${CURATED}.mdx: metrics[0]: still \`review: proposed\``);
  }, 300_000);

  describe('with --drafts', () => {
    const out = join(work, 'with-drafts');
    const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

    beforeAll(() => {
      // The curated entry with a proposal is allowed here, and marked.
      const result = build(withProposal, out, '--drafts');
      expect(result.status, result.stderr).toBe(0);
    }, 300_000);

    it('are built, marked as drafts, and kept out of the open data', () => {
      expect(page('models/unseen-draft')).toContain('class="draft-banner"');
      expect(page('')).toContain('/models/unseen-draft/');
      expect(readFileSync(join(out, 'data', 'models.json'), 'utf8')).not.toContain('unseen-draft');
      expect(readFileSync(join(out, 'data', 'models.json'), 'utf8')).not.toContain(DRAFT);
    });

    it('mark each proposed item the page shows, in both editions (20 in the fixture)', () => {
      // Every proposal but the exclusions, which pages do not list (npm run review does).
      const shown = proposedItems(fixture()).map((i) => i.field).filter((f) => !f.startsWith('excluded['));
      expect(shown).toHaveLength(20);
      for (const path of [`models/${DRAFT}`, `en/models/${DRAFT}`]) expect(marked(page(path), 'data-proposed').sort()).toEqual([...shown].sort());
      expect(page(`models/${DRAFT}`)).toContain('<span class="badge badge-proposed" data-proposed="metrics[0]">待核对</span>');
      expect(page(`en/models/${DRAFT}`)).toContain('<span class="badge badge-proposed" data-proposed="metrics[0]">Proposed, not yet checked</span>');
    });

    it('render the proposals as facts: the draft shows its formulas, mechanisms by category and figures', () => {
      const html = page(`models/${DRAFT}`);
      for (const id of ['formulas', 'mechanisms', 'metrics', 'slogans', 'notes']) expect(html).toContain(`id="${id}"`);
      expect(html).toContain('/mechanisms/digital-monitoring/');
      expect(html).not.toContain('id="summary"');
    });

    it('show an untranslated item in Chinese with a mark on the English page, and leave the Chinese page alone', () => {
      const en = page(`en/models/${DRAFT}`);
      const title = fixture().title.zh;
      expect(en).toMatch(new RegExp(`<h1><span lang="zh-CN">${title}</span> <span class="badge badge-untranslated" data-untranslated="title.en">Not yet translated</span>`));
      expect(en).toContain('<span lang="zh-CN">森林防火视频监控点</span> <span class="badge badge-untranslated" data-untranslated="metrics[0].label.en">Not yet translated</span>');
      // A note whose English is still '' (the region's): its Chinese, marked, on the English page.
      expect(en).toContain('<span lang="zh-CN">正文写“崇义县”；省、市由行政区划得出。</span> <span class="badge badge-untranslated" data-untranslated="region.note.en">Not yet translated</span>');
      expect(marked(en, 'data-untranslated').sort()).toEqual(untranslatedFields(fixture()).map((i) => i.field).sort());
      expect(page(`models/${DRAFT}`)).not.toContain('data-untranslated');
    });

    it('mark a curated entry’s proposal too, where drafts are shown', () => {
      expect(marked(page(`models/${CURATED}`), 'data-proposed')).toEqual(['metrics[0]']);
    });

    it('the marked pages are valid HTML and pass axe (WCAG 2.2 AA)', async () => {
      const paths = [`models/${DRAFT}`, `en/models/${DRAFT}`, `models/${CURATED}`, `en/models/${CURATED}`];
      expect(await htmlProblems(out, paths.map((p) => `${p}/index.html`))).toEqual([]);
      const [browser, server] = await Promise.all([launchBrowser(), startPreview({ outDir: out })]);
      try {
        for (const path of paths) expect(await axeViolations(browser, `${server.url}${path}/`), path).toEqual([]);
      } finally {
        await browser.close();
        await server.stop();
      }
    }, 120_000);

    it('a saved web page becomes a draft with its article', () => {
      const saved = page('models/saved-page-draft');
      expect(saved).toContain('class="draft-banner"');
      expect(saved).toContain('青禾县自然资源局党支部开展“党建+林长制”主题党日活动');
      expect(saved).toContain('把党课课堂搬进林区一线');
    });
  });
});
