import type { BriefDocument, DocBlock } from '../../lib/brief/document.ts';
import type { Brief } from '../../lib/brief/store.ts';
import { missingWords, type PageWords } from './words.ts';

/**
 * Draws the brief's list: each block with its move, remove and note controls. Redrawn whole after each change
 * (a brief is tens of items, not thousands); `focus` says which control to put the focus back on, so a keyboard
 * user moving an item keeps their place.
 */

export type Action = { kind: 'up' | 'down' | 'remove' | 'note' | 'heading-below'; index: number };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function button(label: string, action: Action, name: string, disabled = false): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label, disabled });
  b.dataset['action'] = action.kind;
  b.dataset['index'] = String(action.index);
  b.setAttribute('aria-label', `${label}: ${name}`);
  return b;
}

function itemBody(block: DocBlock, words: PageWords): HTMLElement[] {
  if (block.type === 'missing') return [el('p', { className: 'brief-missing' }, missingWords(words)(block.id))];
  if (block.type === 'heading') return [];
  const parts: HTMLElement[] = [el('p', { className: 'brief-label' }, el('strong', {}, block.label))];
  if (block.quote) {
    const quote = el('blockquote', { className: 'quote' }, ...block.quote.split('\n').map((line) => el('p', {}, line)));
    quote.lang = 'zh-CN';
    parts.push(quote);
  }
  if (block.table) {
    const head = el('tr', {}, ...block.table.head.map((h) => el('th', { scope: 'col' }, h)));
    const rows = block.table.rows.map((row) => el('tr', {}, ...row.map((c) => el('td', {}, c))));
    parts.push(el('div', { className: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows))));
  }
  parts.push(el('p', { className: 'brief-source' }, el('a', { href: block.url }, block.source), ` [${block.ref}]`));
  return parts;
}

export function renderBrief(list: HTMLOListElement, brief: Brief, doc: BriefDocument, words: PageWords, focus: { action: string; index: number } | null): void {
  list.replaceChildren();
  if (brief.blocks.length === 0) list.append(el('li', { className: 'brief-empty' }, words['brief.empty']));
  brief.blocks.forEach((stored, index) => {
    const block = doc.blocks[index]!;
    const name = block.type === 'heading' ? block.text || words['brief.heading'] : block.type === 'item' ? block.label : block.id;
    const li = el('li', { className: `brief-block brief-${block.type}` });
    if (stored.type === 'item') li.dataset['item'] = stored.id;
    if (stored.type === 'heading') {
      const input = el('input', { type: 'text', value: stored.text, className: 'brief-heading-input' });
      input.setAttribute('aria-label', words['brief.heading']);
      input.dataset['headingIndex'] = String(index);
      li.append(input);
    }
    li.append(...itemBody(block, words));
    if (stored.type === 'item' && stored.note !== undefined) {
      const note = el('textarea', { value: stored.note, rows: 2, className: 'brief-note' });
      note.setAttribute('aria-label', `${words['brief.note']}: ${name}`);
      note.dataset['noteIndex'] = String(index);
      li.append(note);
    }
    const tools = el('p', { className: 'brief-item-tools screen-only' });
    tools.append(
      button(words['brief.up'], { kind: 'up', index }, name, index === 0),
      button(words['brief.down'], { kind: 'down', index }, name, index === brief.blocks.length - 1),
      button(words['brief.remove'], { kind: 'remove', index }, name),
    );
    if (stored.type === 'item' && stored.note === undefined) tools.append(button(words['brief.addNote'], { kind: 'note', index }, name));
    li.append(tools);
    list.append(li);
  });
  if (focus) {
    const target =
      list.querySelector<HTMLElement>(`[data-action="${focus.action}"][data-index="${focus.index}"]:not(:disabled)`) ??
      list.querySelector<HTMLElement>(`[data-note-index="${focus.index}"], [data-heading-index="${focus.index}"]`) ??
      list.querySelector<HTMLElement>(`[data-index="${focus.index}"]:not(:disabled)`);
    target?.focus();
  }
}

export function renderReferences(list: HTMLOListElement, doc: BriefDocument): void {
  list.replaceChildren(...doc.references.map((ref) => el('li', { value: ref.n }, ref.text)));
}
