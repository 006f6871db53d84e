/** Units whose written form carries a factor, and the base unit they normalise to. */
const MAGNITUDES: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Splits 万亩 into factor 10000 and base 亩; a unit without a magnitude has factor 1. */
export function unitFactor(unit: string): { factor: number; base: string } {
  const magnitude = unit[0] ?? '';
  const base = unit.slice(1);
  if (magnitude in MAGNITUDES && base.length > 0) return { factor: MAGNITUDES[magnitude] ?? 1, base };
  return { factor: 1, base: unit };
}

/** The normalized form a metric must carry: value × factor in the base unit, or null without a factor. */
export function normalize(value: number, unit: string): { value: number; unit: string } | null {
  const { factor, base } = unitFactor(unit);
  if (factor === 1) return null;
  return { value: Math.round(value * factor * 1e6) / 1e6, unit: base };
}

/** A metric's value in its base unit (normalized if there is a factor). */
export function baseValue(metric: { value: number; normalized: { value: number } | null }): number {
  return metric.normalized?.value ?? metric.value;
}
