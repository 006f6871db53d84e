import { captionedSvg } from '../../charts/caption.ts';
import type { Locale } from '../locale.ts';
import { localePath } from '../locale.ts';
import { tableCsv } from './csv.ts';
import type { Figure } from './types.ts';

/**
 * The per-chart downloads: /charts/<name>.svg and .csv (under /en/ for the English edition), and a PNG. The SVG
 * file is the chart with its title, source line and citation drawn around it and the chart stylesheet embedded (a
 * page gets it from its own stylesheet); the CSV holds its data with absolute evidence addresses (./csv.ts). The
 * PNG is that SVG file drawn by the reader's browser when asked for (src/scripts/chart-png.ts), not a file of
 * the site: rendering one per chart at build time (resvg) took a 1,000-model build from 91 s past 17 minutes and
 * added a third file per chart in both editions.
 */

export type DownloadFormat = 'svg' | 'png' | 'csv';
/** The formats the site holds as files; the PNG is drawn from the SVG file in the browser. */
export type FileFormat = Exclude<DownloadFormat, 'png'>;

/** A PNG's pixels per SVG unit: sharp on a slide or a high-density screen. */
export const PNG_SCALE = 2;
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = ['svg', 'png', 'csv'];

export function downloadPath(locale: Locale, figure: Pick<Figure, 'name'>, format: FileFormat, base: string): string {
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
