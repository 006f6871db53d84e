import { t, type Locale } from '../i18n.ts';
import type { PinWords } from './pin-html.ts';

/** The pin button's words in an edition (build side: the dictionary stays out of the browser). */
export const pinWords = (locale: Locale): PinWords => ({ label: t(locale, 'pin.label'), add: `${t(locale, 'pin.add')}${locale === 'en' ? ': ' : '：'}` });
