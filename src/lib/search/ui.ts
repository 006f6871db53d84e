import { blocksFor, fromShards, recordingDictionary, shardOf, type DictHead, type DictPageBlock, type DictShard, type SearchDictionary } from './dictionary.ts';
import { FACETS, matchesFilters, readSearchState, writeSearchState, type FacetKey, type SearchState } from './facets.ts';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindResult, type PagefindSubResult } from './pagefind-client.ts';
import { analyse, fullTextPlan, highlightWords, needsConversion, prepareQuery, MAX_QUERY_CHARS, type Clause, type Segment } from './query.ts';
import { directHits, markedWords, parseExcerpt, pathOf, phrasePassages, type DirectHit, type ExcerptPiece, type Passage } from './results.ts';

/**
 * The search page (src/pages/[...locale]/search/index.astro): reads ?q= and the facets from the URL and
 * runs on load; known terms are answered from the dictionary at once (whole terms first), then Pagefind's
 * full text follows. Every string from the query or the index reaches the page as text nodes, never as HTML.
 */

interface SearchConfig {
  locale: 'zh-CN' | 'en';
  base: string;
  dictionary: string;
  strings: Record<string, string>;
}

/** Full-text results shown per step ("show more" adds as many again). */
const PAGE_SIZE = 10;
/** Sub-results (paragraphs, sections) shown per page. */
const MAX_SUBS = 3;

/** One page matching the full text, with the Pagefind results (one per search) that found it. */
interface FullTextHit {
  id: string;
  score: number;
  /** `free`: found by a free-text search, whose marked words are worth showing (a term's are not: 林|长|制). */
  results: Array<{ result: PagefindResult; free: boolean }>;
}

/** What a result shows from its page's data. */
interface Loaded {
  data: PagefindData;
  /** Where the reader's terms occur, by paragraph or section. */
  passages: Passage[];
  /** Pagefind's own sub-results for free text. */
  subs: PagefindSubResult[];
}

