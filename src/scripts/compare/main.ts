import { bringColumns, orderColumns } from '../../lib/compare-columns.ts';
import { parseSelection } from '../../lib/compare.ts';
import { loadDirectory, readPageData, type CompareDirectory, type ComparePageData } from '../../lib/compare/page-data.ts';
import { fill } from '../../lib/locale.ts';
import { compareId } from '../../lib/brief/ids.ts';
import { refreshPins } from '../pins.ts';

/**
 * /compare/'s script on first load: reads ?m=a,b (or repeated m=), narrows the tables to the chosen models in
 * the order given (bringing columns from a province's page when the collection is split, src/lib/compare-columns.ts),
 * says what it shows, and loads ./view.ts for the rest — words side by side, charts, downloads, citations — only
 * when there is a selection. Without JavaScript the page shows all its models, which is the same information.
 */

function say(data: ComparePageData, key: string, values: Record<string, string> = {}): string {
  return fill(data.words[key] ?? key, values);
}

async function showSelection(doc: Document, data: ComparePageData, directory: CompareDirectory, status: HTMLElement, requested: string) {
  const selection = parseSelection(requested, Object.keys(directory.names));
  const messages: string[] = [];
  if (selection.unknown.length > 0) messages.push(say(data, 'compare.unknown', { ids: selection.unknown.join(', ') }));
  if (selection.truncated) messages.push(say(data, 'compare.tooMany'));
  if (selection.ids.length === 0) {
    messages.push(say(data, data.split ? 'compare.noneValidSplit' : 'compare.noneValid'));
    doc.querySelector<HTMLElement>('[data-wording-choose]')?.removeAttribute('hidden');
    finish(status, messages);
    return;
  }
  status.textContent = say(data, 'compare.loading');
  status.hidden = false;
  const missing = await bringColumns(doc, selection.ids, directory.pages ?? {});
  const columns = selection.ids.filter((id) => !missing.includes(id));
  const chosen = new Set(columns);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-compare-view] table.matrix [data-model-column], [data-compare-view] table.figures [data-model-column]')) {
    el.hidden = !chosen.has(el.dataset['modelColumn'] ?? '');
  }
  for (const table of doc.querySelectorAll<HTMLTableElement>('[data-compare-view] table.matrix, [data-compare-view] table.figures')) orderColumns(table, columns);
  // A printed handout's endnotes list the pages of the models it shows (Base.astro, src/lib/print/endnotes.ts).
  for (const note of doc.querySelectorAll<HTMLElement>('li[data-model-column]')) note.hidden = !chosen.has(note.dataset['modelColumn'] ?? '');
  // A figure group none of the chosen models has a figure in says nothing about them.
  for (const row of doc.querySelectorAll<HTMLTableRowElement>('[data-compare-view] table.figures tbody tr')) {
    row.hidden = ![...row.querySelectorAll<HTMLElement>('[data-model-column]')].some((cell) => !cell.hidden && cell.querySelector('li'));
  }
  for (const box of doc.querySelectorAll<HTMLInputElement>('[data-compare-form] input[name="m"]')) box.checked = chosen.has(box.value);
  doc.querySelector<HTMLElement>('[data-compare-view]')?.removeAttribute('hidden');
  doc.querySelector<HTMLElement>('[data-compare-reset]')?.removeAttribute('hidden');
  // The selection can be pinned to a brief, as its columns stand (?m= order).
  const pin = doc.querySelector<HTMLElement>('[data-compare-pin]');
  const pinButton = pin?.querySelector<HTMLButtonElement>('button[data-pin]');
  if (pin && pinButton && columns.length > 0) {
    pinButton.dataset['pin'] = compareId(columns);
    pin.hidden = false;
    refreshPins();
  }
  const { showSelection: showWords } = await import('./view.ts');
  const unread = await showWords(doc, data, columns);
  const notShown = [...missing, ...unread.filter((id) => !missing.includes(id))];
  messages.push(say(data, 'compare.showing', { names: columns.filter((id) => !unread.includes(id)).map((id) => directory.names[id]).join(' · ') }));
  if (notShown.length > 0) messages.push(say(data, 'compare.notLoaded', { names: notShown.map((id) => directory.names[id]).join(' · ') }));
  finish(status, messages);
}

/** The status line's last word on the selection; data-state="done" tells a test (or a reader's tool) it is drawn. */
function finish(status: HTMLElement, messages: readonly string[]) {
  status.textContent = messages.join(' ');
  status.hidden = false;
  status.dataset['state'] = 'done';
}

/**
 * The picker submits one comma-separated ?m=, short and shareable, in the order the reader chose: the models
 * already compared first, in their order, then those ticked since, in the order they were ticked.
 */
function keepOrderOnSubmit(doc: Document, initial: readonly string[]) {
  const form = doc.querySelector<HTMLFormElement>('[data-compare-form]');
  if (!form) return;
  const order = [...initial];
  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.name !== 'm') return;
    const at = order.indexOf(box.value);
    if (box.checked && at < 0) order.push(box.value);
    if (!box.checked && at >= 0) order.splice(at, 1);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = new Set([...form.querySelectorAll<HTMLInputElement>('input[name="m"]:checked')].map((b) => b.value));
    const ids = [...order.filter((id) => checked.has(id)), ...[...checked].filter((id) => !order.includes(id))];
    location.search = ids.length > 0 ? `?m=${ids.join(',')}` : '';
  });
}

export function startComparePage(doc: Document = document): void {
  const data = readPageData(doc);
  const status = doc.querySelector<HTMLElement>('[data-compare-status]');
  if (!data || !status) return;
  const requested = new URLSearchParams(location.search).getAll('m').join(',');
  if (!requested) {
    keepOrderOnSubmit(doc, []);
    doc.querySelector<HTMLElement>('[data-wording-choose]')?.removeAttribute('hidden');
    return;
  }
  // The collection's directory (in the page, or a file once it is split by province) is needed only now.
  void loadDirectory(data).then(
    (directory) => {
      keepOrderOnSubmit(doc, parseSelection(requested, Object.keys(directory.names)).ids);
      return showSelection(doc, data, directory, status, requested);
    },
    () => finish(status, [say(data, 'compare.loadFailed')]),
  );
}
