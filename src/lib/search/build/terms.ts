import type { CuratedModel } from '../../../schemas/model.ts';
import type { GlossaryTerm, MechanismCategory } from '../../../schemas/taxonomy.ts';
import { paragraphAnchor, routes } from '../../routes.ts';
import { blockOf, canBeKey, facetsFile, shardOf, type DictFacets, type DictHead, type DictPageBlock, type DictHit, type DictPage, type DictShard, type DictTerm, type KeyTarget, type SearchDictionary, type TermKind } from '../shared/dictionary.ts';
import { categoryFilters, modelFilters, type PageFilters } from '../shared/facets.ts';
import { hanCount, hanKey, hasHan, latinKey, latinWords, termKey } from '../shared/normalize.ts';
import { englishPlace, placeStem, regionNames } from './places.ts';

/**
 * Builds the term dictionary that lets search find a mechanism by any name before full text gets a chance to
 * split it (林长制 → 林 | 长 | 制). Plain arrays in, a JSON-ready value out: pinyin and Traditional→Simplified
 * come in as functions, so tests can pass fixtures and the build passes pinyin-pro and OpenCC.
 *
 * Terms come from the taxonomy (categories and their aliases), the glossary (terms and aliases), and the
 * curated entries (titles, bodies that run them, places, slogans, formulas, mechanism names). Each term keeps
 * the pages it leads to: its own page, then every model that uses it, at the paragraph that says so.
 */

export interface DictionaryInput {
  categories: readonly MechanismCategory[];
  glossary: readonly GlossaryTerm[];
  /** Curated models, in the order the site lists them. */
  models: readonly CuratedModel[];
  /** Titles of the listing pages, [Chinese, English]. */
  titles: { glossary: [string, string]; formulas: [string, string]; regions: [string, string] };
  /** Toneless pinyin readings of a Han string, words joined (林长制 → ['linzhangzhi', 'linchangzhi']). */
  readings: (han: string) => string[];
  /** Traditional → Simplified (for Traditional aliases typed into the taxonomy). */
  toSimplified: (text: string) => string;
  /** English (romanised) name of a place (西宁 → Xining). */
  placeEnglish: (name: string) => string;
  /**
   * The page that shows a model's formula trees when /formulas/ is split by province (src/lib/site-wide.ts):
   * its region page's path and title. Omitted, or undefined for a model, when /formulas/ shows them all.
   */
  formulasRegionOf?: ((modelId: string) => { path: string; title: [string, string] } | undefined) | undefined;
}

/** Pinyin keys are made for terms up to this many characters: nobody types a whole sentence in pinyin. */
const MAX_PINYIN_CHARS = 8;
/** Model mechanism names longer than this are descriptions, not names anyone would type. */
const MAX_MECHANISM_CHARS = 12;
/** English names longer than this many words are descriptions, not names. */
const MAX_ENGLISH_WORDS = 6;
/** A requirement slogan this short (信念, 坚决 …) is an ordinary word; only brands and campaigns that short count. */
const MIN_REQUIREMENT_CHARS = 3;

