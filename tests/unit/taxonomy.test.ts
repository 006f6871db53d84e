import { describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../src/lib/entries/read.ts';

describe('content/taxonomy', () => {
  // Read (and checked against the schemas) the way validate reads it.
  const { categories, glossary } = readTaxonomy(process.cwd());

  // Few enough categories for a matrix a reader can take in; the 19 drawn from the five sources and the two that
  // real county pages needed (digital monitoring, pest and disease control).
  it('has 12–24 mechanism categories with unique ids and aliases in every script and language', () => {
    expect(categories.length).toBeGreaterThanOrEqual(12);
    expect(categories.length).toBeLessThanOrEqual(24);
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

  it('has the categories real county pages need beyond the five sources', () => {
    const byId = new Map(categories.map((c) => [c.id, c]));
    expect(byId.get('digital-monitoring')?.aliases.zh).toEqual(expect.arrayContaining(['智慧林业', '天空地一体化监测', '监测网络', '视频监控', '无人机巡护']));
    expect(byId.get('pest-disease')?.aliases.zh).toEqual(expect.arrayContaining(['林业有害生物防治', '松材线虫病', '病虫害']));
  });

  it('gives no alias to two categories (search would not know where to send it)', () => {
    const owners = new Map<string, string[]>();
    for (const c of categories) for (const alias of [...c.aliases.zh, ...c.aliases.traditional]) owners.set(alias, [...(owners.get(alias) ?? []), c.id]);
    expect([...owners].filter(([, ids]) => new Set(ids).size > 1)).toEqual([]);
  });
});
