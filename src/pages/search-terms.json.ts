import type { APIRoute } from 'astro';
import { siteDictionary } from '../lib/search/build/site-dictionary.ts';

/**
 * The whole term dictionary, one file for both editions, for anyone who reuses it (tests/stable-urls.txt).
 * The search page never fetches it: it reads the head and the shards it needs (./search-terms/[file].json.ts).
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await siteDictionary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
