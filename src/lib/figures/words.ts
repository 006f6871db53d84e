import type { UiKey } from '../i18n.ts';
import { fill, type Locale } from '../locale.ts';

/**
 * The UI strings a figure is written with: an edition and its templates. In the build they are the edition's
 * whole table (src/i18n/*.json); in the browser, the few a page hands its script (`templates` in ../i18n.ts),
 * so the code that writes a chart's title, description and table is the same in both places.
 */
export interface Words {
  locale: Locale;
  strings: Readonly<Partial<Record<UiKey, string>>>;
}

/** A UI string filled in; a key the words lack is a programming error (a page handed its script too few). */
export function say(words: Words, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = words.strings[key];
  if (template === undefined) throw new Error(`UI string “${key}” was not handed to this code`);
  return fill(template, values);
}
