import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { layoutLegend, renderLegend, type LegendLayout } from './legend.ts';
import { shapePath } from './palette.ts';
import { element, escapeXml, evidence, round } from './svg.ts';
import { textWidth } from './text.ts';

/**
 * Models linked by the mechanism categories they share: a node per model (its size the number of categories it
 * uses), a line per pair that shares any (its width and its number the count). The layout is a force simulation
 * run to rest at build time from a fixed seed, so the same data always give the same picture and the same bytes;
 * pairs that share more are pulled closer.
 */

export interface NetworkInput {
  nodes: Array<{ id: string; label: string; series: number; size: number; href: string; tooltip: string }>;
  links: Array<{ source: string; target: string; weight: number; href: string; tooltip: string }>;
  text: { weight: string; size: string };
  /** Seed of the simulation's random source (initial jiggle). */
  seed?: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  legend: LegendLayout;
  nodes: Array<NetworkInput['nodes'][number] & { x: number; y: number; r: number }>;
  links: Array<NetworkInput['links'][number] & { x1: number; y1: number; x2: number; y2: number; strokeWidth: number }>;
}

export const NETWORK_WIDTH = 560;
const FONT = 12;
const PAD = 14;

/** A small linear congruential generator (the constants of Numerical Recipes): a seeded Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

type SimNode = SimulationNodeDatum & { id: string };

/** Runs the simulation to rest and returns each node's position (unscaled). */
function simulate(input: NetworkInput, radius: (size: number) => number): Map<string, { x: number; y: number }> {
  const nodes: SimNode[] = input.nodes.map((n) => ({ id: n.id }));
  const links: Array<SimulationLinkDatum<SimNode> & { weight: number }> = input.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const maxWeight = Math.max(1, ...input.links.map((l) => l.weight));
  const sizeOf = new Map(input.nodes.map((n) => [n.id, n.size]));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(input.seed ?? 1))
    .force('link', forceLink<SimNode, (typeof links)[number]>(links).id((d) => d.id).distance((l) => 80 + 180 * (1 - l.weight / maxWeight)).strength(0.7))
    .force('charge', forceManyBody().strength(-500))
    .force('center', forceCenter(0, 0))
    .force('collide', forceCollide<SimNode>((d) => radius(sizeOf.get(d.id) ?? 0) + 40))
    .stop();
  // Tick until alpha falls below alphaMin: the number of steps d3 itself would take before stopping.
  const steps = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(steps);
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

/** Positions nodes and links inside the chart, scaled uniformly to fit with room for labels. */
export function layoutNetwork(input: NetworkInput): NetworkLayout {
  const keys = [
    { mark: element('path', { class: 'edge key', d: 'M-8,0H8' }), label: input.text.weight },
    { mark: element('circle', { class: 'mark key hollow', r: 6 }), label: input.text.size },
  ];
  const legend = layoutLegend(keys, 10, 14, NETWORK_WIDTH - 12);
  const maxSize = Math.max(1, ...input.nodes.map((n) => n.size));
  const radius = (size: number) => scaleSqrt().domain([0, maxSize]).range([0, 20])(size) || 0;
  const positions = simulate(input, (s) => Math.max(7, radius(s)));
  const points = input.nodes.map((n) => ({ ...n, ...(positions.get(n.id) ?? { x: 0, y: 0 }), r: Math.max(7, radius(n.size)) }));

  // Fit: the extent of nodes with their labels (below each node) into the frame below the legend.
  const halfLabel = (n: (typeof points)[number]) => Math.max(n.r, textWidth(n.label, FONT) / 2);
  const minX = Math.min(...points.map((n) => n.x - halfLabel(n)));
  const maxX = Math.max(...points.map((n) => n.x + halfLabel(n)));
  const minY = Math.min(...points.map((n) => n.y - n.r));
  const maxY = Math.max(...points.map((n) => n.y + n.r + FONT + 6));
  const top = legend.height + 8;
  const height = 380;
  const scale = Math.min(1.4, (NETWORK_WIDTH - 2 * PAD) / Math.max(1, maxX - minX), (height - top - PAD) / Math.max(1, maxY - minY));
  const offsetX = PAD + (NETWORK_WIDTH - 2 * PAD - (maxX - minX) * scale) / 2;
  const fit = (x: number, y: number) => ({ x: offsetX + (x - minX) * scale, y: top + (y - minY) * scale });
  const nodes = points.map((n) => ({ ...n, ...fit(n.x, n.y) }));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const weights = input.links.map((l) => l.weight);
  const width = scaleLinear().domain([Math.min(...weights, 1), Math.max(...weights, 1)]).range([1.5, 7]);
  const links = input.links.map((l) => {
    const a = at.get(l.source);
    const b = at.get(l.target);
    return { ...l, x1: a?.x ?? 0, y1: a?.y ?? 0, x2: b?.x ?? 0, y2: b?.y ?? 0, strokeWidth: round(width(l.weight)) };
  });
  const bottom = Math.max(...nodes.map((n) => n.y + n.r + FONT + 8));
  return { width: NETWORK_WIDTH, height: Math.ceil(bottom + PAD / 2), legend, nodes, links };
}

/**
 * The chart body. A halo's paint order is an SVG attribute, not CSS: the W3C Nu validator's CSS checker does not
 * know the property `paint-order` and reports it as an error, while it accepts the SVG attribute.
 */
export function renderNetwork(layout: NetworkLayout): string {
  const edges = layout.links
    .map((l) => element('line', { class: 'edge', x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, 'stroke-width': l.strokeWidth }))
    .join('');
  const counts = layout.links
    .map((l) => evidence(l.href, l.tooltip, element('text', { class: 'count halo', 'paint-order': 'stroke', x: (l.x1 + l.x2) / 2, y: (l.y1 + l.y2) / 2 + FONT * 0.35, 'text-anchor': 'middle' }, String(l.weight))))
    .join('');
  const nodes = layout.nodes
    .map((n) =>
      evidence(n.href, n.tooltip, element('path', { class: `mark series-${n.series}`, d: shapePath(n.series, n.r), transform: `translate(${n.x},${n.y})` }) + element('text', { class: 'label halo', 'paint-order': 'stroke', x: n.x, y: n.y + n.r + FONT + 2, 'text-anchor': 'middle' }, escapeXml(n.label))),
    )
    .join('');
  return renderLegend(layout.legend) + element('g', { class: 'edges' }, edges) + element('g', { class: 'counts' }, counts) + element('g', { class: 'nodes' }, nodes);
}
