import type { Metric } from '../../schemas/metric.ts';
import { scanNumbers, type ScannedNumber } from '../numerals.ts';
import { normalize } from '../units.ts';

/**
 * A metric must read back from its quote: value and unit as written (magnitude in the unit), `normalized` the
 * value times the unit's factor, approx and bound as the quote hedges it. When it does not, the error gives the
 * form that would pass, as YAML to write, so a curator copies it instead of working it out.
 */

type Report = (field: string, reason: string) => void;

/** The fields of a metric that the quote decides, for one number as the parser reads it. */
export interface AcceptedForm {
  value: number;
  unit: string;
  normalized: { value: number; unit: string } | null;
  approx: boolean;
  bound: Metric['bound'];
}

const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The form a metric takes for a number read from its quote: 64.75万公顷 → 64.75, 万公顷, {647500, 公顷}. */
export function acceptedForm(reading: ScannedNumber): AcceptedForm {
  const value = Math.round((reading.value / (MAGNITUDE[reading.magnitude] ?? 1)) * 1e9) / 1e9;
  const unit = `${reading.magnitude}${reading.unit}`;
  return { value, unit, normalized: normalize(value, unit), approx: reading.approx, bound: reading.bound };
}

/** YAML flow mapping for a value: `{ value: 647500, unit: 公顷 }`, `null`. */
function yamlValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${yamlValue(v)}`).join(', ')} }`;
  // A unit such as % must be quoted in YAML; Chinese units need not be.
  if (typeof value === 'string') return /^[\p{Script=Han}A-Za-z]+$/u.test(value) ? value : `'${value}'`;
  return String(value);
}

/** The lines to write for a form: `value: 64.75, unit: 万公顷, normalized: { value: 647500, unit: 公顷 }, …`. */
export function formYaml(form: AcceptedForm): string {
  return `value: ${form.value}, unit: ${yamlValue(form.unit)}, normalized: ${yamlValue(form.normalized)}, approx: ${form.approx}, bound: ${yamlValue(form.bound)}`;
}

/** Readings of the quote that could be the figure meant: the same value as written, in the base unit, or as a whole. */
function likelyReadings(metric: Pick<Metric, 'value' | 'unit'>, readings: readonly ScannedNumber[]): ScannedNumber[] {
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const normalized = normalize(metric.value, metric.unit)?.value ?? metric.value;
  return readings.filter((r) => same(r.value, normalized) || same(r.value, metric.value) || same(acceptedForm(r).value, metric.value));
}

/**
 * Checks one metric against its quote; every error says what to write. Value and unit first: when they do not
 * read back, the form to write (normalized included) is the one error; then normalized, approx and bound.
 */
export function checkMetric(metric: Metric, field: string, report: Report): void {
  const expected = normalize(metric.value, metric.unit);
  const target = expected?.value ?? metric.value;
  const readings = scanNumbers(metric.quote);
  const sameValue = readings.filter((r) => Math.abs(r.value - target) < 1e-9);
  if (sameValue.length === 0) {
    const seen = readings.map((r) => `${r.text}=${r.value}`).join(', ') || 'no number';
    const likely = likelyReadings(metric, readings);
    const hint = likely.length > 0 ? `; for “${likely[0]!.text}” write ${formYaml(acceptedForm(likely[0]!))}` : '';
    report(`${field}.value`, `${metric.value} ${metric.unit} cannot be read from its quote (the parser reads: ${seen})${hint}`);
    return;
  }
  const match = sameValue.find((r) => `${r.magnitude}${r.unit}` === metric.unit);
  if (!match) {
    const written = sameValue.map((r) => `${r.magnitude}${r.unit}` || '(none)').join(', ');
    report(`${field}.unit`, `“${metric.unit}” is not the unit written with the number (${written}); for “${sameValue[0]!.text}” write ${formYaml(acceptedForm(sameValue[0]!))}`);
    return;
  }
  // Only once value and unit read back: a wrong unit's suggested form above already gives `normalized`.
  if (JSON.stringify(metric.normalized) !== JSON.stringify(expected)) {
    const why = expected ? `${metric.value} × the factor of ${metric.unit} in ${expected.unit}` : `${metric.unit} carries no 万 or 亿`;
    report(`${field}.normalized`, `for ${metric.value} ${metric.unit} write normalized: ${yamlValue(expected)} (${why})`);
  }
  if (match.approx !== metric.approx) {
    report(`${field}.approx`, `the quote ${match.approx ? 'hedges' : 'does not hedge'} “${match.text}” (余/多/近/约): write approx: ${match.approx}`);
  }
  if (match.bound !== metric.bound) {
    report(`${field}.bound`, `the quote reads “${match.text}” as ${match.bound ?? 'unbounded'}: write bound: ${yamlValue(match.bound)}`);
  }
}
