import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './harness.ts';

// Copies the real content, breaks one curated fact on purpose and builds: the build must fail and say
// which file, which field and why.
const work = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(mutate: (text: string) => string, file: string) {
  const content = join(work, `content-${Math.random().toString(36).slice(2)}`);
  cpSync('content', content, { recursive: true });
  const path = join(content, 'models', file);
  writeFileSync(path, mutate(readFileSync(path, 'utf8')));
  return buildSite(join(content, 'dist'), { ATLAS_CONTENT_DIR: content });
}

const curated = readdirSync('content/models').filter((f) => f.endsWith('.mdx') && /^draft: false$/m.test(readFileSync(`content/models/${f}`, 'utf8')));

describe('a build with a broken entry', () => {
  it('fails naming the file, the field and the reason when a metric quote is not in the source', () => {
    const file = curated[0]!;
    const result = buildWith((text) => text.replace(/(\n  - label:[\s\S]*?\n    quote: )(['"]?)(.)/, '$1$2改$3'), file);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`content/models/${file}: metrics[0].quote: “改`);
    expect(output).toContain('is not a verbatim substring of the cleaned body');
  });

  it('fails giving the length found and the limit when a short name is too long (the loader explains Astro’s schema error)', () => {
    const file = curated[0]!;
    const result = buildWith((text) => text.replace(/(\nshort:\n  zh: )(.+)/, '$1一个远远超过十六个字的简称用来测试长度错误'), file);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`content/models/${file}:\nshort.zh: is 21 characters long (“一个远远超过十六个字的简称用来测试长度错误”); at most 16 characters allowed`);
  });

  it('fails naming the file and field when a region is misspelt', () => {
    const file = curated[0]!;
    const result = buildWith((text) => text.replace(/(\n  province: )(.+)/, '$1火星省'), file);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(file.replace('.mdx', ''));
    expect(output).toMatch(/region\.province.*“火星省” is not a provincial-level division/);
  });
});
