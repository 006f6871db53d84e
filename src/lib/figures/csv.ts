import { csvFormatRows } from 'd3-dsv';
import type { DataTable } from './types.ts';

/** Excel reads a UTF-8 CSV as UTF-8 (and shows Chinese correctly) only when it starts with a BOM. */
const BOM = '\uFEFF';

/**
 * A figure's data table as CSV: one column per table column, plus a `<key>_url` column after every column
 * that holds links (several links in a cell are separated by spaces; their texts by “; ”).
 */
export function tableCsv(table: DataTable): string {
  const linked = table.columns.map((_, c) => table.rows.some((row) => row[c]?.href !== undefined || (row[c]?.links?.length ?? 0) > 0));
  const header = table.columns.flatMap((column, c) => (linked[c] ? [column.key, `${column.key}_url`] : [column.key]));
  const rows = table.rows.map((row) =>
    table.columns.flatMap((_, c) => {
      const cell = row[c];
      const text = cell?.links ? cell.links.map((l) => l.text).join('; ') : (cell?.text ?? '');
      if (!linked[c]) return [text];
      const url = cell?.links ? cell.links.map((l) => l.href).join(' ') : (cell?.href ?? '');
      return [text, url];
    }),
  );
  return BOM + csvFormatRows([header, ...rows]) + '\n';
}
