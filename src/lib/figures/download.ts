import type { Locale } from '../i18n.ts';
import { localePath } from '../i18n.ts';
import type { Figure } from './types.ts';

/**
 * The per-chart downloads: /charts/<name>.svg and .csv (under /en/ for the English edition). The SVG file is the
 * page's inline SVG made standalone: the chart stylesheet embedded (a page gets it from its own stylesheet) and
 * links made absolute so they still work from a saved file.
 */

export function downloadPath(locale: Locale, figure: Pick<Figure, 'name'>, format: 'svg' | 'csv', base: string): string {
  return localePath(locale, `charts/${figure.name}.${format}`, base);
}

/** The standalone SVG file of a figure. */
export function standaloneSvg(figure: Figure, css: string, site: string): string {
  const origin = new URL(site).origin;
  const styled = figure.svg.replace('</desc>', () => `</desc><style>${css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()}</style>`);
  // Links in the page are root-relative (base path included); from a saved file they need the site's origin.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${styled.replaceAll(' href="/', ` href="${origin}/`)}\n`;
}
