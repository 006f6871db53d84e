import type { Locale } from '../../i18n.ts';
import { brandOf } from '../../model-view.ts';
import type { CuratedModel } from '../../../schemas/model.ts';
import { placeEnglish } from './pinyin.ts';
import { englishPlace } from './places.ts';

/**
 * Pagefind metadata of a model page (build time): shown with each result, and searched with the page, so
 * the English edition finds a model by its place's English name and either edition by its brand or body.
 */
export function searchMeta(model: CuratedModel, locale: Locale): Record<string, string | null> {
  return {
    slogan: brandOf(model),
    org: locale === 'en' ? model.org.en : model.org.zh,
    place_en: englishPlace(model.region, placeEnglish),
  };
}
