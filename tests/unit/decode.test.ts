import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstBadByte } from '../../src/lib/ingest/decode-offset.ts';
import { DecodeError, decodeSource, toSourceEncoding } from '../../src/lib/ingest/decode.ts';

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
    ['utf16le.txt', 'UTF-16LE', SIMPLIFIED],
    ['utf16be.txt', 'UTF-16BE', SIMPLIFIED],
  ])('reads %s as %s', (name, encoding, text) => {
    const decoded = decodeSource(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.replace(/^\uFEFF/, '')).toBe(text);
  });

  it.each(['utf8-bom.txt', 'utf16le.txt', 'utf16be.txt'])('drops the byte order mark of %s', (name) => {
    expect(decodeSource(fixture(name)).text.startsWith('\uFEFF')).toBe(false);
  });

  it('tries a declared encoding right after UTF-8, and a wrong declaration cannot make mojibake', () => {
    // Big5 bytes also pass as GB18030 byte pairs; the page's declaration decides between them.
    expect(decodeSource(fixture('big5.txt'), { declared: 'Big5' }).encoding).toBe('Big5');
    // UTF-8 is tried first, so a UTF-8 page that claims gb2312 still reads as UTF-8.
    expect(decodeSource(fixture('utf8.txt'), { declared: 'GB18030' })).toMatchObject({ encoding: 'UTF-8', text: SIMPLIFIED });
  });

  it('maps charset labels onto the decoders', () => {
    expect(['gb2312', 'GBK', 'gb18030', 'Big5', 'big5-hkscs', 'utf-8', 'UTF-16LE', 'Shift_JIS', 'windows-1252'].map(toSourceEncoding)).toEqual([
      'GB18030', 'GB18030', 'GB18030', 'Big5', 'Big5', 'UTF-8', 'UTF-16LE', null, null,
    ]);
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
    ['undecodable.txt', /^the file is undecodable: it is not valid UTF-8, GB18030 or Big5; UTF-8, which reads furthest, fails at byte 1 \(0x1: ff 80 ff 81\)$/],
    ['gbk-stray-byte.txt', /^the file is undecodable: it is not valid UTF-8, GB18030 or Big5; GB18030, which reads furthest, fails at byte 24 \(0x18: ff 36 a1 b1\)$/],
    ['utf16le-lone-surrogate.txt', /^the file is undecodable: its byte order mark says UTF-16LE, but it is not valid UTF-16LE; it fails at byte 6 \(0x6: 3d d8 41 00\)$/],
    ['utf16le-no-bom.txt', /^the file is binary, not text \(it reads as UTF-16LE without a byte order mark; save it with a BOM or as UTF-8\)$/],
  ])('rejects %s', (name, message) => {
    expect(() => decodeSource(fixture(name))).toThrow(DecodeError);
    expect(() => decodeSource(fixture(name))).toThrow(message);
  });

  describe('the byte offset of the first bad sequence', () => {
    const bytes = (...b: number[]) => Uint8Array.from(b);
    it.each([
      ['UTF-8', bytes(0x41, 0xe4, 0xb8, 0x41), 1],
      ['UTF-8', bytes(0xe4, 0xb8, 0xad, 0xc0, 0x80), 3],
      ['UTF-8', bytes(0xed, 0xa0, 0x80), 0],
      ['UTF-8', bytes(0xe4, 0xb8, 0xad), 3],
      ['UTF-16LE', bytes(0x41, 0x00, 0x00, 0xdc), 2],
      ['UTF-16BE', bytes(0x00, 0x41, 0x00), 2],
      ['GB18030', bytes(0xd6, 0xd0, 0xff, 0x41), 2],
      ['Big5', bytes(0xa4, 0xa4, 0xa4, 0x20), 2],
    ] as const)('%s %#', (encoding, input, offset) => {
      expect(firstBadByte(input, encoding)).toBe(offset);
    });
  });
});
