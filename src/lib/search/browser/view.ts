import { fill, localePath, type Locale } from '../../locale.ts';
import { paragraphOf } from '../../routes.ts';
import type { DictHead, SearchDictionary } from '../shared/dictionary.ts';
import { FACETS, pageType, postingKey, type FacetKey, type SearchState } from '../shared/facets.ts';
import type { Segment } from '../shared/query.ts';
import { markedWords, parseExcerpt, quotePassage, type DirectHit, type ExcerptPiece } from '../shared/results.ts';
import { MAX_PASSAGES, shownPassages, type Loaded } from './engine.ts';

/**
 * Drawing the search page (src/pages/[...locale]/search/index.astro): results, recognised terms, facet counts
 * and status, from what the controller hands in. Every string from the query or the index reaches the page as
 * text nodes, never as HTML.
 */

export interface SearchConfig {
  locale: Locale;
  base: string;
  /** The dictionary's folder (/search-terms/). */
  dictionary: string;
  /** The dictionary's head (src/lib/search/shared/dictionary.ts). */
  head: DictHead;
  /** The edition's search.* templates. */
  strings: Record<string, string>;
}

/** The elements of the search page the script works with. */
export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  results: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
  termsBox: HTMLElement;
  facetsBox: HTMLElement;
  more: HTMLButtonElement;
  fullText: HTMLButtonElement;
  clear: HTMLButtonElement;
}

