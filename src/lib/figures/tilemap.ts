import { CHINA_TILES } from '../../charts/china-tiles.ts';
import { layoutTilemap, renderTilemap } from '../../charts/tilemap.ts';
import { localePath, pick, t } from '../i18n.ts';
import { placeName } from '../model-view.ts';
import { modelHref, seriesKeys, seriesOf, shortName, titleOf } from './models.ts';
import { routes } from '../routes.ts';
import { makeFigure } from './figure.ts';
import { listOf } from './text.ts';
import { regionGroups, type RegionGroup } from '../site-wide.ts';
import type { DataTable, Figure, FigureContext } from './types.ts';

/**
 * The province tile map (home and /regions/): every provincial-level division, each model on its province. Once
 * the collection is split by province (src/lib/site-wide.ts), a tile with models holds one mark that links to the
 * province's page of models, and the page's table has a row per province: a mark and a row per model made the
 * home page 1.3 MB at 1,000 models. The CSV download keeps a row per model either way.
 */
export function tilemapFigure(ctx: FigureContext): Figure {
  const { locale, models } = ctx;
  const groups = regionGroups(models);
  const byProvince = new Map((groups ?? []).map((group) => [group.tile.code, group]));
  const regionHref = (group: RegionGroup) => localePath(locale, routes.regionsRegion(group.key), ctx.base);
  const provinceCode = (adcode: string) => adcode.slice(0, 2);
  const tileName = (code: string) => {
    const tile = CHINA_TILES.find((t) => t.code === code);
    return tile ? (locale === 'en' ? tile.en : tile.zh) : code;
  };
  const tiles = CHINA_TILES.map((tile) => ({
    code: tile.code,
    name: locale === 'en' ? tile.en : tile.zh,
    col: tile.col,
    row: tile.row,
    placements: groups
      ? provincePlacement(tile.code)
      : models
          .filter((m) => provinceCode(m.region.adcode) === tile.code)
          .map((m) => ({
            series: seriesOf(ctx, m.id),
            href: modelHref(ctx, m.id),
            tooltip: `${titleOf(ctx, m)} — ${placeName(m)}${m.region.provenance === 'inferred' ? ` (${t(locale, 'region.inferred')})` : ''}`,
            inferred: m.region.provenance === 'inferred',
          })),
  }));
  function provincePlacement(code: string) {
    const group = byProvince.get(code);
    if (!group) return [];
    const n = group.models.length;
    return [{ series: 0, href: regionHref(group), tooltip: `${pick(locale, group.tile)} — ${t(locale, 'regionPages.models', { n })}`, inferred: group.models.every((m) => m.region.provenance === 'inferred') }];
  }
  const name = 'tilemap';
  const title = t(locale, 'chart.tilemap.title');
  const provinces = [...new Set(models.map((m) => provinceCode(m.region.adcode)))];
  const inferred = models.filter((m) => m.region.provenance === 'inferred');
  const description = groups
    ? t(locale, 'chart.tilemap.descSplit', { tiles: CHINA_TILES.length, models: models.length, provinces: provinces.length, empty: CHINA_TILES.length - provinces.length })
    : t(locale, 'chart.tilemap.desc', {
        tiles: CHINA_TILES.length,
        models: models.length,
        provinces: provinces.length,
        list: listOf(locale, models.map((m) => `${shortName(m, locale)} (${tileName(provinceCode(m.region.adcode))})`)),
        empty: CHINA_TILES.length - provinces.length,
        inferred: inferred.length > 0 ? t(locale, 'chart.tilemap.inferredNote', { names: listOf(locale, inferred.map((m) => shortName(m, locale))) }) : '',
      });
  const layout = layoutTilemap({
    tiles,
    seriesKeys: groups ? [] : seriesKeys(ctx, models.map((m) => m.id)),
    text: { stated: t(locale, 'chart.tilemap.stated'), inferred: t(locale, 'chart.tilemap.inferred'), inferredMark: t(locale, 'region.inferred') },
  });
  const byTileOrder = [...models].sort((a, b) => a.region.adcode.localeCompare(b.region.adcode));
  const modelTable: DataTable = {
    caption: title,
    linkHeader: t(locale, 'chart.col.link'),
    columns: [
      { key: 'model', label: t(locale, 'chart.col.model') },
      { key: 'model_id', label: t(locale, 'chart.col.modelId'), csvOnly: true },
      { key: 'model_name', label: t(locale, 'chart.col.modelName'), csvOnly: true },
      { key: 'province', label: t(locale, 'chart.col.province') },
      { key: 'place', label: t(locale, 'chart.col.place') },
      { key: 'adcode', label: t(locale, 'chart.col.adcode') },
      { key: 'provenance', label: t(locale, 'chart.col.provenance') },
      { key: 'note', label: t(locale, 'chart.col.note'), csvOnly: true },
    ],
    rows: byTileOrder.map((m) => [
      { text: shortName(m, locale), href: modelHref(ctx, m.id) },
      { text: m.id },
      { text: pick(locale, m.short) },
      { text: tileName(provinceCode(m.region.adcode)) },
      { text: placeName(m), lang: 'zh-CN' },
      { text: m.region.adcode },
      { text: t(locale, m.region.provenance === 'inferred' ? 'region.inferred' : 'region.stated') },
      { text: m.region.note ? pick(locale, m.region.note) : '' },
    ]),
  };
  const provinceTable = (split: readonly RegionGroup[]): DataTable => ({
    caption: title,
    linkHeader: t(locale, 'chart.col.link'),
    columns: [
      { key: 'province', label: t(locale, 'chart.col.province') },
      { key: 'models', label: t(locale, 'chart.col.models'), numeric: true },
    ],
    rows: split.map((group) => [
      { text: pick(locale, group.tile), href: regionHref(group) },
      { text: String(group.models.length), value: group.models.length },
    ]),
  });
  return makeFigure({
    kind: 'tilemap', name, title, description,
    width: layout.width, height: layout.height, body: renderTilemap(layout),
    table: groups ? provinceTable(groups) : modelTable,
    ...(groups ? { csv: modelTable } : {}),
    source: t(locale, 'chart.source.regions', { n: models.length }),
    // Drawn on the home page and on /regions/: cited at /regions/, the page about places.
    page: routes.regions(),
  });
}
