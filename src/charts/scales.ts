import { scaleLinear, scaleLog } from 'd3-scale';

/**
 * The value axis of a panel of figures: log when the values span two orders of magnitude or more (and are all
 * positive), linear from zero otherwise. Domains are rounded out (powers of ten, nice linear steps) so axes end
 * on a labelled tick.
 */

export interface ValueScale {
  type: 'linear' | 'log';
  domain: [number, number];
  ticks: number[];
  /** Position of a value along the range. */
  at: (value: number) => number;
}

/** Spans of this ratio or more are drawn on a log scale. */
export const LOG_RATIO = 100;

/** Whether values are best drawn on a log scale. */
export function prefersLog(values: readonly number[]): boolean {
  if (values.length < 2 || values.some((v) => v <= 0)) return false;
  return Math.max(...values) / Math.min(...values) >= LOG_RATIO;
}

/** A scale for values onto [start, end]. */
export function valueScale(values: readonly number[], range: [number, number]): ValueScale {
  if (prefersLog(values)) {
    const low = 10 ** Math.floor(Math.log10(Math.min(...values)));
    const high = 10 ** Math.ceil(Math.log10(Math.max(...values)));
    const scale = scaleLog().domain([low, high]).range(range);
    const ticks: number[] = [];
    for (let t = low; t <= high * 1.000001; t *= 10) ticks.push(Math.round(t));
    return { type: 'log', domain: [low, high], ticks, at: (v) => scale(v) };
  }
  const max = Math.max(...values, 0);
  const scale = scaleLinear().domain([0, max === 0 ? 1 : max]).range(range).nice(4);
  const [d0, d1] = scale.domain() as [number, number];
  return { type: 'linear', domain: [d0, d1], ticks: scale.ticks(4), at: (v) => scale(v) };
}
