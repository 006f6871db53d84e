import type { ProposedFields } from './index.ts';

/**
 * `ingest --force` on a draft: fresh proposals replace only the items still marked `review: proposed`; what a
 * person confirmed (no `review`) is kept as it is and never proposed again (a fresh proposal that repeats a
 * confirmed item is dropped). Pure: the existing frontmatter and the fresh proposals in, the top-level keys whose
 * value changes out, so the caller rewrites only those and every other line stays byte for byte.
 */

type Data = Record<string, unknown>;
type Item = Record<string, unknown> & { review?: unknown };

const proposed = (value: unknown): boolean => typeof value === 'object' && value !== null && (value as Item).review === 'proposed';
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Whether a fresh item repeats something a person has kept, list by list. */
const REPEATS: Record<string, (fresh: Item, kept: Item, all: Data) => boolean> = {
  slogans: (f, k) => f.text === k.text,
  formulas: (f, k) => f.code === k.code,
  mechanisms: (f, k) => f.name === k.name,
  metrics: (f, k) => f.paragraph === k.paragraph && f.value === k.value && f.unit === k.unit,
  excluded: (f, k) => f.paragraph === k.paragraph && (f.text === k.text || str(k.text).includes(str(f.text))),
  schedule: (f, k) => f.paragraph === k.paragraph && f.quote === k.quote,
};

/** A fresh metric or exclusion is already accounted for by a kept item of the other list in its paragraph. */
function accountedElsewhere(list: string, fresh: Item, data: Data): boolean {
  const kept = (key: string) => ((data[key] as Item[] | undefined) ?? []).filter((i) => !proposed(i));
  if (list === 'metrics') return kept('excluded').some((e) => e.paragraph === fresh.paragraph && str(fresh.quote).includes(str(e.text)) && str(e.text).includes(String(fresh.value)));
  if (list === 'excluded') return kept('metrics').some((m) => m.paragraph === fresh.paragraph && str(m.quote).includes(str(fresh.text)));
  return false;
}

function mergeList(list: string, existing: unknown, fresh: readonly Item[], data: Data): Item[] {
  const kept = ((existing as Item[] | undefined) ?? []).filter((item) => !proposed(item));
  const repeats = REPEATS[list] ?? (() => false);
  const added = fresh.filter((item) => !kept.some((k) => repeats(item, k, data)) && !accountedElsewhere(list, item, data));
  if (list !== 'formulas') return [...kept, ...added];
  // A confirmed formula may still hold proposed components: those are replaced by the fresh formula's, less any
  // component already confirmed.
  const withParts = kept.map((formula) => {
    const components = (formula.components as Item[] | undefined) ?? [];
    if (!components.some(proposed)) return formula;
    const confirmed = components.filter((c) => !proposed(c));
    const freshParts = ((fresh.find((f) => f.code === formula.code)?.components as Item[] | undefined) ?? []).filter((c) => !confirmed.some((k) => k.label === c.label));
    return { ...formula, components: [...confirmed, ...freshParts] };
  });
  return [...withParts, ...added];
}

const LISTS = ['slogans', 'formulas', 'mechanisms', 'metrics', 'excluded', 'schedule'] as const;
const OBJECTS = ['title', 'short', 'org', 'region'] as const;

/** The top-level keys to rewrite, with their new values; empty for a curated entry (proposals go into drafts only). */
export function mergeProposals(data: Data, fresh: ProposedFields): Data {
  if (data.draft !== true) return {};
  const next: Data = {};
  for (const key of OBJECTS) {
    const current = data[key];
    const value = fresh[key];
    if (key === 'title' && !fresh.title.zh) continue;
    if (current === undefined || current === null || proposed(current)) next[key] = value ?? null;
  }
  const review = { ...((data.review as Data | undefined) ?? {}) };
  for (const key of ['level', 'sector'] as const) {
    if (data[key] === undefined || data[key] === null || review[key] === 'proposed') {
      next[key] = fresh[key];
      if (fresh[key] !== null) review[key] = 'proposed';
      else delete review[key];
    }
  }
  next.review = review;
  for (const list of LISTS) next[list] = mergeList(list, data[list], fresh[list] as unknown as Item[], data);
  // Only what changes is rewritten.
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(data[key] ?? (key === 'review' ? {} : undefined))));
}
