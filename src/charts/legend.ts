import { element, escapeXml } from './svg.ts';
import { textWidth } from './text.ts';

/**
 * A legend laid out as a flowing line of keys (a small mark and its label), wrapping to the chart's width.
 * Each chart supplies the mark for its keys; the legend only places them.
 */

export interface LegendKey {
  /** SVG markup of the key's mark, centred on 0,0 and at most 14 units wide. */
  mark: string;
  label: string;
}

export interface LegendLayout {
  items: Array<{ x: number; y: number; mark: string; label: string }>;
  /** Height the legend takes, including its bottom margin. */
  height: number;
  /** Right edge of the widest row (a single key wider than maxWidth makes the legend wider than asked). */
  right: number;
}

const FONT = 12;
const ROW = 20;

/** Places keys left to right from (x, y), wrapping before maxWidth. */
export function layoutLegend(keys: readonly LegendKey[], x: number, y: number, maxWidth: number): LegendLayout {
  const items: LegendLayout['items'] = [];
  let cursor = x;
  let row = 0;
  let right = x;
  for (const key of keys) {
    const labelEnd = 18 + textWidth(key.label, FONT);
    if (cursor > x && cursor + labelEnd > x + maxWidth) {
      cursor = x;
      row += 1;
    }
    items.push({ x: cursor, y: y + row * ROW, mark: key.mark, label: key.label });
    right = Math.max(right, cursor + labelEnd);
    cursor += labelEnd + 16;
  }
  return { items, height: keys.length === 0 ? 0 : (row + 1) * ROW + 4, right };
}

/** The legend's markup. */
export function renderLegend(layout: LegendLayout): string {
  const keys = layout.items
    .map((item) => element('g', { transform: `translate(${item.x},${item.y})` }, item.mark + element('text', { class: 'label', x: 18, y: 4 }, escapeXml(item.label))))
    .join('');
  return keys === '' ? '' : element('g', { class: 'legend' }, keys);
}
