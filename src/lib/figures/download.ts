import { captionedSvg } from '../../charts/caption.ts';
import type { Locale } from '../locale.ts';
import { localePath } from '../locale.ts';
import { tableCsv } from './csv.ts';
import type { Figure } from './types.ts';

/**
 * The per-chart downloads: /charts/<name>.svg, .png and .csv (under /en/ for the English edition). The SVG file
 * is the chart with its title, source line and citation drawn around it and the chart stylesheet embedded (a
 * page gets it from its own stylesheet); the PNG is that file rendered (./png.ts); the CSV holds its data with
 * absolute evidence addresses (./csv.ts).
 */

export type DownloadFormat = 'svg' | 'png' | 'csv';

/** A PNG's pixels per SVG unit: sharp on a slide or a high-density screen (the build's and the browser's alike). */
export const PNG_SCALE = 2;
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = ['svg', 'png', 'csv'];

export function downloadPath(locale: Locale, figure: Pick<Figure, 'name'>, format: DownloadFormat, base: string): string {
  return localePath(locale, `charts/${figure.name}.${format}`, base);
}

/** The standalone SVG file of a figure; `citation` is the caption's line, lead-in included (引用本图：…). */
export function standaloneSvg(figure: Figure, css: string, citation: string): string {
  const { id, kind, width, height, title, description } = figure;
  return captionedSvg({ frame: { id, kind, width, height, title, description }, body: figure.body, source: figure.source, citation, css });
}

/** The contents of a figure's SVG and CSV files; `site` is the configured site address the CSV's links resolve against (null: none configured). */
export function downloadFiles(figure: Figure, options: { css: string; citation: string; site: string | null }): { svg: string; csv: string } {
  return { svg: standaloneSvg(figure, options.css, options.citation), csv: tableCsv(figure.csv ?? figure.table, options.site) };
}
