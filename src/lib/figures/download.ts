import type { Locale } from '../i18n.ts';
import { localePath } from '../i18n.ts';
import type { Figure } from './types.ts';

/**
 * The per-chart downloads: /charts/<name>.svg and .csv (under /en/ for the English edition). The SVG file is the
 * page's inline SVG made standalone: an XML declaration and the chart stylesheet embedded (a page gets it from
 * its own stylesheet). Evidence addresses stay in the CSV, which has a URL column for every linked value.
 */

export function downloadPath(locale: Locale, figure: Pick<Figure, 'name'>, format: 'svg' | 'csv', base: string): string {
  return localePath(locale, `charts/${figure.name}.${format}`, base);
}

/** The standalone SVG file of a figure. */
export function standaloneSvg(figure: Figure, css: string): string {
  const minified = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${figure.svg.replace('</desc>', () => `</desc><style>${minified}</style>`)}\n`;
}
