import type { APIRoute, GetStaticPaths } from 'astro';
import { getDigests } from '../../../../content.ts';
import { briefIndexParts } from '../../../../lib/brief/site-index.ts';
import { entryKey } from '../../../../lib/page-keys.ts';
import { bothEditions, type Locale } from '../../../../lib/i18n.ts';
import { BUILD_SITE } from '../../../../lib/site.ts';

/**
 * /brief/items/_shared.json, /brief/items/<model id>.json and /brief/items/_charts-<n>.json (and /en/): the brief's
 * item index in parts (src/lib/brief/items.ts splitIndex), fetched by /brief/ alone, each part only when a pin
 * names it.
 */
export const getStaticPaths = (async () => {
  const editions = await Promise.all(bothEditions().map(async (edition) => ({ edition, split: await briefIndexParts(edition.props.locale, BUILD_SITE) })));
  const digests = await getDigests();
  return editions.flatMap(({ edition: { params, props }, split }) =>
    ['_shared', ...Object.keys(split.parts)].map((file) => ({
      params: { ...params, file },
      props,
      // A model's part holds that entry's items alone; the shared part and the charts' parts draw on every entry.
      ...(digests.models.has(file) ? { cacheKey: entryKey(digests, file) } : {}),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props, params, site }) => {
  const { shared, parts } = await briefIndexParts(props.locale, site);
  const part = params['file'] === '_shared' ? shared : (parts[params['file'] ?? ''] ?? { items: {}, references: {} });
  return new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
