import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { linkHorizontal } from 'd3-shape';
import { layoutLegend, renderLegend, type LegendLayout } from './legend.ts';
import { element, evidence, textBlock } from './svg.ts';
import { textWidth, wrapText } from './text.ts';

/**
 * A numbered formula as a tree, left to right: the code (336), its parts (三项机制 · 三道关口 · 六个先锋) and
 * their parts in turn. How the source gives a node's parts is drawn on the links to them: a solid line when the
 * text spells the expansion out, a dashed line when the parts only appear (e.g. as headings), and a “…” leaf
 * when only some parts are named.
 */

export type Expansion = 'explicit' | 'implicit' | 'partial' | 'none';

export interface FormulaNodeInput {
  label: string;
  href: string;
  tooltip: string;
  /** How the source gives this node's children. */
  expansion: Expansion;
  children: FormulaNodeInput[];
}

export interface FormulaInput {
  root: FormulaNodeInput;
  text: { explicit: string; implicit: string; partial: string; more: string };
}

export interface FormulaNodeLayout {
  depth: number;
  /** Centre of the node's dot. */
  x: number;
  y: number;
  lines: string[];
  /** Right edge of the label, where links to children start. */
  labelEnd: number;
  href: string | null;
  tooltip: string;
  /** The “…” leaf standing for parts the source does not name. */
  more: boolean;
}

export interface FormulaLayout {
  width: number;
  height: number;
  legend: LegendLayout;
  nodes: FormulaNodeLayout[];
  links: Array<{ style: Expansion; d: string }>;
  /** Depth of the deepest node (0 for a lone code). */
  depth: number;
}

const FONT = 12;
const LINE = 15;
const LABEL_MAX = [150, 170, 210] as const;
const GAP = 34;

interface Datum {
  input: FormulaNodeInput | null;
  label: string;
  expansion: Expansion;
  children: Datum[];
}

/** The input tree plus a “…” leaf under every partially expanded node. */
function toDatum(node: FormulaNodeInput, more: string): Datum {
  const children = node.children.map((child) => toDatum(child, more));
  if (node.expansion === 'partial') children.push({ input: null, label: more, expansion: 'none', children: [] });
  return { input: node, label: node.label, expansion: node.expansion, children };
}

function legendFor(text: FormulaInput['text'], styles: ReadonlySet<Expansion>, width: number): LegendLayout {
  const keys = [];
  if (styles.has('explicit')) keys.push({ mark: element('path', { class: 'link explicit', d: 'M-8,0H8' }), label: text.explicit });
  if (styles.has('implicit')) keys.push({ mark: element('path', { class: 'link implicit', d: 'M-8,0H8' }), label: text.implicit });
  if (styles.has('partial')) keys.push({ mark: element('text', { class: 'label', x: 0, y: 4, 'text-anchor': 'middle' }, '…'), label: text.partial });
  return layoutLegend(keys, 10, 14, width - 20);
}

