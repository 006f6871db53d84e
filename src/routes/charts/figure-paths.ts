import { getCategories, getCuratedModels } from '../../content.ts';
import { chartFiles } from '../../lib/figures/cite.ts';
import { allFigures } from '../../lib/figures/index.ts';
import { LOCALES, localeParam } from '../../lib/i18n.ts';
import chartCss from '../../styles/charts.css?raw';

/**
 * Static paths of the per-chart downloads (.svg and .csv alike): every figure of the site, in both editions,
 * with the files' contents as a build writes them. Used by `astro dev` only (src/integrations/chart-downloads.ts
 * injects these routes there); a build writes the same files from the pages that draw the charts
 * (src/lib/figures/emit.ts).
 */
export async function figurePaths() {
  const models = await getCuratedModels();
  const categories = await getCategories();
  const base = import.meta.env.BASE_URL;
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return LOCALES.flatMap((locale) =>
    allFigures({ locale, base, models, categories }).map((figure) => ({
      params: { locale: localeParam(locale), name: figure.name },
      props: { files: chartFiles(figure, site, locale, chartCss) },
    })),
  );
}

export interface DownloadProps {
  files: { svg: string; csv: string };
}
