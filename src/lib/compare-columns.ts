import { fetchText } from './fetch.ts';

/**
 * Brings a model's columns into this page's comparison tables from the page that has them. Once the collection
 * is split by province (src/lib/site-wide.ts), /compare/?m=a,b may name models whose columns are on other
 * provinces' region pages: this fetches those pages and copies each chosen model's header and cells into the
 * tables of the same class, matching rows by their data-row key (a category, or a figure group's category and
 * unit). A row this page lacks is added at the end, with an empty cell for each column already there.
 * Runs in the browser; every page it reads is one of the site's own static pages.
 */

/** The comparison tables a page has, by class: the mechanism matrix and the figures side by side. */
const TABLES = ['matrix', 'figures'] as const;

const cellSelector = (id: string) => `[data-model-column="${CSS.escape(id)}"]`;

/**
 * Makes sure every id in `ids` has its columns in `doc`'s comparison tables, fetching its page from `pages`
 * (model id → URL of the page with its columns) when it is not on this one. Returns the ids whose columns could
 * not be brought (no page known, or the page could not be fetched), so the caller can say so.
 */
export async function bringColumns(doc: Document, ids: readonly string[], pages: Readonly<Record<string, string>>): Promise<string[]> {
  const absent = ids.filter((id) => !doc.querySelector(`table.matrix th${cellSelector(id)}`));
  const byPage = new Map<string, string[]>();
  const missing: string[] = [];
  for (const id of absent) {
    const page = pages[id];
    if (!page) missing.push(id);
    else byPage.set(page, [...(byPage.get(page) ?? []), id]);
  }
  const fetched = await Promise.all(
    [...byPage].map(async ([url, idsThere]) => {
      try {
        return { source: new DOMParser().parseFromString(await fetchText(url), 'text/html'), idsThere };
      } catch {
        return { source: null, idsThere };
      }
    }),
  );
  for (const { source, idsThere } of fetched) {
    if (!source) {
      missing.push(...idsThere);
      continue;
    }
    for (const id of idsThere) {
      if (!source.querySelector(`table.matrix th${cellSelector(id)}`)) {
        missing.push(id);
        continue;
      }
      for (const kind of TABLES) {
        const target = doc.querySelector<HTMLTableElement>(`table.${kind}`);
        const from = source.querySelector<HTMLTableElement>(`table.${kind}`);
        if (target && from) copyColumn(doc, target, from, id);
      }
    }
  }
  return ids.filter((id) => missing.includes(id));
}

/** Appends model `id`'s column of `from` to `target`, row by row (rows matched by data-row, else by position). */
export function copyColumn(doc: Document, target: HTMLTableElement, from: HTMLTableElement, id: string): void {
  const headerRow = target.tHead?.rows[0];
  const header = from.tHead?.rows[0]?.querySelector(cellSelector(id));
  const body = target.tBodies[0];
  if (!headerRow || !header || !body) return;
  const earlier = [...headerRow.cells].slice(1).map((cell) => cell.dataset['modelColumn'] ?? '');
  const imported = doc.importNode(header, true);
  // Endnote numbers are the other page's (src/lib/print/endnotes.ts): they would point at notes this page lacks.
  for (const link of imported.querySelectorAll('[data-endnote]')) link.removeAttribute('data-endnote');
  headerRow.append(imported);

  const fromRows = new Map([...(from.tBodies[0]?.rows ?? [])].map((row, i) => [rowKey(row, i), row]));
  [...body.rows].forEach((row, i) => {
    const cell = fromRows.get(rowKey(row, i))?.querySelector(cellSelector(id));
    row.append(cell ? doc.importNode(cell, true) : emptyCell(doc, id));
    fromRows.delete(rowKey(row, i));
  });
  // Rows only the other page has (a figure group no model here has): added, empty for the columns already here.
  for (const [key, fromRow] of fromRows) {
    const cell = fromRow.querySelector(cellSelector(id));
    const heading = fromRow.cells[0];
    if (!cell || !heading) continue;
    const row = doc.createElement('tr');
    row.dataset['row'] = key;
    row.append(doc.importNode(heading, true), ...earlier.map((other) => emptyCell(doc, other)), doc.importNode(cell, true));
    body.append(row);
  }
}

function rowKey(row: HTMLTableRowElement, position: number): string {
  return row.dataset['row'] ?? `#${position}`;
}

/** What a table shows where a model has nothing in a row. */
function emptyCell(doc: Document, id: string): HTMLTableCellElement {
  const cell = doc.createElement('td');
  cell.className = 'zero';
  cell.dataset['modelColumn'] = id;
  cell.textContent = '–';
  return cell;
}

/**
 * Puts a table's model columns in the order of `ids` (a ?m= selection's), after its header column: each row's
 * cells of those models are moved, in that order, to the row's end; other models' cells stay where they are.
 */
export function orderColumns(table: HTMLTableElement, ids: readonly string[]): void {
  for (const row of table.rows) {
    for (const id of ids) {
      const cell = row.querySelector(`:scope > ${cellSelector(id)}`);
      if (cell) row.append(cell);
    }
  }
}
