import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './harness.ts';

// A copy of the real content plus two fresh drafts ingested by the real CLI — the unseen Big5 text fixture and
// a saved web page in GBK — built with and without --drafts.
const work = mkdtempSync(join(tmpdir(), 'atlas-drafts-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(outDir: string, ...flags: string[]) {
  return buildSite(outDir, { ATLAS_CONTENT_DIR: content }, flags);
}

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', 'tests/fixtures/unseen-big5.txt', '--id', 'unseen-draft', '--root', work], { encoding: 'utf8' });
  expect(ingest.status, ingest.stderr).toBe(0);
  const page = spawnSync(process.execPath, ['scripts/ingest.ts', 'tests/fixtures/ingest/county-gbk.html', '--id', 'saved-page-draft', '--root', work], { encoding: 'utf8' });
  expect(page.status, page.stderr).toBe(0);
});

describe('draft entries', () => {
  it('are left out of a production build', () => {
    const out = join(work, 'production');
    const result = build(out);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'models', 'unseen-draft', 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'models', 'saved-page-draft', 'index.html'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('/models/unseen-draft/');
  });

  it('are built with --drafts, marked as drafts, and kept out of the open data', () => {
    const out = join(work, 'with-drafts');
    const result = build(out, '--drafts');
    expect(result.status, result.stderr).toBe(0);
    const page = readFileSync(join(out, 'models', 'unseen-draft', 'index.html'), 'utf8');
    expect(page).toContain('class="draft-banner"');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('/models/unseen-draft/');
    expect(readFileSync(join(out, 'data', 'models.json'), 'utf8')).not.toContain('unseen-draft');
    const saved = readFileSync(join(out, 'models', 'saved-page-draft', 'index.html'), 'utf8');
    expect(saved).toContain('class="draft-banner"');
    expect(saved).toContain('青禾县自然资源局党支部开展“党建+林长制”主题党日活动');
    expect(saved).toContain('把党课课堂搬进林区一线');
  });
});
