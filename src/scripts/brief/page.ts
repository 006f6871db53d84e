import { briefDocument, briefMarkdown, type BriefDocument } from '../../lib/brief/document.ts';
import { idsFromParam, idsToParam } from '../../lib/brief/ids.ts';
import { joinIndex, partsFor, unpackPart, type BriefIndex, type BriefModelPart, type BriefSharedPart, type PackedPart } from '../../lib/brief/items.ts';
import { briefFromIds, insertBlock, moveBlock, parseBrief, pinnedIds, removeBlock, STORAGE_KEY, updateBlock, type Brief } from '../../lib/brief/store.ts';
import { localIsoDate } from '../../lib/cite/live.ts';
import { fetchJson } from '../../lib/fetch.ts';
import { renderBrief, renderReferences, type Action } from './render.ts';
import { documentWords, missingWords, noteLead, type PageWords } from './words.ts';

/**
 * The /brief/ page. The brief comes from a shared ?items= list when there is one (kept as it is until the
 * reader changes it, then saved as theirs), else from localStorage. The item index is fetched once; each
 * export is worked out from it at the moment of exporting, with that day's date (src/lib/brief/document.ts).
 */

const FILES = {
  md: { type: 'text/markdown;charset=utf-8', ext: 'md' },
  ris: { type: 'application/x-research-info-systems;charset=utf-8', ext: 'ris' },
  bib: { type: 'application/x-bibtex;charset=utf-8', ext: 'bib' },
  json: { type: 'application/vnd.citationstyles.csl+json;charset=utf-8', ext: 'json' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' },
} as const;
type Format = keyof typeof FILES;

function download(blob: Blob, name: string): void {
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export async function startBrief(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-brief]');
  if (!root) return;
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const words = JSON.parse(root.dataset['words'] ?? '{}') as PageWords;
  const locale = root.dataset['locale'] ?? 'zh-CN';
  const status = q<HTMLElement>('[data-brief-status]');
  const store = storage();
  document.querySelector<HTMLElement>('[data-brief-nojs]')!.hidden = true;
  root.hidden = false;

  const shared = new URL(location.href).searchParams.get('items');
  let fromUrl = shared !== null;
  let brief: Brief = fromUrl ? briefFromIds(idsFromParam(shared)) : parseBrief(store?.getItem(STORAGE_KEY) ?? null);
  q<HTMLElement>('[data-brief-from-url]').hidden = !fromUrl;

  // The index comes in parts (src/lib/brief/items.ts): the shared one, then those of the models pinned. A
  // model no longer published has no part, and its items show as missing.
  const folder = root.dataset['index']!;
  const fetchPart = <T,>(name: string): Promise<T> => fetchJson<T>(`${folder}${name}.json`);
  let sharedPart: BriefSharedPart;
  const parts = new Map<string, Promise<BriefModelPart>>();
  let index: BriefIndex;
  // The parts a brief's pins name (their models', their charts'), fetched once each; then the index is put
  // together again.
  const indexFor = async (current: Brief): Promise<BriefIndex> => {
    for (const name of partsFor(pinnedIds(current), sharedPart)) {
      if (parts.has(name)) continue;
      const part = fetchPart<PackedPart>(name).then(unpackPart);
      part.catch(() => parts.delete(name));
      parts.set(name, part);
    }
    return joinIndex(sharedPart, await Promise.all(parts.values()));
  };
  try {
    sharedPart = await fetchPart<BriefSharedPart>('_shared');
    index = await indexFor(brief);
  } catch {
    status.textContent = words['brief.loadFailed'];
    return;
  }

  const makeDocument = (): BriefDocument => briefDocument(brief, index, { today: localIsoDate(), origin: location.origin }, documentWords(words, locale));
  const titleInput = q<HTMLInputElement>('#brief-title');
  titleInput.value = brief.title;

  const draw = (focus: { action: string; index: number } | null = null) => {
    const doc = makeDocument();
    q<HTMLElement>('[data-brief-doc-title]').textContent = doc.title;
    renderBrief(q<HTMLOListElement>('[data-brief-list]'), brief, doc, words, focus);
    renderReferences(q<HTMLOListElement>('[data-brief-references]'), doc);
  };
  const save = (next: Brief, focus: { action: string; index: number } | null = null, redraw = true) => {
    brief = next;
    store?.setItem(STORAGE_KEY, JSON.stringify(brief));
    if (fromUrl) {
      // Now the reader's own brief: the address no longer stands for it.
      fromUrl = false;
      q<HTMLElement>('[data-brief-from-url]').hidden = true;
      history.replaceState(null, '', location.pathname);
    }
    if (redraw) draw(focus);
  };

  titleInput.addEventListener('input', () => save({ ...brief, title: titleInput.value }, null, false));
  q('[data-brief-list]').addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!target) return;
    const action = { kind: target.dataset['action'], index: Number(target.dataset['index']) } as Action;
    const block = brief.blocks[action.index];
    if (action.kind === 'up') save(moveBlock(brief, action.index, -1), { action: 'up', index: action.index - 1 });
    else if (action.kind === 'down') save(moveBlock(brief, action.index, 1), { action: 'down', index: action.index + 1 });
    else if (action.kind === 'remove') save(removeBlock(brief, action.index), { action: 'remove', index: Math.min(action.index, brief.blocks.length - 2) });
    else if (action.kind === 'note' && block?.type === 'item') save(updateBlock(brief, action.index, { ...block, note: '' }), { action: 'note', index: action.index });
  });
  q('[data-brief-list]').addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const at = Number(target.dataset['noteIndex'] ?? target.dataset['headingIndex']);
    const block = brief.blocks[at];
    if (!block) return;
    // Typing does not redraw (the field keeps its caret); the references' numbers do not depend on it.
    if (block.type === 'item' && target.dataset['noteIndex'] !== undefined) save(updateBlock(brief, at, { ...block, note: target.value }), null, false);
    if (block.type === 'heading') save(updateBlock(brief, at, { type: 'heading', text: target.value }), null, false);
  });
  q('[data-brief-add-heading]').addEventListener('click', () => {
    const at = brief.blocks.length;
    save(insertBlock(brief, at, { type: 'heading', text: '' }), { action: 'heading', index: at });
  });
  q('[data-brief-share]').addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}?items=${idsToParam(pinnedIds(brief))}`;
    const output = q<HTMLElement>('[data-brief-share-output]');
    output.hidden = false;
    q<HTMLInputElement>('#brief-share-url').value = url;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = words['brief.shared'];
    } catch {
      q<HTMLInputElement>('#brief-share-url').select(); // no clipboard (permissions): the reader copies it from the field
    }
  });
  q('[data-brief-print]').addEventListener('click', () => print());
  for (const control of root.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    control.addEventListener('click', async () => {
      const format = control.dataset['export'] as Format;
      const doc = makeDocument();
      const name = `${doc.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'brief'}${format === 'docx' || format === 'md' ? '' : '-references'}.${FILES[format].ext}`;
      const text = { md: () => briefMarkdown(doc, { references: words['brief.references'], missing: missingWords(words), note: noteLead(words, locale) }), ris: () => doc.files.ris, bib: () => doc.files.bibtex, json: () => doc.files.csl };
      if (format !== 'docx') return download(new Blob([text[format]()], { type: FILES[format].type }), name);
      // The docx package (about 100 KB gzip) is fetched only now.
      const [{ briefDocx }, { Packer }] = await Promise.all([import('../../lib/brief/docx.ts'), import('docx')]);
      const file = briefDocx(doc, { references: words['brief.references'], missing: missingWords(words), note: noteLead(words, locale), language: locale === 'en' ? 'en-US' : 'zh-CN' });
      download(await Packer.toBlob(file), name);
    });
  }
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY && !fromUrl) {
      brief = parseBrief(event.newValue);
      titleInput.value = brief.title;
      // Pinned in another tab: its model's part may not be here yet.
      void indexFor(brief).then((next) => {
        index = next;
        draw();
      }, () => (status.textContent = words['brief.loadFailed']));
    }
  });
  draw();
}
