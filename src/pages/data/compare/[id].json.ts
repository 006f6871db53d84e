import type { APIRoute, GetStaticPaths } from 'astro';
import { getCuratedModels, getDigests } from '../../../content.ts';
import type { ComparedModel } from '../../../lib/compare/record.ts';
import { comparedOf } from '../../../lib/figures/models.ts';
import { entryKey } from '../../../lib/page-keys.ts';

/**
 * /data/compare/<id>.json: what /compare/?m= needs of a model to set it beside others (src/lib/compare/record.ts),
 * in both languages; the page's script fetches the chosen models' files. Open data too: every quote with its ¶.
 */
export const getStaticPaths = (async () => {
  const digests = await getDigests();
  // A record is made from its own entry alone.
  return (await getCuratedModels()).map((model) => ({ params: { id: model.id }, props: { record: comparedOf(model) }, cacheKey: entryKey(digests, model.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ComparedModel }> = ({ props }) =>
  new Response(JSON.stringify(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
