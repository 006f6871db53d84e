import type { APIRoute, GetStaticPaths } from 'astro';
import { getCuratedModels } from '../../../content.ts';
import type { ComparedModel } from '../../../lib/compare/record.ts';
import { comparedOf } from '../../../lib/figures/models.ts';

/**
 * /data/compare/<id>.json: what /compare/?m= needs of a model to set it beside others (src/lib/compare/record.ts),
 * in both languages; the page's script fetches the chosen models' files. Open data too: every quote with its ¶.
 */
export const getStaticPaths = (async () => (await getCuratedModels()).map((model) => ({ params: { id: model.id }, props: { record: comparedOf(model) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ComparedModel }> = ({ props }) =>
  new Response(JSON.stringify(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
