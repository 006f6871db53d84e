import type { APIRoute, GetStaticPaths } from 'astro';
import { figurePaths, type DownloadProps } from './figure-paths.ts';

/** /charts/<name>.svg (and /en/charts/<name>.svg) in `astro dev`: each chart as a standalone SVG file, its caption drawn in. */
export const getStaticPaths = figurePaths satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = ({ props }) => new Response(props.files.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
