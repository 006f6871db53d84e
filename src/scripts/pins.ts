import { isPinned, parseBrief, STORAGE_KEY, togglePin } from '../lib/brief/store.ts';

/**
 * The pin buttons (data-pin="<item id>"): rendered hidden, shown only when localStorage works, so that without
 * JavaScript no dead button shows. Each says whether its item is pinned (aria-pressed) and follows changes made
 * in other tabs (the storage event).
 */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy settings): no pins
  }
}

/** Brings every pin button's pressed state up to date (after a script changed what a button pins). */
export function refreshPins(): void {
  const store = storage();
  if (store) sync(store);
}

function sync(store: Storage): void {
  const brief = parseBrief(store.getItem(STORAGE_KEY));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-pin]')) {
    button.setAttribute('aria-pressed', String(isPinned(brief, button.dataset['pin'] ?? '')));
  }
}

export function enablePins(): void {
  const store = storage();
  if (!store) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-pin]:not([data-pin-ready])')) {
    button.dataset['pinReady'] = '';
    button.hidden = false;
    button.addEventListener('click', () => {
      store.setItem(STORAGE_KEY, JSON.stringify(togglePin(parseBrief(store.getItem(STORAGE_KEY)), button.dataset['pin'] ?? '')));
      sync(store);
    });
  }
  sync(store);
}

addEventListener('storage', (event) => {
  const store = storage();
  if (store && event.key === STORAGE_KEY) sync(store);
});
