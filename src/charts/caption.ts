import { element, svgDocument, textBlock, type SvgFrame } from './svg.ts';
import { wrapText } from './text.ts';

/**
 * A chart as a file a reader takes away: the chart with its title above it and its source line and citation
 * below, all drawn as text in the SVG, so the picture says what it is and where it comes from wherever it is
 * pasted (a WPS or PowerPoint slide keeps the drawing, not the SVG's <title> and <desc>).
 */

export interface CaptionInput {
  /** The chart's frame as the page draws it (id, size, title, description, kind). */
  frame: SvgFrame;
  /** The chart's markup inside <svg> after <title> and <desc>. */
  body: string;
  source: string;
  /** The citation line, with its lead-in (引用本图：…). */
  citation: string;
  /** A stylesheet to embed (the page's chart rules), or ''. */
  css: string;
}

/** The narrowest a file is drawn: its caption lines need room even beside a two-column chart. */
export const MIN_WIDTH = 560;
const PAD = 8;
const TITLE_FONT = 15;
const TITLE_LINE = 20;
const NOTE_FONT = 12;
const NOTE_LINE = 16;

export interface CaptionLayout {
  width: number;
  height: number;
  title: { lines: string[]; y: number };
  /** Where the chart's body starts. */
  chartY: number;
  notes: Array<{ lines: string[]; y: number }>;
}

/** Where the title, the chart and the two notes go. */
export function layoutCaption(input: Pick<CaptionInput, 'frame' | 'source' | 'citation'>): CaptionLayout {
  const width = Math.max(input.frame.width, MIN_WIDTH);
  const textWidth = width - 2 * PAD;
  const titleLines = wrapText(input.frame.title, textWidth, TITLE_FONT);
  const title = { lines: titleLines, y: PAD + TITLE_FONT };
  const chartY = PAD + titleLines.length * TITLE_LINE + 6;
  let y = chartY + input.frame.height + 10;
  const notes = [input.source, input.citation].filter((text) => text !== '').map((text) => {
    const lines = wrapText(text, textWidth, NOTE_FONT);
    const note = { lines, y: y + NOTE_FONT };
    y += lines.length * NOTE_LINE + 4;
    return note;
  });
  return { width, height: y + PAD, title, chartY, notes };
}

/** The standalone SVG file: XML declaration, white background, stylesheet, title, chart, source and citation. */
export function captionedSvg(input: CaptionInput): string {
  const layout = layoutCaption(input);
  const css = input.css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
  const body =
    // The stylesheet as text: only the two characters XML cannot hold in it are escaped.
    (css ? element('style', {}, css.replace(/&/g, '&amp;').replace(/</g, '&lt;')) : '') +
    element('rect', { class: 'download-background', width: layout.width, height: layout.height, fill: '#fff' }) +
    textBlock(layout.title.lines, PAD, layout.title.y, TITLE_LINE, { class: 'download-title' }) +
    element('g', { transform: `translate(0,${layout.chartY})` }, input.body) +
    layout.notes.map((note) => textBlock(note.lines, PAD, note.y, NOTE_LINE, { class: 'download-note' })).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgDocument({ ...input.frame, width: layout.width, height: layout.height }, body)}\n`;
}
