/**
 * A printed page cites what it shows. Base.astro writes the page's citation into the footer's line
 * ([data-print-line], its [data-print-reference] and [data-print-permalink]) and, for the margin boxes printed on
 * every page (print.css), into <html data-print-cite>. The footer line is the one source: whatever changes it at run
 * time (the reader's date and address, src/scripts/cite-live.ts; a comparison narrowed by ?m=) copies it to the margin.
 */
export function syncPrintMargin(): void {
  const line = document.querySelector<HTMLElement>('[data-print-line]');
  if (line?.textContent) document.documentElement.dataset['printCite'] = line.textContent;
}

/** A page that narrows what it shows by its query (/compare/?m=a,b) cites that: its reference and its URL. */
export function citeInPrint(reference: string, permalink: string): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-reference]')) el.textContent = reference;
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-permalink]')) el.textContent = permalink;
  syncPrintMargin();
}
