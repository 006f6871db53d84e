/**
 * A printed page cites what it shows. Base.astro writes the page's citation, with its canonical URL, into
 * <html data-print-cite> (printed in every page's margin, print.css) and into the footer's [data-print-reference]
 * and [data-print-permalink]; a page that narrows what it shows by its query (/compare/?m=a,b) calls this with the
 * reference and URL of what it shows, so the handout's every page cites that instead.
 */
export function citeInPrint(reference: string, permalink: string): void {
  const root = document.documentElement;
  const footer = document.querySelector<HTMLElement>('[data-print-reference]');
  // The margin's text is the footer's words before the page's own reference: swap the reference, keep the words.
  const pageReference = footer ? (footer.dataset['pageReference'] ??= footer.textContent ?? '') : '';
  const pageCite = (root.dataset['printCitePage'] ??= root.dataset['printCite'] ?? '');
  root.dataset['printCite'] = pageReference && pageCite.includes(pageReference) ? pageCite.replace(pageReference, reference) : reference;
  if (footer) footer.textContent = reference;
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-permalink]')) el.textContent = permalink;
}
