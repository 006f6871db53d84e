import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFrontmatter, splitEntry as splitMdx } from '../../src/lib/entries/entry-text.ts';

const SCRIPT = resolve('scripts/ingest.ts');
const FIXTURES = resolve('tests/fixtures');
const PAGES = resolve('tests/fixtures/ingest');
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

  it('gives the same entry body for the same text in GB18030, and refuses it as a second entry', () => {
    ingest(join(FIXTURES, 'unseen-big5.txt'), '--id', 'big5');
    const other = mkdtempSync(join(tmpdir(), 'ingest-'));
    try {
      spawnSync(process.execPath, [SCRIPT, join(FIXTURES, 'unseen-gb18030.txt'), '--id', 'gb', '--root', other]);
      const body = (dir: string, id: string) => splitMdx(readFileSync(join(dir, `content/models/${id}.mdx`), 'utf8')).body;
      expect(body(other, 'gb')).toBe(body(root, 'big5'));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    const { code, stderr } = ingest(join(FIXTURES, 'unseen-gb18030.txt'), '--id', 'gb');
    expect(code).toBe(1);
    expect(stderr).toMatch(/unseen-gb18030\.txt: the same text is already entry "big5" \(content\/models\/big5\.mdx\)/);
    expect(filesUnder(root)).not.toContain('content/models/gb.mdx');
  });

  it.each([
    ['missing', join(FIXTURES, 'no-such-file.txt'), /no-such-file\.txt: file not found/],
    ['empty', join(FIXTURES, 'encodings/empty.txt'), /empty\.txt: the file is empty/],
    ['binary', join(FIXTURES, 'encodings/binary.bin'), /binary\.bin: the file is binary/],
    ['undecodable', join(FIXTURES, 'encodings/undecodable.txt'), /undecodable\.txt: .*undecodable/],
    ['no Chinese', join(FIXTURES, 'encodings/latin.txt'), /latin\.txt: the file holds no Chinese text/],
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

describe('npm run ingest: saved web pages, limits and duplicates', () => {
  it('reads a saved page and keeps it byte for byte as content/sources/<id>.html, its source fields proposed', () => {
    const { code, stdout, stderr } = ingest(join(PAGES, 'county-gbk.html'), '--id', 'qinghe');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/created content\/models\/qinghe\.mdx \(GB18030, simplified\)/);
    expect(stdout).toMatch(/html-outside-article\s+23/);
    expect(readFileSync(join(root, 'content/sources/qinghe.html'))).toEqual(readFileSync(join(PAGES, 'county-gbk.html')));
    const data = parseFrontmatter(splitMdx(readFileSync(join(root, 'content/models/qinghe.mdx'), 'utf8')).frontmatter);
    expect(data['title']).toEqual({ zh: '青禾县自然资源局党支部开展“党建+林长制”主题党日活动', en: '', review: 'proposed' });
    expect(data['source']).toMatchObject({
      file: 'county-gbk.html', raw: 'content/sources/qinghe.html', encoding: 'GB18030', publisher: '青禾县自然资源局',
      published: '2024-03-12 15:20', url: 'https://www.qinghe-county.example/zwgk/bmdt/202403/t20240312_4521.html', review: 'proposed',
    });
    const manifest = JSON.parse(readFileSync(join(root, 'content/sources/manifest.json'), 'utf8'));
    expect(manifest).toEqual([expect.objectContaining({ id: 'qinghe', file: 'qinghe.html', original: 'county-gbk.html', encoding: 'GB18030' })]);
  });

  it('keeps a .htm page as .htm', () => {
    expect(ingest(join(PAGES, 'township-big5.htm'), '--id', 'baishi').code).toBe(0);
    expect(filesUnder(root)).toContain('content/sources/baishi.htm');
  });

  it('refuses text over 1 MB, naming the file and the size, writing nothing; --max-bytes raises the limit', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'big-')), 'big.txt');
    const paragraph = '　　今年以来，某县林业局坚持党建引领，推行林长制，全县组建护林队伍37支，巡护面积12.5万亩。\n';
    writeFileSync(big, paragraph.repeat(Math.ceil(1_100_000 / Buffer.byteLength(paragraph))));
    const size = readFileSync(big).length;
    try {
      const refused = ingest(big, '--id', 'big');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(`ingest: ${big}: its text is 1.0 MB (${size.toLocaleString('en-US')} bytes) decoded, over the 1.0 MB (1,048,576 bytes) limit; raise the limit with --max-bytes ${size} if it is really one source\n`);
      expect(filesUnder(root)).toEqual([]);
      const huge = ingest(big, '--id', 'big', '--max-bytes', '400000');
      expect(huge.stderr).toMatch(/big\.txt: the file is 1\.0 MB \([0-9,]+ bytes\), so its text is over the 0\.4 MB \(400,000 bytes\) limit/);
      const allowed = ingest(big, '--id', 'big', '--max-bytes', String(size));
      expect(allowed.stderr).toBe('');
      expect(allowed.code).toBe(0);
    } finally {
      rmSync(join(big, '..'), { recursive: true, force: true });
    }
  });

  it('refuses the same page under another encoding or id, naming the entry that has it', () => {
    expect(ingest(join(PAGES, 'county-hanweb.utf8.txt'), '--id', 'yunxi').code).toBe(0);
    for (const variant of ['county-hanweb.gbk.txt', 'county-hanweb.big5.txt', 'county-hanweb.utf16le.txt', 'county-hanweb.utf16be.txt']) {
      const { code, stderr } = ingest(join(PAGES, variant), '--id', 'yunxi-copy');
      expect(code, variant).toBe(1);
      expect(stderr).toMatch(new RegExp(`${variant.replace(/\./g, '\\.')}: the same text is already entry "yunxi" \\(content/models/yunxi\\.mdx\\)`));
    }
    expect(ingest(join(PAGES, 'township-party.utf8.txt'), '--id', 'baishi').code).toBe(0);
    const { stderr } = ingest(join(PAGES, 'township-party.big5.txt'), '--id', 'baishi-big5');
    expect(stderr).toMatch(/a near-identical copy \(9\d\.\d% of its text in common\) is already entry "baishi"/);
    expect(filesUnder(root).filter((f) => f.startsWith('content/models/'))).toEqual(['content/models/baishi.mdx', 'content/models/yunxi.mdx']);
    // The same id with --force still regenerates.
    expect(ingest(join(PAGES, 'county-hanweb.utf8.txt'), '--id', 'yunxi', '--force').code).toBe(0);
  });
});

