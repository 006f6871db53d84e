import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { roundNumbers } from './svg.ts';

/**
 * Series (one per model) drawn in the Okabe–Ito colours, which stay distinct under the common colour-vision
 * deficiencies, each with its own shape so that no chart relies on colour alone. Every colour has at least 3:1
 * contrast with the white background (WCAG 2.2, 1.4.11); tests/unit/charts/palette.test.ts checks it.
 * The colours live in src/styles/charts.css as .series-N classes; these values are the same, for tests and legends.
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#333333'] as const;

export const SERIES_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type SeriesShape = (typeof SERIES_SHAPES)[number];

const SYMBOLS: Record<SeriesShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
};

/**
 * The style (colour and shape) for the n-th model. With more models than styles they repeat, colour and shape
 * together; charts then tell models apart by their written labels.
 */
export function styleIndex(index: number): number {
  return ((index % SERIES_COLOURS.length) + SERIES_COLOURS.length) % SERIES_COLOURS.length;
}

/** The shape of a series. */
export function shapeOf(series: number): SeriesShape {
  return SERIES_SHAPES[styleIndex(series)] ?? 'circle';
}

/** Path data of a series' shape centred on 0,0, with the area of a circle of the given radius. */
export function shapePath(series: number, radius: number): string {
  return roundNumbers(symbol(SYMBOLS[shapeOf(series)], Math.PI * radius * radius)() ?? '');
}

/**
 * Fill classes for counts in the matrix (light to dark); counts are also written in each cell, so the shade is
 * a second encoding, never the only one. Text on the two dark steps is white (contrast checked in tests).
 */
export const COUNT_STEPS = [
  { min: 1, fill: '#deebf7', text: 'dark' },
  { min: 2, fill: '#9ecae1', text: 'dark' },
  { min: 4, fill: '#2171b5', text: 'light' },
  { min: 7, fill: '#08306b', text: 'light' },
] as const;

/** The step (1-based, 0 for none) a count falls in. */
export function countStep(count: number): number {
  let step = 0;
  COUNT_STEPS.forEach((s, i) => {
    if (count >= s.min) step = i + 1;
  });
  return step;
}
