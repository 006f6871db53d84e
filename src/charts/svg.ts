/**
 * Building SVG markup as strings, so charts render the same bytes in a page, in a download and in a test.
 * Coordinates are rounded to one decimal: enough for any screen or printer, and stable across platforms.
 */

/** A coordinate or length rounded to one decimal, written without a trailing .0. */
export function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);
}

export type AttributeValue = string | number | null | undefined | false;

/** Attributes made only of numbers and commands (path data, transforms): every number in them is rounded too. */
const GEOMETRY = new Set(['d', 'transform', 'points', 'viewBox']);

/** Rounds every number written in a geometry string (M259.33333,4 → M259.3,4). */
export function roundNumbers(text: string): string {
  return text.replace(/-?\d*\.\d+(e-?\d+)?|-?\d+e-?\d+/g, (n) => String(round(Number(n))));
}

/** Attributes in the order given; null, undefined and false are left out, numbers rounded. */
export function attributes(attrs: Record<string, AttributeValue>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined && entry[1] !== false)
    .map(([name, value]) => {
      const text = typeof value === 'number' ? String(round(value)) : GEOMETRY.has(name) ? roundNumbers(value) : value;
      return ` ${name}="${escapeXml(text)}"`;
    })
    .join('');
}

/** An element with attributes and (already built) children; empty elements self-close. */
export function element(tag: string, attrs: Record<string, AttributeValue> = {}, children = ''): string {
  return children === '' ? `<${tag}${attributes(attrs)}/>` : `<${tag}${attributes(attrs)}>${children}</${tag}>`;
}

/** A text element of one or more lines (tspans one line-height apart), first baseline at y. */
export function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: Record<string, AttributeValue> = {}): string {
  if (lines.length === 1) return element('text', { x, y, ...attrs }, escapeXml(lines[0] ?? ''));
  const spans = lines.map((line, i) => element('tspan', { x, dy: i === 0 ? null : lineHeight }, escapeXml(line))).join('');
  return element('text', { x, y, ...attrs }, spans);
}

/**
 * Marks that point at their evidence: a group with a tooltip (<title>) and the evidence address in data-href.
 * Not an <a>: the chart is role="img", whose content assistive technology treats as one picture, so links inside
 * it would be focusable yet unannounced. The figure's data table carries the same links for everyone; the
 * ChartFigure island lets a pointer click on a mark follow data-href, a convenience only.
 */
export function evidence(href: string, tooltip: string, children: string): string {
  return element('g', { class: 'evidence', 'data-href': href }, `${element('title', {}, escapeXml(tooltip))}${children}`);
}

/** What every chart document carries: its size and the accessible name and description. */
export interface SvgFrame {
  /** Id prefix, unique on the page (chart-<name>); title and desc ids derive from it. */
  id: string;
  width: number;
  height: number;
  /** Short name of the chart (the <title>). */
  title: string;
  /** What it shows and its main finding (the <desc>). */
  description: string;
  /** Chart kind, as a class for the stylesheet. */
  kind: string;
}

/** The <svg> element around a chart body: role img, named and described by its <title> and <desc>. */
export function svgDocument(frame: SvgFrame, body: string): string {
  const { id, width, height, title, description, kind } = frame;
  const head = element('title', { id: `${id}-title` }, escapeXml(title)) + element('desc', { id: `${id}-desc` }, escapeXml(description));
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg chart-${kind}`,
      viewBox: `0 0 ${round(width)} ${round(height)}`,
      width: Math.ceil(width),
      height: Math.ceil(height),
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
    },
    head + body,
  );
}