/** The search page's elements, or null when the page lacks one (the script then does nothing). */
export function findElements(): SearchElements | null {
  const found = {
    form: document.querySelector<HTMLFormElement>('[data-search-form]'),
    input: document.querySelector<HTMLInputElement>('[data-search-input]'),
    results: document.getElementById('search-results'),
    status: document.getElementById('search-status'),
    notice: document.querySelector<HTMLElement>('[data-search-notice]'),
    termsBox: document.querySelector<HTMLElement>('[data-search-terms]'),
    facetsBox: document.querySelector<HTMLElement>('[data-search-facets]'),
    more: document.querySelector<HTMLButtonElement>('[data-search-more]'),
    fullText: document.querySelector<HTMLButtonElement>('[data-search-fulltext]'),
    clear: document.querySelector<HTMLButtonElement>('[data-search-clear]'),
  };
  return Object.values(found).every(Boolean) ? (found as SearchElements) : null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Text pieces as nodes: highlighted ones in <mark>, all as text. */
function excerptNodes(pieces: readonly ExcerptPiece[]): Node[] {
  return pieces.map((p) => (p.mark ? element('mark', {}, p.text) : document.createTextNode(p.text)));
}

/** What one result shows. */
interface Item {
  path: string;
  anchor: string;
  title: string;
  type?: string | undefined;
  place?: string | undefined;
  slogan?: string | undefined;
  /** Why a direct hit matched. */
  why?: Node[] | undefined;
  /** A direct hit's quote at its anchor. */
  quote?: ExcerptPiece[] | undefined;
  /** Full text's data for the page. */
  loaded?: Loaded | undefined;
  words: readonly string[];
}

export function searchView(config: SearchConfig, el: SearchElements) {
  const s = (key: string, values: Record<string, string | number> = {}) => fill(config.strings[key] ?? key, values);
  const list = (text: readonly string[]) => text.join(config.locale === 'en' ? '; ' : '；');
  const pageUrl = (path: string, anchor: string, words: readonly string[]) => {
    const params = new URLSearchParams();
    for (const w of words) params.append('hl', w);
    const query = params.size > 0 ? `?${params}` : '';
    return `${localePath(config.locale, path, config.base)}${query}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
  };

  /** A term's name as this edition shows it: 林长制（机制类别） or Forest chief system (林长制) — mechanism category. */
  const termName = (dict: SearchDictionary, t: number, form = 0) => {
    const term = dict.terms[t]!;
    const zh = term.zh[form] ?? term.zh[0]!;
    const canonical = term.zh[0]!;
    const kind = s(`search.kind.${term.k}`);
    if (config.locale === 'en') return `${term.en ? `${term.en} (${zh})` : zh} — ${kind}`;
    return zh === canonical ? `${zh}（${kind}）` : `${zh}（${canonical}，${kind}）`;
  };

  /** One result: title link, type · place · slogan, why it matched, up to three passages. */
  const item = (it: Item): HTMLLIElement => {
    const subs = it.loaded?.subs ?? [];
    // Words to highlight on the page: the reader's terms, and what Pagefind matched for free text.
    const marked = subs.filter((sub) => sub.anchor).flatMap((sub) => markedWords(parseExcerpt(sub.excerpt)));
    const words = [...new Set([...it.words, ...marked])].slice(0, 8);
    const link = element('a', { href: pageUrl(it.path, it.anchor, words), class: 'result-link', 'data-path': it.path }, it.title || it.path);
    const li = element('li', { class: 'search-result', 'data-path': it.path }, element('h3', {}, link));
    const meta = [it.type ? s(`search.type.${it.type}`) : '', it.place ?? '', it.slogan ? `“${it.slogan}”` : ''].filter(Boolean);
    if (meta.length > 0) li.append(element('p', { class: 'result-meta' }, meta.join(' · ')));
    if (it.why && it.why.length > 0) li.append(element('p', { class: 'result-why' }, ...it.why));
    const passages = shownPassages(it.anchor, it.loaded?.passages ?? [], subs);
    // A direct hit's own quote leads when full text has not (yet) found the paragraph.
    if (it.quote && it.quote.length > 0 && !passages.some((p) => p.id === it.anchor)) {
      const paragraph = paragraphOf(it.anchor);
      passages.unshift({ id: it.anchor, label: paragraph === null ? it.anchor : `¶${paragraph}`, pieces: it.quote });
      passages.splice(MAX_PASSAGES);
    }
    const unanchored = it.loaded?.passages.find((p) => !p.anchor);
    if (passages.length > 0) {
      const subList = element('ul', { class: 'subs' });
      for (const sub of passages) subList.append(element('li', {}, element('a', { href: pageUrl(it.path, sub.id, words), class: 'sub-link' }, sub.label), ' ', ...excerptNodes(sub.pieces)));
      li.append(subList);
    } else if (unanchored) {
      li.append(element('p', { class: 'result-excerpt' }, ...excerptNodes(unanchored.pieces)));
    } else if (it.loaded?.data.excerpt) {
      li.append(element('p', { class: 'result-excerpt' }, ...excerptNodes(parseExcerpt(it.loaded.data.excerpt))));
    }
    return li;
  };

  /** A direct hit as a result item, with its quote; `loaded` adds the page's passages when full text found it too. */
  const directItem = (hit: DirectHit, dict: SearchDictionary, words: readonly string[], loaded?: Loaded) => {
    const page = dict.pages[hit.page]!;
    const paragraph = paragraphOf(hit.anchor);
    const why = [element('span', { class: 'badge' }, s('search.direct')), document.createTextNode(`${list(hit.terms.map((t) => termName(dict, t)))}${paragraph === null ? '' : ` · ¶${paragraph}`}`)];
    return item({
      path: page.p,
      anchor: hit.anchor,
      title: loaded?.data.meta['title'] ?? (config.locale === 'en' ? page.t[1] : page.t[0]),
      type: pageType(page.p) ?? undefined,
      place: page.pl ? (config.locale === 'en' ? page.pl[1] : page.pl[0]) : undefined,
      slogan: page.s,
      why,
      quote: quotePassage(page.x?.[hit.anchor] ?? [], words),
      loaded,
      words,
    });
  };

  /** A full-text result. */
  const fullTextItem = (loaded: Loaded, path: string, words: readonly string[]) =>
    item({
      path,
      anchor: '',
      title: loaded.data.meta['title'] ?? path,
      type: loaded.data.filters['type']?.[0],
      place: config.locale === 'en' ? (loaded.data.meta['place_en'] ?? loaded.data.meta['place']) : loaded.data.meta['place'],
      slogan: loaded.data.meta['slogan'],
      loaded,
      words,
    });

  const group = (name: 'direct' | 'fulltext') => {
    const heading = element('h2', { class: 'search-group-heading' }, s(name === 'direct' ? 'search.direct' : 'search.fulltext'));
    return { heading, list: element('ol', { class: 'search-list', 'data-group': name }) };
  };

  return {
    s,
    directItem,
    fullTextItem,
    group,

    setState(state: string, message: string) {
      el.results.dataset['state'] = state;
      el.results.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
      el.status.textContent = message;
    },

    terms(segments: readonly Segment[], dict: SearchDictionary | null) {
      el.termsBox.replaceChildren();
      const matched = segments.filter((seg) => seg.kind === 'term');
      if (!dict || matched.length === 0) {
        el.termsBox.hidden = true;
        return;
      }
      const ul = element('ul');
      for (const segment of matched) {
        const seen = new Set<number>();
        const names = segment.targets.flatMap(([t, f]) => (seen.has(t) ? [] : (seen.add(t), [termName(dict, t, f)])));
        ul.append(element('li', {}, `“${segment.text}” → ${list(names)}`));
      }
      el.termsBox.append(element('p', {}, element('strong', {}, s('search.recognised'))), ul);
      el.termsBox.hidden = false;
    },

    notices(notices: readonly string[]) {
      el.notice.replaceChildren(...notices.flatMap((n, i) => (i > 0 ? [element('br'), n] : [n])));
      el.notice.hidden = notices.length === 0;
    },

    /** Facet counts (postingKey → count): zero-count values hidden unless ticked, empty facets hidden. */
    facets(counts: ReadonlyMap<string, number>, state: SearchState) {
      for (const fieldset of el.facetsBox.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
        const key = fieldset.dataset['facet'] as FacetKey;
        let visible = 0;
        for (const label of fieldset.querySelectorAll<HTMLLabelElement>('label[data-facet-option]')) {
          const count = counts.get(postingKey(key, label.dataset['facetOption'] ?? '')) ?? 0;
          const countNode = label.querySelector('[data-count]');
          if (countNode) countNode.textContent = `(${count})`;
          label.hidden = count === 0 && !label.querySelector('input')?.checked;
          if (!label.hidden) visible++;
        }
        fieldset.hidden = visible === 0;
      }
      el.clear.hidden = !FACETS.some((k) => (state.filters[k]?.length ?? 0) > 0);
      el.facetsBox.hidden = false;
    },

    readForm(mode: SearchState['mode']): SearchState {
      const filters: SearchState['filters'] = {};
      for (const box of el.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name as FacetKey] ??= []).push(box.value);
      return { q: el.input.value, filters, mode };
    },

    fillForm(state: SearchState) {
      el.input.value = state.q;
      for (const box of el.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    },
  };
}

export type SearchView = ReturnType<typeof searchView>;
