import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitMdx } from '../../src/lib/ingest/draft.ts';

const manifest = JSON.parse(readFileSync('content/sources/manifest.json', 'utf8')) as Array<{ id: string }>;
const drafts = manifest
  .map(({ id }) => ({ id, data: parse(splitMdx(readFileSync(`content/models/${id}.mdx`, 'utf8')).frontmatter, { version: '1.1' }) as { draft: boolean } }))
  .filter((entry) => entry.data.draft)
  .map((entry) => entry.id);

const outDir = mkdtempSync(join(tmpdir(), 'atlas-production-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('production build without --drafts', () => {
  it('leaves every draft entry out', () => {
    // A clean environment: the test runner's NODE_ENV=test must not leak into the production build.
    const { NODE_ENV: _nodeEnv, ATLAS_DRAFTS: _drafts, ...env } = process.env;
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { encoding: 'utf8', env });
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    for (const id of drafts) expect(existsSync(join(outDir, 'models', id, 'index.html')), id).toBe(false);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const id of drafts) expect(home).not.toContain(`/models/${id}/`);
  });

  it('the --drafts build (dist/) includes them, marked as drafts', () => {
    for (const id of drafts) {
      const html = readFileSync(join('dist', 'models', id, 'index.html'), 'utf8');
      expect(html).toContain('class="draft-banner"');
    }
  });
});
