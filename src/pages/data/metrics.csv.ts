import type { APIRoute } from 'astro';
import { getCuratedModels } from '../../content.ts';
import { metricsCsv } from '../../lib/export.ts';

/** Every figure, one row each (UTF-8 with BOM for Excel). */
export const GET: APIRoute = async () =>
  new Response(metricsCsv(await getCuratedModels(), import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