describe('npm run ingest: several files or a folder', () => {
  it('ingests a folder and files in one run, a progress line each, a summary table, exit 1 when any failed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pages-'));
    try {
      for (const name of ['province-trs.gbk.txt', 'forest-farm.utf16le.txt', 'notes.md']) cpSync(join(PAGES, name.endsWith('.md') ? 'make.mjs' : name), join(folder, name));
      cpSync(join(FIXTURES, 'encodings/binary.bin'), join(folder, 'broken.txt'));
      const { code, stdout, stderr } = ingest(folder, join(PAGES, 'city-bureau.utf16be.txt'));
      expect(code).toBe(1);
      const progress = stdout.split('\n').filter((l) => /^\[\d\/4\]/.test(l));
      expect(progress).toEqual([
        expect.stringMatching(/^\[1\/4\] .*broken\.txt → failed$/),
        expect.stringMatching(/^\[2\/4\] .*forest-farm\.utf16le\.txt → created content\/models\/forest-farm-utf16le\.mdx \(UTF-16LE, simplified\)$/),
        expect.stringMatching(/^\[3\/4\] .*province-trs\.gbk\.txt → created content\/models\/province-trs-gbk\.mdx \(GB18030, simplified\)$/),
        expect.stringMatching(/^\[4\/4\] .*city-bureau\.utf16be\.txt → created content\/models\/city-bureau-utf16be\.mdx \(UTF-16BE, simplified\)$/),
      ]);
      expect(stderr).toMatch(/broken\.txt: the file is binary, not text/);
      expect(stdout).toMatch(/^file +id +result +encoding +¶ +removed by cleaning$/m);
      expect(stdout).toMatch(/province-trs\.gbk\.txt +province-trs-gbk +created +GB18030 +4 +.*breadcrumb 1.*abstract-to-source 1/);
      expect(stdout).toMatch(/broken\.txt +failed +the file is binary, not text/);
      expect(stdout).toMatch(/^3 of 4 ingested, 1 failed$/m);
      expect(filesUnder(root).filter((f) => f.includes('broken'))).toEqual([]);
      expect(filesUnder(root).filter((f) => f.startsWith('content/models/'))).toHaveLength(3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 0 when every file went in', () => {
    const { code, stdout } = ingest(join(PAGES, 'body-guard.utf8.txt'), join(PAGES, 'province-utf8.html'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2 of 2 ingested, 0 failed$/m);
  });

  it('takes --id only with a single file', () => {
    const { code, stderr } = ingest(join(PAGES, 'body-guard.utf8.txt'), join(PAGES, 'province-utf8.html'), '--id', 'x');
    expect(code).toBe(2);
    expect(stderr).toBe('ingest: --id names one entry, but 2 files were given\n');
    expect(filesUnder(root)).toEqual([]);
  });

  it('says so when a folder holds no source files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    try {
      const { code, stderr } = ingest(empty);
      expect(code).toBe(2);
      expect(stderr).toMatch(/no \.txt, \.html or \.htm files in /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

