import type { Region } from '../schemas/region.ts';
import type { Locale } from './i18n.ts';

/**
 * What a model page shows of an entry that may still be a draft: a draft carries the curated fields filled
 * with proposals (each `review: proposed`), English possibly '' and some fields null. Pages leave out what is
 * null, mark what is proposed, and show Chinese, marked, where the English is not written yet.
 */

/** A text as an edition shows it: in which language, and whether it stands in for a missing translation. */
export interface Shown {
  text: string;
  /** The text's language where it is not the edition's (Chinese on an English page); undefined otherwise. */
  lang: 'zh-CN' | undefined;
  /** True on an English page showing the Chinese because the English is still ''. */
  untranslated: boolean;
}

/** The half of a bilingual field an edition shows; an English page falls back to the Chinese when the English is ''. */
export function pickOrFallback(locale: Locale, text: { zh: string; en: string }): Shown {
  if (locale !== 'en') return { text: text.zh, lang: undefined, untranslated: false };
  if (text.en.trim() === '') return { text: text.zh, lang: 'zh-CN', untranslated: true };
  return { text: text.en, lang: undefined, untranslated: false };
}

/** Whether an English-only rendering (a slogan's or component's `en`, a mechanism's summary) is still to be written. */
export function isUntranslated(locale: Locale, english: string): boolean {
  return locale === 'en' && english.trim() === '';
}

/** Whether an item is a machine's proposal a person has not yet checked. */
export function isProposed(item: { review?: 'proposed' | undefined } | null | undefined): boolean {
  return item?.review === 'proposed';
}

/** A region's names from the province down, as GB/T 2260 writes them. */
export function regionName(region: Pick<Region, 'province' | 'city' | 'county' | 'town'>): string {
  return [region.province, region.city, region.county, region.town].filter(Boolean).join(' ');
}
