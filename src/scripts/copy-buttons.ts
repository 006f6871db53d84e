import { refreshCitations } from './cite-live.ts';

/**
 * Copy buttons for citations. They are rendered hidden and shown only where the Clipboard API exists, so
 * without JavaScript a reader sees selectable text and no dead button.
 */
export function enableCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]:not([data-copy-ready])')) {
    button.dataset['copyReady'] = '';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const target = document.getElementById(button.dataset['copy'] ?? '');
      if (!target) return;
      refreshCitations(target);
      await navigator.clipboard.writeText(target.textContent?.trim() ?? '');
      const label = button.textContent;
      button.textContent = button.dataset['copied'] ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
