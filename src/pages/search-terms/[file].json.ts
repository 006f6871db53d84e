import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDictionary } from '../../lib/search/site-dictionary.ts';
import { splitDictionary } from '../../lib/search/terms.ts';

/** The dictionary as the search page fetches it: /search-terms/head.json and one file per shard. */
export const getStaticPaths = (async () => {
  const { head, shards } = splitDictionary(await siteDictionary());
  return [{ params: { file: 'head' }, props: { body: head } }, ...shards.map((shard, n) => ({ params: { file: String(n) }, props: { body: shard } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['body']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
