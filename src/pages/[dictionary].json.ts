import type { APIRoute, GetStaticPaths } from 'astro';
import { fitsOneFile } from '../lib/file-limit.ts';
import { siteDictionary } from '../lib/search/build/site-dictionary.ts';

/**
 * /search-terms.json: the whole term dictionary, one file for both editions, for anyone who reuses it
 * (tests/stable-urls.txt), while it fits one file on a common host (src/lib/file-limit.ts; 25 MB at 5,000 models).
 * The search page never fetches it: it reads the head and the shards it needs (./search-terms/[file].json.ts),
 * which hold the same dictionary at any size.
 */
export const getStaticPaths = (async () => {
  const body = JSON.stringify(await siteDictionary());
  return fitsOneFile(body) ? [{ params: { dictionary: 'search-terms' }, props: { body } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
