import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { Packer } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { briefDocument, briefMarkdown, type DocumentWords } from '../../src/lib/brief/document.ts';
import { briefDocx } from '../../src/lib/brief/docx.ts';
import { chartId, compareId, figureId, mechanismId, paragraphId } from '../../src/lib/brief/ids.ts';
import { chartItem, chartPartOf, joinIndex, modelItems, packPart, partOf, partsFor, partWith, unpackPart, unnumbered, type BriefIndex, type BriefItem, type BriefModelPart, type BriefReference } from '../../src/lib/brief/items.ts';
import { pageItem } from '../../src/lib/cite/index.ts';
import { UNCONFIGURED_ORIGIN } from '../../src/lib/cite/live.ts';
import { citationSet } from '../../src/lib/cite/page.ts';
import { pinnedIds } from '../../src/lib/brief/store.ts';
import { readCuratedTemplates } from '../../src/lib/entries/read.ts';

// The export model on the real entries, with references formatted by citation-js as the build does, then the
// Word file written by the docx package and read back by mammoth.
const models = readCuratedTemplates('.').map((m) => m.data);
const BUILT = '2026-11-22';
const TODAY = '2026-12-02';

function index(style: 'gbt7714-2025' | 'apa7', origin: string): BriefIndex {
  const items: Record<string, BriefItem> = {};
  const references: Record<string, BriefReference> = {};
  const reference = (key: string, title: string, url: string): BriefReference => {
    const set = citationSet(pageItem({ key, title, url, site: '党建引领生态模式对照', accessed: BUILT, language: 'zh-CN' }));
    return { text: unnumbered(set.references.find((r) => r.style === style)!.text), accessed: BUILT, ris: set.ris, bibtex: set.bibtex, csl: set.cslJson };
  };
  for (const m of models) {
    const url = `${origin}/models/${m.id}/`;
    references[m.id] = reference(`model-${m.id}`, m.title.zh, url);
    const paragraphs = Array.from({ length: 30 }, (_, i) => `第${i + 1}段原文。`);
    const metrics = m.metrics.map((x) => ({ label: x.label.zh, value: String(x.value), raw: x.value, unit: x.unit, year: x.year, quote: x.quote, paragraph: x.paragraph }));
    for (const item of modelItems({ id: m.id, title: m.title.zh, url, paragraphs, metrics, mechanisms: m.mechanisms }, { paragraph: (n) => `¶${n}`, figureHead: ['内容', '数值', '单位', '年份'] })) items[item.id] = item;
  }
  const compare = { ...reference('compare', '比较', `${origin}/compare/?m=BRIEFSELECTION`), url: `${origin}/compare/?m=BRIEFSELECTION` };
  return { locale: 'zh-CN', style, models: Object.fromEntries(models.map((m) => [m.id, m.title.zh])), compare, items, references };
}

const words: DocumentWords = {
  defaultTitle: '简报',
  source: (s, p) => `来源：${s}，${p}`,
  sourceOnly: (s) => `来源：${s}`,
  compare: (names) => `比较：${names}`,
  listSeparator: '、',
};
const [a, b] = models.filter((m) => m.metrics.length > 0 && m.mechanisms.length > 0);
const brief = {
  title: '林业党建汇报材料',
  blocks: [
    { type: 'heading' as const, text: '一、做法' },
    { type: 'item' as const, id: paragraphId(a!.id, 3), note: '可作开头' },
    { type: 'item' as const, id: mechanismId(b!.id, b!.mechanisms[0]!) },
    { type: 'item' as const, id: 'gone-model~p4' },
    { type: 'item' as const, id: paragraphId(b!.id, 5) },
    { type: 'heading' as const, text: '二、成效' },
    { type: 'item' as const, id: figureId(a!.id, a!.metrics[0]!) },
    { type: 'item' as const, id: compareId([b!.id, a!.id]) },
  ],
};

