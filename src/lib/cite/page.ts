import { formatReference, pageItem, sourceItem, toBibtex, toCslJson, type PageToCite, type SourceToCite, type StyleId, STYLES } from './index.ts';

/** Every style's reference for an item, plus BibTeX and CSL-JSON, ready for a citation box. */
export interface CitationSet {
  references: Array<{ style: StyleId; label: { zh: string; en: string }; text: string }>;
  bibtex: string;
  cslJson: string;
}

function setFor(item: ReturnType<typeof pageItem>): CitationSet {
  return {
    references: STYLES.map((style) => ({ style: style.id, label: style.label, text: formatReference(item, style.id) })),
    bibtex: toBibtex(item),
    cslJson: toCslJson(item),
  };
}

/** Citations of a page of this site. */
export function pageCitations(page: PageToCite): CitationSet {
  return setFor(pageItem(page));
}

/** Citations of the original source document of a model. */
export function sourceCitations(source: SourceToCite): CitationSet {
  return setFor(sourceItem(source));
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
