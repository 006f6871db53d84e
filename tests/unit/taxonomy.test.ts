import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { glossaryTermSchema, mechanismCategorySchema } from '../../src/schemas/taxonomy.ts';

const load = (name: string) => parse(readFileSync(`content/taxonomy/${name}`, 'utf8')) as unknown[];

describe('content/taxonomy', () => {
  const categories = load('mechanisms.yaml').map((item) => mechanismCategorySchema.parse(item));
  const glossary = load('glossary.yaml').map((item) => glossaryTermSchema.parse(item));

  it('has 12–20 mechanism categories with unique ids and aliases in every script and language', () => {
    expect(categories.length).toBeGreaterThanOrEqual(12);
    expect(categories.length).toBeLessThanOrEqual(20);
    expect(new Set(categories.map((c) => c.id)).size).toBe(categories.length);
    for (const c of categories) {
      for (const kind of ['zh', 'traditional', 'pinyin', 'en'] as const) expect(c.aliases[kind].length, `${c.id} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('defines the terms readers stumble on', () => {
    const terms = glossary.map((g) => g.term);
    for (const term of ['林长制', '两新组织', '两委', '四旁五边', '三重一大', '四种形态', '一岗双责', '三会一课']) expect(terms).toContain(term);
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
  });

  it('finds 林长制 under every name a reader might type', () => {
    const forestChief = categories.find((c) => c.id === 'forest-chief');
    expect(forestChief?.aliases.traditional).toContain('林長制');
    expect(forestChief?.aliases.pinyin).toContain('linzhangzhi');
    expect(forestChief?.aliases.en).toContain('forest chief scheme');
    expect(forestChief?.name.en).toBe('Forest chief system');
  });
});
