import { chartId } from './ids.ts';

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A pin button's words in an edition: the visible word (简报) and the start of its accessible name (加入简报：). */
export interface PinWords {
  label: string;
  add: string;
}

/**
 * A pin button's markup, one writer for components and the figure markup (src/lib/figures/figure-html.ts); the
 * browser may load it (it imports no dictionary). Its visible word is inside its accessible name (WCAG 2.5.3),
 * which adds what it pins. It sits inside the text it pins, so it is kept out of the search index (its word
 * would be in every paragraph's excerpt) and out of a reader's copied selection. Its aria-pressed is set by
 * src/scripts/pins.ts when it shows the button (hidden, the button says nothing).
 */
export function pinButtonHtml(words: PinWords, id: string, what: string): string {
  return `<button type="button" class="pin-button" data-pin="${esc(id)}" aria-label="${esc(`${words.add}${what}`)}" data-pagefind-ignore hidden>${esc(words.label)}</button>`;
}

/** A chart's pin, for its caption. */
export const chartPinHtml = (words: PinWords, figure: { name: string; title: string }): string => pinButtonHtml(words, chartId(figure.name), figure.title);
