import { chartId, figureId, mechanismId, pageId, paragraphId, parseId } from './ids.ts';
import type { PinKind } from './ids.ts';

/**
 * What each pin id resolves to, written at build time in parts (/brief/items/_shared.json, one file per model,
 * one per province's charts and one of the collection's, per edition; BriefSharedPart below; all but the shared
 * one packed, PackedPart) and read by /brief/ and the chart downloads. The browser never formats a citation: each
 * reference is here as the build formatted it, with its access date and stand-in origin still in, for
 * src/lib/cite/live.ts to put the reader's in (liveText, refreshFile). This module is pure: the endpoint hands it
 * the entries and a citation writer.
 */

export interface BriefItem {
  id: string;
  kind: PinKind;
  /** What is pinned: a figure's label, a mechanism's name, a chart's title, ¶N, the page title. */
  label: string;
  /** The verbatim source text (a paragraph's whole text for a paragraph); null for a page or chart. */
  quote: string | null;
  paragraph: number | null;
  /** Absolute URL of the item on the site (with #p-N); may hold the stand-in origin. */
  url: string;
  /** The page it comes from, for its source line (“model title, ¶N”). */
  source: string;
  /** Key into `references`. */
  ref: string;
  /** A figure's or chart's data, exported as a table. */
  table?: { head: string[]; rows: string[][] };
}

/** A reference as built: its text in the edition's style (no list number), its files, and the date in them. */
export interface BriefReference {
  text: string;
  accessed: string;
  ris: string;
  bibtex: string;
  csl: string;
}

export interface BriefIndex {
  locale: 'zh-CN' | 'en';
  style: 'gbt7714-2025' | 'apa7';
  /** The models a compare selection may name, with their titles. */
  models: Record<string, string>;
  /** The compare page's reference, with COMPARE_TOKEN where the selection's ?m= value goes. */
  compare: BriefReference & { url: string };
  items: Record<string, BriefItem>;
  references: Record<string, BriefReference>;
}

/** Stands for a compare selection's ?m= value in the compare reference (a string no model id can hold). */
export const COMPARE_TOKEN = 'BRIEFSELECTION';

export interface ModelForBrief {
  id: string;
  title: string;
  url: string;
  paragraphs: readonly string[];
  metrics: ReadonlyArray<{ label: string; value: string; unit: string; year: number | null; quote: string; paragraph: number; raw: number }>;
  mechanisms: ReadonlyArray<{ name: string; quote: string; paragraph: number }>;
}

/** A chart as the brief needs it: its published name, where it is drawn, and its data table as text. */
export interface ChartForBrief {
  name: string;
  title: string;
  /** Absolute URL of the chart (page#figure-id). */
  url: string;
  source: string;
  table: { head: string[]; rows: string[][] };
}

export interface BriefWords {
  paragraph: (n: number) => string;
  figureHead: string[];
}

/** Every pinnable item of one model page, keyed by id. */
export function modelItems(model: ModelForBrief, words: BriefWords): BriefItem[] {
  const at = (n: number) => `${model.url}#p-${n}`;
  const ref = pageId(model.id);
  const items: BriefItem[] = [{ id: pageId(model.id), kind: 'page', label: model.title, quote: null, paragraph: null, url: model.url, source: model.title, ref }];
  model.paragraphs.forEach((text, i) => {
    const n = i + 1;
    items.push({ id: paragraphId(model.id, n), kind: 'paragraph', label: words.paragraph(n), quote: text, paragraph: n, url: at(n), source: model.title, ref });
  });
  for (const metric of model.metrics) {
    items.push({
      id: figureId(model.id, { quote: metric.quote, paragraph: metric.paragraph, value: metric.raw, unit: metric.unit }),
      kind: 'figure',
      label: metric.label,
      quote: metric.quote,
      paragraph: metric.paragraph,
      url: at(metric.paragraph),
      source: model.title,
      ref,
      table: { head: words.figureHead, rows: [[metric.label, metric.value, metric.unit, metric.year === null ? '' : String(metric.year)]] },
    });
  }
  for (const mechanism of model.mechanisms) {
    items.push({ id: mechanismId(model.id, mechanism), kind: 'mechanism', label: mechanism.name, quote: mechanism.quote, paragraph: mechanism.paragraph, url: at(mechanism.paragraph), source: model.title, ref });
  }
  return items;
}

