import type { APIRoute } from 'astro';
import { modelsJsonSchema } from '../../lib/export.ts';

/** JSON Schema of /data/models.json, generated from the Zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(modelsJsonSchema(new URL(import.meta.env.BASE_URL, site).href), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
