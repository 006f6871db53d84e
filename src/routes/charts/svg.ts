import type { APIRoute, GetStaticPaths } from 'astro';
import css from '../../styles/charts.css?raw';
import { standaloneSvg } from '../../lib/figures/download.ts';
import type { Figure } from '../../lib/figures/index.ts';
import { figurePaths } from './figure-paths.ts';

/** /charts/<name>.svg (and /en/charts/<name>.svg) in `astro dev`: each chart as a standalone SVG file, its stylesheet embedded. */
export const getStaticPaths = figurePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(standaloneSvg(props.figure, css), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
