/**
 * A printed page cites what it shows. Base.astro writes the page's citation, with its canonical URL, into
 * <html data-print-cite> (printed in every page's margin, print.css) and into the footer; a page that narrows
 * what it shows by its query (/compare/?m=a,b) calls this with the URL that shows the same again, so the
 * handout's every page carries that URL instead. Called again, it starts from the page's own citation.
 */
export function citeInPrint(permalink: string): void {
  const root = document.documentElement;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) return;
  const cite = (root.dataset['printCiteCanonical'] ??= root.dataset['printCite'] ?? '');
  root.dataset['printCite'] = cite.replaceAll(canonical, permalink);
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-reference]')) {
    const reference = (el.dataset['canonical'] ??= el.textContent ?? '');
    el.textContent = reference.replaceAll(canonical, permalink);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-permalink]')) el.textContent = permalink;
}

/** The permalink of a comparison of `ids`, in their order: the page's canonical URL with ?m=. */
export function selectionPermalink(ids: readonly string[]): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split(/[?#]/)[0]!;
  return `${canonical}?m=${ids.join(',')}`;
}
