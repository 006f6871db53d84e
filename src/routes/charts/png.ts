import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFonts, renderPng } from '../../lib/figures/png.ts';
import { figurePaths, type DownloadProps } from './figure-paths.ts';

/** /charts/<name>.png (and /en/charts/<name>.png) in `astro dev`: the SVG file rendered, as a build's worker renders it. */
export const getStaticPaths = figurePaths satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = async ({ props }) =>
  new Response(Buffer.from(await renderPng(props.files.svg, chartFonts())), { headers: { 'Content-Type': 'image/png' } });
