import * as OpenCC from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { getCategories, getCuratedModels, getGlossary, getParagraphs } from '../../../content.ts';
import { t } from '../../i18n.ts';
import { groupByModel, modelsWithFormulas, regionGroups, regionPage } from '../../site-wide.ts';
import type { SearchDictionary } from '../shared/dictionary.ts';
import { placeEnglish, readings } from './pinyin.ts';
import { buildDictionary, splitDictionary, traditionalGate } from './terms.ts';

let built: Promise<SearchDictionary> | null = null;

/**
 * The site's term dictionary (src/lib/search/build/terms.ts), built once per build from the same content as the
 * pages, so it cannot go stale: the whole file /search-terms.json and its shards /search-terms/*.json alike.
 */
export function siteDictionary(): Promise<SearchDictionary> {
  built ??= (async () => {
    const [models, categories, glossary] = await Promise.all([getCuratedModels(), getCategories(), getGlossary()]);
    const both = (key: 'glossary.title' | 'formulas.title' | 'regions.title'): [string, string] => [t('zh-CN', key), t('en', key)];
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    const bodies = await Promise.all(models.map((m) => getParagraphs(m.id)));
    const siteText = JSON.stringify([models, categories, glossary, bodies]);
    const formulaRegions = groupByModel(regionGroups(modelsWithFormulas(models)));
    const formulasRegionOf = (modelId: string) => {
      const group = formulaRegions.get(modelId);
      if (!group) return undefined;
      const [zh, en] = [regionPage('formulas', group, 'zh-CN'), regionPage('formulas', group, 'en')];
      return { path: zh.path, title: [zh.title, en.title] as [string, string] };
    };
    return buildDictionary(
      {
        categories,
        glossary,
        models,
        titles: { glossary: both('glossary.title'), formulas: both('formulas.title'), regions: both('regions.title') },
        readings,
        toSimplified,
        placeEnglish,
        formulasRegionOf,
      },
      traditionalGate(siteText, TSCharacters),
    );
  })();
  return built;
}

let split: Promise<ReturnType<typeof splitDictionary>> | null = null;

/** The site's dictionary cut as the search page reads it: the head goes into the page, the rest into /search-terms/. */
export function siteDictionaryFiles() {
  split ??= siteDictionary().then((dict) => splitDictionary(dict));
  return split;
}