/** The part of an English rendering before any parenthetical note: “Learn … iron army (abbreviated …)” → the name. */
function englishName(text: string): string {
  return text.replace(/\s*\(.*$/su, '').replace(/[“”"‘’]/gu, '').trim();
}

/** Chinese text without the quotation marks that wrap names (“三铁”党建品牌 → 三铁党建品牌 keeps the characters). */
/** The halves of a brand joined by a middle dot, each long enough to be a name (three Han characters or more). */
export function brandHalves(text: string): string[] {
  const halves = text.split(/[·﹒•・．]/u).map((half) => half.trim());
  return halves.length > 1 ? halves.filter((half) => hanCount(half) >= 3) : [];
}

function bareZh(text: string): string {
  return text.replace(/[“”"「」『』]/gu, '').trim();
}

class Builder {
  readonly pages: DictPage[] = [];
  readonly terms: DictTerm[] = [];
  private readonly pageIndex = new Map<string, number>();
  private readonly termIndex = new Map<string, number>();
  private readonly keyTargets = new Map<string, KeyTarget[]>();
  private readonly hitPages = new Map<number, Set<number>>();
  private maxWords = 1;

  constructor(private readonly input: DictionaryInput) {}

  page(path: string, title: [string, string], filters: PageFilters, extra: Pick<DictPage, 'pl' | 's'> = {}): number {
    const known = this.pageIndex.get(path);
    if (known !== undefined) return known;
    this.pages.push({ p: path, t: title, ...extra, f: filters });
    this.pageIndex.set(path, this.pages.length - 1);
    return this.pages.length - 1;
  }

  /**
   * The term of this kind named `canonical`, created on first use. Terms of one kind and name from several
   * entries (a slogan two models share, a province) are one term whose hits accumulate.
   */
  term(kind: TermKind, canonical: string, en: string): number {
    const id = `${kind}\u0000${canonical}`;
    const known = this.termIndex.get(id);
    if (known !== undefined) return known;
    this.terms.push({ zh: [canonical], en, k: kind, h: [] });
    this.termIndex.set(id, this.terms.length - 1);
    return this.terms.length - 1;
  }

  /**
   * Adds a direct hit; `forms` (model hits of a category) lists the term's forms the model's text uses, and
   * `quote` is the curated sentence at the anchor that says so, kept on the page for the result to show.
   */
  hit(term: number, page: number, anchor = '', forms?: number[], quote?: string): void {
    const hits = this.terms[term]!.h;
    // A Set per term: a province or category is hit by most models, and scanning its hits each time made
    // the dictionary quadratic in the number of models.
    let pages = this.hitPages.get(term);
    if (!pages) this.hitPages.set(term, (pages = new Set()));
    if (pages.has(page)) return;
    pages.add(page);
    hits.push(forms ? ([page, anchor, forms] satisfies DictHit) : ([page, anchor] satisfies DictHit));
    if (quote && anchor) {
      const quotes = ((this.pages[page]!.x ??= {})[anchor] ??= []);
      if (!quotes.includes(quote)) quotes.push(quote);
    }
  }

  /** Registers a Chinese form of a term (Simplified), with its pinyin keys; returns its form index. */
  zhForm(term: number, text: string): number {
    const zh = bareZh(text);
    const forms = this.terms[term]!.zh;
    let form = forms.indexOf(zh);
    if (form === -1) {
      forms.push(zh);
      form = forms.length - 1;
    }
    this.key(termKey(zh), term, form);
    // Pinyin only for forms made of Han characters alone: 336党建模式 must not answer to dangjianmoshi.
    if (/^\p{Script=Han}+$/u.test(hanKey(zh)) && hanCount(zh) <= MAX_PINYIN_CHARS) {
      for (const reading of this.input.readings(zh)) this.key(latinKey(reading), term, form);
    }
    return form;
  }

  /** Registers a Traditional form: its key, pointing at the Simplified form it converts to. */
  traditionalForm(term: number, text: string): void {
    const form = this.zhForm(term, this.input.toSimplified(text));
    this.key(hanKey(text), term, form);
  }

  /**
   * Registers a pinyin alias. It points at the Chinese form it spells when one does (linzhang → 林长), so full
   * text looks for that form; otherwise at the canonical name.
   */
  pinyinForm(term: number, text: string): void {
    const key = latinKey(text);
    const forms = this.terms[term]!.zh;
    const form = forms.findIndex((zh) => hasHan(zh) && this.input.readings(zh).some((r) => latinKey(r) === key));
    this.key(key, term, Math.max(form, 0));
    this.maxWords = Math.max(this.maxWords, latinWords(text).length);
  }

  /**
   * Registers an English name or alias, pointing at the canonical Chinese name. Long renderings (a slogan's
   * translation, a title) are descriptions nobody types whole; full text finds them on the English pages.
   */
  englishForm(term: number, text: string): void {
    const name = englishName(text);
    if (name === '' || latinWords(name).length > MAX_ENGLISH_WORDS) return;
    this.key(latinKey(name), term, 0);
    this.maxWords = Math.max(this.maxWords, latinWords(name).length);
  }

  private key(key: string, term: number, form: number): void {
    if (!canBeKey(key)) return;
    const targets = this.keyTargets.get(key) ?? [];
    if (!targets.some(([t, f]) => t === term && f === form)) targets.push([term, form]);
    this.keyTargets.set(key, targets);
  }

  build(trad: string): SearchDictionary {
    const keys: Record<string, KeyTarget[]> = {};
    let maxHan = 1;
    for (const key of [...this.keyTargets.keys()].sort()) {
      keys[key] = this.keyTargets.get(key)!;
      if (hasHan(key)) maxHan = Math.max(maxHan, [...key].length);
    }
    return { v: 1, pages: this.pages, terms: this.terms, keys, trad, maxHan, maxWords: this.maxWords };
  }
}

/** Builds the dictionary. `trad` is the Traditional-character gate (see traditionalGate). */
export function buildDictionary(input: DictionaryInput, trad = ''): SearchDictionary {
  const b = new Builder(input);
  const { categories, glossary, models, titles } = input;

  // Model pages first, so their indices are stable and small.
  const modelPage = new Map<string, number>();
  for (const model of models) {
    const place = regionNames(model.region).join(' ');
    const placeEn = englishPlace(model.region, input.placeEnglish);
    const brand = model.slogans.find((s) => s.kind === 'brand')?.text;
    modelPage.set(
      model.id,
      b.page(routes.model(model.id), [model.title.zh, model.title.en], { type: ['model'], ...modelFilters(model) }, { pl: [place, placeEn], ...(brand ? { s: brand } : {}) }),
    );
  }
  const glossaryPage = b.page(routes.glossary(), titles.glossary, { type: ['glossary'] });
  const formulasPage = b.page(routes.formulas(), titles.formulas, { type: ['formula'] });
  const formulasPageOf = (modelId: string) => {
    const region = input.formulasRegionOf?.(modelId);
    return region ? b.page(region.path, region.title, { type: ['formula'] }) : formulasPage;
  };
  const regionsPage = b.page(routes.regions(), titles.regions, { type: ['region'] });

  // Mechanism categories: the page of the category, then each model that uses it. A model hit records which
  // of the category's Chinese forms its mechanisms actually use (包保 is an alias of 联点包保, but only one
  // model says 包保): the search page ranks those models with the term's own page, the others after.
  for (const category of categories) {
    const t = b.term('category', category.name.zh, category.name.en);
    b.hit(t, b.page(routes.mechanism(category.id), [category.name.zh, category.name.en], { type: ['mechanism'], ...categoryFilters(category.id) }));
    b.zhForm(t, category.name.zh);
    for (const alias of category.aliases.zh) b.zhForm(t, alias);
    for (const alias of category.aliases.traditional) b.traditionalForm(t, alias);
    for (const alias of category.aliases.pinyin) b.pinyinForm(t, alias);
    b.englishForm(t, category.name.en);
    for (const alias of category.aliases.en) b.englishForm(t, alias);
    const forms = b.terms[t]!.zh.map((zh) => hanKey(zh));
    for (const model of models) {
      const used = model.mechanisms.filter((m) => m.category === category.id);
      if (used.length === 0) continue;
      const found = (m: (typeof used)[number]) => forms.flatMap((form, i) => (form && hanKey(`${m.name}${m.quote}`).includes(form) ? [i] : []));
      const evidence = used.find((m) => found(m).length > 0) ?? used[0]!;
      b.hit(t, modelPage.get(model.id)!, paragraphAnchor(evidence.paragraph), [...new Set(used.flatMap(found))], evidence.quote);
    }
  }

  // Glossary terms: the definition, then each model whose mechanisms rely on the term.
  for (const entry of glossary) {
    const t = b.term('glossary', bareZh(entry.term), entry.en);
    b.hit(t, glossaryPage, entry.id);
    for (const model of models) {
      const first = model.mechanisms.find((m) => m.terms.includes(entry.id));
      if (first) b.hit(t, modelPage.get(model.id)!, paragraphAnchor(first.paragraph), undefined, first.quote);
    }
    b.zhForm(t, entry.term);
    for (const alias of entry.aliases.zh) b.zhForm(t, alias);
    for (const alias of entry.aliases.traditional) b.traditionalForm(t, alias);
    for (const alias of entry.aliases.pinyin) b.pinyinForm(t, alias);
    b.englishForm(t, entry.en);
    for (const alias of entry.aliases.en) b.englishForm(t, alias);
  }

  for (const model of models) {
    const page = modelPage.get(model.id)!;
    // Titles are left to full text, which weighs them (Pagefind boosts the h1): they are sentences, not terms.
    const org = b.term('org', model.org.zh, model.org.en);
    b.hit(org, page);
    b.zhForm(org, model.org.zh);
    b.englishForm(org, model.org.en);

    // Places, from province down: each name with and without its suffix, in pinyin and in English.
    for (const name of regionNames(model.region)) {
      const { stem, suffix } = placeStem(name);
      const english = input.placeEnglish(stem);
      const t = b.term('place', name, english);
      b.hit(t, page);
      b.zhForm(t, name);
      if (stem !== name) b.zhForm(t, stem);
      b.englishForm(t, english);
      if (suffix) b.englishForm(t, `${english} ${suffix}`);
    }

    model.slogans.forEach((slogan) => {
      if (slogan.kind === 'requirement' && hanCount(slogan.text) < MIN_REQUIREMENT_CHARS) return;
      const en = englishName(slogan.en);
      const t = b.term('slogan', bareZh(slogan.text), latinWords(en).length <= MAX_ENGLISH_WORDS ? en : '');
      b.hit(t, page, paragraphAnchor(slogan.paragraph), undefined, slogan.quote);
      b.zhForm(t, slogan.text);
      // A brand joined by a middle dot (党旗红·高原绿, 红色引领﹒绿色先锋) is two names readers type on their own.
      if (slogan.kind === 'brand') for (const half of brandHalves(slogan.text)) b.zhForm(t, half);
      b.englishForm(t, slogan.en);
    });

    model.formulas.forEach((formula, i) => {
      const t = b.term('formula', formula.code, englishName(formula.name.en));
      b.hit(t, page, paragraphAnchor(formula.paragraph), undefined, formula.quote);
      b.hit(t, formulasPageOf(model.id), `${model.id}-${i}`);
      b.zhForm(t, formula.code);
      if (bareZh(formula.name.zh) !== formula.code) b.zhForm(t, formula.name.zh);
      b.englishForm(t, formula.name.en);
    });

    model.mechanisms.forEach((mechanism) => {
      if (hanCount(mechanism.name) > MAX_MECHANISM_CHARS) return;
      const t = b.term('mechanism', bareZh(mechanism.name), '');
      b.hit(t, page, paragraphAnchor(mechanism.paragraph), undefined, mechanism.quote);
      b.zhForm(t, mechanism.name);
    });
  }

  // A formula code that a category's or glossary term's definition cites (“1+1+4” in 应急与森林防火) also
  // leads there: codes joined by + have no usable full-text search, so the dictionary must know every page.
  for (const [index, term] of b.terms.entries()) {
    if (term.k !== 'formula') continue;
    const code = term.zh[0]!;
    for (const category of categories) {
      if (category.definition.zh.includes(code)) b.hit(index, b.page(routes.mechanism(category.id), [category.name.zh, category.name.en], { type: ['mechanism'], ...categoryFilters(category.id) }));
    }
    for (const entry of glossary) if (entry.definition.zh.includes(code)) b.hit(index, glossaryPage, entry.id);
  }

  // Regions page after the models for every place term (added last so models rank first).
  for (const term of b.terms) if (term.k === 'place') term.h.push([regionsPage, '']);
  return b.build(trad);
}

/**
 * The Traditional characters worth converting: those whose Simplified form occurs in the site's text.
 * `pairs` are OpenCC's Traditional→Simplified character table ('㑯 㑔|…', several targets space-separated).
 * A Traditional character whose Simplified form is nowhere on the site cannot lead to a match, so queries
 * holding only such characters need not load the converter.
 */
export function traditionalGate(siteText: string, pairs: string): string {
  const present = hanCharacters(siteText);
  const gate = new Set<string>();
  for (const pair of pairs.split('|')) {
    const [from, ...to] = pair.split(' ');
    if (from && to.some((c) => c !== from && present.has(c))) gate.add(from);
  }
  return [...gate].sort().join('');
}

/**
 * The Han characters of a text, each once. Scanned by code point into a bitmap, and only the distinct ones tested
 * for Han: testing every character with a Unicode-property regex took 2.5 s of a 1 000-model build, and spreading
 * the text into an array of characters held gigabytes.
 */
export function hanCharacters(text: string): Set<string> {
  const seen = new Uint8Array(0x110000);
  const present = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (seen[point]) continue;
    seen[point] = 1;
    const c = String.fromCodePoint(point);
    if (hasHan(c)) present.add(c);
  }
  return present;
}

/** About this many bytes of JSON per shard (before gzip): a query fetches two or three of them. */
const SHARD_BYTES = 4_000;
/**
 * About this many bytes of JSON per block of pages (a page is ~600 bytes at 1,000 models): a term hit on every
 * model page fetches every block once, so blocks are few (8 KB blocks made a query of 82 requests at 1,000 models).
 */
const BLOCK_BYTES = 48_000;

/**
 * The dictionary cut into its head, shards by key and blocks of pages (src/lib/search/shared/dictionary.ts). Every key
 * lies in exactly one shard, with the terms it names (a term named by keys of several shards is copied into
 * each, so any one shard answers for its keys alone); every page lies in one block, by its index.
 */
export function splitDictionary(
  dict: SearchDictionary,
  sizes: { shardBytes: number; blockBytes: number } = { shardBytes: SHARD_BYTES, blockBytes: BLOCK_BYTES },
): { head: DictHead; shards: DictShard[]; blocks: DictPageBlock[]; facets: DictFacets; paths: string[] } {
  const count = Math.max(1, Math.ceil(JSON.stringify([dict.keys, dict.terms]).length / sizes.shardBytes));
  const shards: DictShard[] = Array.from({ length: count }, () => ({ keys: {}, terms: {} }));
  for (const [key, targets] of Object.entries(dict.keys)) {
    const shard = shards[shardOf(key, count)]!;
    shard.keys[key] = targets;
    for (const [term] of targets) shard.terms[term] = dict.terms[term]!;
  }
  // A block's pages leave their filter values to the facets file, which holds them for every page.
  const pages = dict.pages.map(({ f: _filters, ...page }) => page);
  const pageBytes = JSON.stringify(pages).length / Math.max(1, pages.length);
  const blockSize = Math.max(1, Math.floor(sizes.blockBytes / pageBytes));
  const blocks: DictPageBlock[] = [];
  pages.forEach((page, index) => ((blocks[blockOf(index, blockSize)] ??= {})[index] = page));
  const head: DictHead = { v: 4, shards: count, blockSize, trad: dict.trad, maxHan: dict.maxHan, maxWords: dict.maxWords };
  return { head, shards, blocks, facets: facetsFile(dict.pages), paths: dict.pages.map((page) => page.p) };
}
