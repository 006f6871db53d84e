import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeSource } from '../../src/lib/ingest/decode.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const SIMPLIFIED = '临湘市林业局创新推行“336”党建模式，带动就业2万余人。\n';
const TRADITIONAL = '洪林鎮黨委積極探索黨建引領下的「區政合一」管理體制改革，推動鎮園一體、合署辦公。今年以來，共開展企業走訪幫扶20餘次。\n';

describe('decodeSource', () => {
  it.each([
    ['utf8.txt', 'UTF-8', SIMPLIFIED],
    ['utf8-bom.txt', 'UTF-8', SIMPLIFIED],
    ['gb18030.txt', 'GB18030', SIMPLIFIED],
    ['gbk-traditional.txt', 'GB18030', TRADITIONAL],
    ['big5.txt', 'Big5', TRADITIONAL],
  ])('reads %s as %s', (name, encoding, text) => {
    const decoded = decodeSource(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.replace(/^\uFEFF/, '')).toBe(text);
  });

  it('drops the UTF-8 byte order mark', () => {
    expect(decodeSource(fixture('utf8-bom.txt')).text.startsWith('\uFEFF')).toBe(false);
  });

  it('normalises CRLF and lone CR to LF and counts them', () => {
    const decoded = decodeSource(fixture('utf8-crlf.txt'));
    expect(decoded.text).not.toMatch(/\r/);
    expect(decoded.newlinesNormalised).toBe(3);
    expect(decoded.text).toBe('临湘市林业局创新推行“336”党建模式，\n带动就业2万余人。\n第二段\n第三段\n');
  });

  it('keeps HKSCS pinyin letters in Big5 text as real letters', () => {
    const decoded = decodeSource(readFileSync(new URL('../fixtures/unseen-big5.txt', import.meta.url)));
    expect(decoded.encoding).toBe('Big5');
    expect(decoded.text).toContain('業(yè)');
  });

  it.each([
    ['empty.txt', /empty/],
    ['binary.bin', /binary/],
    ['undecodable.txt', /undecodable/],
  ])('rejects %s', (name, message) => {
    expect(() => decodeSource(fixture(name))).toThrow(DecodeError);
    expect(() => decodeSource(fixture(name))).toThrow(message);
  });
});
