import { readEntries, readTaxonomy } from '../../../src/lib/entries/read.ts';
import type { DataTable, FigureContext, TableCell } from '../../../src/lib/figures/types.ts';
import type { Locale } from '../../../src/lib/i18n.ts';
import type { CuratedModel } from '../../../src/schemas/model.ts';

/** The real curated entries and taxonomy, read from disk the way npm run validate reads them (no Astro). */
export const MODELS: CuratedModel[] = readEntries(process.cwd())
  .entries.flatMap((e) => (e.data.draft ? [] : [e.data]))
  .sort((a, b) => a.id.localeCompare(b.id));

export const CATEGORIES = readTaxonomy(process.cwd()).categories;

/** A figure context for an edition, under a base path. */
export function context(locale: Locale, base = '/'): FigureContext {
  return { locale, base, models: MODELS, categories: CATEGORIES };
}

/** A curated model by id (throws when missing, so a renamed entry fails loudly). */
export function model(id: string): CuratedModel {
  const found = MODELS.find((m) => m.id === id);
  if (!found) throw new Error(`no curated model ${id}`);
  return found;
}

/**
 * SVG markup made stable for snapshots, as Plot's tests do: numbers in attributes rounded to one decimal (they
 * already are; this guards against a change that stops rounding; figures quoted in text are left as written) and ids renumbered in order of appearance, with every
 * reference to them (aria-*, href="#…", url(#…)) following.
 */
export function normaliseSvg(svg: string): string {
  const rounded = svg.replace(/="[^"]*"/g, (value) => value.replace(/\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)));
  const ids = [...rounded.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
  let out = rounded;
  ids.forEach((id, i) => {
    out = out.replaceAll(`"${id}"`, `"id-${i}"`).replaceAll(`#${id}"`, `#id-${i}"`).replaceAll(`url(#${id})`, `url(#id-${i})`);
  });
  return `${out.replace(/></g, '>\n<')}\n`;
}

/** A row's cell in the column with this key (tables gain CSV-only columns; tests name columns, not positions). */
export function cellAt(table: DataTable, row: readonly TableCell[], key: string): TableCell | undefined {
  const index = table.columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`no column ${key} in table “${table.caption}”`);
  return row[index];
}
