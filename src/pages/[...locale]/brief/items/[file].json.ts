import type { APIRoute, GetStaticPaths } from 'astro';
import { getModels } from '../../../../content.ts';
import { briefIndexParts } from '../../../../lib/brief/site-index.ts';
import { bothEditions, type Locale } from '../../../../lib/i18n.ts';

/**
 * /brief/items/_shared.json and /brief/items/<model id>.json (and /en/): the brief's item index in parts
 * (src/lib/brief/items.ts splitIndex), fetched by /brief/ alone, each part only when a pin names it.
 */
export const getStaticPaths = (async () => {
  const ids = (await getModels()).map((entry) => entry.data.id);
  return bothEditions().flatMap(({ params, props }) => ['_shared', ...ids].map((file) => ({ params: { ...params, file }, props })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props, params, site }) => {
  const { shared, models } = await briefIndexParts(props.locale, site);
  const part = params['file'] === '_shared' ? shared : (models[params['file'] ?? ''] ?? { items: {}, references: {} });
  return new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
