import type { Region } from '../../schemas/region.ts';
import { shortPlaceName } from '../regions/index.ts';
import type { FoundFormula } from './formulas.ts';
import type { DraftSlogan } from './slogans.ts';

/**
 * A title when the page had no headline, and the short name (place and brand, at most 16 characters) tables and
 * charts use. Both are made from what the proposals already found, never from prose.
 */

const MODEL_NAME = /(?:模式|工作法|品牌|体系)$/u;
const SHORT_MAX = 16;

/** The formula that names the model: in the opening paragraph, its name ending in 模式, 工作法, 品牌 or 体系. */
export function modelFormula(formulas: readonly FoundFormula[]): FoundFormula | null {
  return formulas.find((f) => f.paragraph === 1 && MODEL_NAME.test(f.name)) ?? null;
}

/** The organisation, the model's name and its brand: 临湘市林业局“336”党建模式：“红色引领﹒绿色先锋”. */
export function composeTitle(org: string | null, formulas: readonly FoundFormula[], slogans: readonly DraftSlogan[]): string | null {
  const model = modelFormula(formulas);
  const brand = slogans.find((s) => s.kind === 'brand');
  const lead = `${org ?? ''}${model?.name ?? ''}`;
  if (lead && brand) return `${lead}：“${brand.text}”`;
  if (model) return lead;
  if (org && brand) return `${org}“${brand.text}”`;
  return null;
}

/** The place as a short name puts it: a town in full (洪林镇), a county, city or province without its suffix. */
export function shortPlace(region: Region | null): string | null {
  if (!region) return null;
  if (region.town) return region.town;
  const name = region.county ?? region.city ?? region.province;
  return shortPlaceName(name);
}

/** Place · model: 临湘·“336”, 西宁·党旗红·高原绿; null when nothing fits in 16 characters. */
export function composeShort(region: Region | null, formulas: readonly FoundFormula[], slogans: readonly DraftSlogan[]): string | null {
  const place = shortPlace(region);
  if (!place) return null;
  const model = modelFormula(formulas);
  const brand = slogans.find((s) => s.kind === 'brand');
  const options = [model ? `“${model.code}”` : null, brand?.text, formulas[0] ? `“${formulas[0].code}”` : null, slogans[0]?.text].filter((o): o is string => Boolean(o));
  for (const option of options) {
    const short = `${place}·${option}`;
    if ([...short].length <= SHORT_MAX) return short;
  }
  return null;
}
