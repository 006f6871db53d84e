import { pinyin } from 'pinyin-pro';
import { CHINA_TILES } from '../../charts/china-tiles.ts';
import { styleIndex } from '../../charts/palette.ts';
import type { CuratedModel } from '../../schemas/model.ts';
import { toComparedModel, type ComparedModel } from '../compare/record.ts';
import { inListOrder, positionOf } from '../compare.ts';
import { localePath, pick, type Locale } from '../i18n.ts';
import { routes } from '../routes.ts';
import type { FigureContext } from './types.ts';

/** How charts name and key models: a short place name, a stable series (colour and shape) and links to evidence. */

const ADMIN_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|街道|省|市|区|县|镇|乡)$/u;

/**
 * A model's short name for chart labels: its most specific named place (临湘市, 洪林镇, 黑龙江省). In English,
 * the place's romanised name without its administrative suffix (Linxiang); provinces use their English names.
 */
export function shortName(model: CuratedModel, locale: Locale): string {
  const { province, city, county, town } = model.region;
  const place = town ?? county ?? city ?? province;
  if (locale === 'zh-CN') return place;
  if (place === province) {
    const tile = CHINA_TILES.find((t) => model.region.adcode.startsWith(t.code));
    if (tile) return tile.en;
  }
  const syllables = pinyin(place.replace(ADMIN_SUFFIX, ''), { toneType: 'none', type: 'array' });
  const word = syllables.join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The series (colour and shape) of each model: from its position among all models, the same on every page. */
export function seriesOf(ctx: FigureContext, modelId: string): number {
  return styleIndex(Math.max(0, positionOf(ctx.models, modelId)));
}

/** Keys for a legend: the models given, with their series. */
export function seriesKeys(ctx: FigureContext, ids: readonly string[]): Array<{ series: number; label: string }> {
  return inListOrder(ctx.models, ids).map((m) => ({ series: seriesOf(ctx, m.id), label: shortName(m, ctx.locale) }));
}

/** A model page, optionally at an anchor (#q-m-3, #p-4). */
export function modelHref(ctx: FigureContext, id: string, anchor?: string): string {
  return `${localePath(ctx.locale, routes.model(id), ctx.base)}${anchor ? `#${anchor}` : ''}`;
}

/** The model's title in the edition's language. */
export function titleOf(ctx: FigureContext, model: CuratedModel): string {
  return pick(ctx.locale, model.title);
}

/** A model's record for comparison charts, with its chart label in both editions (once per model). */
export function comparedOf(model: CuratedModel): ComparedModel {
  let record = records.get(model);
  if (!record) records.set(model, (record = toComparedModel(model, { zh: shortName(model, 'zh-CN'), en: shortName(model, 'en') })));
  return record;
}
const records = new WeakMap<CuratedModel, ComparedModel>();
