import type { APIRoute, GetStaticPaths } from 'astro';
import { getCuratedModels, getDigests, getModelsById } from '../../../../content.ts';
import { packPart } from '../../../../lib/brief/items.ts';
import { briefPart, briefPartNames, briefSharedPart } from '../../../../lib/brief/site-index.ts';
import { briefPartKey } from '../../../../lib/page-keys.ts';
import { bothEditions, type Locale } from '../../../../lib/i18n.ts';

/**
 * /brief/items/_shared.json, /brief/items/<model id>.json, /brief/items/_charts.json and
 * /brief/items/_charts-<province>.json (and /en/): the brief's item index in parts (src/lib/brief/items.ts),
 * fetched by /brief/ alone, each part only when a pin names it. Each is built from the entries it shows, and keyed
 * by them (briefPartKey), so a rebuild renders again only the parts of what changed.
 */
export const getStaticPaths = (async () => {
  const [names, entries, curated, digests] = await Promise.all([briefPartNames(), getModelsById(), getCuratedModels(), getDigests()]);
  return bothEditions().flatMap(({ params, props }) =>
    names.map((file) => {
      const cacheKey = briefPartKey(file, { locale: props.locale, entries, curated, digests });
      return { params: { ...params, file }, props, ...(cacheKey === null ? {} : { cacheKey }) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props, params, site }) => {
  const file = params['file'] ?? '';
  // The other parts are served packed (packPart): what their items share is said once.
  const part = file === '_shared' ? await briefSharedPart(props.locale, site) : packPart(await briefPart(props.locale, site, file));
  return new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
