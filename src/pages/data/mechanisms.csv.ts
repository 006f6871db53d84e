import type { APIRoute } from 'astro';
import { getCategories, getCuratedModels } from '../../content.ts';
import { mechanismsCsv } from '../../lib/export.ts';

/** Every mechanism, one row each (UTF-8 with BOM for Excel). */
export const GET: APIRoute = async () =>
  new Response(mechanismsCsv(await getCuratedModels(), await getCategories(), import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
