import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDictionary } from '../../lib/search/site-dictionary.ts';
import { splitDictionary } from '../../lib/search/terms.ts';

/** The dictionary as the search page fetches it: /search-terms/head.json, one file per shard (<n>.json) and per block of pages (p<n>.json), and every page's filter values as postings (facets.json). */
export const getStaticPaths = (async () => {
  const { head, shards, blocks, facets } = splitDictionary(await siteDictionary());
  return [
    { params: { file: 'head' }, props: { body: head } },
    { params: { file: 'facets' }, props: { body: facets } },
    ...shards.map((shard, n) => ({ params: { file: String(n) }, props: { body: shard } })),
    ...blocks.map((block, n) => ({ params: { file: `p${n}` }, props: { body: block } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['body']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
