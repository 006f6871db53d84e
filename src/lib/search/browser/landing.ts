import { findOccurrences, highlightParam } from '../shared/occurrences.ts';

/**
 * Runs on every page (loaded by the layout), and does two small things:
 * - `/` puts the cursor in the search box (the search page's own box, else the header's), unless the reader
 *   is typing somewhere;
 * - a page opened from a search result (`?hl=林长制`) highlights those words in its main text and, when the
 *   link has no paragraph anchor, scrolls to the first one.
 * Words are matched in text nodes and wrapped in new <mark> elements: the page's HTML is never rebuilt from
 * strings, so nothing in the URL can become markup.
 */

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-site-search]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

/** Text nodes under `root` worth highlighting in: not scripts, not already highlighted, not hidden. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template, [hidden], .search-hit, [data-pagefind-ignore]')) return NodeFilter.FILTER_REJECT;
      return node.nodeValue && node.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** At most this many highlights: enough to find one's way, cheap on the longest page. */
const MAX_HITS = 300;

function highlight(root: Element, words: readonly string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    if (marks.length >= MAX_HITS) break;
    const text = node.nodeValue ?? '';
    const ranges = findOccurrences(text, words);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      marks.push(mark);
      at = end;
    }
    if (at < text.length) fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return marks;
}

const words = highlightParam(new URLSearchParams(location.search));
const main = document.getElementById('main');
if (words.length > 0 && main && !document.querySelector('[data-search-page]')) {
  const marks = highlight(main, words);
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) target.scrollIntoView({ block: 'start' });
  else marks[0]?.scrollIntoView({ block: 'center' });
}
