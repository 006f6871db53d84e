import { refreshCitations } from './cite-live.ts';

/**
 * Copy buttons for citations. They are rendered hidden and shown only where the Clipboard API exists, so
 * without JavaScript a reader sees selectable text and no dead button.
 */
export function enableCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard) return;
  addCopyButtons(root);
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

/**
 * The buttons a container asks for (data-copy-buttons holds the button's word, data-copied the word after a copy):
 * one after each reference in it that has an id. A model's text has two references a paragraph, and shipping
 * their buttons hidden was ~230 bytes a paragraph of every model page.
 */
function addCopyButtons(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-copy-buttons]')) {
    for (const reference of box.querySelectorAll<HTMLElement>('.reference[id]')) {
      if (reference.nextElementSibling?.matches('button[data-copy]')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.dataset['copy'] = reference.id;
      button.dataset['copied'] = box.dataset['copied'] ?? '';
      button.textContent = box.dataset['copyButtons'] ?? '';
      button.hidden = true;
      reference.after(' ', button);
    }
  }
}
