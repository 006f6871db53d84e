import type { CuratedModel } from '../../schemas/model.ts';
import { countPrefilled, pairItems, type PrefillCount } from './prefill.ts';

/**
 * Scores a draft's proposals against the curated entry a person made from the same source: how many curated facts
 * were proposed exactly, how many proposals were wrong, and how much of the entry came prefilled. Pure, so the
 * scorer itself is tested on small hand-made pairs (tests/unit/propose-score.test.ts).
 */

type Item = Record<string, unknown>;
/** A draft's frontmatter as data: any subset of the curated fields, English possibly ''. */
export type DraftData = Record<string, unknown>;

export interface Score {
  id: string;
  metrics: { curated: number; exact: number; proposed: number; wrong: number };
  formulas: { curated: number; found: number };
  components: { curated: number; found: number };
  slogans: { curated: number; found: number; proposed: number };
  categories: { curated: number; proposed: number; common: number };
  region: boolean;
  title: boolean;
  fields: PrefillCount;
}

const list = (data: DraftData, key: string) => (Array.isArray(data[key]) ? (data[key] as Item[]) : []);
const PLACE = ['province', 'city', 'county', 'town', 'adcode'] as const;

export function scoreDraft(curated: CuratedModel, draft: DraftData): Score {
  const c = curated as unknown as Record<string, unknown>;
  const curatedMetrics = list(c, 'metrics');
  const proposedMetrics = list(draft, 'metrics');
  const metricPairs = pairItems('metrics', curatedMetrics, proposedMetrics);
  const wrong = proposedMetrics.filter((p) => !curatedMetrics.some((m) => m.value === p.value && m.unit === p.unit && m.paragraph === p.paragraph)).length;

  const formulaPairs = pairItems('formulas', list(c, 'formulas'), list(draft, 'formulas'));
  const components = curated.formulas.reduce(
    (sum, formula, i) => {
      const proposed = (formulaPairs[i]?.components as Item[] | undefined) ?? [];
      const found = formula.components.filter((component) => proposed.some((p) => p.label === component.label)).length;
      return { curated: sum.curated + formula.components.length, found: sum.found + found };
    },
    { curated: 0, found: 0 },
  );

  const proposedSlogans = list(draft, 'slogans');
  const curatedCategories = new Set(curated.mechanisms.map((m) => m.category));
  const proposedCategories = new Set(list(draft, 'mechanisms').map((m) => String(m.category)));
  const region = draft.region as Item | null | undefined;
  const title = draft.title as Item | undefined;

  return {
    id: curated.id,
    metrics: { curated: curatedMetrics.length, exact: metricPairs.filter(Boolean).length, proposed: proposedMetrics.length, wrong },
    formulas: { curated: curated.formulas.length, found: formulaPairs.filter(Boolean).length },
    components,
    slogans: { curated: curated.slogans.length, found: curated.slogans.filter((s) => proposedSlogans.some((p) => p.text === s.text)).length, proposed: proposedSlogans.length },
    categories: { curated: curatedCategories.size, proposed: proposedCategories.size, common: [...curatedCategories].filter((k) => proposedCategories.has(k)).length },
    region: Boolean(region) && PLACE.every((key) => region?.[key] === curated.region[key]),
    title: title?.zh === curated.title.zh,
    fields: countPrefilled(c, draft),
  };
}

/** Sums the scores of several entries (counts add up; region and title count the entries right). */
export function totalScore(scores: readonly Score[]): Omit<Score, 'id' | 'region' | 'title'> & { id: string; region: number; title: number } {
  const add = <T extends object>(pick: (s: Score) => T): T =>
    scores.reduce<Record<string, number>>((sum, s) => {
      for (const [k, v] of Object.entries(pick(s))) sum[k] = (sum[k] ?? 0) + (v as number);
      return sum;
    }, {}) as T;
  return {
    id: 'all',
    metrics: add((s) => s.metrics),
    formulas: add((s) => s.formulas),
    components: add((s) => s.components),
    slogans: add((s) => s.slogans),
    categories: add((s) => s.categories),
    region: scores.filter((s) => s.region).length,
    title: scores.filter((s) => s.title).length,
    fields: add((s) => s.fields),
  };
}

/** The targets, as checks on the total. */
export const TARGETS = {
  metricsExact: 0.9,
  metricsWrong: 0.1,
  components: 0.8,
  prefilled: 0.6,
} as const;

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
