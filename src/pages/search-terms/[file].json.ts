import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDictionaryFiles } from '../../lib/search/build/site-dictionary.ts';

/**
 * The dictionary as the search page fetches it: one file per shard (<n>.json) and per block of pages (p<n>.json),
 * every page's filter values as postings (facets.json) and every page's path (paths.json, for the full text to
 * leave out the direct hits' pages without fetching them). Its head is written into the search page itself.
 */
export const getStaticPaths = (async () => {
  const { shards, blocks, facets, paths } = await siteDictionaryFiles();
  return [
    { params: { file: 'paths' }, props: { body: paths } },
    { params: { file: 'facets' }, props: { body: facets } },
    ...shards.map((shard, n) => ({ params: { file: String(n) }, props: { body: shard } })),
    ...blocks.map((block, n) => ({ params: { file: `p${n}` }, props: { body: block } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['body']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