describe('a brief as a document', () => {
  const doc = briefDocument(brief, index('gbt7714-2025', UNCONFIGURED_ORIGIN), { today: TODAY, origin: 'http://localhost:4321' }, words);

  it('keeps the order, shows a vanished id as missing, and numbers references in the order first cited', () => {
    expect(doc.blocks.map((x) => x.type)).toEqual(['heading', 'item', 'item', 'missing', 'item', 'heading', 'item', 'item']);
    expect(doc.blocks[3]).toEqual({ type: 'missing', id: 'gone-model~p4' });
    const refs = doc.blocks.flatMap((x) => (x.type === 'item' ? [x.ref] : []));
    expect(refs).toEqual([1, 2, 2, 1, 3]);
    expect(doc.references).toHaveLength(3);
    expect(doc.blocks[1]).toMatchObject({ source: `来源：${a!.title.zh}，¶3`, note: '可作开头', quote: '第3段原文。' });
  });

  it("puts in the reader's date and address, never the build's or the stand-in", () => {
    for (const ref of doc.references) {
      expect(ref.text).toContain(TODAY);
      expect(ref.text).not.toContain(BUILT);
      expect(ref.text).not.toContain(UNCONFIGURED_ORIGIN);
    }
    expect(doc.references[2]!.text).toContain(`/compare/?m=${b!.id},${a!.id}`);
    expect(JSON.stringify(doc)).not.toContain(UNCONFIGURED_ORIGIN);
  });

  it('writes the reference list as RIS and BibTeX that citation-js reads back, dated today', () => {
    const ris = new Cite(doc.files.ris).data as Array<{ title: string; URL: string; accessed: { 'date-parts': number[][] } }>;
    expect(ris.map((i) => i.title)).toEqual([a!.title.zh, b!.title.zh, '比较']);
    expect(ris.map((i) => i.accessed['date-parts'][0]!.join('-'))).toEqual(['2026-12-2', '2026-12-2', '2026-12-2']);
    expect(ris[2]!.URL).toBe(`http://localhost:4321/compare/?m=${b!.id},${a!.id}`);
    // citation-js writes BibTeX's access date into the note (“[Online; accessed …]”), which its parser keeps there.
    const bib = new Cite(doc.files.bibtex).data as Array<{ title: string; note: string }>;
    expect(bib.map((i) => i.title)).toEqual([a!.title.zh, b!.title.zh, '比较']);
    for (const item of bib) expect(item.note).toContain(`accessed ${TODAY}`);
    expect((JSON.parse(doc.files.csl) as unknown[]).length).toBe(3);
  });

  it('writes Markdown with every quote, its source line and the numbered list', () => {
    const md = briefMarkdown(doc, { references: '参考文献', missing: (id) => `已不存在：${id}`, note: '注：' });
    expect(md).toContain('# 林业党建汇报材料');
    expect(md).toContain('> 第3段原文。');
    expect(md).toContain('已不存在：gone-model~p4');
    expect(md.indexOf('\n[1] ')).toBeGreaterThan(md.indexOf('## 参考文献'));
  });

  it('writes a Word file whose text, read back by mammoth, holds every quote and reference in order', async () => {
    const buffer = await Packer.toBuffer(briefDocx(doc, { references: '参考文献', missing: (id) => `已不存在：${id}`, note: '注：', language: 'zh-CN' }));
    const { value: text } = await mammoth.extractRawText({ buffer });
    const expected = [
      '林业党建汇报材料',
      '一、做法',
      '第3段原文。',
      `来源：${a!.title.zh}，¶3 [1]`,
      '可作开头',
      b!.mechanisms[0]!.quote,
      '已不存在：gone-model~p4',
      '第5段原文。',
      '二、成效',
      a!.metrics[0]!.quote,
      a!.metrics[0]!.unit,
      '参考文献',
      ...doc.references.map((r) => `[${r.n}] ${r.text}`),
    ];
    let at = 0;
    for (const piece of expected) {
      const found = text.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(at);
      at = found + piece.length;
    }
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<table>');
    expect(html).toContain('<h1>一、做法</h1>');
  });
});

