import { csvFormatRows } from 'd3-dsv';
import type { DataTable } from './types.ts';

/** Excel reads a UTF-8 CSV as UTF-8 (and shows Chinese correctly) only when it starts with a BOM. */
const BOM = '\uFEFF';

/**
 * A figure's data as CSV, for a reader to reuse: headers in the edition's language, every column of the table
 * but those only the page shows, numbers written as numbers (the unit is a column of its own), and after every
 * column that holds links a column of their absolute addresses (several in a cell separated by spaces; their
 * texts by “; ”). `site` is the site's configured address (SITE_URL), against which the links' paths resolve; null on a build
 * without one, whose files keep the paths rather than name a host that is not the site's.
 * The browser writes every CSV download with these functions: from a ?m= selection's figure, and from the rows the
 * brief's chart index holds for a chart the build drew (src/scripts/chart-downloads.ts).
 */
export function tableCsv(table: DataTable, site: string | null): string {
  return csvText(csvRows(table, site));
}

/** The rows of a figure's CSV, its header first, as text: what the CSV file holds and what a brief's table of the chart shows. */
export function csvRows(table: DataTable, site: string | null): string[][] {
  const columns = table.columns.map((column, index) => ({ column, index })).filter(({ column }) => !column.pageOnly);
  const linked = columns.map(({ index }) => table.rows.some((row) => row[index]?.href !== undefined || (row[index]?.links?.length ?? 0) > 0));
  const absolute = (href: string) => (site === null ? href : new URL(href, site).href);
  const header = columns.flatMap(({ column }, c) => (linked[c] ? [column.label, table.linkHeader.replace('{label}', column.label)] : [column.label]));
  const rows = table.rows.map((row) =>
    columns.flatMap(({ column, index }, c) => {
      const cell = row[index];
      const text = cell?.links ? cell.links.map((l) => l.text).join('; ') : column.numeric && cell?.value !== undefined ? String(cell.value) : (cell?.text ?? '');
      if (!linked[c]) return [text];
      const url = cell?.links ? cell.links.map((l) => absolute(l.href)).join(' ') : cell?.href ? absolute(cell.href) : '';
      return [text, url];
    }),
  );
  return [header, ...rows];
}

/** CSV rows as the file a reader opens in Excel or WPS: BOM, RFC 4180 quoting (d3-dsv), a final line break. */
export function csvText(rows: readonly string[][]): string {
  return BOM + csvFormatRows(rows as string[][]) + '\n';
}
