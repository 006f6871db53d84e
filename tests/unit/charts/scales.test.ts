import { describe, expect, it } from 'vitest';
import { LOG_RATIO, prefersLog, valueScale } from '../../../src/charts/scales.ts';

describe('value scales', () => {
  it('goes log when positive values span two orders of magnitude, linear otherwise', () => {
    expect(prefersLog([19, 100, 20000, 35000])).toBe(true);
    expect(prefersLog([1, LOG_RATIO])).toBe(true);
    expect(prefersLog([1, LOG_RATIO - 1])).toBe(false);
    expect(prefersLog([0, 1000])).toBe(false);
    expect(prefersLog([500])).toBe(false);
  });

  it('a log scale runs from power of ten to power of ten, ticked at each', () => {
    const scale = valueScale([19, 35000], [0, 400]);
    expect(scale.type).toBe('log');
    expect(scale.domain).toEqual([10, 100000]);
    expect(scale.ticks).toEqual([10, 100, 1000, 10000, 100000]);
    expect(scale.at(10)).toBe(0);
    expect(scale.at(100000)).toBe(400);
    expect(scale.at(1000)).toBeCloseTo(200);
  });

  it('a linear scale starts at zero and ends on a nice tick', () => {
    const scale = valueScale([4, 7, 67], [100, 500]);
    expect(scale.type).toBe('linear');
    expect(scale.domain[0]).toBe(0);
    expect(scale.ticks.at(-1)).toBe(scale.domain[1]);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(67);
    expect(scale.at(0)).toBe(100);
  });
});