/** Lays the tree out left to right with d3-hierarchy; columns are as wide as their longest label. */
export function layoutFormula(input: FormulaInput): FormulaLayout {
  const root = hierarchy(toDatum(input.root, input.text.more), (d) => d.children);
  const labelMax = (depth: number) => LABEL_MAX[Math.min(depth, LABEL_MAX.length - 1)] ?? 200;
  const linesOf = new Map<Datum, string[]>();
  // The root's label is bold, about a tenth wider than regular text.
  const widthOf = (line: string, depth: number) => textWidth(line, FONT) * (depth === 0 ? 1.12 : 1);
  root.each((node) => linesOf.set(node.data, wrapText(node.data.label, labelMax(node.depth) / (node.depth === 0 ? 1.12 : 1), FONT)));
  // Rows are as tall as the longest label below the root (the root's own label may span several rows).
  const maxLines = Math.max(1, ...root.descendants().filter((n) => n.depth > 0).map((n) => linesOf.get(n.data)?.length ?? 1));
  const rowHeight = maxLines * LINE + 8;
  const laid = tree<Datum>().nodeSize([rowHeight, 1]).separation((a, b) => (a.parent === b.parent ? 1 : 1.3))(root);

  const depth = laid.height;
  const columnWidth: number[] = [];
  laid.each((node) => {
    const width = Math.max(...(linesOf.get(node.data) ?? ['']).map((line) => widthOf(line, node.depth)));
    columnWidth[node.depth] = Math.max(columnWidth[node.depth] ?? 0, width);
  });
  // A column starts where the widest label of the column before it ends (after its dot), plus room for links.
  const columnX = columnWidth.reduce<number[]>((xs, _width, d) => [...xs, d === 0 ? 10 : (xs[d - 1] ?? 0) + 8 + (columnWidth[d - 1] ?? 0) + GAP], []);
  const styles = new Set<Expansion>();
  laid.each((node) => {
    if (node.children && node.data.expansion !== 'none') styles.add(node.data.expansion);
  });
  const labelEnd = (node: HierarchyPointNode<Datum>) => (columnX[node.depth] ?? 0) + 8 + Math.max(...(linesOf.get(node.data) ?? ['']).map((line) => widthOf(line, node.depth)));
  const treeWidth = Math.max(320, ...laid.descendants().map(labelEnd)) + 8;
  const legend = legendFor(input.text, styles, treeWidth);
  const top = legend.height + 8 + rowHeight / 2;
  const minX = Math.min(...laid.descendants().map((n) => n.x));
  const yOf = (node: HierarchyPointNode<Datum>) => top + node.x - minX;

  const nodes: FormulaNodeLayout[] = laid.descendants().map((node) => {
    const lines = linesOf.get(node.data) ?? [];
    const x = columnX[node.depth] ?? 0;
    return {
      depth: node.depth,
      x,
      y: yOf(node),
      lines,
      labelEnd: labelEnd(node),
      href: node.data.input?.href ?? null,
      tooltip: node.data.input?.tooltip ?? node.data.label,
      more: node.data.input === null,
    };
  });
  const byDatum = new Map(laid.descendants().map((node, i) => [node.data, nodes[i]]));
  const path = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const links = laid.links().map(({ source, target }) => {
    const from = byDatum.get(source.data);
    const to = byDatum.get(target.data);
    // The “…” leaf gets a dotted link ('none': nothing is given there); real parts take their parent's style.
    const style: Expansion = target.data.input === null ? 'none' : source.data.expansion;
    return { style, d: path({ source: [(from?.labelEnd ?? 0) + 4, from?.y ?? 0], target: [(to?.x ?? 0) - 5, to?.y ?? 0] }) ?? '' };
  });
  const height = Math.max(...nodes.map((n) => n.y)) + rowHeight / 2 + 4;
  return { width: Math.max(treeWidth, legend.right + 8), height, legend, nodes, links, depth };
}

/** The chart body. */
export function renderFormula(layout: FormulaLayout): string {
  const links = layout.links.map((l) => element('path', { class: `link ${l.style}`, d: l.d })).join('');
  const nodes = layout.nodes
    .map((node) => {
      const baseline = node.y - ((node.lines.length - 1) * LINE) / 2 + FONT * 0.35;
      const label = textBlock(node.lines, node.x + 8, baseline, LINE, { class: node.depth === 0 ? 'label strong' : node.more ? 'label muted' : 'label' });
      const dot = node.more ? '' : element('circle', { class: `node depth-${Math.min(node.depth, 2)}`, cx: node.x, cy: node.y, r: 4 });
      return node.href ? evidence(node.href, node.tooltip, dot + label) : dot + label;
    })
    .join('');
  return renderLegend(layout.legend) + element('g', { class: 'links' }, links) + element('g', { class: 'nodes' }, nodes);
}