/** A chart's item: it is cited as itself (its own reference, keyed by its id), as its caption's citation is. */
export function chartItem(chart: ChartForBrief): BriefItem {
  const id = chartId(chart.name);
  return { id, kind: 'chart', label: chart.title, quote: null, paragraph: null, url: chart.url, source: chart.source, ref: id, table: chart.table };
}

/** Strips a numeric style's own list number ([1]): the brief numbers its references itself. */
export const unnumbered = (reference: string): string => reference.replace(/^\[\d+\]\s*/, '');

/**
 * The index in the parts it is served as: one shared part (the compare reference, model titles, the provinces
 * whose charts have parts), one per model (its page, paragraphs, figures and mechanisms, its page's reference and
 * the charts drawn for it: metrics-<id>, timeline-<id>, formula-<id>-<n>), one per province for the charts of its
 * region pages (matrix-<province> …) and one for the collection's own charts. A part is found from an id and the
 * shared part alone (partOf), so a brief fetches the shared part and the parts its pins name, and what it costs
 * follows the brief, not the collection (one file of every item was 369 KB at five models; the charts alone were
 * 39 MB at a thousand). And each part is built from the entries it shows, not from the whole index, so a rebuild
 * after one entry changed builds that entry's parts again and copies the others (src/lib/page-keys.ts).
 */
export type BriefSharedPart = BriefIndex & { regions: string[] };
export type BriefModelPart = Pick<BriefIndex, 'items' | 'references'>;

/** The part of the collection's own charts (the tilemap, and all of /compare/'s while the collection is not split). */
export const COLLECTION_CHARTS = '_charts';
/** The part of a province's charts. */
export const regionChartsPart = (region: string): string => `${COLLECTION_CHARTS}-${region}`;

/** What says where a part is: the models that have parts and the provinces whose charts have parts. */
export interface PartPlan {
  models: Readonly<Record<string, unknown>>;
  regions: readonly string[];
}

/**
 * The part a chart lives in, from its name: a model's charts are named after it (metrics-<id>, timeline-<id>,
 * formula-<id>-<n>), a province's after its key (matrix-<region> …); anything else is the collection's. A name
 * that matches neither a published model nor a province (a chart since removed) goes to the collection's part,
 * where it reads as missing.
 */
export function chartPartOf(name: string, plan: PartPlan): string {
  const dash = name.indexOf('-');
  if (dash < 0) return COLLECTION_CHARTS;
  const kind = name.slice(0, dash);
  const rest = name.slice(dash + 1);
  const model = kind === 'formula' ? /^(.+)-\d+$/.exec(rest)?.[1] : kind === 'metrics' || kind === 'timeline' ? rest : undefined;
  if (model !== undefined && Object.hasOwn(plan.models, model)) return model;
  return plan.regions.includes(rest) ? regionChartsPart(rest) : COLLECTION_CHARTS;
}

/** The part an item id lives in: its model's, its chart's, or null for what the shared part holds (a compare selection). */
export function partOf(id: string, plan: PartPlan): string | null {
  const parsed = parseId(id);
  if (parsed === null) return null;
  if ('model' in parsed) return parsed.model;
  return parsed.kind === 'chart' ? chartPartOf(parsed.figure, plan) : null;
}

/** The parts a brief's pins need beyond the shared part: their models' and their charts' (those the build has). */
export function partsFor(ids: readonly string[], shared: PartPlan): string[] {
  const names = new Set<string>();
  for (const id of ids) {
    const name = partOf(id, shared);
    // A model the build does not have has no part: its pins read as missing.
    if (name !== null && (name.startsWith(COLLECTION_CHARTS) || Object.hasOwn(shared.models, name))) names.add(name);
  }
  return [...names];
}

/** A part of the given items, each with the reference it cites. */
export function partWith(items: readonly BriefItem[], references: Readonly<Record<string, BriefReference>>): BriefModelPart {
  const part: BriefModelPart = { items: {}, references: {} };
  for (const item of items) {
    part.items[item.id] = item;
    const reference = references[item.ref];
    if (reference) part.references[item.ref] = reference;
  }
  return part;
}

/** The index a brief reads, put together from the parts fetched (a model whose part is gone adds nothing). */
export function joinIndex(shared: BriefSharedPart, parts: readonly BriefModelPart[]): BriefIndex {
  const index: BriefIndex = { ...shared, items: { ...shared.items }, references: { ...shared.references } };
  for (const part of parts) {
    Object.assign(index.items, part.items);
    Object.assign(index.references, part.references);
  }
  return index;
}

