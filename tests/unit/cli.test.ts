import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitEntry as splitMdx } from '../../src/lib/entries/entry-text.ts';

const SCRIPT = resolve('scripts/ingest.ts');
const FIXTURES = resolve('tests/fixtures');
const SOURCES = resolve('content/sources');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ingest-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args, '--root', root], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under root, so a failed run can be shown to have written nothing. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(root.length + 1))
    .sort();
}

describe('npm run ingest', () => {
  it('turns an unseen Big5 Traditional source into a draft and copies the raw file', () => {
    const { code, stdout } = ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'unseen-county');
    expect(code).toBe(0);
    expect(stdout).toMatch(/created content\/models\/unseen-county\.mdx \(Big5, traditional\)/);
    expect(filesUnder(root)).toEqual(['content/models/unseen-county.mdx', 'content/sources/manifest.json', 'content/sources/unseen-county.txt']);
    expect(readFileSync(join(root, 'content/sources/unseen-county.txt'))).toEqual(readFileSync(join(FIXTURES, 'unseen-big5.txt')));
    const { frontmatter, body } = splitMdx(readFileSync(join(root, 'content/models/unseen-county.mdx'), 'utf8'));
    expect(frontmatter).toContain('draft: true');
    expect(frontmatter).toContain('encoding: Big5');
    expect(frontmatter).toContain('publisher: 某县林业局');
    // Every character of content survives, literal brackets and braces included (escaped for MDX).
    expect(body).toContain('全县组建护林队伍\\<3支以上>,巡护面积\\{不少于}12.5万亩');
    expect(body).not.toMatch(/\(y[eè]\)|版权|扫一扫|投稿|&nbsp;|<strong>/);
  });

  it('gives the same entry body for the same text in GB18030', () => {
    ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'big5');
    ingest(join(FIXTURES, 'unseen-gb18030.txt'), '--id', 'gb');
    const body = (id: string) => splitMdx(readFileSync(join(root, `content/models/${id}.mdx`), 'utf8')).body;
    expect(body('gb')).toBe(body('big5'));
  });

  it.each([
    ['missing', join(FIXTURES, 'no-such-file.txt'), /no-such-file\.txt: file not found/],
    ['empty', join(FIXTURES, 'encodings/empty.txt'), /empty\.txt: the file is empty/],
    ['binary', join(FIXTURES, 'encodings/binary.bin'), /binary\.bin: the file is binary/],
    ['undecodable', join(FIXTURES, 'encodings/undecodable.txt'), /undecodable\.txt: .*undecodable/],
    ['no Chinese', join(FIXTURES, 'encodings/latin.txt'), /latin\.txt: the file holds no Chinese text/],
    ['a directory', FIXTURES, /fixtures: not a regular file/],
  ])('refuses a %s file with one clear line and writes nothing', (_case, file, message) => {
    const { code, stderr } = ingest(file, '--id', 'x');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(filesUnder(root)).toEqual([]);
  });

  it('refuses an id that is not a slug', () => {
    const { code, stderr } = ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'Bad Id');
    expect(code).toBe(1);
    expect(stderr).toMatch(/id "Bad Id" is not a slug/);
    expect(filesUnder(root)).toEqual([]);
  });

  it('refuses an existing id without --force and leaves it untouched', () => {
    ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'county');
    const before = readFileSync(join(root, 'content/models/county.mdx'), 'utf8');
    const { code, stderr } = ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'county');
    expect(code).toBe(1);
    expect(stderr).toMatch(/entry "county" already exists .*use --force/);
    expect(readFileSync(join(root, 'content/models/county.mdx'), 'utf8')).toBe(before);
  });

  it('refuses the same raw file under a second id', () => {
    ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'county');
    const { code, stderr } = ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'county-again');
    expect(code).toBe(1);
    expect(stderr).toMatch(/already ingested as "county"/);
    expect(filesUnder(root)).not.toContain('content/models/county-again.mdx');
  });

  it('refuses to replace a raw file with different bytes under the same id', () => {
    ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'county');
    const { code, stderr } = ingest(join(FIXTURES, 'unseen-gb18030.txt'), '--id', 'county', '--force');
    expect(code).toBe(1);
    expect(stderr).toMatch(/already holds a different file/);
  });

  it('with --force regenerates only the body, candidate lists and what is still proposed, keeping curated frontmatter and comments', () => {
    ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'county');
    const path = join(root, 'content/models/county.mdx');
    const original = readFileSync(path, 'utf8');
    // A person rewrites the proposed title and confirms it (deletes its `review: proposed`).
    const curated = original
      .replace(/title:\n  zh: .*\n  en: (?:""|'')\n  review: proposed/, 'title:\n  zh: 某县“绿水护林”党建品牌 # curated by hand\n  en: A county forestry bureau\'s brand')
      .replace(/paragraphs: \d+/, 'paragraphs: 99')
      .replace(/\n---\n\n[\s\S]*$/, '\n---\n\n被改坏的正文。\n');
    writeFileSync(path, curated);
    const { code } = ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'county', '--force');
    expect(code).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('zh: 某县“绿水护林”党建品牌 # curated by hand');
    expect(after).toContain("en: A county forestry bureau's brand");
    expect(after).toContain('draft: true');
    expect(after).toContain('paragraphs: 3');
    expect(after).not.toContain('被改坏的正文');
    expect(splitMdx(after).body).toBe(splitMdx(original).body);
  });

  it('ingests each of the five real sources', () => {
    const manifest = JSON.parse(readFileSync(join(SOURCES, 'manifest.json'), 'utf8')) as Array<{ id: string; file: string }>;
    for (const { id, file } of manifest) {
      const copy = join(root, file.replace('.txt', '-raw.txt'));
      cpSync(join(SOURCES, file), copy);
      const { code, stderr } = ingest(copy, '--id', id);
      expect(stderr, id).toBe('');
      expect(code, id).toBe(0);
    }
    expect(filesUnder(root).filter((f) => f.startsWith('content/models/'))).toHaveLength(5);
  });
});
