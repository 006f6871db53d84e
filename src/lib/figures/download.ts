import { captionedSvg } from '../../charts/caption.ts';
import { tableCsv } from './csv.ts';
import type { Figure } from './types.ts';

/**
 * A chart's downloads: an SVG, a PNG and a CSV. The SVG file is the chart with its title, source line and citation
 * drawn around it and the chart stylesheet embedded (a page gets it from its own stylesheet); the PNG is that SVG
 * drawn at PNG_SCALE; the CSV holds its data with absolute evidence addresses (./csv.ts). All three are made by the
 * reader's browser when asked (src/scripts/chart-downloads.ts), none is a file of the site: PNGs rendered at build
 * time (resvg) took a 1,000-model build from 91 s past 17 minutes, and the SVG and CSV files written at build time
 * were 17,400 of the 35,157 files at 1,000 models, past the 20,000 a common host takes.
 */

export type DownloadFormat = 'svg' | 'png' | 'csv';

/** A PNG's pixels per SVG unit: sharp on a slide or a high-density screen. */
export const PNG_SCALE = 2;
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = ['svg', 'png', 'csv'];

/** The standalone SVG file of a figure; `citation` is the caption's line, lead-in included (引用本图：…). */
export function standaloneSvg(figure: Figure, css: string, citation: string): string {
  const { id, kind, width, height, title, description } = figure;
  return captionedSvg({ frame: { id, kind, width, height, title, description }, body: figure.body, source: figure.source, citation, css });
}

/** The contents of a figure's SVG and CSV files (a ?m= selection's, made in the browser from its figure); `site` is the configured site address the CSV's links resolve against (null: none configured). */
export function downloadFiles(figure: Figure, options: { css: string; citation: string; site: string | null }): { svg: string; csv: string } {
  return { svg: standaloneSvg(figure, options.css, options.citation), csv: tableCsv(figure.csv ?? figure.table, options.site) };
}
