import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanCharacters, markLostCharacters } from '../../src/lib/ingest/characters.ts';
import { ingestBytes } from '../../src/lib/ingest/index.ts';
import { countReadings, MIN_READINGS, stripPinyinReadings } from '../../src/lib/ingest/pinyin.ts';
import type { Change } from '../../src/lib/ingest/report.ts';

const run = (fn: (text: string, changes: Change[]) => string, text: string) => {
  const changes: Change[] = [];
  return { out: fn(text, changes), changes };
};
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const original = (name: string) => readFileSync(new URL(`../fixtures/ingest/pages/${name}`, import.meta.url), 'utf8');

/** Any pinyin-looking run left after a character: (yè), (y?), (zh …, what must never survive cleaning. */
const LEFTOVER_READING = /(?<=\p{Script=Han})[(（][a-zü?āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}(?:[)）]|(?=\P{Script=Latin}|$))/gmu;
const NOTE = /□+〔编者注：原文此处缺失(\d+)字(?:，残存注音 ([^，]+))?，未作推测〕/gu;

// A page that shows the annotating habit: enough intact readings for damaged forms to count as debris.
const HABIT = '林業(yè)局黨(dǎng)組聯(lián)繫';

describe('damaged readings: the tone vowel became ? in an encoding that cannot hold it', () => {
  it.each([
    ['業(y?)', '(y?)'],
    ['聯(li?n)', '(li?n)'],
    ['態(t?i)', '(t?i)'],
    ['礙(?i)', '(?i)'],
    ['綠(l?)', '(l?)'],
    ['創（chu?ng）', '（chu?ng）'],
  ])('%s goes, reported as pinyin-reading-damaged', (text, reading) => {
    const { out, changes } = run(stripPinyinReadings, `${HABIT}${text}`);
    expect(out).toBe(`林業局黨組聯繫${text.replace(reading, '')}`);
    expect(changes.at(-1)).toEqual({ rule: 'pinyin-reading-damaged', text: reading });
  });
});

describe('readings cut short', () => {
  it.each([
    ['鎮(zh黨委', '鎮黨委', '(zh'],
    ['聯(l)農戶', '聯農戶', '(l)'],
    ['動態(t', '動態', '(t'],
    ['鎮(zhèn黨', '鎮黨', '(zhèn'],
    ['業(y?，', '業，', '(y?'],
  ])('%s → %s', (text, expected, reading) => {
    const { out, changes } = run(stripPinyinReadings, `${HABIT}${text}`);
    expect(out).toBe(`林業局黨組聯繫${expected}`);
    expect(changes.at(-1)).toEqual({ rule: 'pinyin-reading-cut', text: reading });
  });

  it('are taken only from a text that shows the annotating habit', () => {
    expect(countReadings(HABIT)).toBe(MIN_READINGS);
    // The same parentheses in a page without readings are content: a unit, a label, a name's initial.
    for (const text of ['长度100米(m)', '方案(x为街道名', '选项(b)与选项(c)', '问卷(y?)']) {
      expect(run(stripPinyinReadings, text)).toEqual({ out: text, changes: [] });
    }
    // Parentheses holding what no syllable is stay even in an annotated page.
    expect(run(stripPinyinReadings, `${HABIT}面积(km)和(GDP)`).out).toBe('林業局黨組聯繫面积(km)和(GDP)');
  });
});

describe('a ? inside a reading is a lost vowel; a ? before a reading is a lost character', () => {
  it('never confuses the two on one line', () => {
    // 擔当 with 当 left Simplified upstream, then saved as Big5: 擔(d?n)?(d?ng) — one damaged reading, one lost character.
    const { out, changes } = run(cleanCharacters, `${HABIT}感受到黨(d?ng)員(yu?n)的責(z?)任與(y?)擔(d?n)?(d?ng)。`);
    expect(out).toBe('林業局黨組聯繫感受到黨員的責任與擔□〔编者注：原文此处缺失1字，残存注音 d?ng，未作推测〕。');
    expect(changes.filter((c) => c.rule === 'lost-character')).toEqual([{ rule: 'lost-character', text: '?(d?ng)' }]);
    expect(changes.filter((c) => c.rule === 'pinyin-reading-damaged').map((c) => c.text)).toEqual(['(d?ng)', '(yu?n)', '(z?)', '(y?)', '(d?n)']);
  });

  it('does not read (t?i) or (?i) as a lost character with a surviving reading', () => {
    expect(run(markLostCharacters, '生態(t?i)環(hu?n)境無(w?)障礙(?i)')).toEqual({ out: '生態(t?i)環(hu?n)境無(w?)障礙(?i)', changes: [] });
  });

  it('marks □ and U+FFFD as lost characters, and counts a damaged residue as one character', () => {
    expect(run(markLostCharacters, '林□□局').out).toBe('林□□〔编者注：原文此处缺失2字，未作推测〕局');
    expect(run(markLostCharacters, '新?lián)?/strong>').out).toBe('新□□〔编者注：原文此处缺失2字，残存注音 lián，未作推测〕');
    expect(run(markLostCharacters, '?(f?)展格局').out).toBe('□〔编者注：原文此处缺失1字，残存注音 f?，未作推测〕展格局');
  });

  it('keeps a ? with no evidence of a lost character, and reports it', () => {
    expect(run(markLostCharacters, '书记刘?带头')).toEqual({ out: '书记刘?带头', changes: [{ rule: 'question-mark-kept', text: '?' }] });
  });
});

describe('the Big5 copy of an annotated page (tests/fixtures/ingest/township-party.big5.txt)', () => {
  const result = ingestBytes(fixture('township-party.big5.txt'));
  const body = result.paragraphs.join('\n');
  const notes = [...body.matchAll(NOTE)];

  it('leaves no reading, intact, damaged or cut short (main left 176)', () => {
    expect(body.match(LEFTOVER_READING)).toBeNull();
    const count = (rule: string) => result.report.find((r) => r.rule === rule)?.count ?? 0;
    expect(count('pinyin-reading-damaged')).toBe(186);
    expect(count('pinyin-reading-cut')).toBe(3);
  });

  it('writes no false lost-character note (main wrote 15, all false): exactly the two characters Big5 could not hold', () => {
    expect(notes.map((n) => [n[1], n[2]])).toEqual([['1', 'f?'], ['1', 'd?ng']]);
  });

  it('gives back the page as it was written, apart from those two characters and 喆 (a ? with no evidence)', () => {
    const page = original('township-party.txt').split('\n').map((line) => line.replace(/^[\s\u3000]+/, ''));
    const expected = page.slice(4, 9).join('\n').replace('”发展格局', '”□〔编者注：原文此处缺失1字，残存注音 f?，未作推测〕展格局')
      .replace('担当。', '担□〔编者注：原文此处缺失1字，残存注音 d?ng，未作推测〕。').replace('刘喆', '刘?');
    expect(body).toBe(expected);
    expect(result.title).toBe('白石镇党委“三联三促”推动林下经济发展');
    expect(result.meta).toMatchObject({ published: '2021-07-27', author: '白石镇党政办' });
  });
});
