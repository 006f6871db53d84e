import { formatReference, pageItem, sourceItem, toBibtex, toCslJson, toRis, type CslItem, type PageToCite, type SourceToCite, type StyleId, STYLES } from './index.ts';

/**
 * An item's citation in every form the site hands out: each style's reference (GB/T 7714—2025 first, then
 * 2015 and APA), RIS, BibTeX and CSL-JSON. The one function a citation box, a citation file or a brief uses.
 */
export interface CitationSet {
  item: CslItem;
  /** The access date the references were formatted with (ISO), null for an item with none. */
  accessed: string | null;
  references: Array<{ style: StyleId; label: { zh: string; en: string }; text: string }>;
  ris: string;
  bibtex: string;
  cslJson: string;
}

/**
 * `styles` narrows the references to those a caller shows (the brief shows one per edition): each style is one
 * call to the CSL processor, the costliest step of a build's citations.
 */
export function citationSet(item: CslItem, styles: readonly StyleId[] = STYLES.map((style) => style.id)): CitationSet {
  const parts = item.accessed?.['date-parts'][0];
  return {
    item,
    accessed: parts ? parts.map((n) => String(n).padStart(2, '0')).join('-') : null,
    references: STYLES.filter((style) => styles.includes(style.id)).map((style) => ({ style: style.id, label: style.label, text: formatReference(item, style.id) })),
    ris: toRis(item),
    bibtex: toBibtex(item),
    cslJson: toCslJson(item),
  };
}

/** Citations of a page of this site. */
export function pageCitations(page: PageToCite): CitationSet {
  return citationSet(pageItem(page));
}

/** Citations of the original source document of a model. */
export function sourceCitations(source: SourceToCite): CitationSet {
  return citationSet(sourceItem(source));
}

const TOKEN = '9999999';

/**
 * Citations of each paragraph of a page, in GB/T 7714—2025 and APA: the page is formatted once with a
 * placeholder paragraph number, which is then replaced, so a 100-paragraph page costs two formatter calls.
 */
export function paragraphCitations(page: PageToCite, count: number, paragraphLabel: (n: string) => string): Array<{ gbt: string; apa: string }> {
  const item = pageItem({ ...page, title: `${page.title}${paragraphLabel(TOKEN)}`, url: `${page.url}#p-${TOKEN}`, key: `${page.key}-p` });
  const gbt = formatReference(item, 'gbt7714-2025');
  const apa = formatReference(item, 'apa7');
  return Array.from({ length: count }, (_, i) => ({
    gbt: gbt.replaceAll(TOKEN, String(i + 1)),
    apa: apa.replaceAll(TOKEN, String(i + 1)),
  }));
}
