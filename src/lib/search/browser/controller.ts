import { fetchJson } from '../../fetch.ts';
import { paragraphOf } from '../../routes.ts';
import { dictionaryClient } from './dictionary-client.ts';
import type { SearchDictionary } from '../shared/dictionary.ts';
import { fullTextFirst, loadedFrom, nextPage, pagesOf, runPlan, type FullTextHit, type Loaded } from './engine.ts';
import { FACETS, facetCounts, passesFilters, postingKey, readSearchState, writeSearchState, type Postings, type SearchState } from '../shared/facets.ts';
import { loadPagefind, type Pagefind } from './pagefind-client.ts';
import { analyse, fullTextPlan, highlightWords, needsConversion, prepareQuery, MAX_QUERY_CHARS, type Clause } from '../shared/query.ts';
import { directHits, pathOf, type DirectHit } from '../shared/results.ts';
import { findElements, searchView, type SearchConfig } from './view.ts';

/**
 * The search page's controller: reads ?q= and the facets from the URL and runs on load. Known terms are
 * answered from the dictionary alone (src/lib/search/browser/dictionary-client.ts), ten direct hits at a time; full
 * text (Pagefind) runs when the query holds other words or the dictionary knows no page for it, and otherwise
 * when the reader asks for it. What to do is decided in ./engine.ts, drawn by ./view.ts.
 */

/** What one search produced, kept so that toggling a facet re-renders without searching again. */
interface Outcome {
  state: SearchState;
  /** The dictionary as fetched for this query (null in plain mode or when it failed to load). */
  dict: SearchDictionary | null;
  query: string;
  direct: DirectHit[];
  clauses: Clause[];
  /** Full-text matches, or null while full text has not been searched. */
  full: FullTextHit[] | null;
  words: string[];
  notices: string[];
}

