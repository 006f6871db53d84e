import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNT_STEPS, countStep, SERIES_COLOURS, SERIES_SHAPES, shapePath } from '../../../src/charts/palette.ts';

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
const CSS = readFileSync('src/styles/charts.css', 'utf8');
const cssColour = (selector: string, property: 'fill' | 'stroke') => {
  const rule = CSS.split('\n').find((line) => line.startsWith(`${selector} {`));
  return rule?.match(new RegExp(`${property}: (#[0-9a-f]{6})`, 'i'))?.[1]?.toLowerCase();
};

describe('palette', () => {
  it('every series colour has at least 3:1 contrast with the white background (WCAG 1.4.11)', () => {
    for (const colour of SERIES_COLOURS) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });

  it('the stylesheet draws each series in the palette’s colour', () => {
    SERIES_COLOURS.forEach((colour, i) => {
      expect(cssColour(`.chart-svg .series-${i}`, 'fill')).toBe(colour.toLowerCase());
      expect(cssColour(`.chart-svg .series-${i}`, 'stroke')).toBe(colour.toLowerCase());
    });
  });

  it('each series has its own shape, so colour is never the only key', () => {
    expect(new Set(SERIES_SHAPES).size).toBe(SERIES_COLOURS.length);
    expect(new Set(SERIES_SHAPES.map((_, i) => shapePath(i, 5))).size).toBe(SERIES_SHAPES.length);
  });

  it('count shades step up with the count, and the count written on them has at least 4.5:1 contrast', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 12].map(countStep)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
    COUNT_STEPS.forEach((step, i) => {
      expect(cssColour(`.chart-svg .cell.step-${i + 1}`, 'fill')).toBe(step.fill);
      const text = step.text === 'light' ? '#ffffff' : '#1b1b1b';
      expect(contrast(text, step.fill), step.fill).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('chart text and the inferred mark meet 4.5:1 on white and on the empty-tile grey', () => {
    for (const text of ['#1b1b1b', '#4a4a4a', '#8a4b00', '#767676']) {
      expect(contrast(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast('#4a4a4a', '#f4f4f2')).toBeGreaterThanOrEqual(4.5);
  });
});
