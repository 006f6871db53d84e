import type { APIRoute, GetStaticPaths } from 'astro';
import { figurePaths, type DownloadProps } from './figure-paths.ts';

/** /charts/<name>.csv (and /en/charts/<name>.csv) in `astro dev`: each chart's data, UTF-8 with a BOM, links as absolute URL columns. */
export const getStaticPaths = figurePaths satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = ({ props }) => new Response(props.files.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
