import type { APIRoute, GetStaticPaths } from 'astro';
import css from '../../../styles/charts.css?raw';
import { getCategories, getCuratedModels } from '../../../content.ts';
import { standaloneSvg } from '../../../lib/figures/download.ts';
import { allFigures, type Figure } from '../../../lib/figures/index.ts';
import { LOCALES, localeParam } from '../../../lib/i18n.ts';

/** /charts/<name>.svg (and /en/charts/<name>.svg): each chart as a standalone SVG file, its stylesheet embedded. */
export const getStaticPaths = (async () => {
  const models = await getCuratedModels();
  const categories = await getCategories();
  const base = import.meta.env.BASE_URL;
  return LOCALES.flatMap((locale) =>
    allFigures({ locale, base, models, categories }).map((figure) => ({ params: { locale: localeParam(locale), name: figure.name }, props: { figure } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(standaloneSvg(props.figure, css), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
