import { localIsoDate, refreshFile, writeDate, type DateStyle, type FileKind } from '../lib/cite/live.ts';
import { syncPrintMargin } from './print-citation.ts';

/**
 * Puts the reader's side into the page's citations (see src/lib/cite/live.ts): today's date as the access
 * date, and, on a copy built without SITE_URL, the origin the page is read from, with the note saying that the
 * citation comes from a local copy. Called on load and again right before anything is copied or downloaded,
 * so a page left open overnight still cites the day of copying.
 */
export function refreshCitations(root: ParentNode = document): void {
  const today = localIsoDate();
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-accessed]')) {
    time.dateTime = today;
    time.textContent = writeDate(today, time.dataset['accessed'] as DateStyle);
  }
  const origins = root.querySelectorAll<HTMLElement>('[data-site-origin]');
  for (const origin of origins) origin.textContent = location.origin;
  for (const note of root.querySelectorAll<HTMLElement>('[data-cite-js]')) note.hidden = false;
  for (const note of root.querySelectorAll<HTMLElement>('[data-cite-nojs]')) note.hidden = true;
  for (const date of root.querySelectorAll<HTMLElement>('[data-cite-today]')) date.textContent = today;
  for (const local of root.querySelectorAll<HTMLElement>('[data-cite-local-origin]')) local.textContent = location.origin;
  // The margin of every printed page says what the footer says, now with the reader's date and address.
  syncPrintMargin();
}

/** Download links of citation files: on click, the file with today's date and this page's origin. */
export function enableCitationDownloads(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-cite-file]')) {
    link.addEventListener('click', () => {
      // Read at the click: a page may cite something else by then (a compare selection sets its own file).
      const built = link.dataset['citeBuilt'] ?? '';
      const original = link.dataset['citeTemplate'] ?? decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
      const type = link.href.slice(5, link.href.indexOf(','));
      const text = refreshFile(original, link.dataset['citeFile'] as FileKind, built, localIsoDate(), location.origin);
      link.href = `data:${type},${encodeURIComponent(text)}`;
    });
  }
}
