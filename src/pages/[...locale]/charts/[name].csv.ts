import type { APIRoute, GetStaticPaths } from 'astro';
import { getCategories, getCuratedModels } from '../../../content.ts';
import { tableCsv } from '../../../lib/figures/csv.ts';
import { allFigures, type Figure } from '../../../lib/figures/index.ts';
import { LOCALES, localeParam } from '../../../lib/i18n.ts';

/** /charts/<name>.csv (and /en/charts/<name>.csv): each chart's data table, UTF-8 with a BOM, links as URL columns. */
export const getStaticPaths = (async () => {
  const models = await getCuratedModels();
  const categories = await getCategories();
  const base = import.meta.env.BASE_URL;
  return LOCALES.flatMap((locale) =>
    allFigures({ locale, base, models, categories }).map((figure) => ({ params: { locale: localeParam(locale), name: figure.name }, props: { figure } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(tableCsv(props.figure.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