export function startSearchPage(): void {
  const configNode = document.getElementById('search-config');
  const el = findElements();
  if (!configNode || !el) return;
  const config = JSON.parse(configNode.textContent ?? '{}') as SearchConfig;
  const view = searchView(config, el);
  const { s } = view;
  const dictionary = dictionaryClient(config.dictionary, config.head, fetchJson);

  // Facet value → ids of the full-text pages that carry it, from filter-only searches (no word index needed).
  let pagefindPostings: Promise<Postings<string>> | null = null;
  const fullTextPostings = (pagefind: Pagefind) => {
    pagefindPostings ??= (async () => {
      const all = await pagefind.filters();
      const pairs = FACETS.flatMap((key) => Object.keys(all[key] ?? {}).map((value) => [key, value] as const));
      const found = await Promise.all(pairs.map(([key, value]) => pagefind.search(null, { filters: { [key]: value } })));
      return new Map(pairs.map(([key, value], i) => [postingKey(key, value), new Set(found[i]?.results.map((r) => r.id) ?? [])]));
    })();
    return pagefindPostings;
  };
  const searchFullText = async (clauses: readonly Clause[]) => {
    const pagefind = await loadPagefind(config.base);
    return clauses.length > 0 ? runPlan((query) => pagefind.search(query), clauses) : [];
  };
  const loadData = async (hit: FullTextHit, words: readonly string[], sectionIds: readonly string[] = []): Promise<Loaded> =>
    loadedFrom(await Promise.all(hit.results.map(async (r) => ({ data: await r.result.data(), free: r.free }))), words, sectionIds);

  let generation = 0;
  let outcome: Outcome | null = null;

  /**
   * Shows an outcome under its facets: the first page of direct hits, then of full text. `pending` while full
   * text is still to come: the direct hits go up, the status stays "searching".
   */
  const render = async (o: Outcome, gen: number, pending = false) => {
    const { state, dict } = o;
    const selected = FACETS.some((k) => (state.filters[k]?.length ?? 0) > 0);
    // Facets count the full-text matches once full text ran, the direct hits otherwise.
    const fullPostingsReady = o.full ? loadPagefind(config.base).then(fullTextPostings) : null;
    const dictPostingsReady = dict ? dictionary.postings() : null;
    const [dictPostings, fullPostings] = selected ? await Promise.all([dictPostingsReady, fullPostingsReady]) : [null, null];
    if (gen !== generation) return;
    const direct = dictPostings ? o.direct.filter((hit) => passesFilters(hit.page, state.filters, dictPostings)) : o.direct;
    const full = o.full && fullPostings ? o.full.filter((hit) => passesFilters(hit.id, state.filters, fullPostings)) : (o.full ?? []);
    const countsReady = o.full
      ? fullPostingsReady!.then((p) => facetCounts(o.full!.map((h) => h.id), state.filters, p))
      : dictPostingsReady?.then((p) => facetCounts(o.direct.map((h) => h.page), state.filters, p));
    el.facetsBox.dataset['ready'] = 'false';
    if (!countsReady) el.facetsBox.hidden = true;
    void countsReady?.then(
      (counts) => {
        if (gen !== generation) return;
        view.facets(counts, state);
        el.facetsBox.dataset['ready'] = 'true';
      },
      // Without their postings the facets cannot count: they stay hidden, the results stand.
      () => (el.facetsBox.hidden = true),
    );

    const directShown = nextPage(direct, 0);
    // Anchors of direct hits that are not paragraphs (a glossary entry) start a passage of their own.
    const entryIds = directShown.map((hit) => hit.anchor).filter((a) => a && paragraphOf(a) === null);
    const [, first, paths] = await Promise.all([
      dict ? dictionary.showPages(dict, pagesOf(directShown)) : null,
      Promise.all(nextPage(full, 0).map((hit) => loadData(hit, o.words, entryIds))),
      // With full text on the page, the paths of all direct hits keep them out of the full-text list.
      dict && o.full && direct.length > 0 ? dictionary.paths() : null,
    ]);
    if (gen !== generation) return;
    const byPath = new Map(first.map((d) => [pathOf(d.data.url), d]));
    const directPaths = new Set(paths ? direct.map((hit) => paths[hit.page]!) : []);

    const direct$ = view.group('direct');
    const full$ = view.group('fulltext');
    let shownDirect = 0;
    let shownFull = 0;
    const appendDirect = (hits: readonly DirectHit[]) => {
      for (const hit of hits) direct$.list.append(view.directItem(hit, dict!, o.words, byPath.get(dict!.pages[hit.page]!.p)));
      shownDirect += hits.length;
    };
    const appendFull = (items: readonly Loaded[], count: number) => {
      for (const loaded of items) {
        const path = pathOf(loaded.data.url);
        if (!directPaths.has(path)) full$.list.append(view.fullTextItem(loaded, path, o.words));
      }
      shownFull += count;
    };
    appendDirect(directShown);
    appendFull(first, first.length);
    const groups = [direct$, full$].filter((g) => g.list.childElementCount > 0).flatMap((g) => [g.heading, g.list]);
    el.results.replaceChildren(...groups);

    const updateButtons = () => {
      el.more.hidden = pending || (shownDirect >= direct.length && shownFull >= full.length);
      el.fullText.hidden = pending || o.full !== null || o.clauses.length === 0;
    };
    updateButtons();
    el.more.onclick = async () => {
      const growing = shownDirect < direct.length ? direct$ : full$;
      const before = growing.list.childElementCount;
      if (growing === direct$) {
        const next = nextPage(direct, shownDirect);
        await dictionary.showPages(dict!, pagesOf(next));
        if (gen !== generation) return;
        appendDirect(next);
      } else {
        const hits = nextPage(full, shownFull);
        const next = await Promise.all(hits.map((hit) => loadData(hit, o.words)));
        if (gen !== generation) return;
        appendFull(next, hits.length);
        if (!full$.list.isConnected) el.results.append(full$.heading, full$.list);
      }
      updateButtons();
      growing.list.children[before]?.querySelector<HTMLAnchorElement>('a')?.focus();
    };
    el.fullText.onclick = async () => {
      view.setState('loading', s('search.loading'));
      const found = await searchFullText(o.clauses).catch(() => null);
      if (gen !== generation) return;
      if (!found) return view.setState('error', s('search.error'));
      outcome = { ...o, full: found };
      await render(outcome, gen);
      el.results.querySelector<HTMLAnchorElement>('[data-group="fulltext"] a')?.focus();
    };

    view.notices(o.notices);
    if (pending) return;
    if (o.full && direct.length === 0 && full.length === 0) view.setState('empty', s('search.empty', { q: o.query }));
    else if (o.full) view.setState('results', s('search.status', { direct: direct.length, pages: full.length }));
    else view.setState('results', s('search.statusDirect', { direct: direct.length }));
    el.results.dataset['query'] = state.q;
    // Whether full text was searched: no index is loaded for a query answered by the dictionary alone.
    el.results.dataset['fulltext'] = o.full ? 'searched' : 'not-searched';
  };

  const run = async (state: SearchState) => {
    const gen = ++generation;
    outcome = null;
    el.more.hidden = true;
    el.fullText.hidden = true;
    el.termsBox.hidden = true;
    el.notice.hidden = true;
    el.results.replaceChildren();
    el.results.dataset['query'] = state.q;
    const prepared = prepareQuery(state.q);
    if (prepared.text === '' || prepared.empty) {
      el.facetsBox.hidden = true;
      return view.setState(prepared.text === '' ? 'idle' : 'unsearchable', s(prepared.text === '' ? 'search.idle' : 'search.unsearchable'));
    }
    view.setState('loading', s('search.loading'));
    try {
      const notices: string[] = [];
      if (prepared.truncated) notices.push(s('search.truncated', { n: MAX_QUERY_CHARS }));
      let text = prepared.text;
      const head = state.mode === 'plain' ? null : dictionary.head;
      if (head && needsConversion(text, head.trad)) {
        const { toSimplified } = await import('./t2s.ts');
        const converted = toSimplified(text);
        if (converted !== text) notices.push(s('search.converted', { q: converted }));
        text = converted;
      }
      const dict = head ? await dictionary.forQuery(text).catch(() => null) : null;
      if (!dict) {
        if (state.mode === 'plain') notices.push(s('search.plain'));
        // The baseline: Pagefind on the query as typed, the way a stock Pagefind search box sends it.
        const clauses = [{ alternatives: [{ parts: [state.mode === 'plain' ? state.q.trim() : text], phrase: false }], free: true }];
        const full = await searchFullText(clauses);
        if (gen !== generation) return;
        outcome = { state, dict: null, query: text, direct: [], clauses, full, words: [], notices };
        return await render(outcome, gen);
      }
      const segments = analyse(text, dict);
      const direct = directHits(segments, dict);
      const clauses = fullTextPlan(segments, dict, config.locale);
      view.terms(segments, dict);
      outcome = { state, dict, query: text, direct, clauses, full: null, words: highlightWords(segments, dict), notices };
      const now = fullTextFirst(segments, direct.length) && clauses.length > 0;
      // Whole terms first: the direct hits are on the page before full text has loaded.
      await render(outcome, gen, now);
      if (!now || gen !== generation) return;
      const full = await searchFullText(clauses);
      if (gen !== generation) return;
      outcome = { ...outcome, full };
      await render(outcome, gen);
    } catch {
      if (gen === generation) view.setState('error', s('search.error'));
    }
  };

  const urlFor = (state: SearchState) => `${location.pathname}?${writeSearchState(state)}`;
  const currentMode = () => outcome?.state.mode ?? readSearchState(new URLSearchParams(location.search)).mode;

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = view.readForm(currentMode());
    history.pushState(null, '', urlFor(state));
    void run(state);
  });
  el.form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    const state = view.readForm(currentMode());
    history.replaceState(null, '', urlFor(state));
    if (outcome && outcome.state.q === state.q) {
      outcome = { ...outcome, state };
      void render(outcome, generation);
    } else void run(state);
  });
  el.clear.addEventListener('click', () => {
    for (const box of el.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    const state = view.readForm(currentMode());
    history.replaceState(null, '', urlFor(state));
    if (outcome) {
      outcome = { ...outcome, state: { ...outcome.state, filters: {} } };
      void render(outcome, generation);
    }
    el.input.focus();
  });
  addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    view.fillForm(state);
    void run(state);
  });

  const initial = readSearchState(new URLSearchParams(location.search));
  view.fillForm(initial);
  void run(initial);
}
