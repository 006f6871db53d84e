import type { CuratedModel } from '../../schemas/model.ts';
import type { MechanismCategory } from '../../schemas/taxonomy.ts';
import type { Locale } from '../i18n.ts';

/**
 * What a chart figure on a page is made of: the inline SVG, what it is called and what it shows, its data as a
 * table (each value linked to its evidence) and the source line. Built by the functions in this folder from
 * curated entries; ChartFigure.astro renders it and the /charts/<name>.svg|csv endpoints serve it.
 */

export const CHART_KINDS = ['matrix', 'metrics', 'tilemap', 'timeline', 'formula', 'network'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** One link in a table cell. */
export interface CellLink {
  text: string;
  href: string;
}

/** A table cell: text, optionally a link, or a list of links (shared categories …). */
export interface TableCell {
  text: string;
  href?: string;
  links?: CellLink[];
  /** Set when the text is Chinese inside the English edition (names as written). */
  lang?: 'zh-CN';
  /** The number itself, for a numeric column: the CSV writes it as a number (9), the page the text (9 名). */
  value?: number;
}

export interface TableColumn {
  /** What the column holds (snake_case): a name for code and tests, the same in both editions. */
  key: string;
  /** Header in the edition's language, on the page and in the CSV. */
  label: string;
  /** Numbers: the CSV writes each cell's `value` as a plain number. */
  numeric?: boolean;
  /** Only in the CSV download (long quotes, ids, the unit on its own), not in the page's table. */
  csvOnly?: boolean;
  /** Only on the page: the CSV has the same facts in columns of their own (“9 名” is value 9 and unit 名). */
  pageOnly?: boolean;
}

export interface DataTable {
  caption: string;
  columns: TableColumn[];
  /** The first cell of a row is its header. */
  rows: TableCell[][];
  /** Header of the URL column the CSV adds after a linked column: a template with {label} (“{label}链接”). */
  linkHeader: string;
}

export interface Figure {
  kind: ChartKind;
  /** Unique on the site, safe in a file name: matrix, metrics-<model id>, formula-<model id>-<n> … */
  name: string;
  /** Element id of the figure, unique on any page that shows it. */
  id: string;
  title: string;
  /** What the chart shows and its main finding: the SVG's <desc>. */
  description: string;
  /** The inline <svg> element. */
  svg: string;
  /** The chart's size and its markup inside <svg> after <title> and <desc>: the download frames it with its caption. */
  width: number;
  height: number;
  body: string;
  /** The data as the page's table shows them. */
  table: DataTable;
  /** The same data as the CSV download holds them, where its shape differs (one row per model and category). */
  csv?: DataTable;
  /** Where the data come from, for the caption. */
  source: string;
  /**
   * The page the figure is cited at (locale-independent, from routes): where it is drawn, or for a chart drawn
   * on several pages the first of them, so its citation and its downloads say the same on every page.
   */
  page: string;
}

/** What every figure builder receives. */
export interface FigureContext {
  locale: Locale;
  /** The site's base path ('/' or '/atlas/'). */
  base: string;
  /** Every curated model shown in the build, in id order (series follow this order on every page). */
  models: readonly CuratedModel[];
  categories: readonly MechanismCategory[];
  /**
   * Set when a site-wide figure is drawn for one province's region page (src/lib/site-wide.ts): `models` are
   * then that province's, and the figure's name, title and source say so.
   */
  region?: { key: string; name: string } | undefined;
}
