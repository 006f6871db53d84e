import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../../src/lib/figures/download.ts';
import { figuresFor } from '../../../src/lib/figures/index.ts';
import { encodeRgbPng } from '../../../src/lib/figures/png-encode.ts';
import { chartFonts, PNG_SCALE, renderPng } from '../../../src/lib/figures/png.ts';
import { context } from './content.ts';

/** The chunks of a PNG file: type and data, checking the signature. */
function chunks(png: Uint8Array): Array<{ type: string; data: Buffer }> {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    found.push({ type: bytes.toString('ascii', at + 4, at + 8), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

describe('chart PNGs', () => {
  it('encodes an opaque image as 8-bit RGB that inflates back to its pixels', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 9, 8, 7, 255]);
    const parts = chunks(encodeRgbPng(rgba, 2, 2));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([parts[0]!.data.readUInt32BE(0), parts[0]!.data.readUInt32BE(4), parts[0]!.data[8], parts[0]!.data[9]]).toEqual([2, 2, 8, 2]);
    expect([...inflateSync(parts[1]!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 9, 8, 7]);
    expect(() => encodeRgbPng(rgba, 3, 2)).toThrow(/not a 3×2 RGBA image/);
  });

  it('renders a chart’s SVG file at twice its size, with Chinese text drawn (not blank)', async () => {
    const [figure] = figuresFor('matrix', context('zh-CN'));
    const svg = standaloneSvg(figure!, '', '引用本图：党建引领生态模式对照. 模式 × 机制类别[EB/OL].');
    const [, width, height] = svg.match(/<svg [^>]*width="(\d+)" height="(\d+)"/) ?? [];
    const parts = chunks(await renderPng(svg, chartFonts()));
    const header = parts[0]!.data;
    expect(header.readUInt32BE(0)).toBe(Number(width) * PNG_SCALE);
    expect(header.readUInt32BE(4)).toBe(Number(height) * PNG_SCALE);
    // Text is drawn: the title's row band holds dark pixels (a missing font would leave it white).
    const pixels = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
    const stride = header.readUInt32BE(0) * 3 + 1;
    const titleBand = pixels.subarray(10 * stride, 40 * stride);
    const dark = titleBand.filter((v, i) => i % stride !== 0 && v < 100).length;
    expect(dark).toBeGreaterThan(500);
  });

  it('names what to install when the machine has no Chinese font', () => {
    expect(() => chartFonts({}, () => false)).toThrow(/fonts-noto-cjk/);
    expect(() => chartFonts({ ATLAS_CHART_FONTS: '/nowhere/font.ttc' }, () => false)).toThrow(/\/nowhere\/font\.ttc/);
    expect(chartFonts({}, (path) => path.includes('google-noto-cjk'))).toEqual({
      family: 'Noto Sans CJK SC',
      files: ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'],
    });
  });
});
