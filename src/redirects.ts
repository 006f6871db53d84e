import { LOCALES, localePath } from './lib/locale.ts';

/**
 * Published URLs that moved: old path → new path. A URL in tests/stable-urls.txt may only disappear from
 * the build if it is listed here, so links in printed briefs keep working.
 */

/**
 * Every chart whose files were published (/charts/<name>.svg, .csv and .png, and under /en/), with the page that
 * draws it. Until issue 18 these were files written at build time; now the reader's browser makes all three from
 * the chart on its page (src/scripts/chart-downloads.ts), so each published file address leads to its chart on
 * that page, where its download links are.
 */
const publishedCharts: Record<string, string> = {
  'formula-heilongjiang-ecology-iron-army-0': '/formulas/',
  'formula-heilongjiang-ecology-iron-army-1': '/formulas/',
  'formula-heilongjiang-ecology-iron-army-14': '/formulas/',
  'formula-heilongjiang-ecology-iron-army-2': '/formulas/',
  'formula-heilongjiang-ecology-iron-army-8': '/formulas/',
  'formula-heilongjiang-ecology-iron-army-9': '/formulas/',
  'formula-huizhou-street-party-forest-1': '/formulas/',
  'formula-huizhou-street-party-forest-3': '/formulas/',
  'formula-huizhou-street-party-forest-4': '/formulas/',
  'formula-huizhou-street-party-forest-5': '/formulas/',
  'formula-linxiang-forestry-336-0': '/formulas/',
  'formula-linxiang-forestry-336-6': '/formulas/',
  'formula-linxiang-forestry-336-7': '/formulas/',
  'formula-linxiang-forestry-336-8': '/formulas/',
  'formula-xining-forestry-grassland-1': '/formulas/',
  'matrix': '/mechanisms/',
  'metrics-heilongjiang-ecology-iron-army': '/models/heilongjiang-ecology-iron-army/',
  'metrics-honglin-town-park': '/models/honglin-town-park/',
  'metrics-huizhou-street-party-forest': '/models/huizhou-street-party-forest/',
  'metrics-linxiang-forestry-336': '/models/linxiang-forestry-336/',
  'metrics-xining-forestry-grassland': '/models/xining-forestry-grassland/',
  'metrics': '/compare/',
  'network': '/mechanisms/',
  'tilemap': '/regions/',
  'timeline-huizhou-street-party-forest': '/models/huizhou-street-party-forest/',
  'timeline': '/compare/',
};

const chartFiles = LOCALES.flatMap((locale) =>
  Object.entries(publishedCharts).flatMap(([name, page]) =>
    (['svg', 'csv', 'png'] as const).map((format) => [localePath(locale, `charts/${name}.${format}`, '/'), `${localePath(locale, page, '/')}#chart-${name}`] as const),
  ),
);

export const redirects: Record<string, string> = Object.fromEntries(chartFiles);
