import type { CslItem, Template } from '../cite/index.ts';

/**
 * A /compare/?m= selection's citations, filled in by the browser: the build formats the page's reference in each
 * style around stand-ins for its title and URL (./citation-build.ts) and the page's script puts the selection's
 * title and URL in. The styles decide every character around them, as for every other reference of the site
 * (src/lib/cite/index.ts); a unit test checks the result against citeproc for real selections.
 */
export interface SelectionCitations {
  /** The page's three styles, by id, and GB/T 7714—2025 for the charts' captions. */
  styles: Array<{ style: string; template: Template }>;
  figure: Template;
  /** BibTeX with the stand-ins in it, and the stand-ins. */
  bibtex: string;
  /** The page's CSL-JSON item. */
  csl: CslItem;
  titleStandIn: string;
  urlStandIn: string;
  /** The selection's title: a template with {names}. */
  title: string;
  /** The page's address without a query (absolute; the stand-in origin on a build without SITE_URL). */
  pageUrl: string;
  /** RIS with the stand-ins in it. */
  ris: string;
  /** The access date the templates were formatted with (ISO), which the reader's day replaces. */
  accessed: string;
}

/** The address a selection is cited at: the page with ?m= in the selection's order. */
export function selectionUrl(pageUrl: string, ids: readonly string[]): string {
  return `${pageUrl}?m=${ids.join(',')}`;
}

export const fillReference = (template: Template, title: string, url: string) => template.before + title + template.between + url + template.after;

/**
 * A title as citation-js writes it into BibTeX (plugin-bibtex's formatTitle): in each part between colons, every
 * word with a capital letter but the first is braced, so BibTeX styles keep its case (“Compare: Heilongjiang,
 * {Honglin}”). The selection's titles hold only place names: nothing BibTeX would escape otherwise.
 */
export function bibtexTitle(title: string): string {
  return title
    .split(/(:\s*)/)
    .map((part, i) => (i % 2 ? part : part.replace(/([^\\])\b([a-z]*[A-Z].*?)\b/g, '$1{$2}')))
    .join('');
}

/** BibTeX of the selection. */
export const fillBibtex = (citations: SelectionCitations, title: string, url: string) =>
  citations.bibtex.replaceAll(citations.titleStandIn, bibtexTitle(title)).replaceAll(citations.urlStandIn, url);

/** RIS of the selection: RIS writes a title and a URL as given. */
export const fillRis = (citations: SelectionCitations, title: string, url: string) =>
  citations.ris.replaceAll(citations.titleStandIn, title).replaceAll(citations.urlStandIn, url);

/** CSL-JSON of the selection, as src/lib/cite/index.ts's toCslJson writes it. */
export const fillCslJson = (citations: SelectionCitations, title: string, url: string) => JSON.stringify([{ ...citations.csl, title, URL: url }], null, 2);
