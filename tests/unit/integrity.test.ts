import { describe, expect, it } from 'vitest';
import { checkCollection, checkEntry, formatIssues, type CheckOptions, type EntryToCheck } from '../../src/lib/integrity.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';
import { goodEntry, PARAGRAPHS } from '../fixtures/curated-entry.ts';

const TAXONOMY = { categories: new Set(['liaison', 'responsibility']), terms: new Set(['linzhangzhi']) };
const asEntry = (data: CuratedModel, paragraphs: readonly string[] = PARAGRAPHS): EntryToCheck => ({
  file: `content/models/${data.id}.mdx`,
  data,
  paragraphs,
});
const issuesOf = (mutate: (e: CuratedModel) => void, paragraphs?: readonly string[], options?: CheckOptions) => {
  const data = goodEntry();
  mutate(data);
  return checkEntry(asEntry(data, paragraphs), TAXONOMY, options).map((i) => `${i.field}: ${i.reason}`);
};

describe('integrity rules', () => {
  it('pass on the good fixture', () => {
    expect(checkEntry(asEntry(goodEntry()), TAXONOMY)).toEqual([]);
  });

  it('a quote must be a verbatim substring of its paragraph, and the error shows the nearest passage', () => {
    expect(issuesOf((e) => { e.metrics[0]!.quote = '在全市142个行政村'.replace('全市', '全县'); })).toEqual([
      'metrics[0].quote: “在全县142个行政村” is not a verbatim substring of the cleaned body; nearest in ¶3: …在全[市]142个行政村… — first difference in brackets: ¶3 has “市” (U+5E02) where the quote has “县” (U+53BF)',
    ]);
  });

  it('marks a look-alike punctuation mark as the first difference', () => {
    const [issue] = issuesOf((e) => { e.formulas[0]!.quote = '建立“三项机制”，形成齐抓共管新格局。'; });
    expect(issue).toContain('nearest in ¶2: 建立“三项机制”[,]形成齐抓共管新格局。…');
    expect(issue).toContain('¶2 has “,” (U+002C) where the quote has “，” (U+FF0C)');
  });

  it('says when nothing in the paragraph is close to the quote', () => {
    expect(issuesOf((e) => { e.mechanisms[0]!.quote = '全面推行林长制工作'; })).toEqual([
      'mechanisms[0].quote: “全面推行林长制工作” is not a verbatim substring of the cleaned body; ¶2 has no passage close to it',
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

  it('a unit error gives the accepted form to write (the magnitude belongs in the unit), and is the only error', () => {
    expect(issuesOf((e) => { e.metrics[1]!.value = 20000; e.metrics[1]!.unit = '人'; e.metrics[1]!.normalized = { value: 20000, unit: '人' }; })).toEqual([
      'metrics[1].unit: “人” is not the unit written with the number (万人); for “2万余人” write value: 2, unit: 万人, normalized: { value: 20000, unit: 人 }, approx: true, bound: null',
    ]);
  });

  it('64.75万公顷 offered as 647500 公顷 is told the form the validator accepts', () => {
    const paragraphs = [PARAGRAPHS[0]!, PARAGRAPHS[1]!, `${PARAGRAPHS[2]!}全市森林面积64.75万公顷。`];
    const area = { label: { zh: '森林面积', en: 'Forest area' }, value: 647500, unit: '公顷', normalized: null, approx: false, bound: null, year: null, category: 'area' as const, quote: '全市森林面积64.75万公顷', paragraph: 3 };
    expect(issuesOf((e) => { e.metrics.push(area); }, paragraphs)).toEqual([
      'metrics[2].unit: “公顷” is not the unit written with the number (万公顷); for “64.75万公顷” write value: 64.75, unit: 万公顷, normalized: { value: 647500, unit: 公顷 }, approx: false, bound: null',
    ]);
  });

  it('a value error suggests the form of the number the quote holds', () => {
    expect(issuesOf((e) => { e.metrics[1]!.unit = '人'; e.metrics[1]!.normalized = null; })).toEqual([
      'metrics[1].value: 2 人 cannot be read from its quote (the parser reads: 2万余人=20000); for “2万余人” write value: 2, unit: 万人, normalized: { value: 20000, unit: 人 }, approx: true, bound: null',
    ]);
  });

  it('approx and bound must match the hedges in the quote, and the error says what to write', () => {
    expect(issuesOf((e) => { e.metrics[1]!.approx = false; })).toEqual(['metrics[1].approx: the quote hedges “2万余人” (余/多/近/约): write approx: true']);
    expect(issuesOf((e) => { e.metrics[0]!.bound = 'at_least'; })).toEqual(['metrics[0].bound: the quote reads “142个” as unbounded: write bound: null']);
  });

  it('normalized must be the value times the unit’s factor, and the error gives the YAML to write', () => {
    expect(issuesOf((e) => { e.metrics[1]!.normalized = null; })).toEqual(['metrics[1].normalized: for 2 万人 write normalized: { value: 20000, unit: 人 } (2 × the factor of 万人 in 人)']);
    expect(issuesOf((e) => { e.metrics[0]!.normalized = { value: 142, unit: '个' }; })).toEqual(['metrics[0].normalized: for 142 个 write normalized: null (个 carries no 万 or 亿)']);
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
      'formulas[0].components[2].quote: “三是建立考核机制。” is not a verbatim substring of the cleaned body; nearest in ¶2: …三是建立考[评]机制。 — first difference in brackets: ¶2 has “评” (U+8BC4) where the quote has “核” (U+6838)',
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

describe('every number in a summary comes from the text', () => {
  it('refuses an invented figure in the Chinese and in the English summary', () => {
    expect(issuesOf((e) => { e.summary.zh += '累计植树5000棵。'; e.summary.en += ' It planted 5,000 trees in seven years.'; })).toEqual([
      'summary.zh: “5000棵”: not a metric, and not written so in the body; a summary may state only figures from the text',
      "summary.en: “5,000”, “seven”: not a metric's value, and not a number in the body; a summary may state only figures from the text",
    ]);
  });

  it('accepts a metric restated without its hedge, and a number the body writes that is not a metric', () => {
    expect(issuesOf((e) => {
      e.summary.zh += '带动就业2万人，引导新造油茶2000亩。';
      e.summary.en += ' It created jobs for 20,000 people, 2,000 mu of camellia and squads in 142 villages of “1+1+4”.';
    })).toEqual([]);
  });

  it('reads English number words, thousands separators and scale words', () => {
    expect(issuesOf((e) => { e.summary.en += ' Twenty-one branches spent 3.13 million yuan.'; })).toEqual([
      "summary.en: “Twenty-one”, “3.13 million”: not a metric's value, and not a number in the body; a summary may state only figures from the text",
    ]);
  });

  it('asks the Chinese summary to write a count as the text does', () => {
    // 三项 is in the body; 四项 is not, and 4 is no metric.
    expect(issuesOf((e) => { e.summary.zh += '文中以四项机制作保障。'; })).toEqual([
      'summary.zh: “四项”: not a metric, and not written so in the body; a summary may state only figures from the text',
    ]);
    expect(issuesOf((e) => { e.summary.zh += '文中建立三项机制。'; })).toEqual([]);
  });
});

describe('exclusions', () => {
  it('reason other needs a note', () => {
    expect(issuesOf((e) => { e.excluded.push({ text: '一批', paragraph: 3, reason: 'other', note: null }); })).toEqual([
      'excluded[1].note: reason other needs a note saying why “一批” is not a figure',
    ]);
    expect(issuesOf((e) => { e.excluded.push({ text: '一批', paragraph: 3, reason: 'other', note: '  ' }); })).toHaveLength(1);
    expect(issuesOf((e) => { e.excluded.push({ text: '一批', paragraph: 3, reason: 'other', note: '“一批” means “a number of”.' }); })).toEqual([]);
  });
});

describe('proposals in a curated entry', () => {
  it('are refused (production builds, validate), each named by its field path', () => {
    expect(issuesOf((e) => { e.metrics[1]!.review = 'proposed'; e.formulas[0]!.components[2]!.review = 'proposed'; e.review = { sector: 'proposed' }; })).toEqual([
      'review.sector: still `review: proposed` (“sector: forestry”) in an entry with draft: false: check it, then delete the review line (or set draft: true)',
      'formulas[0].components[2]: still `review: proposed` (“考评机制”) in an entry with draft: false: check it, then delete the review line (or set draft: true)',
      'metrics[1]: still `review: proposed` (“2 万人 — 带动就业2万余人”) in an entry with draft: false: check it, then delete the review line (or set draft: true)',
    ]);
  });

  it('are allowed where drafts are shown (npm run dev, --drafts builds)', () => {
    expect(issuesOf((e) => { e.metrics[1]!.review = 'proposed'; }, undefined, { proposedInCurated: 'allowed' })).toEqual([]);
  });
});

describe('places (GB/T 2260, checked by the integrity rules, not the schema)', () => {
  it.each([
    ['province', (e: CuratedModel) => { e.region.province = '湖南'; }, 'region.province: “湖南” is not a provincial-level division'],
    ['city', (e: CuratedModel) => { e.region.city = '岳阳'; }, 'region.city: “岳阳” is not a prefecture of 湖南省'],
    ['county', (e: CuratedModel) => { e.region.county = '临湘县'; }, 'region.county: “临湘县” is not a county of 岳阳市'],
    ['town', (e: CuratedModel) => { e.region.town = '不存在镇'; }, 'region.town: “不存在镇” is not a town of 临湘市'],
    ['adcode', (e: CuratedModel) => { e.region.adcode = '430600'; }, 'region.adcode: expected 430682 (GB/T 2260 code of 临湘市), got 430600'],
  ])('a wrong %s is named with the reason', (_field, mutate, expected) => {
    expect(issuesOf(mutate)).toEqual([expected]);
  });

  it('accepts a real town under its county', () => {
    expect(issuesOf((e) => { e.region.town = '桃林镇'; })).toEqual([]);
  });
});
