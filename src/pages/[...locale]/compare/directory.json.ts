import type { APIRoute, GetStaticPaths } from 'astro';
import { getCuratedModels } from '../../../content.ts';
import { compareDirectory } from '../../../lib/compare/page-data-build.ts';
import { bothEditions, type Locale } from '../../../lib/i18n.ts';
import { regionGroups } from '../../../lib/site-wide.ts';

/**
 * /compare/directory.json (and /en/…): every model a ?m= selection can name, with its short name and the region
 * page holding its columns, once the collection is split by province; the compare pages fetch it for a
 * selection instead of carrying it (src/lib/compare/page-data.ts). A collection that is not split has it in the page.
 */
export const getStaticPaths = (async () => ((regionGroups(await getCuratedModels())) ? bothEditions() : [])) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const models = await getCuratedModels();
  const body = compareDirectory(props.locale, import.meta.env.BASE_URL, models, regionGroups(models));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
