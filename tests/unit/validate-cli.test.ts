import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/validate.ts');
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
  cpSync('content', join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const validate = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
const edit = (id: string, change: (text: string) => string) => {
  const path = join(root, 'content', 'models', `${id}.mdx`);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const addDraft = () => {
  copyFileSync('tests/fixtures/drafts/proposed-county.mdx', join(root, 'content', 'models', 'proposed-county.mdx'));
  copyFileSync('tests/fixtures/drafts/proposed-county.txt', join(root, 'content', 'sources', 'proposed-county.txt'));
};

describe('npm run validate', () => {
  it('passes the real entries and a draft full of proposals', () => {
    addDraft();
    const result = validate();
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('validate: 6 entries (5 curated, 1 drafts) pass\n');
    expect(result.status).toBe(0);
  });

  it("warns about a draft's unused candidate numbers without failing", () => {
    addDraft();
    edit('proposed-county', (text) => text.replace(/\n  - text: 2023年\n    paragraph: 4\n    reason: date\n    review: proposed/, ''));
    const result = validate();
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('content/models/proposed-county.mdx: candidates.numbers[7]: warning: “2023年” in ¶4 is neither a metric nor listed in excluded\n');
    expect(result.stderr).toContain('1 warning(s)');
  });

  it('refuses a curated entry that still holds a proposed item, naming the entry and the field path', () => {
    edit('xining-forestry-grassland', (text) => text.replace('\nmetrics:\n  - label:', '\nmetrics:\n  - review: proposed\n    label:'));
    const result = validate('--only', 'xining-forestry-grassland');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^content\/models\/xining-forestry-grassland\.mdx: metrics\[0\]: still `review: proposed` \(“.+”\) in an entry with draft: false/m);
  });

  it('refuses an invented figure in a summary', () => {
    edit('linxiang-forestry-336', (text) => text.replace('带动就业2万余人。', '带动就业2万余人，新增造林8888亩。'));
    const result = validate('--only', 'linxiang-forestry-336');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/models/linxiang-forestry-336.mdx: summary.zh: “8888亩”: not a metric, and not written so in the body');
  });
});
