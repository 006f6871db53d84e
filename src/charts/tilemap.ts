import { layoutLegend, renderLegend, type LegendLayout } from './legend.ts';
import { shapePath } from './palette.ts';
import { element, escapeXml, evidence, textBlock } from './svg.ts';
import { wrapText } from './text.ts';

/**
 * Provinces as equal squares (see china-tiles.ts) with each model's mark on its province. A model whose place
 * the source does not state is drawn on a dashed tile with the word for “inferred” under its mark: the second
 * encoding is the line style and the word, never colour alone.
 */

export interface TilePlacement {
  series: number;
  href: string;
  tooltip: string;
  inferred: boolean;
}

export interface TileInput {
  code: string;
  name: string;
  col: number;
  row: number;
  placements: TilePlacement[];
}

export interface TilemapInput {
  tiles: TileInput[];
  seriesKeys: Array<{ series: number; label: string }>;
  text: { stated: string; inferred: string; inferredMark: string };
}

export interface TileLayout extends TileInput {
  x: number;
  y: number;
  size: number;
  nameLines: string[];
  state: 'empty' | 'stated' | 'inferred';
  marks: Array<TilePlacement & { x: number; y: number }>;
}

export interface TilemapLayout {
  width: number;
  height: number;
  legend: LegendLayout;
  tiles: TileLayout[];
  inferredMark: string;
}

export const TILE = 80;
const PITCH = 84;
/** Tile names are set a size smaller than other chart text (11px, the floor) so Heilongjiang fits a tile. */
const FONT = 11;
const LINE = 14;

/** Positions every tile and the marks inside. */
export function layoutTilemap(input: TilemapInput): TilemapLayout {
  const keys = [
    ...input.seriesKeys.map((k) => ({ mark: element('path', { class: `mark series-${k.series}`, d: shapePath(k.series, 5) }), label: k.label })),
    { mark: element('rect', { class: 'tile stated', x: -6, y: -6, width: 12, height: 12 }), label: input.text.stated },
    { mark: element('rect', { class: 'tile inferred', x: -6, y: -6, width: 12, height: 12 }), label: input.text.inferred },
  ];
  const cols = Math.max(...input.tiles.map((t) => t.col)) + 1;
  const legend = layoutLegend(keys, 10, 14, cols * PITCH - 12);
  const top = legend.height + 6;
  const tiles = input.tiles.map((tile): TileLayout => {
    const x = 4 + tile.col * PITCH;
    const y = top + tile.row * PITCH;
    const state = tile.placements.length === 0 ? 'empty' : tile.placements.some((p) => p.inferred) ? 'inferred' : 'stated';
    const step = 18;
    const first = x + TILE / 2 - ((tile.placements.length - 1) * step) / 2;
    return {
      ...tile,
      x,
      y,
      size: TILE,
      nameLines: wrapText(tile.name, TILE - 4, FONT),
      state,
      marks: tile.placements.map((p, i) => ({ ...p, x: first + i * step, y: y + 44 })),
    };
  });
  const rows = Math.max(...input.tiles.map((t) => t.row)) + 1;
  return { width: cols * PITCH + 4, height: top + rows * PITCH, legend, tiles, inferredMark: input.text.inferredMark };
}

/** The chart body. */
export function renderTilemap(layout: TilemapLayout): string {
  const tiles = layout.tiles
    .map((tile) => {
      const square = element('rect', { class: `tile ${tile.state}`, x: tile.x, y: tile.y, width: tile.size, height: tile.size, rx: 3 });
      const name = textBlock(tile.nameLines, tile.x + tile.size / 2, tile.y + 16, LINE, { class: tile.state === 'empty' ? 'tile-name' : 'tile-name on', 'text-anchor': 'middle' });
      const marks = tile.marks
        .map((m) => evidence(m.href, m.tooltip, element('path', { class: `mark series-${m.series}`, d: shapePath(m.series, 6.5), transform: `translate(${m.x},${m.y})` })))
        .join('');
      const inferred = tile.state === 'inferred' ? element('text', { class: 'note', x: tile.x + tile.size / 2, y: tile.y + tile.size - 8, 'text-anchor': 'middle' }, escapeXml(layout.inferredMark)) : '';
      return element('g', { 'data-code': tile.code }, square + name + marks + inferred);
    })
    .join('');
  return renderLegend(layout.legend) + element('g', { class: 'tiles' }, tiles);
}
