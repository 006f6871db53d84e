import { describe, expect, it } from 'vitest';
import { checkCollection, checkEntry, formatIssues, type EntryToCheck } from '../../src/lib/integrity.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';
import { goodEntry, PARAGRAPHS } from '../fixtures/curated-entry.ts';

const TAXONOMY = { categories: new Set(['liaison', 'responsibility']), terms: new Set(['linzhangzhi']) };
const asEntry = (data: CuratedModel, paragraphs: readonly string[] = PARAGRAPHS): EntryToCheck => ({
  file: `content/models/${data.id}.mdx`,
  data,
  paragraphs,
});
const issuesOf = (mutate: (e: CuratedModel) => void, paragraphs?: readonly string[]) => {
  const data = goodEntry();
  mutate(data);
  return checkEntry(asEntry(data, paragraphs), TAXONOMY).map((i) => `${i.field}: ${i.reason}`);
};

describe('integrity rules', () => {
  it('pass on the good fixture', () => {
    expect(checkEntry(asEntry(goodEntry()), TAXONOMY)).toEqual([]);
  });

  it('a quote must be a verbatim substring of its paragraph', () => {
    expect(issuesOf((e) => { e.metrics[0]!.quote = '在全市142个行政村'.replace('全市', '全县'); })).toEqual([
      'metrics[0].quote: “在全县142个行政村” is not a verbatim substring of the cleaned body',
    ]);
  });

  it('says where a quote really is when the paragraph number is wrong', () => {
    expect(issuesOf((e) => { e.mechanisms[0]!.paragraph = 1; })).toEqual(['mechanisms[0].quote: “二是建立联点机制。” is in ¶2, not ¶1']);
  });

  it('a paragraph number must exist', () => {
    expect(issuesOf((e) => { e.slogans[0]!.paragraph = 9; })).toEqual(['slogans[0].paragraph: ¶9 does not exist (the body has 3 paragraphs)']);
  });

  it('a metric value must read back from its quote (2万余人 → 20000, approx)', () => {
    expect(issuesOf((e) => { e.metrics[1]!.value = 3; e.metrics[1]!.normalized = { value: 30000, unit: '人' }; })).toEqual([
      'metrics[1].value: 3 万人 cannot be read from its quote (the parser reads: 2万余人=20000)',
    ]);
  });

  it('a metric unit must be the one written with the number', () => {
    expect(issuesOf((e) => { e.metrics[0]!.unit = '村'; })[0]).toMatch(/^metrics\[0\]\.unit: “村” is not the unit written/);
  });

  it('approx and bound must match the hedges in the quote', () => {
    expect(issuesOf((e) => { e.metrics[1]!.approx = false; })).toEqual(['metrics[1].approx: the quote hedges “2万余人” (余/多/近/约)']);
    expect(issuesOf((e) => { e.metrics[0]!.bound = 'at_least'; })).toEqual(['metrics[0].bound: the quote reads “142个” as unbounded']);
  });

  it('normalized must be the value times the unit’s factor', () => {
    expect(issuesOf((e) => { e.metrics[1]!.normalized = null; })).toEqual(['metrics[1].normalized: must be {"value":20000,"unit":"人"} for 2 万人']);
    expect(issuesOf((e) => { e.metrics[0]!.normalized = { value: 142, unit: '个' }; })).toEqual(['metrics[0].normalized: must be null for 142 个']);
  });

  it('categories and glossary terms must exist', () => {
    expect(issuesOf((e) => { e.mechanisms[0]!.category = 'liaison-points'; e.mechanisms[0]!.terms = ['hezhangzhi']; })).toEqual([
      'mechanisms[0].category: “liaison-points” is not a category in content/taxonomy/mechanisms.yaml',
      'mechanisms[0].terms[0]: “hezhangzhi” is not a term in content/taxonomy/glossary.yaml',
    ]);
  });

  it('names, codes and labels must appear in their quotes', () => {
    expect(issuesOf((e) => { e.mechanisms[0]!.name = '联系点机制'; })).toEqual(['mechanisms[0].name: “联系点机制” is not in its quote']);
    expect(issuesOf((e) => { e.formulas[0]!.code = '三大机制'; })).toEqual(['formulas[0].code: “三大机制” is not in its quote']);
    expect(issuesOf((e) => { e.slogans[0]!.text = '红色引领·绿色先锋'; })).toEqual(['slogans[0].text: “红色引领·绿色先锋” is not in its quote']);
  });

  it('each formula component must be quoted', () => {
    expect(issuesOf((e) => { e.formulas[0]!.components[2]!.quote = '三是建立考核机制。'; })).toEqual([
      'formulas[0].components[2].quote: “三是建立考核机制。” is not a verbatim substring of the cleaned body',
    ]);
  });

  it('a formula not explicitly expanded must say why', () => {
    expect(issuesOf((e) => { e.formulas[0]!.expansion = 'implicit'; })).toEqual(['formulas[0].expansion_note: say why the expansion is implicit']);
  });

  it('the body must hold no Traditional characters', () => {
    expect(issuesOf(() => {}, [PARAGRAPHS[0]!, PARAGRAPHS[1]!.replace('机制', '機制'), PARAGRAPHS[2]!])).toContain(
      'body ¶2: holds Traditional characters; the body must be Simplified',
    );
  });

  it('the paragraph count must match the body', () => {
    expect(issuesOf((e) => { e.paragraphs = 4; })).toEqual(['paragraphs: says 4 but the body has 3; run npm run ingest -- --force']);
  });

  it('ids must be unique and match the file name', () => {
    const a = asEntry(goodEntry());
    const b = { ...asEntry(goodEntry()), file: 'content/models/copy.mdx' };
    const issues = checkCollection([a, b], TAXONOMY);
    expect(formatIssues(issues)).toBe(
      [
        'content/models/copy.mdx: id: id “linxiang-fixture” must match the file name (content/models/linxiang-fixture.mdx)',
        'content/models/copy.mdx: id: “linxiang-fixture” is also the id of content/models/linxiang-fixture.mdx',
      ].join('\n'),
    );
  });
});

describe('every candidate number is accounted for', () => {
  const candidate = (text: string, paragraph: number) => ({ text, value: 0, unit: '', fragment: text, paragraph, flags: [] });

  it('passes when each candidate is in a metric quote or in excluded, in the same paragraph', () => {
    expect(issuesOf((e) => { e.candidates.numbers = [candidate('142个', 3), candidate('2万余人', 3), candidate('1', 3)]; e.excluded = [{ text: '1+1+4', paragraph: 3, reason: 'formula-name', note: null }]; })).toEqual([]);
  });

  it('names a candidate that was silently dropped', () => {
    expect(issuesOf((e) => { e.candidates.numbers = [candidate('2000亩', 3)]; })).toEqual([
      'candidates.numbers[0]: “2000亩” in ¶3 is neither a metric nor listed in excluded',
    ]);
  });

  it('does not accept an exclusion from another paragraph', () => {
    expect(issuesOf((e) => { e.candidates.numbers = [candidate('142个', 2)]; })).toHaveLength(1);
  });
});
