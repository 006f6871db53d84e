import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { toString as hastToString } from 'hast-util-to-string';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxToParagraphs } from '../../src/lib/entries/body.ts';
import { parseFrontmatter, splitEntry as splitMdx } from '../../src/lib/entries/entry-text.ts';
import { ingestBytes } from '../../src/lib/ingest/index.ts';
import { manifestSchema } from '../../src/lib/ingest/manifest.ts';
import { paragraphsToMdx } from '../../src/lib/ingest/mdx.ts';

/** Visible text of each top-level <p>, as Sätteri (Astro 7's MDX processor) compiles the body. */
function satteriParagraphs(body: string): string[] {
  const root = mdxToHast(body) as unknown as { children: Array<{ type: string; tagName?: string }> };
  return root.children
    .filter((node) => node.type === 'element')
    .map((node) => (node.tagName === 'p' ? hastToString(node as never) : `«${node.tagName}»`));
}

const HOSTILE = [
  '护林队伍<3支以上>,面积{不少于}12.5万亩。',
  '# 不是标题 * 不是列表 _强调_ `代码` | 表格 | 竖线 |',
  '1. 这不是有序列表的开头',
  '- 也不是无序列表',
  '> 也不是引用',
  '<div>看似标签</div> {变量} <Component /> import x from "y"',
  'export const a = 1',
  '反斜杠 \\ 和 \\{ 以及 &amp; 实体样子 &nbsp;',
  '[链接](不是链接) ![图](不是图) ~~删除~~ http://example.org',
  '---',
  '===',
];

describe('MDX bodies', () => {
  it('survive hostile text: remark parses back the same paragraphs', () => {
    const body = paragraphsToMdx(HOSTILE);
    expect(mdxToParagraphs(body)).toEqual(HOSTILE);
  });

  it('survive hostile text: Sätteri (what Astro renders with) shows exactly the cleaned text', () => {
    expect(satteriParagraphs(paragraphsToMdx(HOSTILE))).toEqual(HOSTILE);
  });

  it('compile with @mdx-js/mdx as well', async () => {
    await expect(compile(paragraphsToMdx(HOSTILE))).resolves.toBeDefined();
  });

  const manifest = manifestSchema.parse(JSON.parse(readFileSync('content/sources/manifest.json', 'utf8')));
  it.each(manifest)('$id: the entry body renders exactly the cleaned paragraphs of its raw source', ({ id, file }) => {
    const cleaned = ingestBytes(readFileSync(`content/sources/${file}`)).paragraphs;
    const { body } = splitMdx(readFileSync(`content/models/${id}.mdx`, 'utf8'));
    expect(satteriParagraphs(body)).toEqual(cleaned);
    expect(mdxToParagraphs(body)).toEqual(cleaned);
  });
});

describe('entries stay in step with ingest', () => {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync('content/sources/manifest.json', 'utf8')));
  it.each(manifest)('$id: generated fields match what ingest produces today (else run ingest --force)', ({ id, file }) => {
    const result = ingestBytes(readFileSync(`content/sources/${file}`));
    const { frontmatter } = splitMdx(readFileSync(`content/models/${id}.mdx`, 'utf8'));
    const data = parseFrontmatter(frontmatter);
    expect(data['paragraphs']).toBe(result.paragraphs.length);
    expect(data['headings']).toEqual(result.headings);
    expect(data['cleaning']).toEqual(result.report);
    expect(data['candidates']).toEqual(result.candidates);
  });
});
