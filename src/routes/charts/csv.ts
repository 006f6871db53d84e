import type { APIRoute, GetStaticPaths } from 'astro';
import { tableCsv } from '../../lib/figures/csv.ts';
import type { Figure } from '../../lib/figures/index.ts';
import { figurePaths } from './figure-paths.ts';

/** /charts/<name>.csv (and /en/charts/<name>.csv) in `astro dev`: each chart's data table, UTF-8 with a BOM, links as URL columns. */
export const getStaticPaths = figurePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(tableCsv(props.figure.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
