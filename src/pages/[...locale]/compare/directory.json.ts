import type { APIRoute, GetStaticPaths } from 'astro';
import { getCuratedModels } from '../../../content.ts';
import { compareDirectory } from '../../../lib/compare/page-data-build.ts';
import { bothEditions, type Locale } from '../../../lib/i18n.ts';
import { regionGroups, type RegionGroup } from '../../../lib/site-wide.ts';
import type { CuratedModel } from '../../../schemas/model.ts';

/**
 * /compare/directory.json (and /en/…): every model a ?m= selection can name, with its short name and the region
 * page holding its columns, once the collection is split by province; the compare pages fetch it for a
 * selection instead of carrying it (src/lib/compare/page-data.ts). A collection that is not split has it in the page.
 */
export const getStaticPaths = (async () => {
  const models = await getCuratedModels();
  const groups = regionGroups(models);
  return groups ? bothEditions({ models, groups }) : [];
}) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
  models: CuratedModel[];
  groups: RegionGroup[];
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(compareDirectory(props.locale, import.meta.env.BASE_URL, props.models, props.groups)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
