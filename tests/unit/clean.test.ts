import { describe, expect, it } from 'vitest';
import { cleanCharacters, decodeEntities, markLostCharacters, stripHtmlTags } from '../../src/lib/ingest/characters.ts';
import { stripPinyinReadings } from '../../src/lib/ingest/pinyin.ts';
import { convertToSimplified, detectScript } from '../../src/lib/ingest/opencc.ts';
import { hasTraditional } from '../../src/lib/text/script.ts';
import { detectHeadings, splitParagraphs } from '../../src/lib/ingest/paragraphs.ts';
import type { Change } from '../../src/lib/ingest/report.ts';
import { summariseChanges } from '../../src/lib/ingest/report.ts';

// Character-level cleaning. Fixtures here are cut from the raw sources in content/sources/ (file named in each
// test); site chrome is tested in frame.test.ts, damaged readings in pinyin.test.ts.
const run = <T>(fn: (text: string, changes: Change[]) => T, text: string) => {
  const changes: Change[] = [];
  return { out: fn(text, changes), changes };
};
const rulesFired = (changes: Change[]) => summariseChanges(changes).map((s) => `${s.rule}:${s.count}`);

describe('pinyin readings (000, 004)', () => {
  it('removes the reading after a character and keeps the character', () => {
    const { out, changes } = run(stripPinyinReadings, '近年來,臨湘市林業(yè)局堅持');
    expect(out).toBe('近年來,臨湘市林業局堅持');
    expect(changes).toEqual([{ rule: 'pinyin-reading', text: '(yè)' }]);
  });

  it('removes readings inside real parentheses and keeps the parentheses', () => {
    expect(run(stripPinyinReadings, '14個村(社區(qū))黨組織').out).toBe('14個村(社區)黨組織');
  });

  it('removes wrong readings too (調 read as diào)', () => {
    expect(run(stripPinyinReadings, '調(diào)整干部崗位20個').out).toBe('調整干部崗位20個');
  });

  it('leaves Chinese text in parentheses alone', () => {
    const text = '版權歸發布者(即注冊用戶)所有;村(居)和黨組織;(一)主要目標';
    expect(run(stripPinyinReadings, text).out).toBe(text);
  });
});

describe('lost characters (000)', () => {
  it('marks destroyed characters visibly, keeps the residue, and guesses nothing', () => {
    const { out, changes } = run(markLostCharacters, '彰顯林業人員新?lián)?/strong>。著力強化');
    expect(out).toBe('彰顯林業人員新□□〔编者注：原文此处缺失2字，残存注音 lián，未作推测〕。著力強化');
    expect(out).not.toContain('担');
    expect(rulesFired(changes)).toEqual(['broken-html-tag:1', 'lost-character:1']);
  });

  it('treats U+FFFD as a lost character', () => {
    expect(run(markLostCharacters, '林業\uFFFD局').out).toBe('林業□〔编者注：原文此处缺失1字，未作推测〕局');
  });

  it('keeps a plain question mark and reports it', () => {
    const { out, changes } = run(markLostCharacters, '怎么办?我们一起干');
    expect(out).toBe('怎么办?我们一起干');
    expect(changes).toEqual([{ rule: 'question-mark-kept', text: '?' }]);
  });
});

describe('HTML debris', () => {
  it('removes real tags and keeps text that only looks like markup', () => {
    const { out, changes } = run(stripHtmlTags, '組建<strong>護林隊伍</strong><3支以上>,面積{不少於}<span style="x">12畝</span>');
    expect(out).toBe('組建護林隊伍<3支以上>,面積{不少於}12畝');
    expect(changes.map((c) => c.text)).toEqual(['<strong>', '</strong>', '<span style="x">', '</span>']);
  });

  it('turns block tags into line breaks', () => {
    expect(run(stripHtmlTags, '第一段<br>第二段<p>第三段</p>').out).toBe('第一段\n第二段\n第三段\n');
  });

  it('decodes valid entities only', () => {
    const { out, changes } = run(decodeEntities, '林長&nbsp;制 &amp; 黨建 &notanentity; R&D');
    expect(out).toBe('林長 制 & 黨建 &notanentity; R&D');
    expect(changes).toHaveLength(2);
  });
});

describe('Traditional → Simplified (OpenCC)', () => {
  it('converts and records each character', () => {
    const { out, changes } = run(convertToSimplified, '臨湘市林業局');
    expect(out).toBe('临湘市林业局');
    expect(changes.map((c) => c.text)).toEqual(['臨→临', '業→业']);
  });

  it('detects script by counting script-specific characters', () => {
    expect(detectScript('臨湘市林業局黨建').script).toBe('traditional');
    expect(detectScript('临湘市林业局党建').script).toBe('simplified');
    expect(detectScript('林长制').simplified).toBe(1);
  });

  it('finds Traditional characters left in text', () => {
    expect(hasTraditional('林長制')).toBe(true);
    expect(hasTraditional('林长制')).toBe(false);
  });
});

describe('paragraphs and headings', () => {
  it('numbers one paragraph per non-empty line and trims indents', () => {
    const changes: Change[] = [];
    expect(splitParagraphs(['  西宁市林业和草原局', '', '\u3000\u3000第二段 '], changes)).toEqual(['西宁市林业和草原局', '第二段']);
    expect(changes).toHaveLength(2);
  });

  it('finds standalone and lead headings as the sources use them', () => {
    const headings = detectHeadings([
      '近年来,临湘市林业局坚持工作要求。',
      '建立“三项机制”,形成齐抓共管新格局。紧紧扭住落实主体责任。',
      '加强思想引领,激活“西宁绿”内生动力',
      '牢牢把握“抓项目就是抓发展”的理念,将作风建设工作措施落到实处。其后正文。',
      '一、总体要求',
      '(一)主要目标。把街道村绿化作为重点工作来抓。',
    ]);
    expect(headings).toEqual([
      { paragraph: 2, text: '建立“三项机制”,形成齐抓共管新格局。', kind: 'lead' },
      { paragraph: 3, text: '加强思想引领,激活“西宁绿”内生动力', kind: 'standalone' },
      { paragraph: 5, text: '一、总体要求', kind: 'standalone' },
      { paragraph: 6, text: '(一)主要目标。', kind: 'lead' },
    ]);
  });
});

describe('cleanCharacters', () => {
  it('runs every character rule in order on a 000 sentence', () => {
    const { out } = run(cleanCharacters, '創(chuàng)新推行“336”黨建模式&nbsp;<b>新?lián)?/strong>');
    expect(out).toBe('創新推行“336”黨建模式 新□□〔编者注：原文此处缺失2字，残存注音 lián，未作推测〕');
  });
});

describe('headings with editorial notes', () => {
  it('does not let an editorial note hide a lead heading (000 ¶5)', () => {
    const text = '争当“六个先锋”,彰显林业人员新□□〔编者注：原文此处缺失2字，残存注音 lián，未作推测〕。著力强化支部建设。';
    expect(detectHeadings([text])).toEqual([
      { paragraph: 1, text: '争当“六个先锋”,彰显林业人员新□□〔编者注：原文此处缺失2字，残存注音 lián，未作推测〕。', kind: 'lead' },
    ]);
  });
});
