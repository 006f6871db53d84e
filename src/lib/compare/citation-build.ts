import { pageItem, shapeTemplate, toBibtex, toRis, URL_STAND_IN, STYLES, type PageToCite } from '../cite/index.ts';
import type { SelectionCitations } from './citation.ts';

const TITLE_STAND_IN = '题名占位符';

/**
 * The templates a /compare/ page hands its script so a ?m= selection is cited with its own title and URL.
 * Null if a style would not print a title as given (then the page keeps its one citation, which is still right
 * for the page, and says nothing of the selection).
 */
export function selectionCitations(page: PageToCite, title: string): SelectionCitations | null {
  const item = pageItem({ ...page, title: TITLE_STAND_IN, url: URL_STAND_IN });
  const styles = STYLES.map((style) => ({ style: style.id, template: shapeTemplate(item, style.id) }));
  const figure = styles.find((s) => s.style === 'gbt7714-2025')?.template;
  if (!figure || styles.some((s) => s.template === null)) return null;
  return {
    styles: styles.map((s) => ({ style: s.style, template: s.template! })),
    figure,
    bibtex: toBibtex(item),
    csl: item,
    titleStandIn: TITLE_STAND_IN,
    urlStandIn: URL_STAND_IN,
    title,
    pageUrl: page.url,
    ris: toRis(item),
    accessed: page.accessed,
  };
}