/**
 * A part as the build serves it: what most of its items share (the page they come from, its title as their source
 * line, the reference they cite) is said once, and each item leaves out what is the same as that, its own id (its
 * key) and its empty fields, and a table's cells that repeat the cell above are left out too. A model's items all
 * share those, so they were more than a fifth of every part (packed thus, without the tables' cells, the parts of a
 * thousand models went from 172.5 to 134.8 MiB). packPart and unpackPart are exact inverses (a unit test holds them
 * to it), so the brief and the chart downloads read the part as built.
 */
export interface PackedPart {
  shared: { url: string; source: string; ref: string };
  items: Record<string, PackedItem>;
  references: Record<string, BriefReference>;
}

/**
 * An item without its id; `source` and `ref` only where they differ from the part's; `quote` and `paragraph` only
 * where not null; `url` only where the item is not on the part's page, else `anchor` only where its fragment is not
 * its paragraph's (#p-N) or, without a paragraph, none.
 */
export type PackedItem = Omit<BriefItem, 'id' | 'source' | 'ref' | 'url' | 'quote' | 'paragraph' | 'table'> &
  Partial<Pick<BriefItem, 'source' | 'ref' | 'url' | 'quote' | 'paragraph'>> & { anchor?: string; table?: PackedTable };

/**
 * A table whose cells are null where they are the cell above: a chart's rows run model by model and group by
 * group, so its model, place and group columns repeat down the rows (no cell of a built table is null).
 */
export interface PackedTable {
  head: string[];
  rows: Array<Array<string | null>>;
}

// A one-character cell is no longer than null, so it stays.
const packRows = (rows: readonly string[][]): Array<Array<string | null>> =>
  rows.map((row, i) => row.map((cell, j) => (i > 0 && cell.length > 1 && rows[i - 1]![j] === cell ? null : cell)));

function unpackRows(rows: ReadonlyArray<ReadonlyArray<string | null>>): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    const above = out.at(-1);
    out.push(row.map((cell, j) => cell ?? above?.[j] ?? ''));
  }
  return out;
}

const pageOf = (url: string): string => url.split('#')[0]!;
const paragraphAnchor = (paragraph: number | null): string => (paragraph === null ? '' : `#p-${paragraph}`);

/** The value most items have (the first such in order): what the part says once. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

export function packPart(part: BriefModelPart): PackedPart {
  const all = Object.values(part.items);
  const shared = { url: mostCommon(all.map((item) => pageOf(item.url))), source: mostCommon(all.map((item) => item.source)), ref: mostCommon(all.map((item) => item.ref)) };
  const items: Record<string, PackedItem> = {};
  for (const [key, { id, source, ref, url, quote, paragraph, table, ...rest }] of Object.entries(part.items)) {
    if (id !== key) throw new Error(`brief part: item "${id}" is filed under "${key}"`);
    const packed: PackedItem = { ...rest };
    if (table) packed.table = { head: table.head, rows: packRows(table.rows) };
    if (source !== shared.source) packed.source = source;
    if (ref !== shared.ref) packed.ref = ref;
    if (quote !== null) packed.quote = quote;
    if (paragraph !== null) packed.paragraph = paragraph;
    if (pageOf(url) !== shared.url) packed.url = url;
    else if (url.slice(shared.url.length) !== paragraphAnchor(paragraph)) packed.anchor = url.slice(shared.url.length);
    items[key] = packed;
  }
  return { shared, items, references: part.references };
}

export function unpackPart(packed: PackedPart): BriefModelPart {
  const { shared } = packed;
  const items: Record<string, BriefItem> = {};
  for (const [id, { kind, label, source, ref, url, anchor, quote, paragraph, table }] of Object.entries(packed.items)) {
    const at = paragraph ?? null;
    const item: BriefItem = { id, kind, label, quote: quote ?? null, paragraph: at, url: url ?? `${shared.url}${anchor ?? paragraphAnchor(at)}`, source: source ?? shared.source, ref: ref ?? shared.ref };
    if (table) item.table = { head: table.head, rows: unpackRows(table.rows) };
    items[id] = item;
  }
  return { items, references: packed.references };
}
