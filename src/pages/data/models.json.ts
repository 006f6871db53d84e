import type { APIRoute } from 'astro';
import { getCuratedModels } from '../../content.ts';
import { modelsJson } from '../../lib/export.ts';

/** Every curated model, as in the entry schema, with its page's path. */
export const GET: APIRoute = async () =>
  new Response(modelsJson(await getCuratedModels(), import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
