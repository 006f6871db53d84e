import { svgDocument } from '../../charts/svg.ts';
import type { Figure } from './types.ts';

/** A figure from its parts: its element id and inline SVG follow from its name, size and body. */
export function makeFigure(parts: Omit<Figure, 'id' | 'svg'>): Figure {
  const id = `chart-${parts.name}`;
  const { kind, width, height, title, description, body } = parts;
  return { ...parts, id, svg: svgDocument({ id, kind, width, height, title, description }, body) };
}
