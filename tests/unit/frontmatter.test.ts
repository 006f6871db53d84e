import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/entries/entry-text.ts';
import { dumpYaml, replaceTopLevelKeys } from '../../src/lib/ingest/frontmatter.ts';

const CURATED = `# A person's note on the entry
id: county
title:
  zh: 某县 # kept by hand
  en: A county

# generated below
paragraphs: 3
candidates:
  numbers: []
summary:
  zh: 正文。
`;

describe('frontmatter writing', () => {
  it('replaces only the keys a tool owns, keeping every other line, its order and its comments', () => {
    const out = replaceTopLevelKeys(CURATED, { paragraphs: 5, candidates: { numbers: [{ text: '3个' }] } });
    expect(out).toContain("# A person's note on the entry\nid: county\ntitle:\n  zh: 某县 # kept by hand\n  en: A county\n\n# generated below\nparagraphs: 5\n");
    expect(out).toContain('summary:\n  zh: 正文。\n');
    expect(parseFrontmatter(out)).toMatchObject({ paragraphs: 5, candidates: { numbers: [{ text: '3个' }] }, summary: { zh: '正文。' } });
  });

  it('appends a key the text does not have yet', () => {
    const out = replaceTopLevelKeys(CURATED, { headings: [] });
    expect(out.endsWith('headings: []\n')).toBe(true);
    expect(out.startsWith(CURATED.trimEnd())).toBe(true);
  });

  it('refuses a key that appears twice', () => {
    expect(() => replaceTopLevelKeys('a: 1\na: 2\n', { a: 3 })).toThrow(/“a:” twice/);
  });

  it('quotes strings that would read back as something else', () => {
    const data = { published: '2022-09-26 09:26:10', code: '336', word: 'null', adcode: '430682' };
    expect(parseFrontmatter(dumpYaml(data))).toEqual(data);
  });
});
