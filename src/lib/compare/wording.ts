import type { Bilingual } from '../locale.ts';
import type { ComparedModel } from './record.ts';

/**
 * Mechanisms compared by wording: for the chosen models, one row per mechanism category any of them uses, each
 * model's mechanisms in that category in its own words, and whether the models differ there. Pure: the browser
 * builds the rows of /compare/?m= from the models' records with this, and the tests read it.
 *
 * Where they differ, as the page says: a category differs when one chosen model has mechanisms in it and another
 * has none, or when their mechanisms are not the same ones — not the same names, compared as written but for
 * quotation marks, brackets, punctuation and spaces (“1322”模式 and 1322模式 are one name). A mechanism all the
 * chosen models name alike is shared; with “only where they differ” on, shared mechanisms and the categories
 * left with nothing but them are set aside.
 */

export interface WordingItem {
  /** Position in the entry: the evidence anchor is #q-k-<index>. */
  index: number;
  mechanism: ComparedModel['mechanisms'][number];
  /** Every chosen model names a mechanism of this category alike. */
  shared: boolean;
}

export interface WordingRow {
  category: { id: string; name: Bilingual };
  /** One per chosen model, in the selection's order. */
  cells: Array<{ modelId: string; items: WordingItem[] }>;
  differs: boolean;
}

export interface Wording {
  /** The categories at least one chosen model uses, in taxonomy order. */
  rows: WordingRow[];
  /** The categories none of them uses, in taxonomy order: folded away on the page, each still linked. */
  unused: Array<{ id: string; name: Bilingual }>;
  /** How many rows differ. */
  differing: number;
  /** The mechanism names every chosen model shares, in row order (each once). */
  shared: string[];
}

/** A mechanism's name as compared: without quotation marks, brackets, punctuation or spaces, full-width folded. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s"'“”‘’「」『』()（）《》〈〉【】[\]、，,。.·•:：;；!！?？]/gu, '');
}

/** The chosen models' mechanisms by category, with what is shared and where they differ (see above). */
export function compareWording(models: readonly ComparedModel[], categories: readonly { id: string; name: Bilingual }[]): Wording {
  const rows: WordingRow[] = [];
  const unused: Wording['unused'] = [];
  const shared: string[] = [];
  for (const category of categories) {
    const cells = models.map((model) => ({
      modelId: model.id,
      items: model.mechanisms.flatMap((mechanism, index) => (mechanism.category === category.id ? [{ index, mechanism, shared: false }] : [])),
    }));
    if (cells.every((cell) => cell.items.length === 0)) {
      unused.push(category);
      continue;
    }
    const keySets = cells.map((cell) => new Set(cell.items.map((item) => nameKey(item.mechanism.name))));
    // A name is shared when every chosen model has it (with a single model chosen, nothing is compared).
    const common = models.length < 2 ? new Set<string>() : new Set([...(keySets[0] ?? [])].filter((key) => keySets.every((set) => set.has(key))));
    for (const cell of cells) for (const item of cell.items) item.shared = common.has(nameKey(item.mechanism.name));
    const differs = models.length < 2 || cells.some((cell) => cell.items.length === 0 || cell.items.some((item) => !item.shared));
    for (const item of cells[0]?.items ?? []) if (item.shared && !shared.includes(item.mechanism.name)) shared.push(item.mechanism.name);
    rows.push({ category, cells, differs });
  }
  return { rows, unused, differing: rows.filter((row) => row.differs).length, shared };
}

/** Slogans and numbered formulas side by side: a row per slogan kind and one for the formulas, rows nobody fills left out. */
export interface PhraseRow {
  kind: 'brand' | 'requirement' | 'campaign' | 'formula';
  cells: Array<{ modelId: string; slogans: Array<{ index: number; slogan: ComparedModel['slogans'][number] }>; formulas: Array<{ index: number; formula: ComparedModel['formulas'][number] }> }>;
}

export function comparePhrases(models: readonly ComparedModel[]): PhraseRow[] {
  const kinds = ['brand', 'requirement', 'campaign', 'formula'] as const;
  return kinds
    .map((kind) => ({
      kind,
      cells: models.map((model) => ({
        modelId: model.id,
        slogans: kind === 'formula' ? [] : model.slogans.flatMap((slogan, index) => (slogan.kind === kind ? [{ index, slogan }] : [])),
        formulas: kind === 'formula' ? model.formulas.map((formula, index) => ({ index, formula })) : [],
      })),
    }))
    .filter((row) => row.cells.some((cell) => cell.slogans.length + cell.formulas.length > 0));
}