/** What one search produced, kept so that toggling a facet re-renders without searching again. */
interface Outcome {
  state: SearchState;
  /** The dictionary as fetched for this query (null in plain mode or when it failed to load). */
  dict: SearchDictionary | null;
  query: string;
  segments: Segment[];
  direct: DirectHit[];
  full: FullTextHit[];
  words: string[];
  notices: string[];
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

export function startSearchPage(): void {
  const configNode = document.getElementById('search-config');
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const notice = document.querySelector<HTMLElement>('[data-search-notice]');
  const termsBox = document.querySelector<HTMLElement>('[data-search-terms]');
  const facetsBox = document.querySelector<HTMLElement>('[data-search-facets]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const clear = document.querySelector<HTMLButtonElement>('[data-search-clear]');
  if (!configNode || !form || !input || !results || !status || !notice || !termsBox || !facetsBox || !more || !clear) return;
  const config = JSON.parse(configNode.textContent ?? '{}') as SearchConfig;
  const s = (key: string, values: Record<string, string | number> = {}) =>
    (config.strings[key] ?? key).replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
  const root = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const pageUrl = (path: string, anchor: string, words: readonly string[]) => {
    const params = new URLSearchParams();
    for (const w of words) params.append('hl', w);
    const query = params.size > 0 ? `?${params}` : '';
    return `${root}${config.locale === 'en' ? 'en/' : ''}${path}${query}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
  };

  // The dictionary comes in pieces (src/lib/search/dictionary.ts): its head once, then the shards of the keys
  // a query looks up, each fetched once per page.
  const fetchJson = <T,>(url: string): Promise<T> =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<T>;
    });
  const dictFiles = new Map<string, Promise<unknown>>();
  // Each dictionary file fetched once (a failed fetch is tried again by the next query).
  const loadFile = <T,>(name: string): Promise<T> => {
    let file = dictFiles.get(name);
    if (!file) {
      file = fetchJson<T>(`${config.dictionary}${name}.json`);
      file.catch(() => dictFiles.delete(name));
      dictFiles.set(name, file);
    }
    return file as Promise<T>;
  };
  const loadHead = () => loadFile<DictHead>('head');

  // The shards of the keys a query looks up, then the blocks of the pages their terms hit.
  const dictionaryFor = async (text: string, dictHead: DictHead): Promise<SearchDictionary> => {
    const { dict: recorder, asked } = recordingDictionary(dictHead);
    analyse(text, recorder);
    const needed = [...new Set([...asked].map((key) => shardOf(key, dictHead.shards)))];
    const shards = await Promise.all(needed.map((n) => loadFile<DictShard>(String(n))));
    const blocks = await Promise.all(blocksFor(shards, dictHead.blockSize).map((n) => loadFile<DictPageBlock>(`p${n}`)));
    return fromShards(dictHead, shards, blocks);
  };

  // Facet value → ids of the pages that carry it, from filter-only searches (no word index needed). With
  // these, facets filter and count any combination of searches exactly, in the page, without searching again.
  let postings: Promise<Map<string, Set<string>>> | null = null;
  const loadPostings = (pagefind: Pagefind) => {
    postings ??= (async () => {
      const all = await pagefind.filters();
      const pairs = FACETS.flatMap((key) => Object.keys(all[key] ?? {}).map((value) => [key, value] as const));
      const found = await Promise.all(pairs.map(([key, value]) => pagefind.search(null, { filters: { [key]: value } })));
      return new Map(pairs.map(([key, value], i) => [`${key}\u0000${value}`, new Set(found[i]?.results.map((r) => r.id) ?? [])]));
    })();
    return postings;
  };

  let generation = 0;
  let outcome: Outcome | null = null;
  let shown = 0;

  const setState = (state: string, message: string) => {
    results.dataset['state'] = state;
    results.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
    status.textContent = message;
  };

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      const key = box.name as FacetKey;
      (filters[key] ??= []).push(box.value);
    }
    return { q: input.value, filters, mode: outcome?.state.mode ?? readSearchState(new URLSearchParams(location.search)).mode };
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    }
  };

  /** Runs the searches of a plan: parts ANDed, alternatives ORed, clauses ANDed; ranked by Pagefind's score. */
  const runPlan = async (pagefind: Pagefind, clauses: readonly Clause[]): Promise<FullTextHit[]> => {
    const searchPart = async (part: string, phrase: boolean, free: boolean, orLoose = false): Promise<Map<string, FullTextHit>> => {
      const hits = new Map<string, FullTextHit>();
      if (!phrase) {
        for (const r of (await pagefind.search(part))?.results ?? []) hits.set(r.id, { id: r.id, score: r.score, results: [{ result: r, free }] });
        return hits;
      }
      // A quoted phrase matches the whole term but comes back unranked; the same words unquoted give the ranking.
      const [exact, loose] = await Promise.all([pagefind.search(`"${part}"`), pagefind.search(part)]);
      const scores = new Map((loose?.results ?? []).map((r) => [r.id, r.score]));
      for (const r of exact?.results ?? []) hits.set(r.id, { id: r.id, score: scores.get(r.id) ?? 0, results: [{ result: r, free }] });
      if (hits.size === 0 && orLoose) for (const r of loose?.results ?? []) hits.set(r.id, { id: r.id, score: r.score, results: [{ result: r, free }] });
      return hits;
    };
    const intersect = (a: Map<string, FullTextHit>, b: Map<string, FullTextHit>) => {
      const out = new Map<string, FullTextHit>();
      for (const [id, hit] of a) {
        const other = b.get(id);
        if (other) out.set(id, { id, score: hit.score + other.score, results: [...hit.results, ...other.results] });
      }
      return out;
    };
    let combined: Map<string, FullTextHit> | null = null;
    for (const clause of clauses) {
      const union = new Map<string, FullTextHit>();
      for (const alternative of clause.alternatives) {
        let matched: Map<string, FullTextHit> | null = null;
        for (const part of alternative.parts) {
          const hits = await searchPart(part, alternative.phrase, clause.free, alternative.orLoose);
          matched = matched ? intersect(matched, hits) : hits;
        }
        for (const [id, hit] of matched ?? []) {
          const known = union.get(id);
          union.set(id, known ? { id, score: Math.max(known.score, hit.score), results: [...known.results, ...hit.results] } : hit);
        }
      }
      combined = combined ? intersect(combined, union) : union;
    }
    return [...(combined ?? new Map<string, FullTextHit>()).values()].sort((a, b) => b.score - a.score);
  };

  /**
   * A page's data: title and meta from the first search that found it, the reader's terms found in its text
   * (every occurrence, by paragraph), and Pagefind's sub-results from free-text searches.
   */
  const loadData = async (hit: FullTextHit, words: readonly string[], sectionIds: readonly string[] = []): Promise<Loaded> => {
    const all = await Promise.all(hit.results.map(async (r) => ({ data: await r.result.data(), free: r.free })));
    const data = all[0]!.data;
    const subs = new Map<string, PagefindSubResult>();
    for (const { data: d } of all.filter((a) => a.free)) {
      for (const sub of d.sub_results) {
        const known = subs.get(sub.url);
        if (!known || sub.locations.length > known.locations.length) subs.set(sub.url, sub);
      }
    }
    const raw = data.raw_content ?? data.content ?? '';
    return { data, passages: words.length > 0 ? phrasePassages(raw, data.anchors ?? [], words, 24, sectionIds) : [], subs: [...subs.values()] };
  };

  const kindLabel = (kind: string) => s(`search.kind.${kind}`);
  const typeLabel = (type: string | undefined) => (type ? s(`search.type.${type}`) : '');

  /** One result: title link, type · place · slogan, why it matched (direct hits), up to three passages. */
  const renderItem = (item: {
    path: string;
    anchor: string;
    title: string;
    type?: string | undefined;
    place?: string | undefined;
    slogan?: string | undefined;
    why?: Node[] | undefined;
    loaded?: Loaded | undefined;
    words: string[];
  }): HTMLLIElement => {
    const { loaded } = item;
    const subs = (loaded?.subs ?? []).filter((sub) => sub.anchor);
    // Words to highlight on the page: the reader's terms, and what Pagefind matched for free text.
    const marked = subs.flatMap((sub) => markedWords(parseExcerpt(sub.excerpt)));
    const words = [...new Set([...item.words, ...marked])].slice(0, 8);
    const link = element('a', { href: pageUrl(item.path, item.anchor, words), class: 'result-link', 'data-path': item.path }, item.title || item.path);
    const li = element('li', { class: 'search-result', 'data-path': item.path }, element('h3', {}, link));
    const meta = [typeLabel(item.type), item.place ?? '', item.slogan ? `“${item.slogan}”` : ''].filter(Boolean);
    if (meta.length > 0) li.append(element('p', { class: 'result-meta' }, meta.join(' · ')));
    if (item.why && item.why.length > 0) li.append(element('p', { class: 'result-why' }, ...item.why));
    // Passages: paragraphs (¶) before other sections, then the most occurrences; Pagefind's own sub-results
    // (free text) fill any room left.
    const isParagraph = (id: string | undefined) => Number(/^p-\d+$/.test(id ?? ''));
    const unanchored = loaded?.passages.find((p) => !p.anchor);
    const passages = [...(loaded?.passages ?? [])]
      .filter((p) => p.anchor)
      .sort((a, b) => Number(b.anchor?.id === item.anchor) - Number(a.anchor?.id === item.anchor) || isParagraph(b.anchor?.id) - isParagraph(a.anchor?.id) || b.count - a.count)
      .map((p) => ({ id: p.anchor!.id, label: p.anchor!.title || p.anchor!.text || p.anchor!.id, pieces: p.pieces }));
    const extra = subs
      .sort((a, b) => isParagraph(b.anchor?.id) - isParagraph(a.anchor?.id) || b.locations.length - a.locations.length)
      .map((sub) => ({ id: sub.anchor!.id, label: sub.anchor!.title || sub.title || sub.anchor!.id, pieces: parseExcerpt(sub.excerpt) }))
      .filter((sub) => !passages.some((p) => p.id === sub.id));
    const shownSubs = [...passages, ...extra].slice(0, MAX_SUBS);
    if (shownSubs.length > 0) {
      const list = element('ul', { class: 'subs' });
      for (const sub of shownSubs) {
        list.append(element('li', {}, element('a', { href: pageUrl(item.path, sub.id, words), class: 'sub-link' }, sub.label), ' ', ...excerptNodes(sub.pieces)));
      }
      li.append(list);
    } else if (unanchored) {
      li.append(element('p', { class: 'result-excerpt' }, ...excerptNodes(unanchored.pieces)));
    } else if (loaded?.data.excerpt) {
      li.append(element('p', { class: 'result-excerpt' }, ...excerptNodes(parseExcerpt(loaded.data.excerpt))));
    }
    return li;
  };

  /** A term's name as this edition shows it: 林长制（机制类别） or Forest chief system (林长制) — mechanism category. */
  const termName = (dict: SearchDictionary, t: number, form = 0) => {
    const term = dict.terms[t]!;
    const zh = term.zh[form] ?? term.zh[0]!;
    const canonical = term.zh[0]!;
    if (config.locale === 'en') return `${term.en ? `${term.en} (${zh})` : zh} — ${kindLabel(term.k)}`;
    return zh === canonical ? `${zh}（${kindLabel(term.k)}）` : `${zh}（${canonical}，${kindLabel(term.k)}）`;
  };

  const whyNodes = (hit: DirectHit, dict: SearchDictionary): Node[] => {
    const where = /^p-(\d+)$/.exec(hit.anchor);
    const names = hit.terms.map((t) => termName(dict, t)).join(config.locale === 'en' ? '; ' : '；');
    return [element('span', { class: 'badge' }, s('search.direct')), document.createTextNode(`${names}${where ? ` · ¶${where[1]}` : ''}`)];
  };

  /** A direct hit as a result item; `loaded` adds the page's passages when full text found it too. */
  const directItem = (hit: DirectHit, dict: SearchDictionary, words: string[], loaded?: Loaded) => {
    const page = dict.pages[hit.page]!;
    return renderItem({
      path: page.p,
      anchor: hit.anchor,
      title: loaded?.data.meta['title'] ?? (config.locale === 'en' ? page.t[1] : page.t[0]),
      type: page.f.type?.[0],
      place: page.pl ? (config.locale === 'en' ? page.pl[1] : page.pl[0]) : undefined,
      slogan: page.s,
      why: whyNodes(hit, dict),
      loaded,
      words,
    });
  };

  const renderTerms = (segments: readonly Segment[], dict: SearchDictionary | null) => {
    termsBox.replaceChildren();
    const matched = segments.filter((seg) => seg.kind === 'term');
    if (!dict || matched.length === 0) {
      termsBox.hidden = true;
      return;
    }
    const list = element('ul');
    for (const segment of matched) {
      const seen = new Set<number>();
      const names = segment.targets.flatMap(([t, f]) => (seen.has(t) ? [] : (seen.add(t), [termName(dict, t, f)])));
      list.append(element('li', {}, `“${segment.text}” → ${names.join(config.locale === 'en' ? '; ' : '；')}`));
    }
    termsBox.append(element('p', {}, element('strong', {}, s('search.recognised'))), list);
    termsBox.hidden = false;
  };

  /** Facet counts over the full-text matches: OR within a facet, AND across, zero-count values hidden. */
  const renderFacets = (full: readonly FullTextHit[], state: SearchState, posting: Map<string, Set<string>>) => {
    const ids = full.map((h) => h.id);
    const allowed = (key: FacetKey | undefined) =>
      ids.filter((id) =>
        FACETS.every((k) => {
          const wanted = state.filters[k];
          if (k === key || !wanted || wanted.length === 0) return true;
          return wanted.some((v) => posting.get(`${k}\u0000${v}`)?.has(id));
        }),
      );
    for (const fieldset of facetsBox.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const key = fieldset.dataset['facet'] as FacetKey;
      const pool = allowed(key);
      let visible = 0;
      for (const label of fieldset.querySelectorAll<HTMLLabelElement>('label[data-facet-option]')) {
        const value = label.dataset['facetOption'] ?? '';
        const set = posting.get(`${key}\u0000${value}`);
        const count = set ? pool.filter((id) => set.has(id)).length : 0;
        const box = label.querySelector('input');
        const countNode = label.querySelector('[data-count]');
        if (countNode) countNode.textContent = `(${count})`;
        label.hidden = count === 0 && !box?.checked;
        if (!label.hidden) visible++;
      }
      fieldset.hidden = visible === 0;
    }
    clear.hidden = !FACETS.some((k) => (state.filters[k]?.length ?? 0) > 0);
    facetsBox.hidden = false;
  };

  /** Renders an outcome under the current facets; the first PAGE_SIZE full-text pages load their data. */
  const render = async (result: Outcome, gen: number) => {
    const { dict } = result;
    const pagefind = await loadPagefind(config.base);
    const { state } = result;
    // Facet postings are needed first only when a facet is selected; otherwise the results go up at once
    // and the counts follow.
    const selected = FACETS.some((k) => (state.filters[k]?.length ?? 0) > 0);
    const postingsReady = loadPostings(pagefind);
    const posting = selected ? await postingsReady : null;
    if (gen !== generation) return;
    const direct = dict ? result.direct.filter((hit) => matchesFilters(dict.pages[hit.page]?.f ?? {}, state.filters)) : [];
    const full = posting
      ? result.full.filter((hit) =>
          FACETS.every((k) => {
            const wanted = state.filters[k];
            return !wanted || wanted.length === 0 || wanted.some((v) => posting.get(`${k}\u0000${v}`)?.has(hit.id));
          }),
        )
      : result.full;
    facetsBox.dataset['ready'] = 'false';
    void postingsReady.then((p) => {
      if (gen !== generation) return;
      renderFacets(result.full, state, p);
      facetsBox.dataset['ready'] = 'true';
    });

    // Data for the first full-text pages: their passages enrich direct hits on the same page.
    // Anchors of direct hits that are not paragraphs (a glossary entry) start a passage of their own.
    const entryIds = dict ? direct.map((hit) => hit.anchor).filter((a) => a && !/^p-\d+$/.test(a)) : [];
    const first = await Promise.all(full.slice(0, PAGE_SIZE).map((hit) => loadData(hit, result.words, entryIds)));
    if (gen !== generation) return;
    const byPath = new Map(first.map((d) => [pathOf(d.data.url), d]));
    const directPaths = new Set(direct.map((hit) => dict!.pages[hit.page]!.p));

    const groups: HTMLElement[] = [];
    if (direct.length > 0 && dict) {
      const list = element('ol', { class: 'search-list', 'data-group': 'direct' });
      for (const hit of direct) list.append(directItem(hit, dict, result.words, byPath.get(dict.pages[hit.page]!.p)));
          groups.push(element('h2', { class: 'search-group-heading' }, s('search.direct')), list);
    }
    const fullList = element('ol', { class: 'search-list', 'data-group': 'fulltext' });
    const appendFull = (items: Loaded[]) => {
      for (const loaded of items) {
        const { data } = loaded;
        const path = pathOf(data.url);
        if (directPaths.has(path)) continue;
        fullList.append(
          renderItem({
            path,
            anchor: '',
            title: data.meta['title'] ?? path,
            type: data.filters['type']?.[0],
            place: config.locale === 'en' ? (data.meta['place_en'] ?? data.meta['place']) : data.meta['place'],
            slogan: data.meta['slogan'],
            loaded,
            words: result.words,
          }),
        );
      }
    };
    appendFull(first);
    if (fullList.childElementCount > 0) groups.push(element('h2', { class: 'search-group-heading' }, s('search.fulltext')), fullList);
    results.replaceChildren(...groups);
    shown = Math.min(PAGE_SIZE, full.length);
    more.hidden = shown >= full.length;
    more.onclick = async () => {
      const next = await Promise.all(full.slice(shown, shown + PAGE_SIZE).map((hit) => loadData(hit, result.words)));
      if (gen !== generation) return;
      const before = fullList.childElementCount;
      appendFull(next);
      if (!fullList.isConnected) results.append(element('h2', { class: 'search-group-heading' }, s('search.fulltext')), fullList);
      shown += next.length;
      more.hidden = shown >= full.length;
      fullList.children[before]?.querySelector<HTMLAnchorElement>('a')?.focus();
    };

    notice.replaceChildren(...result.notices.flatMap((n, i) => (i > 0 ? [element('br'), n] : [n])));
    notice.hidden = result.notices.length === 0;
    if (direct.length === 0 && full.length === 0) setState('empty', s('search.empty', { q: result.query }));
    else setState('results', s('search.status', { direct: direct.length, pages: full.length }));
    results.dataset['query'] = state.q;
  };

  const run = async (state: SearchState) => {
    const gen = ++generation;
    outcome = null;
    more.hidden = true;
    termsBox.hidden = true;
    notice.hidden = true;
    results.replaceChildren();
    results.dataset['query'] = state.q;
    const prepared = prepareQuery(state.q);
    if (prepared.text === '') {
      facetsBox.hidden = true;
      return setState('idle', s('search.idle'));
    }
    if (prepared.empty) {
      facetsBox.hidden = true;
      return setState('unsearchable', s('search.unsearchable'));
    }
    setState('loading', s('search.loading'));
    try {
      const notices: string[] = [];
      if (prepared.truncated) notices.push(s('search.truncated', { n: MAX_QUERY_CHARS }));
      let segments: Segment[] = [];
      let clauses: Clause[];
      let direct: DirectHit[] = [];
      let words: string[] = [];
      let text = prepared.text;
      // Pagefind loads while the dictionary answers whole terms.
      const pagefindReady = loadPagefind(config.base);
      pagefindReady.catch(() => undefined);
      const dictHead = state.mode === 'plain' ? null : await loadHead().catch(() => null);
      if (dictHead && needsConversion(text, dictHead.trad)) {
        const { toSimplified } = await import('./t2s.ts');
        const converted = toSimplified(text);
        if (converted !== text) notices.push(s('search.converted', { q: converted }));
        text = converted;
      }
      const dict = dictHead ? await dictionaryFor(text, dictHead).catch(() => null) : null;
      if (!dict) {
        if (state.mode === 'plain') notices.push(s('search.plain'));
        // The baseline: Pagefind on the query as typed, the way a stock Pagefind search box sends it.
        clauses = [{ alternatives: [{ parts: [state.mode === 'plain' ? state.q.trim() : text], phrase: false }], free: true }];
      } else {
        segments = analyse(text, dict);
        direct = directHits(segments, dict);
        words = highlightWords(segments, dict);
        clauses = fullTextPlan(segments, dict, config.locale);
        renderTerms(segments, dict);
        // Whole terms first: the direct hits are on the page before full text has loaded.
        if (gen !== generation) return;
        const early = direct.filter((hit) => matchesFilters(dict.pages[hit.page]?.f ?? {}, state.filters));
        if (early.length > 0) {
          const list = element('ol', { class: 'search-list', 'data-group': 'direct' });
          for (const hit of early) list.append(directItem(hit, dict, words));
          results.replaceChildren(element('h2', { class: 'search-group-heading' }, s('search.direct')), list);
        }
      }
      const pagefind = await pagefindReady;
      const full = clauses.length > 0 ? await runPlan(pagefind, clauses) : [];
      if (gen !== generation) return;
      outcome = { state, dict, query: text, segments, direct, full, words, notices };
      await render(outcome, gen);
    } catch {
      if (gen === generation) setState('error', s('search.error'));
    }
  };

  const urlFor = (state: SearchState) => `${location.pathname}?${writeSearchState(state)}`;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    history.pushState(null, '', urlFor(state));
    void run(state);
  });
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    const state = readForm();
    history.replaceState(null, '', urlFor(state));
    if (outcome && outcome.state.q === state.q) {
      outcome = { ...outcome, state };
      void render(outcome, generation);
    } else void run(state);
  });
  clear.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    const state = readForm();
    history.replaceState(null, '', urlFor(state));
    if (outcome) {
      outcome = { ...outcome, state: { ...outcome.state, filters: {} } };
      void render(outcome, generation);
    }
    input.focus();
  });
  addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    fillForm(state);
    void run(state);
  });

  const initial = readSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  void run(initial);
  // A reader on the search page is about to search: fetch the index runtime and the dictionary while idle.
  if (initial.q.trim() === '') {
    const warm = () => {
      if (initial.mode !== 'plain') loadHead().catch(() => undefined);
      loadPagefind(config.base).catch(() => undefined);
    };
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 500);
  }
}