describe('the item index in parts', () => {
  const whole = index('gbt7714-2025', 'https://atlas.example.org');
  const regions = ['heilongjiang', 'xizang'];
  const plan = { models: whole.models, regions };
  // Charts of every owner: a model's (its page's, its formula trees'), a province's, the collection's, and one of
  // a model no longer published.
  const chartNames = [`metrics-${a!.id}`, `timeline-${a!.id}`, `formula-${a!.id}-0`, `formula-${b!.id}-12`, 'matrix-heilongjiang', 'network-xizang', 'metrics-heilongjiang', 'tilemap', 'matrix', 'metrics-gone-model'];
  for (const name of chartNames) {
    const item = chartItem({ name, title: `图 ${name}`, url: `https://atlas.example.org/x/#chart-${name}`, source: '来源', table: { head: ['a'], rows: [['1']] } });
    whole.items[item.id] = item;
    whole.references[item.id] = whole.references[a!.id]!;
  }
  // The parts as the build writes them: each item in the part its id names.
  const parts: Record<string, BriefModelPart> = {};
  const byPart = new Map<string, BriefItem[]>();
  for (const [id, item] of Object.entries(whole.items)) {
    const name = partOf(id, plan);
    if (name !== null) byPart.set(name, [...(byPart.get(name) ?? []), item]);
  }
  for (const [name, items] of byPart) parts[name] = partWith(items, whole.references);
  const shared = { ...whole, items: {}, references: {}, regions };

  it('finds a chart’s part from its name: its model’s, its province’s or the collection’s', () => {
    expect(chartPartOf(`metrics-${a!.id}`, plan)).toBe(a!.id);
    expect(chartPartOf(`timeline-${a!.id}`, plan)).toBe(a!.id);
    expect(chartPartOf(`formula-${b!.id}-12`, plan)).toBe(b!.id);
    expect(chartPartOf('matrix-heilongjiang', plan)).toBe('_charts-heilongjiang');
    expect(chartPartOf('metrics-heilongjiang', plan)).toBe('_charts-heilongjiang');
    expect(chartPartOf('network-xizang', plan)).toBe('_charts-xizang');
    expect(chartPartOf('tilemap', plan)).toBe('_charts');
    expect(chartPartOf('matrix', plan)).toBe('_charts');
    // A province no longer split out, a model no longer published, a formula name without its number.
    expect(chartPartOf('matrix-hainan', plan)).toBe('_charts');
    expect(chartPartOf('metrics-gone-model', plan)).toBe('_charts');
    expect(chartPartOf(`formula-${a!.id}`, plan)).toBe('_charts');
    // Only a model's own kinds of chart go to its part.
    expect(chartPartOf(`matrix-${a!.id}`, plan)).toBe('_charts');
  });

  it('puts a model’s items and charts in its part, with their references, and nothing in the shared part', () => {
    expect(Object.keys(parts[a!.id]!.items)).toEqual(expect.arrayContaining([a!.id, paragraphId(a!.id, 3), chartId(`metrics-${a!.id}`), chartId(`formula-${a!.id}-0`)]));
    expect(Object.keys(parts[a!.id]!.references).sort()).toEqual([a!.id, chartId(`metrics-${a!.id}`), chartId(`timeline-${a!.id}`), chartId(`formula-${a!.id}-0`)].sort());
    expect(Object.keys(parts['_charts-heilongjiang']!.items).sort()).toEqual([chartId('matrix-heilongjiang'), chartId('metrics-heilongjiang')]);
    expect(partOf(compareId([a!.id, b!.id]), plan)).toBeNull();
    expect(partOf('not an id', plan)).toBeNull();
  });

  it('serves each part packed, and reads back exactly the part as built', () => {
    for (const [name, part] of Object.entries(parts)) {
      const served = JSON.stringify(packPart(part));
      // Field order too: what the brief reads is the part the build made, byte for byte once written again.
      expect(JSON.stringify(unpackPart(JSON.parse(served))), name).toBe(JSON.stringify(part));
      expect(served.length, name).toBeLessThan(JSON.stringify(part).length);
    }
    // A model's part says its page, title and reference once: its paragraphs carry none of them, a chart on the
    // page only its fragment, and a chart drawn elsewhere its own address and source line.
    const packed = packPart(parts[a!.id]!);
    expect(packed.shared.ref).toBe(a!.id);
    expect(packed.items[paragraphId(a!.id, 3)]).toEqual({ kind: 'paragraph', label: '¶3', quote: expect.any(String), paragraph: 3 });
    expect(packed.items[chartId(`metrics-${a!.id}`)]).toMatchObject({ url: `https://atlas.example.org/x/#chart-metrics-${a!.id}`, source: '来源' });
    const onPage = { ...parts[a!.id]!, items: { ...parts[a!.id]!.items } };
    const pageUrl = onPage.items[a!.id]!.url;
    onPage.items[chartId(`metrics-${a!.id}`)] = { ...onPage.items[chartId(`metrics-${a!.id}`)]!, url: `${pageUrl}#chart-metrics-${a!.id}` };
    expect(packPart(onPage).items[chartId(`metrics-${a!.id}`)]).toMatchObject({ anchor: `#chart-metrics-${a!.id}` });
    expect(unpackPart(packPart(onPage))).toStrictEqual(onPage);
    // A chart's rows leave out what repeats the cell above (not what is too short to gain from it).
    const rows = [['甲县', '面积 · 亩', '5'], ['甲县', '面积 · 亩', '5'], ['乙县', '面积 · 亩', ''], ['乙县', '次数 · 次', '']];
    const chart = chartItem({ name: `metrics-${a!.id}`, title: '图', url: `${pageUrl}#chart`, source: '来源', table: { head: ['地点', '分组', '数值'], rows } });
    const withRows = { items: { ...onPage.items, [chart.id]: chart }, references: onPage.references };
    expect(packPart(withRows).items[chart.id]?.table?.rows).toEqual([['甲县', '面积 · 亩', '5'], [null, null, '5'], ['乙县', null, ''], [null, '次数 · 次', '']]);
    expect(unpackPart(JSON.parse(JSON.stringify(packPart(withRows))))).toStrictEqual(withRows);
  });

  it('gives a brief the same document from the shared part and its pins’ parts as from the whole index', () => {
    const charts = [`formula-${a!.id}-0`, 'matrix-heilongjiang', 'tilemap', 'metrics-gone-model'];
    const pinned = { ...brief, blocks: [...brief.blocks, ...charts.map((name) => ({ type: 'item' as const, id: chartId(name) }))] };
    const named = partsFor(pinnedIds(pinned), shared);
    // The two models' parts (the formula chart is in a's), a province's and the collection's; the vanished model has none.
    expect(named.sort()).toEqual([a!.id, b!.id, '_charts', '_charts-heilongjiang'].sort());
    const joined = joinIndex(shared, named.map((m) => parts[m] ?? { items: {}, references: {} }));
    const today = { today: TODAY, origin: 'https://atlas.example.org' };
    expect(briefDocument(pinned, joined, today, words)).toEqual(briefDocument(pinned, whole, today, words));
    // Without a model's part, its items read as missing, never as another's.
    const without = briefDocument(pinned, joinIndex(shared, []), today, words);
    expect(without.blocks.filter((block) => block.type === 'missing').length).toBeGreaterThan(2);
  });
});
